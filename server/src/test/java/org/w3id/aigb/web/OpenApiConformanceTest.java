package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.MediaRange;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.web.OpenApi.Operation;
import org.w3id.aigb.web.RegistryClient.Organisation;
import org.w3id.aigb.web.SwitchableStore.Mode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;

/**
 * Real answers of running servers conform to the OpenAPI description: for each request below, the
 * operation it is for is in the description, its status is one the operation documents, its media
 * type one documented for that status, the headers marked required are sent, a JSON body validates
 * against the documented schema (an error's {@code code} among those listed), an RDF body parses in
 * its syntax; the same request as HEAD gets the same status and type without a body. Every
 * representation the format registry offers on a negotiated path is asked for once. Then every status
 * of every operation the description documents must have been answered by some request here.
 * <p>
 * Four servers: the shared one (public paths); one whose registry runs on a store the test can switch
 * off or make lose its writes (503, 409); one with a 1 ms time limit (422 {@code query-timeout}); one of
 * a small graph (the whole dataset from the Graph Store in every syntax: JSON-LD of the project's takes
 * half a minute).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiConformanceTest {
    private static final OpenApi api = OpenApi.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** "METHOD /template STATUS" of every answer checked. */
    private static final Set<String> answered = ConcurrentHashMap.newKeySet();

    private static TestServer pub;
    private static TestServer reg;
    private static SwitchableStore store;
    private static TestServer tight;
    private static TestServer small;
    private static Organisation a;
    private static Organisation b;
    private static Organisation slow;
    private static String reviewer;
    private static int cases;
    private static int run;

    private static final byte[] PROFILE = RegistryFixture.example("company-g");
    private static final byte[] VIOLATING = bytesOf("data/examples/profiles/invalid-measure-code.ttl");
    private static final byte[] LONG_LITERAL = ("<https://example.com/x> <https://example.com/p> \"" + "x".repeat(10_001) + "\" .\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] OVER_A_MEGABYTE = new byte[(int) Limit.REQUEST_BYTES.defaultValue() + 1];

    @BeforeAll
    static void start() {
        pub = TestServer.sharedDefault();
        store = new SwitchableStore(TdbStore.inMemory());
        reg = TestServer.withStore(store);
        tight = TestServer.ofProjectGraph(ServerConfig.defaults().withLimit(Limit.TIMEOUT, 1));
        small = TestServer.withFixture(ServerConfig.defaults());
        RegistryClient client = new RegistryClient(reg);
        a = client.organisation("openapi-a");
        b = client.organisation("openapi-b");
        reviewer = client.reviewer();
        slow = new RegistryClient(tight).organisation("openapi-slow");
        expect(201, client.submit(a.token(), RegistryFixture.unique(RegistryFixture.example("annotated-example"), a.id()), null));
        expect(201, client.submit(a.token(), RegistryFixture.unique(RegistryFixture.example("company-q"), a.id()), null));
        expect(200, client.post(ActionSubmissions.PATH + "/" + a.id() + "/1/publish", a.token(), null, null));
        expect(201, client.annotate(reviewer, ActionSubmissions.PATH + "/" + a.id() + "/1", "accepted", "Thank you."));
    }

    private static void expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
    }

    @AfterAll
    static void stop() throws Exception {
        if (reg != null)
            reg.close();
        if (tight != null)
            tight.close();
        if (small != null)
            small.close();
    }

    /** A request and the status it must get. */
    record Case(TestServer server, String method, String path, Map<String, String> headers, byte[] body, int status, Mode mode) {
        Case with(Mode m) {
            return new Case(server, method, path, headers, body, status, m);
        }

        @Override
        public String toString() {
            String where = server == reg ? " (registry" + (mode == Mode.NORMAL ? "" : ", store " + mode) + ")" : server == tight ? " (1 ms)"
                    : server == small ? " (small graph)" : "";
            return status + " " + method + " " + (path.length() > 90 ? path.substring(0, 90) + "…" : path) + where
                    + (headers.isEmpty() ? "" : " " + headers.keySet().stream().filter(h -> !h.equals("Authorization")).map(h -> h + ": " + headers.get(h)).toList());
        }
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2)
            if (pairs[i + 1] != null)
                h.put(pairs[i], pairs[i + 1]);
        return h;
    }

    private static Case get(TestServer s, String path, int status, String... headers) {
        return new Case(s, "GET", path, headers(headers), null, status, Mode.NORMAL);
    }

    private static Case post(TestServer s, String path, String contentType, byte[] body, int status, String... headers) {
        Map<String, String> h = headers(headers);
        if (contentType != null)
            h.put("Content-Type", contentType);
        return new Case(s, "POST", path, h, body, status, Mode.NORMAL);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String q(String query) {
        return ReadOnlyFilter.SPARQL_PATH + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String SELECT = "SELECT ?s WHERE { ?s a ?c } LIMIT 2";
    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3";
    private static final String DESCRIBE = "DESCRIBE <https://w3id.org/aigb/id/item/P-2-i>";
    private static final String FEDERATED = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";

    /** The requests for every status each operation documents. */
    static List<Case> cases() {
        String png = "image/png";
        String turtle = "text/turtle";
        String sub = ActionSubmissions.PATH + "/" + a.id();
        String org = "Authorization";
        String ownToken = bearer(a.token());
        String otherToken = bearer(b.token());
        String reviewerToken = bearer(reviewer);
        List<Case> c = new ArrayList<>();
        // pages
        c.add(get(pub, "/", 200));
        c.add(get(pub, "/items", 200));
        c.add(get(pub, "/list/AIType", 200));
        c.add(get(pub, "/list/NoSuchClass", 404));
        c.add(get(pub, "/profiles?example=company-q", 200));
        c.add(get(pub, "/profiles?example=no-such-example", 404));
        c.add(get(pub, "/profiles/new", 200));
        c.add(get(pub, "/editor", 200));
        c.add(get(pub, "/review", 200));
        c.add(get(pub, "/$/ping", 200));
        // linked data
        for (String path : List.of("/id/item/P-2-i", "/id/eu-ai-act/annex-iii/4-a", "/ontology", "/ontology/fy2025", "/dataset", "/.well-known/void",
                "/dataset/class/AIType", "/graph/inferred")) {
            c.add(get(pub, path, 200, "Accept", turtle));
            c.add(get(pub, path + "?format=jsonld", 200));
            c.add(get(pub, path + "?format=bogus", 400));
            c.add(get(pub, path, 406, "Accept", png));
        }
        c.add(get(pub, "/id/item/no-such-item", 404));
        c.add(get(pub, "/id/eu-ai-act/annex-iii/no-such-point", 404));
        c.add(get(pub, "/ontology/no-such-version", 404));
        c.add(get(pub, "/dataset/class/NoSuchClass", 404));
        c.add(get(pub, "/graph/no-such-graph", 404));
        c.add(get(pub, "/dumps/aigb", 200, "Accept", "application/n-triples"));
        c.add(get(pub, "/dumps/aigb", 406, "Accept", png));
        c.add(get(pub, "/dumps/aigb.ttl", 200));
        c.add(get(pub, "/dumps/graph/inferred.nt", 200));
        c.add(get(pub, "/dumps/graph/inferred", 200, "Accept", turtle));
        c.add(get(pub, "/dumps/graph/no-such-graph.ttl", 404));
        c.add(get(pub, "/dumps/graph/inferred", 406, "Accept", png));
        c.add(get(pub, "/context/profile.jsonld", 200));
        // search and the research queries
        c.add(get(pub, "/search?q=RAG&limit=3", 200, "Accept", "application/json"));
        c.add(get(pub, "/search?role=AIProvider&stage=system-implementation&aitype=ai-agent&format=json", 200));
        c.add(get(pub, "/search?q=least%20privilege", 200));
        c.add(get(pub, "/search?q=RAG&limit=0&format=json", 400));
        c.add(get(pub, "/search?format=json", 400));
        c.add(get(pub, "/search?q=RAG", 406, "Accept", "text/csv"));
        c.add(get(tight, "/search?role=AIProvider&format=json", 422));
        c.add(get(pub, "/query/q60-dataset-statistics", 200, "Accept", "application/sparql-results+json"));
        c.add(get(pub, "/query/q34-risk-taxonomy-skos?format=ttl", 200));
        c.add(get(pub, "/query/q34-risk-taxonomy-skos?format=csv", 400));
        c.add(get(pub, "/query/no-such-query", 404));
        c.add(get(pub, "/query/q60-dataset-statistics", 406, "Accept", png));
        // the SPARQL endpoint and the Graph Store
        c.add(get(pub, q(SELECT), 200, "Accept", "application/sparql-results+json"));
        c.add(get(pub, ReadOnlyFilter.SPARQL_PATH, 200));
        c.add(get(pub, q("SELEC"), 400));
        c.add(get(pub, ReadOnlyFilter.SPARQL_PATH + "?update=CLEAR%20ALL", 403));
        c.add(get(pub, q(ASK), 406, "Accept", png));
        c.add(get(pub, q(FEDERATED), 422));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8(CONSTRUCT), 200, "Accept", turtle));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/x-www-form-urlencoded", utf8("query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8)), 200,
                "Accept", "application/sparql-results+json"));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8("SELECT ?s WHERE {"), 400));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-update", utf8("CLEAR ALL"), 403));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8(ASK), 406, "Accept", png));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", OVER_A_MEGABYTE, 413));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "text/plain", utf8(ASK), 415));
        c.add(post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8(FEDERATED), 422));
        c.add(get(pub, "/kg/data?graph=" + URLEncoder.encode("https://w3id.org/aigb/graph/inferred", StandardCharsets.UTF_8), 200, "Accept", turtle));
        c.add(get(pub, "/kg/data?default&graph=x", 400));
        c.add(get(pub, "/kg/data?graph=" + URLEncoder.encode("https://example.org/no-such-graph", StandardCharsets.UTF_8), 404));
        c.add(get(pub, "/kg/data?default", 406, "Accept", png));
        // the profile API
        for (String path : List.of(ActionValidateProfile.PATH, ActionObligations.PATH, ActionConvertProfile.PATH)) {
            c.add(post(pub, path, turtle, PROFILE, 200));
            c.add(post(pub, path, turtle, utf8("this is not Turtle"), 400));
            c.add(post(pub, path, turtle, PROFILE, 406, "Accept", png));
            c.add(post(pub, path, turtle, LONG_LITERAL, 413));
            c.add(post(pub, path, png, PROFILE, 415));
        }
        c.add(post(pub, ActionObligations.PATH, turtle, VIOLATING, 200));
        c.add(post(pub, ActionObligations.PATH, "application/x-www-form-urlencoded",
                utf8("profile=" + URLEncoder.encode(new String(PROFILE, StandardCharsets.UTF_8), StandardCharsets.UTF_8)), 200, "Accept", "text/html"));
        c.add(post(pub, ActionObligations.PATH + "?lang=en", turtle, PROFILE, 200, "Accept", "text/markdown"));
        c.add(post(pub, ActionObligations.PATH + "?lang=fr", turtle, PROFILE, 400));
        c.add(post(pub, ActionValidateProfile.PATH, turtle, VIOLATING, 200));
        c.add(post(tight, ActionValidateProfile.PATH, turtle, PROFILE, 422));
        c.add(post(tight, ActionObligations.PATH, turtle, PROFILE, 422));
        // files computed once, revalidated by their ETag
        for (String path : List.of(ActionFormVocabulary.PATH, "/editor/config.json", "/editor/prefixes.json", ActionOpenApi.PATH)) {
            c.add(get(pub, path, 200));
            c.add(get(pub, path, 304, "If-None-Match", etag(path)));
        }
        // the registry
        c.add(get(reg, ActionSubmissions.PATH, 200, org, reviewerToken));
        c.add(get(reg, ActionSubmissions.PATH + "?aitype=ai-agent&limit=1", 200, org, reviewerToken));
        c.add(get(reg, ActionSubmissions.PATH + "?limit=0", 400, org, reviewerToken));
        c.add(get(reg, ActionSubmissions.PATH, 401));
        c.add(get(reg, ActionSubmissions.PATH, 403, org, ownToken));
        c.add(get(reg, ActionSubmissions.PATH, 503, org, reviewerToken).with(Mode.DOWN));
        byte[] own = RegistryFixture.unique(PROFILE, a.id());
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 201, org, ownToken, "Idempotency-Key", "openapi-1"));
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 400, org, ownToken, "Idempotency-Key", "has a space"));
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 401));
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 403, org, reviewerToken));
        c.add(post(reg, ActionSubmissions.PATH, turtle, RegistryFixture.unique(RegistryFixture.example("company-z"), a.id()), 409, org, ownToken).with(Mode.WRITES_LOST));
        c.add(post(reg, ActionSubmissions.PATH, turtle, LONG_LITERAL, 413, org, ownToken));
        c.add(post(reg, ActionSubmissions.PATH, png, own, 415, org, ownToken));
        c.add(post(reg, ActionSubmissions.PATH, turtle, VIOLATING, 422, org, ownToken));
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 422, org, otherToken));
        c.add(post(tight, ActionSubmissions.PATH, turtle, RegistryFixture.unique(PROFILE, slow.id()), 422, org, bearer(slow.token())));
        c.add(post(reg, ActionSubmissions.PATH, turtle, own, 503, org, ownToken).with(Mode.DOWN));
        for (String path : List.of(sub, sub + "/1", sub + "/1/profile", sub + "/1/diff/2", sub + "/1/annotations")) {
            c.add(get(reg, path, 200, org, ownToken));
            c.add(get(reg, path, 401));
            c.add(get(reg, path, 404, org, otherToken));
            c.add(get(reg, path, 503, org, ownToken).with(Mode.DOWN));
        }
        c.add(get(reg, sub + "/1", 200, org, reviewerToken, "Accept", "text/markdown"));
        c.add(get(reg, sub + "/99", 404, org, ownToken));
        c.add(get(reg, sub + "/1/diff/99", 404, org, ownToken));
        c.add(get(reg, sub + "/1", 406, org, ownToken, "Accept", png));
        for (String action : List.of("/1/publish", "/2/withdraw")) {
            c.add(post(reg, sub + action, null, null, 200, org, ownToken));
            c.add(post(reg, sub + action, null, null, 401));
            c.add(post(reg, sub + action, null, null, 403, org, reviewerToken));
            c.add(post(reg, sub + action, null, null, 404, org, otherToken));
            c.add(post(reg, sub + action, null, null, 503, org, ownToken).with(Mode.DOWN));
        }
        String annotations = sub + "/1/annotations";
        String json = "application/json";
        c.add(post(reg, annotations, json, utf8("{\"status\": \"needs-changes\", \"comment\": \"Please add evidence.\"}"), 201, org, reviewerToken));
        c.add(post(reg, annotations, "application/x-www-form-urlencoded", utf8("status=accepted"), 201, org, reviewerToken));
        c.add(post(reg, annotations, json, utf8("{\"comment\": \"no status\"}"), 400, org, reviewerToken));
        c.add(post(reg, annotations, json, utf8("{\"status\": \"accepted\"}"), 401));
        c.add(post(reg, annotations, json, utf8("{\"status\": \"accepted\"}"), 403, org, ownToken));
        c.add(post(reg, sub + "/99/annotations", json, utf8("{\"status\": \"accepted\"}"), 404, org, reviewerToken));
        c.add(post(reg, annotations, json, OVER_A_MEGABYTE, 413, org, reviewerToken));
        c.add(post(reg, annotations, "text/plain", utf8("accepted"), 415, org, reviewerToken));
        c.add(post(reg, annotations, json, utf8("{\"status\": \"accepted\"}"), 503, org, reviewerToken).with(Mode.DOWN));
        c.add(get(reg, ActionAudit.PATH + "?limit=2", 200, org, reviewerToken));
        c.add(get(reg, ActionAudit.PATH + "?since=yesterday", 400, org, reviewerToken));
        c.add(get(reg, ActionAudit.PATH, 401));
        c.add(get(reg, ActionAudit.PATH, 403, org, ownToken));
        c.add(get(reg, ActionAudit.PATH, 503, org, reviewerToken).with(Mode.DOWN));
        // published versions, public
        String published = "/id/submission/" + a.id();
        for (String path : List.of(published, published + "/1")) {
            c.add(get(reg, path, 200, "Accept", turtle));
            c.add(get(reg, path + "?format=bogus", 400));
            c.add(get(reg, path, 406, "Accept", png));
        }
        c.add(get(reg, published + "/2", 404));
        c.add(get(reg, "/id/submission/" + b.id(), 404));
        return c;
    }

    /** For each negotiated operation, a request that gets each media type its formats are offered under. */
    static List<Case> negotiations() {
        Map<String, List<Offers>> offers = OpenApiDocumentTest.offersByOperation();
        String sub = ActionSubmissions.PATH + "/" + a.id();
        Map<Offers, Case> samples = new LinkedHashMap<>();
        samples.put(RdfView.OFFERS, get(pub, "/id/item/P-2-i", 200));
        samples.put(ActionSearch.OFFERS, get(pub, "/search?q=RAG&limit=2", 200));
        samples.put(ActionQuery.TABLE_PAGE, get(pub, "/query/q60-dataset-statistics", 200));
        samples.put(ActionQuery.GRAPH_PAGE, get(pub, "/query/q34-risk-taxonomy-skos", 200));
        samples.put(ActionDumps.OFFERS, get(pub, "/dumps/graph/inferred", 200));
        samples.put(SparqlFormats.SELECT, get(pub, q(SELECT), 200));
        samples.put(SparqlFormats.ASK, post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8(ASK), 200));
        samples.put(SparqlFormats.CONSTRUCT, get(pub, q(CONSTRUCT), 200));
        samples.put(SparqlFormats.DESCRIBE, post(pub, ReadOnlyFilter.SPARQL_PATH, "application/sparql-query", utf8(DESCRIBE), 200));
        samples.put(RdfView.DATA_FIRST, get(pub, ReadOnlyFilter.SPARQL_PATH, 200));
        samples.put(SparqlFormats.STORE_GRAPH, get(pub, "/kg/data?graph=" + URLEncoder.encode("https://w3id.org/aigb/graph/inferred", StandardCharsets.UTF_8), 200));
        samples.put(SparqlFormats.STORE_DATASET, get(small, "/kg/data", 200)); // the whole dataset: of a small graph
        samples.put(ActionValidateProfile.OFFERS, post(pub, ActionValidateProfile.PATH, "text/turtle", PROFILE, 200));
        samples.put(ActionConvertProfile.OFFERS, post(pub, ActionConvertProfile.PATH, "text/turtle", PROFILE, 200));
        List<Case> out = new ArrayList<>();
        for (Map.Entry<Offers, Case> e : samples.entrySet())
            for (String type : e.getKey().mediaTypes())
                out.add(accepting(e.getValue(), type));
        for (String type : org.w3id.aigb.render.ObligationWriter.FORMATS.mediaTypes()) {
            out.add(accepting(post(pub, ActionObligations.PATH, "text/turtle", PROFILE, 200), type));
            out.add(accepting(get(reg, sub + "/1", 200, "Authorization", bearer(a.token())), type));
        }
        for (String type : RdfView.OFFERS.mediaTypes())
            out.add(accepting(get(reg, "/id/submission/" + a.id() + "/1", 200), type));
        // every list of the format registry the description names is asked for here
        Set<Offers> named = new java.util.HashSet<>();
        offers.values().forEach(named::addAll);
        named.removeAll(samples.keySet());
        named.remove(org.w3id.aigb.render.ObligationWriter.FORMATS);
        assertEquals(Set.of(), named, "offers with no sample request");
        return out;
    }

    private static Case accepting(Case c, String type) {
        Map<String, String> h = new LinkedHashMap<>(c.headers());
        h.put("Accept", type);
        return new Case(c.server(), c.method(), c.path(), h, c.body(), c.status(), c.mode());
    }

    private static String etag(String path) {
        return pub.get(path, null).headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
    }

    @Order(1)
    @TestFactory
    Stream<DynamicTest> everyAnswerConformsToTheDescription() {
        List<Case> all = new ArrayList<>(cases());
        all.addAll(negotiations());
        cases = all.size();
        return all.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            check(c);
            run++;
        }));
    }

    /** Every status of every operation the description documents was answered by some request above. */
    @Order(2)
    @Test
    void everyDocumentedStatusWasAnswered() {
        assertTrue(cases > 0 && run == cases, "run the whole class: " + run + " of " + cases + " requests checked");
        Set<String> documented = new TreeSet<>();
        for (Operation op : api.operations())
            for (String status : api.statuses(op))
                documented.add(op + " " + status);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(answered);
        // a HEAD is answered as its GET is (compared on every request above but those of the 1 ms server, whose
        // second run may end in time): a status its GET gave counts for it
        missing.removeIf(m -> m.startsWith("HEAD ") && answered.contains("GET " + m.substring("HEAD ".length())));
        assertEquals(Set.of(), missing, "documented, never answered");
        assertTrue(answered.size() > 250, "statuses answered: " + answered.size());
    }

    /** The served description is the repository's file, revalidated by its ETag. */
    @Test
    void theServedDescriptionIsTheFile() throws IOException {
        HttpResponse<byte[]> r = send(get(pub, ActionOpenApi.PATH, 200), "GET");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", MediaRange.bare(r.headers().firstValue("Content-Type").orElse("")));
        assertArrayEquals(Files.readAllBytes(TestKG.repo("api/openapi.json")), r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "readable by an API tool on another site");
    }

    private static void check(Case c) {
        HttpResponse<byte[]> r = send(c, c.method());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(c.status(), r.statusCode(), () -> c + ": " + body.substring(0, Math.min(body.length(), 500)));
        conforms(c.method(), c.path(), r);
        // HEAD answers as GET does, except on the server whose time limit is 1 ms: whether a second run of the
        // same work ends within it is up to the machine (a search page answered 200 to HEAD after a 422 to GET)
        if (c.method().equals("GET") && c.server() != tight) {
            HttpResponse<byte[]> head = send(c, "HEAD");
            assertEquals(r.statusCode(), head.statusCode(), "HEAD " + c);
            assertEquals(0, head.body().length, "HEAD " + c + ": no body");
            assertEquals(bareType(r), bareType(head), "HEAD " + c + ": the type GET answers");
            conforms("HEAD", c.path(), head);
        }
    }

    private static HttpResponse<byte[]> send(Case c, String method) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.server().url(c.path()))).timeout(Duration.ofSeconds(60))
                .method(method, c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        c.headers().forEach(b::header);
        store.set(c.mode());
        try {
            try {
                return c.server().client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // A kept-alive connection the server closed (as it may after an error answer, e.g. a 413 whose body it did not read)
                // can be handed to the next request before the client notices: that request gets no bytes at all.
                // Sent again on a new connection; any other failure, or the same twice, is the server's.
                if (!String.valueOf(e.getMessage()).contains("received no bytes"))
                    throw e;
                return c.server().client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            store.set(Mode.NORMAL);
        }
    }

    private static String bareType(HttpResponse<?> r) {
        return MediaRange.bare(r.headers().firstValue("Content-Type").orElse(""));
    }

    /** The answer is one the description documents for the operation the request is for. */
    private static void conforms(String method, String pathAndQuery, HttpResponse<byte[]> r) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String what = method + " " + pathAndQuery + " " + r.statusCode();
        Operation op = api.find(method, path).orElseThrow(() -> new AssertionError(what + ": no operation of the description is for it"));
        int status = r.statusCode();
        if (!api.statuses(op).contains(Integer.toString(status)))
            fail(what + ": " + op + " does not document " + status + " (" + api.statuses(op) + ")");
        answered.add(op + " " + status);
        JsonNode response = api.response(op, status);
        response.path("headers").properties().forEach(h -> {
            if (api.resolve(h.getValue()).path("required").asBoolean())
                assertTrue(r.headers().firstValue(h.getKey()).isPresent(), what + ": the header " + h.getKey());
        });
        if (method.equals("HEAD"))
            return;
        Set<String> types = OpenApi.mediaTypes(response);
        String type = bareType(r);
        if (types.isEmpty()) {
            assertEquals(0, r.body().length, what + ": no body");
            return;
        }
        assertTrue(types.contains(type), what + ": " + type + " is not among " + types);
        Format format = Format.ofMediaType(type);
        if (type.endsWith("json")) {
            JsonNode json;
            try {
                json = JSON.readTree(r.body());
            } catch (IOException e) {
                throw new AssertionError(what + ": not JSON: " + e.getMessage());
            }
            List<Error> errors = api.schema(op, status, type).validate(json);
            assertEquals(List.of(), errors.stream().map(Error::toString).limit(10).toList(), what + ": against its schema");
        } else if (format != null && format.isRdf() && format.isText() && r.body().length < 4_000_000) {
            try {
                RDFParser.fromString(new String(r.body(), StandardCharsets.UTF_8), format.lang()).parse(StreamRDFLib.sinkNull());
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": not " + format + ": " + e.getMessage());
            }
        } else if (format == Format.HTML) {
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"), what + ": a page");
        }
    }

    private static byte[] bytesOf(String file) {
        try {
            return Files.readAllBytes(TestKG.repo(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
