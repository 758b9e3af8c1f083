package org.w3id.aigb.web;

import org.w3id.aigb.Limits.Limit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service is hardened by default: read-only everywhere, no federated query (and no outbound
 * connection), a per-query time limit (a client's {@code timeout=} shortens it), a request size cap,
 * no path traversal. Over real HTTP, against a server with a small cap so the limit is quick to reach.
 */
class HardeningTest {
    /** What the expensive query asks for ({@code timeout=}, seconds): the server's own limit stays the default, so nothing else here races a clock. */
    private static final long TIMEOUT_MS = 1000;
    private static final long MAX_BYTES = 4096;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.ofProjectGraph(ServerConfig.defaults().withLimit(Limit.REQUEST_BYTES, MAX_BYTES));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static String q(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static long tripleCount() {
        HttpResponse<String> r = s.get(q(COUNT), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\r\n")[1]);
    }

    private static HttpResponse<String> request(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return s.send(b.build());
    }

    private static String code(HttpResponse<String> r) {
        return JSON.parse(r.body()).getString("code");
    }

    @Test
    void serviceIsRefusedWithoutAnyOutboundConnection() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = s.get(q(query), "application/json");
            assertEquals(422, r.statusCode(), r.body());
            assertEquals("query-refused", code(r));
            trap.setSoTimeout(300);
            boolean connected;
            try (var ignored = trap.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertFalse(connected, "the server must not connect to the SERVICE address");
        }
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndTheDataIsUnchanged() {
        long before = tripleCount();
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        String triple = "<urn:x:a> <urn:x:b> <urn:x:c> .";
        HttpResponse<String> update = request("POST", "/kg/sparql", "application/sparql-update", insert);
        assertEquals(403, update.statusCode(), update.body());
        assertEquals("update-refused", code(update));
        HttpResponse<String> form = request("POST", "/kg/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8));
        assertEquals(403, form.statusCode(), form.body());
        assertEquals(403, request("POST", "/kg", "application/sparql-update", insert).statusCode());
        assertEquals(403, request("POST", "/kg/update", "application/sparql-update", insert).statusCode());
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            HttpResponse<String> r = request(method, "/kg/data?default", "application/n-triples", method.equals("DELETE") ? null : triple);
            assertEquals(405, r.statusCode(), method + " " + r.body());
            assertEquals("method-not-allowed", code(r));
            assertTrue(r.headers().firstValue("Allow").orElse("").contains("GET"), method);
        }
        assertEquals(405, request("PUT", "/kg", "text/turtle", triple).statusCode());
        assertEquals(405, request("DELETE", "/id/edition/v1.1", null, null).statusCode());
        assertEquals(before, tripleCount(), "a refused write leaves the data unchanged");
        assertEquals("false", s.get(q("ASK { <urn:x:a> ?p ?o }"), "text/csv").body().split("\r\n")[1].strip().toLowerCase());
    }

    @Test
    void anExpensiveQueryIsStoppedByTheTimeoutWhileOthersAreAnswered() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> s.get(q(cartesian) + "&timeout=" + TIMEOUT_MS / 1000, "application/json"));
        Thread.sleep(100);
        HttpResponse<String> quick = s.get(q("ASK { ?s ?p ?o }"), "application/json");
        assertEquals(200, quick.statusCode(), "the server keeps answering while the expensive query runs");
        HttpResponse<String> r = slow.get(30, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("query-timeout", code(r));
        // the product of the graph with itself four times would run for days; a loaded machine may answer late, but not that late
        assertTrue(ms < TIMEOUT_MS + 20_000, "stopped near the limit, took " + ms + " ms");
        assertEquals(200, s.get(q(COUNT), "text/csv").statusCode(), "and keeps answering after it");
    }

    @Test
    void aTimeoutTheEndpointWouldIgnoreIsABadParameter() {
        for (String timeout : List.of("0.5", "1.5", "abc", "-1", "2s")) {
            HttpResponse<String> r = s.get(q("ASK { ?s ?p ?o }") + "&timeout=" + timeout, "application/json");
            assertEquals(400, r.statusCode(), timeout + " " + r.body());
            assertEquals("bad-parameter", code(r));
        }
        for (String timeout : List.of("2", "1,5"))
            assertEquals(200, s.get(q("ASK { ?s ?p ?o }") + "&timeout=" + timeout, "application/json").statusCode(), timeout);
    }

    @Test
    void pathTraversalAttemptsAre404() {
        for (String path : List.of("/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2f..%2fetc%2fpasswd",
                "/id/%2E%2E/%2E%2E/etc/passwd", "/id/..%5c..%5cetc%5cpasswd", "/id/x/../../../etc/passwd",
                "/id/edition/..", "/id/edition/v1.1%00", "/../etc/passwd", "/dumps/../pom.xml", "/id/.%2e/etc/passwd")) {
            HttpResponse<String> r = s.get(path, "application/json");
            assertEquals(404, r.statusCode(), path + " " + r.body());
            assertTrue(TestServer.contentType(r).startsWith("application/json"), path + " " + TestServer.contentType(r));
            assertFalse(r.body().contains("root:"), path);
        }
    }

    @Test
    void bodiesOverTheCapAre413WithOrWithoutALength() {
        String big = "query=" + "x".repeat((int) MAX_BYTES + 10);
        HttpResponse<String> declared = request("POST", "/kg/sparql", "application/x-www-form-urlencoded", big);
        assertEquals(413, declared.statusCode(), declared.body());
        assertEquals("request-too-large", code(declared));
        byte[] chunkedBody = ("# " + "y".repeat((int) MAX_BYTES + 10) + "\nASK {}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunkedBody))).build());
        assertEquals(413, chunked.statusCode(), chunked.body());
        byte[] smallBody = "ASK { ?s ?p ?o }".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> small = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(smallBody))).build());
        assertEquals(200, small.statusCode(), "a chunked body under the cap is read whole: " + small.body());
        assertTrue(small.body().contains("true"), small.body());
    }

    @Test
    void answersReusePooledBuffers() {
        s.server.awaitStartupTasks(); // the search indexes load the Kuromoji dictionary into direct memory
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        s.get(q("ASK { ?s ?p ?o }"), "application/json"); // fills the pool
        long before = direct.getMemoryUsed();
        for (int i = 0; i < 20; i++)
            assertEquals(200, s.get(q("ASK { ?s ?p ?o }"), "application/json").statusCode());
        long grown = direct.getMemoryUsed() - before;
        // Fuseki's default, a 5 MB unpooled buffer per answer, would hold ~100 MB here until a full GC.
        assertTrue(grown < 4 << 20, "20 answers took " + (grown >> 10) + " KB of direct memory");
        // that a large answer arrives whole: StreamingAnswersTest
    }
}
