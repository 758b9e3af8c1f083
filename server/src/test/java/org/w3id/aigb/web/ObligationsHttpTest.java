package org.w3id.aigb.web;

import org.w3id.aigb.Limits.Limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * {@code POST /profiles/obligations} on a real server: each output by Accept, a non-conforming
 * profile as a 200 with its violations, the refusals of untrusted input, the profile cap that differs
 * from the SPARQL endpoint's, and the example profiles' derivations on the SPARQL endpoint.
 */
class ObligationsHttpTest {
    private static final long REQUEST_CAP = 16 * 1024, PROFILE_CAP = 64 * 1024;
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.ofProjectGraph(ServerConfig.defaults().withLimit(Limit.REQUEST_BYTES, REQUEST_CAP).withLimit(Limit.PROFILE_BYTES, PROFILE_CAP));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    static HttpResponse<String> post(String path, String contentType, String accept, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (accept != null)
            b.header("Accept", accept);
        return s.send(b.build());
    }

    static HttpResponse<String> obligations(String accept, byte[] body) {
        return post(ActionObligations.PATH, "text/turtle", accept, body);
    }

    static byte[] example(String name) throws Exception {
        return Files.readAllBytes(TestKG.repo("data/examples/profiles/" + name));
    }

    @Test
    void jsonByDefaultWithRolesReasonsItemsAndStatus() throws Exception {
        HttpResponse<String> r = obligations(null, example("company-z.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/json"), TestServer.contentType(r));
        JsonObject o = JSON.parse(r.body());
        assertEquals("AIDeveloper", o.get("roles").getAsArray().get(0).getAsObject().get("code").getAsString().value());
        JsonObject p2i = o.get("items").getAsArray().stream().map(v -> v.getAsObject())
                .filter(i -> i.get("code").getAsString().value().equals("P-2-i")).findFirst().orElseThrow();
        assertEquals("AIProvider", p2i.get("role").getAsString().value());
        assertEquals("system-implementation", p2i.get("stage").getAsObject().get("code").getAsString().value());
        assertEquals("C-2", p2i.get("principle").getAsString().value());
        assertEquals("role-and-stage", p2i.get("reasons").getAsArray().get(0).getAsObject().get("kind").getAsString().value());
        JsonObject whitelist = p2i.get("notes").getAsArray().stream().map(v -> v.getAsObject())
                .filter(n -> n.get("code").getAsString().value().equals("P-2-i-tool-whitelist")).findFirst().orElseThrow();
        assertEquals("addressed", whitelist.get("status").getAsString().value());
        assertTrue(o.get("undecided").getAsArray().size() > 0, "Part 2 D is undecided: Z does not say whether its agent is an advanced AI system");
    }

    @Test
    void theChecklistAsMarkdownOrPrintableHtmlWithTheProfilesTextEscaped() throws Exception {
        String hostile = new String(example("company-i.ttl"), StandardCharsets.UTF_8).replace("\"I社\"@ja", "\"<script>alert(1)</script> I社\"@ja");
        HttpResponse<String> html = obligations("text/html", hostile.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, html.statusCode(), html.body());
        assertTrue(TestServer.contentType(html).startsWith("text/html"), TestServer.contentType(html));
        assertFalse(html.body().contains("<script>alert(1)"), "text from the profile is escaped");
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; I社"));
        assertTrue(html.body().contains("@media print") && html.body().contains("<input type=\"checkbox\" disabled"), "printable, with checkboxes");
        HttpResponse<String> md = obligations("text/markdown", example("company-i.ttl"));
        assertTrue(TestServer.contentType(md).startsWith("text/markdown"), TestServer.contentType(md));
        assertTrue(md.body().contains("- [ ] **U-2-i**"), md.body());
    }

    @Test
    void theChecklistAsCsvAndThePrintablePageInOneLanguage() throws Exception {
        HttpResponse<String> csv = obligations("text/csv", example("company-z.ttl"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv; charset=utf-8", TestServer.contentType(csv).toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace(";", "; "));
        assertTrue(csv.body().startsWith("\uFEFFsource,section,kind,code,") && csv.body().contains("\r\nrequest body,item,item,P-2-i,"), csv.body());
        HttpResponse<String> en = post(ActionObligations.PATH + "?lang=en", "text/turtle", "text/html", example("company-z.ttl"));
        assertEquals(200, en.statusCode(), en.body());
        assertTrue(en.body().contains("<html lang=\"en\">") && en.body().contains("<h2>Roles</h2>") && !en.body().contains("<h2>主体"), "English only");
        // the form of the page /profiles (and the builder's printable checklist) names the language in a field
        String form = "profile=" + java.net.URLEncoder.encode(new String(example("company-z.ttl"), StandardCharsets.UTF_8), StandardCharsets.UTF_8) + "&lang=ja";
        HttpResponse<String> ja = post(ActionObligations.PATH, "application/x-www-form-urlencoded", "text/html", form.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ja.statusCode(), ja.body());
        String main = ja.body().substring(ja.body().indexOf("<main>"), ja.body().indexOf("</main>")); // the footer's notice is in both languages
        assertTrue(main.contains("<h2>主体</h2>") && !main.contains("class=\"en\""), "Japanese only");
        HttpResponse<String> bad = post(ActionObligations.PATH + "?lang=fr", "text/turtle", "text/html", example("company-z.ttl"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("bad-parameter"), bad.body());
    }

    @Test
    void turtleAndJsonLdAreTheDerivationWithItsProvenance() throws Exception {
        for (String accept : new String[] { "text/turtle", "application/ld+json" }) {
            HttpResponse<String> r = obligations(accept, example("company-q.ttl"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(TestServer.contentType(r).startsWith(accept), TestServer.contentType(r));
            Graph g = RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                    .lang(accept.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD).toGraph();
            assertTrue(g.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/aigb/ontology#ObligationDerivation")), accept);
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI("https://w3id.org/aigb/ontology#missingFact"),
                    NodeFactory.createURI("https://w3id.org/aigb/ontology#actsOn")), accept + ": Q's agent names no tools");
        }
    }

    @Test
    void aProfileWithViolationsIsA200WithItsReport() throws Exception {
        HttpResponse<String> r = obligations("application/json", example("invalid-measure-code.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JSON.parse(r.body());
        assertEquals(false, o.get("conforms").getAsBoolean().value());
        assertEquals(1, o.get("validation").getAsObject().get("violations").getAsNumber().value().intValue());
    }

    @Test
    void untrustedInputIsRefusedAsOnTheValidationEndpoint() {
        assertEquals(415, post(ActionObligations.PATH, "text/html", null, "<p/>".getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<String> parse = obligations(null, "@prefix ex: <http://example.org/> .\nex:a ex:b .\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, parse.statusCode());
        assertEquals(2, JSON.parse(parse.body()).get("line").getAsNumber().value().intValue());
        assertEquals(400, obligations(null, new byte[0]).statusCode());
        HttpResponse<String> get = s.get(ActionObligations.PATH, null);
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void theProfileEndpointsHaveTheirOwnCapAboveTheSparqlEndpoints() throws Exception {
        // a conforming profile padded with a comment to 3x the general cap: accepted on /profiles/…
        byte[] profile = example("company-i.ttl");
        byte[] padded = (new String(profile, StandardCharsets.UTF_8) + "\n# " + "x".repeat((int) (3 * REQUEST_CAP)) + "\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(padded.length > REQUEST_CAP && padded.length < PROFILE_CAP);
        assertEquals(200, obligations(null, padded).statusCode());
        assertEquals(200, post(ActionValidateProfile.PATH, "text/turtle", null, padded).statusCode());
        // the same size on the SPARQL endpoint is over its cap
        String query = "ASK {} # " + "x".repeat((int) (3 * REQUEST_CAP));
        HttpResponse<String> sparql = post("/kg/sparql", "application/sparql-query", null, query.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, sparql.statusCode(), sparql.body());
        // and a profile over the profile cap is refused
        byte[] huge = new byte[(int) PROFILE_CAP + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertEquals(413, obligations(null, huge).statusCode());
    }

    @Test
    void theExampleProfilesAndTheirDerivationsAreOnTheSparqlEndpoint() {
        // the examples are derived under both editions: the roles of the derivation under the current one
        String q = "PREFIX aigb: <https://w3id.org/aigb/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?role WHERE {"
                + " GRAPH <https://w3id.org/aigb/graph/profiles> { ?r a aigb:OrganisationRole ; aigb:holder <https://example.org/aigb/examples/company-z#org> ;"
                + " aigb:ofRole ?role ; prov:wasGeneratedBy/aigb:underEdition ?edition } FILTER NOT EXISTS { ?newer prov:wasRevisionOf ?edition } } ORDER BY ?role";
        // the derivations are made at start-up; on a loaded machine that takes longer than one query may wait
        s.server.awaitStartupTasks();
        HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("role\r\nhttps://w3id.org/aigb/id/role/AIDeveloper\r\nhttps://w3id.org/aigb/id/role/AIProvider\r\n", r.body());
    }

    static HttpResponse<String> obligations(String query, String accept, byte[] body) {
        return post(ActionObligations.PATH + query, "text/turtle", accept, body);
    }

    @Test
    void anEditionIsAParameterAndAnUnknownOneIsA400NamingTheChoices() throws Exception {
        HttpResponse<String> r = obligations("?edition=v1.1", null, example("consumer-rag-assistant.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JSON.parse(r.body());
        assertEquals("v1.1", o.get("edition").getAsObject().get("code").getAsString().value());
        JsonObject developer = o.get("undecidedRoles").getAsArray().get(0).getAsObject();
        assertEquals("AIDeveloper", developer.get("code").getAsString().value(), "the role v1.1 left open is undecided");
        HttpResponse<String> unknown = obligations("?edition=v9", null, example("consumer-rag-assistant.ttl"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("choose one of v1.1, v1.2"), unknown.body());
    }

    @Test
    void changesTrueAnswersWhatTheUpdateChangedInEachFormat() throws Exception {
        byte[] rag = example("consumer-rag-assistant.ttl");
        HttpResponse<String> json = obligations("?changes=true", null, rag);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(TestServer.contentType(json).startsWith("application/json"), TestServer.contentType(json));
        assertTrue(JSON.parse(json.body()).get("differences").getAsArray().stream().map(v -> v.getAsObject())
                .anyMatch(d -> d.get("kind").getAsString().value().equals("moved-in") && d.get("code").getAsString().value().equals("P-6-i-rag-source-citation")));
        HttpResponse<String> html = obligations("?changes=true", "text/html", rag);
        assertTrue(TestServer.contentType(html).startsWith("text/html"), TestServer.contentType(html));
        assertTrue(html.body().contains("<a href=\"/id/change/CL-40\">CL-40</a>"), "the change record links to its page on this server");
        HttpResponse<String> md = obligations("?changes=true", "text/markdown", rag);
        assertTrue(md.body().contains("| P-6-i-rag-source-citation |"), md.body());
        HttpResponse<String> ttl = obligations("?changes=true", "text/turtle", rag);
        Graph g = RDFParser.source(new ByteArrayInputStream(ttl.body().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("https://w3id.org/aigb/ontology#dueToChange"), NodeFactory.createURI("https://w3id.org/aigb/id/change/CL-40")));
    }

    @Test
    void aBadChangesValueOrChangesWithAnEditionIsA400() throws Exception {
        byte[] rag = example("consumer-rag-assistant.ttl");
        HttpResponse<String> bad = obligations("?changes=yes", null, rag);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("changes must be true or false"), bad.body());
        HttpResponse<String> both = obligations("?changes=true&edition=v1.1", null, rag);
        assertEquals(400, both.statusCode(), both.body());
        HttpResponse<String> off = obligations("?changes=false", null, rag);
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(JSON.parse(off.body()).hasKey("items"), "changes=false is the checklist");
    }
}
