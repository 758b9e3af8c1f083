package org.w3id.aigb.web;

import org.w3id.aigb.Limits.Limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * {@code POST /profiles/validate} on a real server: the report by Accept, findings as 200, and each
 * refusal of untrusted input with its status and JSON error body.
 */
class ProfileValidationHttpTest {
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.ofProjectGraph(ServerConfig.defaults().withLimit(Limit.PROFILE_BYTES, 64 * 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    static HttpResponse<String> post(String contentType, String accept, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(ActionValidateProfile.PATH))).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (accept != null)
            b.header("Accept", accept);
        return s.send(b.build());
    }

    static byte[] example(String name) throws Exception {
        return Files.readAllBytes(TestKG.repo("data/examples/profiles/" + name));
    }

    static JsonObject error(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/json"), TestServer.contentType(r));
        JsonObject body = JSON.parse(r.body());
        assertEquals(code, body.get("code").getAsString().value(), r.body());
        return body;
    }

    @Test
    void aProfileGetsTheJsonSummaryWithBothLanguagesAndCitations() throws Exception {
        HttpResponse<String> r = post("text/turtle", null, example("company-g.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/json"));
        JsonObject report = JSON.parse(r.body());
        assertTrue(report.get("conforms").getAsBoolean().value());
        assertEquals(2, report.get("warnings").getAsNumber().value().intValue());
        JsonObject first = report.get("results").getAsArray().get(0).getAsObject();
        assertTrue(first.get("message").getAsObject().get("ja").getAsString().value().contains("AIエージェント"));
        assertTrue(first.get("message").getAsObject().get("en").getAsString().value().contains("AI agent"));
        assertTrue(first.get("cites").getAsArray().size() >= 2);
    }

    @Test
    void aNonConformingProfileIsA200WithItsViolations() throws Exception {
        HttpResponse<String> r = post("text/turtle; charset=utf-8", "application/json", example("invalid-measure-code.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject report = JSON.parse(r.body());
        assertEquals(false, report.get("conforms").getAsBoolean().value());
        assertEquals("https://w3id.org/aigb/shapes#MeasureCode",
                report.get("results").getAsArray().get(0).getAsObject().get("shape").getAsString().value());
    }

    @Test
    void theShaclReportComesAsTurtleOrJsonLdByAccept() throws Exception {
        for (String accept : new String[] { "text/turtle", "application/ld+json" }) {
            HttpResponse<String> r = post("application/ld+json", accept, example("annotated-example.jsonld"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(TestServer.contentType(r).startsWith(accept), TestServer.contentType(r));
            Graph g = RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(accept.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD).toGraph();
            assertEquals(1, g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).toList().size(), accept);
            assertTrue(g.contains(Node.ANY, SHACL.conforms, org.apache.jena.graph.NodeFactory.createLiteralByValue(true)), accept);
        }
    }

    @Test
    void eachSyntaxIsReadByItsMediaType() throws Exception {
        String nt = "<http://profile.invalid/#org> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/org#Organization> .\n";
        assertEquals(200, post("application/n-triples", null, nt.getBytes(StandardCharsets.UTF_8)).statusCode());
        String xml = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:org=\"http://www.w3.org/ns/org#\">"
                + "<org:Organization rdf:about=\"#org\"/></rdf:RDF>";
        HttpResponse<String> r = post("application/rdf+xml", null, xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(false, JSON.parse(r.body()).get("conforms").getAsBoolean().value(), "a bare organisation has violations");
    }

    @Test
    void aSyntaxErrorIs400WithLineAndColumn() {
        JsonObject e = error(post("text/turtle", null, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ex:d .\n".getBytes(StandardCharsets.UTF_8)), 400, "parse-error");
        assertEquals(2, e.get("line").getAsNumber().value().intValue());
        assertTrue(e.get("column").getAsNumber().value().intValue() > 0);
    }

    @Test
    void anEmptyBodyIs400() {
        error(post("text/turtle", null, new byte[0]), 400, "empty");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        error(post("text/html", null, "<p>profile</p>".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
        error(post(null, null, "x".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertEquals(413, post("text/turtle", null, big).statusCode());
    }

    @Test
    void aRemoteContextIsRefusedAndAnRdfXmlDoctypeToo() {
        error(post("application/ld+json", null, "{\"@context\": \"http://127.0.0.1:1/ctx\", \"@id\": \"#x\"}".getBytes(StandardCharsets.UTF_8)),
                400, "remote-context-refused");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
        error(post("application/rdf+xml", null, xxe.getBytes(StandardCharsets.UTF_8)), 400, "xml-doctype-refused");
    }

    @Test
    void onlyPostIsAccepted() {
        HttpResponse<String> r = s.get(ActionValidateProfile.PATH, "application/json");
        error(r, 405, "method-not-allowed");
        assertEquals("POST", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void thePublishedContextIsServedFromTheBundle() throws Exception {
        HttpResponse<String> r = s.get("/context/profile.jsonld", null);
        assertEquals(200, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("application/ld+json"));
        assertEquals(new String(ActionContext.class.getClassLoader().getResourceAsStream("aigb/context/profile.jsonld").readAllBytes(),
                StandardCharsets.UTF_8), r.body());
        assertEquals(404, s.get("/context/other.jsonld", null).statusCode());
    }

    @Test
    void nothingIsStored() throws Exception {
        long before = s.kg.size();
        assertEquals(200, post("text/turtle", null, example("company-z.ttl")).statusCode());
        assertEquals(before, s.kg.size(), "the knowledge graph is unchanged");
        String ask = "ASK { <https://example.org/aigb/examples/company-z#org> ?p ?o }";
        HttpResponse<String> r = s.get("/kg/sparql?query=" + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertTrue(r.body().contains("false"), r.body());
    }
}
