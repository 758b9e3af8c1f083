package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.Graphs;

/**
 * The W3C SPARQL 1.1 Protocol test cases (https://w3c.github.io/rdf-tests/sparql/sparql11/protocol/,
 * manifest {@code sparql/sparql11/protocol/manifest.ttl} of w3c/rdf-tests) that apply to a read-only
 * query endpoint, each method named after its case. The cases use graphs the test harness loads
 * ({@code http://kasei.us/2009/09/sparql/data/data1.rdf} …); here the dataset's own named graphs take
 * their place: {@code ontology} for data1, {@code guideline} for data2, {@code crossrefs} for data3,
 * each with a resource typed in it and in no other of the three. Where the case's expected answer
 * would also come out if the protocol's dataset were ignored, a control request with a smaller
 * dataset must answer the opposite.
 * <p>
 * The update cases expect an update service to succeed; this endpoint is read-only, so each must be
 * refused with a 4xx and leave every graph as it was.
 */
class SparqlProtocolW3cTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final String DATA1 = Graphs.ONTOLOGY.getURI();
    private static final String DATA2 = Graphs.GUIDELINE.getURI();
    private static final String DATA3 = Graphs.CROSSREFS.getURI();
    /** Typed in DATA1, DATA2, DATA3 respectively, and in neither of the other two. */
    private static final String IN1 = "https://w3id.org/aigb/ontology";
    private static final String IN2 = "https://w3id.org/aigb/id/item/P-2-i";
    private static final String IN3 = "https://w3id.org/aigb/id/eu-ai-act/annex-iii";
    /** The graph of a test harness, which this dataset does not have. */
    private static final String DATA0 = "http://kasei.us/2009/09/sparql/data/data0.rdf";

    private static final Set<String> BOOLEAN_TYPES = Set.of("application/sparql-results+xml", "application/sparql-results+json");
    private static final Set<String> TABLE_TYPES = Set.of("application/sparql-results+xml", "application/sparql-results+json",
            "text/csv", "text/tab-separated-values");
    private static final Set<String> RDF_TYPES = Set.of("application/rdf+xml", "text/turtle", "application/n-triples",
            "application/ld+json");

    // ---- queries

    @Test
    @DisplayName("query_post_form: query via URL-encoded POST")
    void query_post_form() {
        assertBoolean(true, post("?default-graph-uri=" + enc(DATA0), "application/x-www-form-urlencoded", "query=ASK%20%7B%7D"));
    }

    @Test
    @DisplayName("query_dataset_default_graphs_get: GET query with protocol-specified default graph")
    void query_dataset_default_graphs_get() {
        String ask = "ASK { <" + IN1 + "> a ?type . <" + IN2 + "> a ?type2 . }";
        assertBoolean(true, get("?query=" + enc(ask) + "&default-graph-uri=" + enc(DATA1) + "&default-graph-uri=" + enc(DATA2)));
        assertBoolean(false, get("?query=" + enc(ask) + "&default-graph-uri=" + enc(DATA1)));
    }

    @Test
    @DisplayName("query_dataset_default_graphs_post: POST query with protocol-specified default graphs")
    void query_dataset_default_graphs_post() {
        String ask = "ASK { <" + IN1 + "> a ?type . <" + IN2 + "> a ?type2 . }";
        assertBoolean(true, post("?default-graph-uri=" + enc(DATA1) + "&default-graph-uri=" + enc(DATA2), "application/sparql-query", ask));
        assertBoolean(false, post("?default-graph-uri=" + enc(DATA2), "application/sparql-query", ask));
    }

    @Test
    @DisplayName("query_dataset_named_graphs_post: POST query with protocol-specified named graphs")
    void query_dataset_named_graphs_post() {
        String ask = "ASK { GRAPH ?g1 { <" + IN1 + "> a ?type } GRAPH ?g2 { <" + IN2 + "> a ?type2 } }";
        assertBoolean(true, post("?named-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA2), "application/sparql-query", ask));
        assertBoolean(false, post("?named-graph-uri=" + enc(DATA1), "application/sparql-query", ask));
    }

    @Test
    @DisplayName("query_dataset_named_graphs_get: GET query with protocol-specified named graphs")
    void query_dataset_named_graphs_get() {
        String ask = "ASK { GRAPH ?g1 { <" + IN1 + "> a ?type } GRAPH ?g2 { <" + IN2 + "> a ?type2 } }";
        assertBoolean(true, get("?query=" + enc(ask) + "&named-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA2)));
        assertBoolean(false, get("?query=" + enc(ask) + "&named-graph-uri=" + enc(DATA2)));
    }

    @Test
    @DisplayName("query_dataset_full: query with protocol-specified dataset (both named and default graphs)")
    void query_dataset_full() {
        String ask = "ASK {\n  <" + IN3 + "> a ?type\n  GRAPH ?g1 { <" + IN1 + "> a ?type1 }\n  GRAPH ?g2 { <" + IN2 + "> a ?type2 }\n}";
        String dataset = "?default-graph-uri=" + enc(DATA3) + "&named-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA2);
        assertBoolean(true, post(dataset, "application/sparql-query", ask));
        assertBoolean(false, post("?default-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA2),
                "application/sparql-query", ask));
    }

    @Test
    @DisplayName("query_multiple_dataset: query specifying dataset in both query string and protocol; test for use of protocol-specified dataset")
    void query_multiple_dataset() {
        // FROM alone (no FROM NAMED) would leave no named graph: the GRAPH patterns match only if the protocol's dataset is used.
        String ask = "ASK FROM <" + DATA3 + "> { GRAPH ?g1 { <" + IN1 + "> a ?type } GRAPH ?g2 { <" + IN2 + "> a ?type2 } }";
        assertBoolean(true, post("?named-graph-uri=" + enc(DATA1) + "&named-graph-uri=" + enc(DATA2), "application/sparql-query", ask));
        assertBoolean(false, post("", "application/sparql-query", ask));
    }

    @Test
    @DisplayName("query_get: query via GET")
    void query_get() {
        assertBoolean(true, get("?query=ASK%20%7B%7D&default-graph-uri=" + enc(DATA0)));
    }

    @Test
    @DisplayName("query_content_type_select: query appropriate content type (expect one of: XML, JSON, CSV, TSV)")
    void query_content_type_select() {
        HttpResponse<String> r = post("?default-graph-uri=" + enc(DATA0), "application/sparql-query", "SELECT (1 AS ?value) {}");
        assertEquals(200, r.statusCode(), r.body());
        String type = mediaType(r);
        assertTrue(TABLE_TYPES.contains(type), type);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(bytes(r)), resultLang(type));
        assertEquals(1, rs.next().getLiteral("value").getInt());
        assertFalse(rs.hasNext());
    }

    @Test
    @DisplayName("query_content_type_ask: query appropriate content type (expect one of: XML, JSON)")
    void query_content_type_ask() {
        HttpResponse<String> r = post("?default-graph-uri=" + enc(DATA0), "application/sparql-query", "ASK {}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(BOOLEAN_TYPES.contains(mediaType(r)), mediaType(r));
    }

    @Test
    @DisplayName("query_content_type_describe: query appropriate content type (expect one of: RDF/XML, Turtle, N-Triples, RDFa)")
    void query_content_type_describe() {
        HttpResponse<String> r = post("?default-graph-uri=" + enc(DATA0), "application/sparql-query", "DESCRIBE <http://example.org/>");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(RDF_TYPES.contains(mediaType(r)), mediaType(r));
        assertEquals(0, graph(r).size(), "nothing is known of http://example.org/");
    }

    @Test
    @DisplayName("query_content_type_construct: query appropriate content type (expect one of: RDF/XML, Turtle, N-Triples, RDFa)")
    void query_content_type_construct() {
        HttpResponse<String> r = post("?default-graph-uri=" + enc(DATA0), "application/sparql-query", "CONSTRUCT { <s> <p> 1 } WHERE {}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(RDF_TYPES.contains(mediaType(r)), mediaType(r));
        Model m = graph(r);
        assertEquals(1, m.size());
        assertEquals(1, m.listStatements().next().getInt());
    }

    @Test
    @DisplayName("query_post_direct: query via POST directly")
    void query_post_direct() {
        assertBoolean(true, post("", "application/sparql-query", "ASK {}"));
    }

    // ---- bad queries: a 4xx, with our JSON error

    @Test
    @DisplayName("bad_query_method: invoke query operation with a method other than GET or POST")
    void bad_query_method() {
        HttpResponse<String> r = s.send(request("?query=ASK%20%7B%7D&default-graph-uri=" + enc(DATA0))
                .header("Content-Type", "application/x-www-form-urlencoded").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertError(405, "method-not-allowed", r);
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("POST"), r.headers().toString());
    }

    @Test
    @DisplayName("bad_multiple_queries: invoke query operation with more than one query string")
    void bad_multiple_queries() {
        assertError(400, "bad-request", get("?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D"));
    }

    @Test
    @DisplayName("bad_query_wrong_media_type: invoke query operation with a POST with media type that's not url-encoded or application/sparql-query")
    void bad_query_wrong_media_type() {
        HttpResponse<String> r = post("", "text/plain", "ASK {}");
        assertError(415, "unsupported-media-type", r);
        assertTrue(message(r).contains("application/sparql-query"), "says how to send a query: " + r.body());
    }

    @Test
    @DisplayName("bad_query_missing_form_type: invoke query operation with url-encoded body, but without application/x-www-form-urlencoded media type")
    void bad_query_missing_form_type() {
        assertError(400, "missing-query", post("", null, "query=ASK%20%7B%7D"));
    }

    @Test
    @DisplayName("bad_query_missing_direct_type: invoke query operation with SPARQL body, but without application/sparql-query media type")
    void bad_query_missing_direct_type() {
        assertError(400, "missing-query", post("", null, "ASK {}"));
    }

    @Test
    @DisplayName("bad_query_non_utf8: invoke query operation with direct POST, but with a non-UTF8 encoding (UTF-16)")
    void bad_query_non_utf8() {
        HttpResponse<String> r = s.send(request("").header("Content-Type", "application/sparql-query; charset=UTF-16")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray("ASK {}".getBytes(Charset.forName("UTF-16")))).build());
        assertError(415, "unsupported-charset", r);
        assertTrue(message(r).contains("UTF-8"), r.body());
    }

    @Test
    @DisplayName("bad_query_syntax: invoke query operation with invalid query syntax (4XX result)")
    void bad_query_syntax() {
        HttpResponse<String> r = get("?query=ASK%20%7B");
        assertError(400, "query-parse-error", r);
        assertEquals(1, JSON.parse(r.body()).get("line").getAsNumber().value().intValue(), r.body());
    }

    // ---- updates, refused by a read-only endpoint

    @Test
    @DisplayName("bad_update_get: invoke update operation with GET")
    void bad_update_get() {
        assertUnchangedAfter(() -> assertError(403, "update-refused", get("?update=CLEAR%20ALL")));
    }

    /** The update cases and the bad_update cases: each is refused, and nothing changes. */
    @Test
    @DisplayName("update_post_form, update_post_direct, update_dataset_*, update_base_uri and the bad_update_* cases over POST: refused (4xx), nothing changed")
    void everyUpdateCaseIsRefusedAndChangesNothing() {
        String insert = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nCLEAR ALL ;\nINSERT DATA { GRAPH <" + DATA1 + "> { <" + DATA1 + "> a foaf:Document } }";
        record Case(String name, String query, String contentType, byte[] body, int status) {}
        List<Case> cases = List.of(
                new Case("update_post_form", "", "application/x-www-form-urlencoded", utf8("update=CLEAR+ALL"), 403),
                new Case("update_post_direct", "", "application/sparql-update", utf8("CLEAR ALL"), 403),
                new Case("update_dataset_default_graph", "?using-graph-uri=" + enc(DATA1), "application/sparql-update", utf8(insert), 403),
                new Case("update_dataset_default_graphs", "?using-graph-uri=" + enc(DATA1) + "&using-graph-uri=" + enc(DATA2),
                        "application/sparql-update", utf8(insert.replace("CLEAR ALL", "DROP ALL")), 403),
                new Case("update_dataset_named_graphs", "?using-named-graph-uri=" + enc(DATA1), "application/sparql-update",
                        utf8(insert.replace("CLEAR ALL", "DROP ALL")), 403),
                new Case("update_dataset_full", "?using-graph-uri=" + enc(DATA1) + "&using-named-graph-uri=" + enc(DATA2),
                        "application/sparql-update", utf8(insert.replace("CLEAR ALL", "DROP ALL")), 403),
                new Case("update_base_uri", "", "application/sparql-update", utf8("CLEAR GRAPH <http://example.org/protocol-base-test/> ;\n"
                        + "INSERT DATA { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }"), 403),
                new Case("bad_multiple_updates", "", "application/x-www-form-urlencoded", utf8("update=CLEAR%20NAMED&update=CLEAR%20DEFAULT"), 403),
                new Case("bad_update_wrong_media_type", "", "text/plain", utf8("CLEAR NAMED"), 415),
                new Case("bad_update_missing_form_type", "", null, utf8("update=CLEAR%20NAMED"), 400),
                new Case("bad_update_non_utf8", "", "application/sparql-update; charset=UTF-16", "CLEAR NAMED".getBytes(Charset.forName("UTF-16")), 403),
                new Case("bad_update_syntax", "", "application/x-www-form-urlencoded", utf8("update=CLEAR%20XYZ"), 403),
                new Case("bad_update_dataset_conflict", "?using-named-graph-uri=" + enc("http://example/people"), "application/sparql-update",
                        utf8("PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\nDELETE { ?person foaf:givenName 'Bill' }\n"
                                + "INSERT { ?person foaf:givenName 'William' }\nWHERE {\n    ?person foaf:givenName 'Bill'\n}"), 403));
        assertUnchangedAfter(() -> {
            for (Case c : cases) {
                HttpRequest.Builder b = request(c.query()).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
                if (c.contentType() != null)
                    b.header("Content-Type", c.contentType());
                HttpResponse<String> r = s.send(b.build());
                assertEquals(c.status(), r.statusCode(), c.name() + ": " + r.body());
                assertTrue(TestServer.contentType(r).startsWith("application/json"), c.name() + ": " + TestServer.contentType(r));
            }
        });
    }

    // ---- helpers

    private static void assertUnchangedAfter(Runnable requests) {
        String counts = "SELECT ?g (COUNT(*) AS ?n) { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";
        s.server.awaitStartupTasks(); // the count reads the example profiles' graph, made in the background
        String before = s.get("/kg/sparql?query=" + enc(counts), "text/csv").body();
        requests.run();
        assertEquals(before, s.get("/kg/sparql?query=" + enc(counts), "text/csv").body(), "every graph as it was");
        assertTrue(before.split("\r\n").length >= 6, "the default graph and the named graphs were counted: " + before);
    }

    private static void assertBoolean(boolean expected, HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 400, r.statusCode() + " " + r.body());
        String type = mediaType(r);
        assertTrue(BOOLEAN_TYPES.contains(type), type);
        boolean answer = ResultsReader.create().lang(resultLang(type)).build().readAny(new ByteArrayInputStream(bytes(r))).getBooleanResult();
        assertEquals(expected, answer, r.request().uri().toString());
    }

    private static void assertError(int status, String code, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/json"), TestServer.contentType(r));
        assertEquals(code, JSON.parse(r.body()).getString("code"), r.body());
    }

    private static String message(HttpResponse<String> r) {
        return JSON.parse(r.body()).getString("message");
    }

    private static HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create(s.url("/kg/sparql" + query)));
    }

    /** As a test harness sends it: no Accept header. */
    private static HttpResponse<String> get(String query) {
        return s.send(request(query).GET().build());
    }

    /** As a test harness sends it: no Accept header; {@code contentType} null for none. */
    private static HttpResponse<String> post(String query, String contentType, String body) {
        HttpRequest.Builder b = request(query).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return s.send(b.build());
    }

    private static String mediaType(HttpResponse<String> r) {
        return TestServer.contentType(r).split(";")[0].strip();
    }

    private static Lang resultLang(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        assertTrue(lang != null && ResultSetReaderRegistry.isRegistered(lang), "a result set syntax: " + mediaType);
        return lang;
    }

    private static Model graph(HttpResponse<String> r) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(bytes(r)), RDFLanguages.contentTypeToLang(mediaType(r)));
        return m;
    }

    private static byte[] bytes(HttpResponse<String> r) {
        return r.body().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
