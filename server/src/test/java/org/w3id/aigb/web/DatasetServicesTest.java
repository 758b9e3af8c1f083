package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.Graphs;

/**
 * Under {@code /kg}: every answer is ours (JSON errors with stable codes, never Fuseki's plain
 * text), only the two services are there, and HEAD answers wherever GET does, with GET's status and
 * headers and no body.
 */
class DatasetServicesTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final String SELECT = "/kg/sparql?query=" + URLEncoder.encode("SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }",
            StandardCharsets.UTF_8);
    private static final String GRAPH = "/kg/data?graph=" + URLEncoder.encode(Graphs.ONTOLOGY.getURI(), StandardCharsets.UTF_8);

    @Test
    void theDatasetItselfAndUnknownServicesAreOur404() {
        for (String path : List.of("/kg", "/kg/", "/kg?query=ASK%7B%7D", "/kg/query", "/kg/update", "/kg/get", "/kg/sparql/more", "/kg/data/more")) {
            HttpResponse<String> r = s.get(path, "application/json");
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertTrue(TestServer.contentType(r).startsWith("application/json"), path + ": " + TestServer.contentType(r));
            assertEquals("no-such-service", JSON.parse(r.body()).getString("code"), path);
            assertTrue(JSON.parse(r.body()).getString("message").contains("/kg/sparql"), "names the services: " + r.body());
        }
        HttpResponse<String> text = s.get("/kg", "text/plain");
        assertTrue(text.body().startsWith("404 no-such-service: "), text.body());
        assertEquals(404, send("OPTIONS", "/kg/").statusCode());
    }

    @Test
    void writesAndUpdatesUnderTheDatasetAreRefusedInOurWords() {
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url(GRAPH))).header("Accept", "application/json")
                    .header("Content-Type", "text/turtle").method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
            assertEquals(405, r.statusCode(), method);
            assertEquals("method-not-allowed", JSON.parse(r.body()).getString("code"), method);
        }
        HttpResponse<String> update = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/"))).header("Accept", "application/json")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertEquals(403, update.statusCode());
        assertEquals("update-refused", JSON.parse(update.body()).getString("code"));
        // as a form to Fuseki's usual update address, or in the query string of the dataset: an update all the same
        HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/update"))).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("update=CLEAR%20ALL")).build());
        assertEquals(403, form.statusCode(), form.body());
        assertEquals("update-refused", JSON.parse(form.body()).getString("code"));
        assertEquals("update-refused", JSON.parse(s.get("/kg?update=CLEAR%20ALL", "application/json").body()).getString("code"));
    }

    @Test
    void headAnswersWhereverGetDoesWithItsStatusAndHeaders() {
        for (String[] c : new String[][] {{SELECT, "application/sparql-results+json"}, {SELECT, "text/csv"}, {GRAPH, "application/n-triples"},
                {"/kg/data?default", "text/turtle"}, {"/kg/sparql", "application/ld+json"}}) {
            HttpResponse<String> get = s.get(c[0], c[1]);
            HttpResponse<String> head = send("HEAD", c[0], c[1]);
            assertEquals(200, get.statusCode(), c[0]);
            assertEquals(200, head.statusCode(), c[0] + " " + c[1]);
            assertEquals("", head.body());
            assertEquals(TestServer.contentType(get), TestServer.contentType(head), c[0] + " " + c[1]);
            head.headers().firstValue("Content-Length").ifPresent(length -> assertEquals(
                    Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length), length, "a length, if given, is the GET's: " + c[0]));
        }
        // and its errors
        assertEquals(400, send("HEAD", "/kg/sparql?query=SELEC", "application/json").statusCode());
        assertEquals(404, send("HEAD", "/kg/data?graph=" + URLEncoder.encode("https://example.org/none", StandardCharsets.UTF_8), "text/turtle").statusCode());
        assertEquals(404, send("HEAD", "/kg", "application/json").statusCode());
    }

    @Test
    void optionsListsHead() {
        HttpResponse<String> r = send("OPTIONS", "/kg/sparql");
        assertEquals(200, r.statusCode());
        assertEquals(ActionSparql.ALLOW, r.headers().firstValue("Allow").orElse(""));
        assertTrue(send("OPTIONS", "/kg/data").headers().firstValue("Allow").orElse("").contains("HEAD"));
    }

    private static HttpResponse<String> send(String method, String path) {
        return send(method, path, "application/json");
    }

    private static HttpResponse<String> send(String method, String path, String accept) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Accept", accept)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
