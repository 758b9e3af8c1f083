package org.w3id.aigb.web;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Untrusted input over real HTTP, each case a defect once: deep nesting (a 500 with a
 * StackOverflowError), other encodings than UTF-8 (accepted as mojibake), control and bidi
 * characters in the checklist, a name tagged only {@code @ja-JP} (ignored), SERVICE SILENT (a 200),
 * a parse error's column (not the message's), an Accept no format matches (a 200 in some other
 * format), the 405 of the profile endpoints (naming GET), and what the checklists left out
 * (validation warnings, the reason a measure is not applicable).
 */
class UntrustedInputHttpTest {
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.sharedDefault();
    }

    static HttpResponse<String> post(String path, String contentType, String accept, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (accept != null)
            b.header("Accept", accept);
        return s.send(b.build());
    }

    static String example(String name) throws Exception {
        return Files.readString(TestKG.repo("data/examples/profiles/" + name));
    }

    static JsonObject json(HttpResponse<String> r) {
        return JSON.parse(r.body());
    }

    static String code(HttpResponse<String> r) {
        return json(r).getString("code");
    }

    @Test
    void deepNestingIsABadRequestNotAnInternalError() {
        String turtle = "<http://example.org/a> <http://example.org/p> " + "[ <http://example.org/p> ".repeat(5000) + "\"x\"" + " ]".repeat(5000) + " .";
        String jsonLd = "{\"@id\": \"http://example.org/a\", \"http://example.org/p\": " + "{\"http://example.org/p\": ".repeat(2000) + "\"x\"" + "}".repeat(2000) + "}";
        for (String path : List.of(ActionValidateProfile.PATH, ActionObligations.PATH)) {
            HttpResponse<String> t = post(path, "text/turtle", "application/json", turtle.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, t.statusCode(), t.body());
            assertEquals("too-deep", code(t));
            assertEquals(1, json(t).get("line").getAsNumber().value().intValue());
            HttpResponse<String> j = post(path, "application/ld+json", "application/json", jsonLd.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, j.statusCode(), j.body());
            assertEquals("too-deep", code(j));
        }
    }

    @Test
    void shiftJisIsRefusedWhetherDeclaredOrNot() throws Exception {
        byte[] sjis = example("company-i.ttl").getBytes("Shift_JIS");
        HttpResponse<String> undeclared = post(ActionValidateProfile.PATH, "text/turtle", "application/json", sjis);
        assertEquals(400, undeclared.statusCode(), undeclared.body());
        assertEquals("bad-encoding", code(undeclared));
        assertTrue(json(undeclared).get("line").getAsNumber().value().intValue() > 0);
        HttpResponse<String> declared = post(ActionObligations.PATH, "text/turtle; charset=Shift_JIS", "application/json", sjis);
        assertEquals(415, declared.statusCode(), declared.body());
        assertEquals("unsupported-charset", code(declared));
        byte[] invalid = example("company-i.ttl").replace("I社", "I\u0000").getBytes(StandardCharsets.UTF_8);
        invalid[invalid.length / 2] = (byte) 0xFF;
        assertEquals(400, post(ActionObligations.PATH, "text/turtle; charset=utf-8", null, invalid).statusCode());
    }

    @Test
    void controlAndBidiCharactersFromAProfileDoNotReachTheChecklists() throws Exception {
        String profile = example("company-i.ttl").replace("\"売上予測AI\"@ja", "\"売上\\u202E予測\\u0000AI\\u2066\"@ja")
                .replace("\"I社\"@ja", "\"I\\u202D社\\u0007\"@ja");
        for (String accept : List.of("text/html", "text/markdown")) {
            HttpResponse<String> r = post(ActionObligations.PATH, "text/turtle", accept, profile.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            for (char c : new char[] { '\u202E', '\u202D', '\u2066', '\u0000', '\u0007' })
                assertFalse(r.body().indexOf(c) >= 0, accept + " holds U+" + Integer.toHexString(c));
            assertTrue(r.body().contains("売上\uFFFD予測\uFFFDAI\uFFFD"), accept + ": each is replaced visibly");
        }
    }

    @Test
    void aNameTaggedWithARegionIsUsed() throws Exception {
        String profile = example("company-i.ttl").replace("skos:prefLabel \"I社\"@ja , \"Company I\"@en", "skos:prefLabel \"I社（地域タグ）\"@ja-JP")
                .replace("\"売上予測AI\"@ja , \"Sales forecasting AI\"@en", "\"Sales forecasting AI (British)\"@en-GB");
        HttpResponse<String> md = post(ActionObligations.PATH, "text/turtle", "text/markdown", profile.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, md.statusCode(), md.body());
        assertTrue(md.body().startsWith("# チェックリスト：I社（地域タグ） / Checklist: I社（地域タグ）"), md.body().lines().findFirst().orElse(""));
        assertFalse(md.body().contains("company-i#org"), "not titled with the IRI");
        JsonObject o = json(post(ActionObligations.PATH, "text/turtle", "application/json", profile.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Sales forecasting AI (British)", o.get("systems").getAsObject().get("s1").getAsObject().get("label").getAsObject().getString("en"));
    }

    @Test
    void serviceIsRefusedSilentOrNotWhereverItIsInTheQuery() {
        for (String query : List.of("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o . { SELECT ?x WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?x ?y ?z } } } } LIMIT 1",
                "ASK { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?q ?r } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }")) {
            HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/json");
            assertEquals(422, r.statusCode(), query + " " + r.body());
            assertEquals("query-refused", code(r));
        }
    }

    @Test
    void theColumnOfAParseErrorIsTheOneInItsMessage() {
        for (String query : List.of("SELECT * WHERE { ?s ?p ?o } ~", "SELECT ?x WHERE { ?x ?y }", "SELECT * { ?s ?p ?o } LIMT 1", "\nSELECT * WHERE {\n  FILTER(?s = )\n}")) {
            HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/json");
            assertEquals(400, r.statusCode(), r.body());
            JsonObject o = json(r);
            Matcher m = Pattern.compile("line (\\d+), column (\\d+)").matcher(o.getString("message"));
            assertTrue(m.find(), o.getString("message"));
            assertEquals(Long.parseLong(m.group(1)), o.get("line").getAsNumber().value().longValue(), query);
            assertEquals(Long.parseLong(m.group(2)), o.get("column").getAsNumber().value().longValue(), query);
        }
    }

    @Test
    void anAcceptThatNamesNoFormatOfTheResourceIsNotAcceptable() throws Exception {
        String q = "/kg/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8);
        for (String path : List.of(q, "/id/role/AIProvider", "/ontology", "/dataset", "/search?q=" + URLEncoder.encode("個人情報", StandardCharsets.UTF_8))) {
            HttpResponse<String> r = s.get(path, "image/png");
            assertEquals(406, r.statusCode(), path + " " + r.body());
            assertEquals(200, s.get(path, "image/png, */*;q=0.1").statusCode(), path + ": a wildcard still gets the default");
        }
        byte[] profile = example("company-i.ttl").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of(ActionValidateProfile.PATH, ActionObligations.PATH, ActionConvertProfile.PATH)) {
            HttpResponse<String> r = post(path, "text/turtle", "image/png", profile);
            assertEquals(406, r.statusCode(), path + " " + r.body());
            assertEquals("not-acceptable", json(r).getString("code"));
        }
    }

    @Test
    void aWriteMethodOnAProfileEndpointIsTold405WithPost() {
        for (String path : List.of(ActionValidateProfile.PATH, ActionObligations.PATH, ActionConvertProfile.PATH))
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
                assertEquals(405, r.statusCode(), path + " " + method);
                assertEquals("POST", r.headers().firstValue("Allow").orElse(""), path + " " + method);
                assertTrue(code(r).equals("method-not-allowed") && json(r).getString("message").contains("allowed: POST"), r.body());
            }
    }

    @Test
    void aWriteMethodOnTheRegistryIsTold405WithThePostItTakes() {
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url("/submissions"))).header("Accept", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("GET, HEAD, POST", r.headers().firstValue("Allow").orElse(""), "submissions are POSTed there");
    }

    @Test
    void validationWarningsReachEveryFormatOfTheChecklist() throws Exception {
        byte[] profile = example("company-g.ttl").getBytes(StandardCharsets.UTF_8); // two warnings (validate: ValidateCommandTest)
        JsonObject o = json(post(ActionObligations.PATH, "text/turtle", "application/json", profile));
        assertEquals(true, o.get("conforms").getAsBoolean().value());
        assertEquals(2, o.get("validation").getAsObject().get("warnings").getAsNumber().value().intValue());
        assertEquals("Warning", o.get("validation").getAsObject().get("results").getAsArray().get(0).getAsObject().getString("severity"));
        String md = post(ActionObligations.PATH, "text/turtle", "text/markdown", profile).body();
        assertTrue(md.contains("## 検証の注意 / Validation warnings (2)") && md.contains("AIエージェント"), md);
        String html = post(ActionObligations.PATH, "text/turtle", "text/html", profile).body();
        assertTrue(html.contains("Validation warnings</span> (2)"), html);
        String ttl = post(ActionObligations.PATH, "text/turtle", "text/turtle", profile).body();
        Graph g = RDFParser.source(new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        assertEquals(2, g.find(Node.ANY, SHACL.resultSeverity, SHACL.Warning).toList().size());
    }

    @Test
    void theReasonAMeasureIsNotApplicableIsInEveryChecklist() throws Exception {
        String profile = example("company-i.ttl").replace("aigb:hasAISystem ex:sales-forecast .", """
                aigb:hasAISystem ex:sales-forecast ;
                    aigb:hasMeasure [ a aigb:DeclaredMeasure ; aigb:addresses item:U-2-i ; aigb:measureStatus status:not-applicable ;
                        aigb:evidence "在庫計画の担当者が予測を確認する。"@ja ;
                        aigb:notApplicableReason "予測は参考値としてのみ使い、発注は人が決める。"@ja , "Forecasts are advisory only; people decide orders."@en ] .
                """);
        profile = "PREFIX item: <https://w3id.org/aigb/id/item/>\nPREFIX status: <https://w3id.org/aigb/id/measure-status/>\n" + profile;
        byte[] body = profile.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> json = post(ActionObligations.PATH, "text/turtle", "application/json", body);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("予測は参考値としてのみ使い"), "JSON had it before");
        for (String accept : List.of("text/markdown", "text/html")) {
            String r = post(ActionObligations.PATH, "text/turtle", accept, body).body();
            assertTrue(r.contains("予測は参考値としてのみ使い、発注は人が決める。") && r.contains("在庫計画の担当者が予測を確認する。"), accept + ": " + r);
        }
    }

    // found by the fuzz tests (HttpFuzzTest)

    @Test
    void aQueryStringOrFormThatIsNotUtf8IsABadRequest() {
        for (String path : List.of("/search?q=%FF", "/search?q=%C3%28&format=json", "/kg/sparql?query=%FF")) {
            HttpResponse<String> r = s.get(path, "application/json");
            assertEquals(400, r.statusCode(), path + " " + r.body());
        }
        HttpResponse<String> form = post(ActionObligations.PATH, "application/x-www-form-urlencoded", "application/json",
                new byte[] { 'p', 'r', 'o', 'f', 'i', 'l', 'e', '=', '%', (byte) 0xFF, '%', 'Z' });
        assertEquals(400, form.statusCode(), form.body());
    }

    @Test
    void aRequestJettyRejectsClosesTheConnectionAndSaysSo() {
        HttpResponse<String> r = s.get("/id/%00", "text/plain");
        assertEquals(404, r.statusCode());
        assertEquals("close", r.headers().firstValue("Connection").orElse(""), "the client must not reuse the connection");
        assertEquals(200, s.get("/id/role/AIProvider", "text/turtle").statusCode(), "the next request is answered");
    }
}
