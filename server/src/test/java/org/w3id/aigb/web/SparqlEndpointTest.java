package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;

/** {@code /kg/sparql} and {@code /kg/data}: the SPARQL 1.1 protocol and read-only Graph Store, over HTTP. */
class SparqlEndpointTest {
    private static final String ONTOLOGY_QUERY = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String CONSTRUCT = "CONSTRUCT { ?o a <http://www.w3.org/2002/07/owl#Ontology> } WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final TestServer s = TestServer.sharedDefault();

    private static String q(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static ResultSet results(HttpResponse<String> r, org.apache.jena.riot.Lang lang) {
        return ResultSetFactory.copyResults(ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang));
    }

    @Test
    void selectAnswersInEachResultFormatByAccept() {
        record Case(String accept, String type, Lang lang) {}
        for (Case c : new Case[] {
                new Case("application/sparql-results+json", "application/sparql-results+json", ResultSetLang.RS_JSON),
                new Case("application/sparql-results+xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
                new Case("text/csv", "text/csv", ResultSetLang.RS_CSV),
                new Case("text/tab-separated-values", "text/tab-separated-values", ResultSetLang.RS_TSV)}) {
            HttpResponse<String> r = s.get(q(ONTOLOGY_QUERY), c.accept());
            assertEquals(200, r.statusCode(), c.accept());
            assertTrue(TestServer.contentType(r).startsWith(c.type()), TestServer.contentType(r));
            ResultSet rs = results(r, c.lang());
            assertEquals(AIGB.ONTOLOGY, rs.next().get("o").toString(), c.accept());
        }
    }

    @Test
    void withoutAcceptTheAnswerIsXml() {
        HttpResponse<String> r = s.get(q(ONTOLOGY_QUERY), null);
        assertEquals(200, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("application/sparql-results+xml"), TestServer.contentType(r));
    }

    @Test
    void constructAnswersInEachRdfSyntaxByAccept() {
        for (String[] c : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/n-triples", "NT"}}) {
            HttpResponse<String> r = s.get(q(CONSTRUCT), c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(TestServer.contentType(r).startsWith(c[0]), TestServer.contentType(r));
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertTrue(m.containsResource(m.createResource(AIGB.ONTOLOGY)), c[0] + ": " + r.body());
        }
    }

    @Test
    void postWorksWithAQueryBodyAndWithAForm() {
        HttpResponse<String> body = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(ONTOLOGY_QUERY)).build());
        assertEquals(200, body.statusCode(), body.body());
        assertTrue(body.body().contains(AIGB.ONTOLOGY), body.body());
        HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(ONTOLOGY_QUERY, StandardCharsets.UTF_8))).build());
        assertEquals(200, form.statusCode(), form.body());
        assertEquals("o\r\n" + AIGB.ONTOLOGY + "\r\n", form.body());
    }

    @Test
    void aRequestWithoutAQuerySaysHowToSendOne() {
        // (without any parameter, a GET is answered with the service description: ServiceDescriptionTest)
        HttpResponse<String> r = s.get("/kg/sparql?default-graph-uri=" + URLEncoder.encode(Graphs.ONTOLOGY.getURI(), StandardCharsets.UTF_8),
                "application/json");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("missing-query", JSON.parse(r.body()).getString("code"));
        assertTrue(JSON.parse(r.body()).getString("message").contains("?query="), r.body());
        HttpResponse<String> form = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("timeout=5")).build());
        assertEquals(400, form.statusCode(), form.body());
        assertEquals("missing-query", JSON.parse(form.body()).getString("code"));
        HttpResponse<String> page = s.get("/kg/sparql?timeout=5", "text/html");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("application/sparql-query"), "a browser gets the same advice as a page: " + page.body());
    }

    @Test
    void aLexicalErrorHasItsTruePosition() {
        // Jena reports a lexical error at the last good token (none here: 0, 0); the message has the position
        HttpResponse<String> r = s.get(q("SELEC"), "application/json");
        assertEquals(400, r.statusCode());
        JsonObject json = JSON.parse(r.body());
        assertEquals("query-parse-error", json.getString("code"));
        assertEquals(1, json.get("line").getAsNumber().value().intValue(), r.body());
        assertEquals(6, json.get("column").getAsNumber().value().intValue(), r.body());
    }

    @Test
    void aMalformedQueryIs400WithTheParsersMessageLineAndColumn() {
        HttpResponse<String> r = s.get(q("SELECT ?x WHERE {\n  ?x ?y }"), "application/json");
        assertEquals(400, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("application/json"), TestServer.contentType(r));
        JsonObject json = JSON.parse(r.body());
        assertEquals("query-parse-error", json.getString("code"));
        assertEquals(2, json.get("line").getAsNumber().value().intValue(), r.body());
        assertTrue(json.get("column").getAsNumber().value().intValue() > 0, r.body());
        assertTrue(json.getString("message").contains("Encountered"), r.body());
        HttpResponse<String> text = s.get(q("SELECT ?x WHERE {\n  ?x ?y }"), "text/plain");
        assertTrue(TestServer.contentType(text).replace(" ", "").equalsIgnoreCase("text/plain;charset=utf-8"), TestServer.contentType(text));
        assertTrue(text.body().startsWith("400 query-parse-error: ") && text.body().contains("(line 2, column"), text.body());
        assertEquals(text.body().getBytes(StandardCharsets.UTF_8).length,
                Integer.parseInt(text.headers().firstValue("Content-Length").orElse("-1")), "Content-Length counts bytes");
    }

    @Test
    void aBodyOfAnotherMediaTypeIs415() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "text/turtle").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(415, r.statusCode(), r.body());
        assertEquals("unsupported-media-type", JSON.parse(r.body()).getString("code"));
    }

    @Test
    void theGraphStoreReadsANamedGraph() {
        HttpResponse<String> r = s.get("/kg/data?graph=" + URLEncoder.encode("https://w3id.org/aigb/graph/ontology", StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/n-triples"), TestServer.contentType(r));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        assertEquals(s.kg.tripleCounts().get(org.w3id.aigb.vocab.Graphs.ONTOLOGY).longValue(), m.size());
        assertEquals(404, s.get("/kg/data?graph=" + URLEncoder.encode("https://example.org/none", StandardCharsets.UTF_8), "text/turtle").statusCode());
    }

    @Test
    void aQueryNamingAnUnknownGraphFindsNothingAndChangesNothing() {
        // Counting every named graph reads the example profiles' graph, computed in the background at
        // start-up: wait for it, or on a busy machine the count meets the time limit instead.
        s.server.awaitStartupTasks();
        String graphs = "/kg/sparql?query=" + URLEncoder.encode("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8);
        String before = s.get(graphs, "text/csv").body();
        String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/none> { ?s ?p ?o } }";
        HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("0", r.body().split("\r\n")[1]);
        assertEquals(before, s.get(graphs, "text/csv").body(), "no graph was added by reading an unknown one");
    }
}
