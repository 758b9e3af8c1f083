package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.testing.TestKG;

/**
 * Every path with more than one representation negotiates the same way (RFC 9110 §12.5.1): an
 * Accept header that leaves nothing acceptable is a 406 in JSON that lists what is offered; a
 * media type with {@code q=0} is never answered, even when a wildcard would allow it; every answer
 * says {@code Vary: Accept}.
 */
class ContentNegotiationTest {
    private static final TestServer s = TestServer.sharedDefault();

    /** One negotiated resource: a GET of {@code path}, or a POST of a profile to it. */
    record Resource(String path, boolean postsProfile) {
        @Override
        public String toString() {
            return (postsProfile ? "POST " : "GET ") + path;
        }
    }

    static Stream<Resource> negotiated() {
        return Stream.of(
                get("/id/role/AIProvider"), get("/ontology"), get("/dataset"), get("/.well-known/void"), get("/graph/guideline"),
                get("/dataset/class/AIType"), get("/dumps/aigb"), get("/dumps/graph/guideline"),
                get("/search?q=" + URLEncoder.encode("個人情報", StandardCharsets.UTF_8)),
                get("/query/q01"), get("/query/q34"),
                get(sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1")), get(sparql("ASK { ?s ?p ?o }")),
                get(sparql("CONSTRUCT WHERE { ?s a <http://www.w3.org/2002/07/owl#Ontology> }")),
                get(sparql("DESCRIBE <https://w3id.org/aigb/ontology>")),
                get("/kg/data?default"), get("/kg/data"),
                new Resource(ActionValidateProfile.PATH, true), new Resource(ActionObligations.PATH, true),
                new Resource(ActionConvertProfile.PATH, true));
    }

    private static Resource get(String path) {
        return new Resource(path, false);
    }

    private static String sparql(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> request(Resource r, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(r.path()))).timeout(Duration.ofSeconds(60));
        if (r.postsProfile()) {
            try {
                b.header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(TestKG.repo("data/examples/profiles/company-i.ttl"))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else {
            b.GET();
        }
        if (accept != null)
            b.header("Accept", accept);
        return s.send(b.build());
    }

    /** Whether the answer says it depends on Accept (Fuseki's Vary names more headers). */
    private static boolean varies(HttpResponse<String> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Stream.of(v.split(","))).anyMatch(v -> v.strip().equalsIgnoreCase("Accept"));
    }

    private static String type(HttpResponse<String> r) {
        return TestServer.contentType(r).split(";")[0].strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiated")
    void nothingAcceptableIsA406ThatListsWhatIs(Resource r) {
        HttpResponse<String> response = request(r, "image/png, text/html;q=0");
        assertEquals(406, response.statusCode(), response.body());
        assertTrue(type(response).equals("application/json"), TestServer.contentType(response));
        JsonObject error = JSON.parse(response.body());
        assertEquals("not-acceptable", error.getString("code"));
        assertFalse(error.get("available").getAsArray().isEmpty(), response.body());
        assertTrue(varies(response), "a 406 depends on Accept too");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiated")
    void aMediaTypeWithQ0IsNeverTheAnswer(Resource r) {
        HttpResponse<String> any = request(r, "*/*");
        assertEquals(200, any.statusCode(), any.body());
        assertTrue(varies(any), any.headers().map().toString());
        String preferred = type(any);
        // the preferred representation refused: another one, though the wildcard would allow it
        HttpResponse<String> other = request(r, preferred + ";q=0, */*;q=0.1");
        assertEquals(200, other.statusCode(), other.body());
        assertNotEquals(preferred, type(other));
        // the issue's own case: TriG where it is offered, never HTML
        HttpResponse<String> trig = request(r, "application/trig;q=1, text/html;q=0");
        assertFalse(type(trig).equals("text/html"), r + " answered HTML");
        assertTrue(trig.statusCode() == 406 || type(trig).equals("application/trig"), trig.statusCode() + " " + type(trig));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negotiated")
    void theMostSpecificRangeDecides(Resource r) {
        HttpResponse<String> any = request(r, "*/*");
        String preferred = type(any);
        String family = preferred.substring(0, preferred.indexOf('/'));
        HttpResponse<String> response = request(r, family + "/*;q=0, " + preferred);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(preferred, type(response), "named exactly, it is accepted although its type is refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aFormatNamedInTheUrlIsServedWhateverAcceptSays(String path) {
        HttpResponse<String> r = s.get(path + (path.contains("?") ? "&" : "?") + "format=ttl", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/turtle", type(r));
        assertEquals(400, s.get(path + (path.contains("?") ? "&" : "?") + "format=pdf", "text/turtle").statusCode());
    }

    static List<String> pages() {
        return List.of("/id/role/AIProvider", "/ontology", "/dataset", "/graph/guideline", "/query/q34");
    }
}
