package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.SubmissionIris;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * Nothing unpublished is reachable without a token: one organisation's version is submitted and
 * never published (its profile carries a marker that appears nowhere else), another's is
 * published, and every public path is tried: SPARQL, the Graph Store, {@code /id/}, the dumps (the
 * knowledge graph's and the per-graph ones, {@code /dumps/graph/submissions.*}), {@code /graph/…},
 * search, the VoID/DCAT counts, error messages, and the timing of 404s (the public side never asks
 * the store, which the store's call counter shows, so its answers cannot depend on private data).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnpublishedInvisibleTest {
    private static final String MARKER = "UnpublishedMarker7f3c";
    private static final String SUBMISSIONS = "https://w3id.org/aigb/graph/submissions";

    private static TestServer server;
    private static RegistryClient client;
    private static CountingStore store;
    private static Organisation hidden;
    private static Organisation shown;
    /** The VoID description's triple counts: before anything was published, then after one version was. */
    private static Map<String, Long> voidNothingPublished;
    private static Map<String, Long> voidOnePublished;
    /** The dump of the submissions graph as first served (before the unpublished version existed). */
    private static String submissionsDumpBefore;

    @BeforeAll
    static void start() {
        store = new CountingStore(TdbStore.inMemory());
        server = TestServer.withStore(store);
        client = new RegistryClient(server);
        voidNothingPublished = voidTriples(server.get("/dataset", "text/turtle").body());
        assertEquals(200, server.get("/dumps/graph/submissions.nt", null).statusCode(), "the empty graph is dumped too");
        shown = client.organisation("shown");
        String location = client.submitExample(shown, "company-q").headers().firstValue("Location").orElseThrow();
        assertEquals(200, client.post(location + "/publish", shown.token(), null, null).statusCode());
        voidOnePublished = voidTriples(server.get("/dataset", "text/turtle").body());
        submissionsDumpBefore = server.get("/dumps/graph/submissions.nt", null).body();
        hidden = client.organisation("hidden");
        assertEquals(201, client.submit(hidden.token(), secretProfile(MARKER), null).statusCode());
    }

    /** Company Q's profile with its IRIs and its Japanese name carrying {@code marker}, which appears nowhere else. */
    private static byte[] secretProfile(String marker) {
        String profile = new String(RegistryFixture.example("company-q", "PREFIX ex:       <https://example.org/aigb/examples/company-q#>",
                "PREFIX ex:       <https://secret.example/" + marker + "#>"), StandardCharsets.UTF_8);
        return profile.replace("\"Q社\"@ja", "\"" + marker + "社\"@ja").getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theSparqlEndpointHasOnlyThePublishedVersionAndNoRegistryGraph() {
        assertEquals("0", value(client.sparql(mentions(MARKER)), "n"));
        String graphs = "SELECT ?g WHERE { GRAPH ?g { } }";
        String all = client.sparql(graphs).toString();
        assertFalse(all.contains("graph/registry"), all);
        String versions = "SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE { GRAPH ?g { ?v a <https://w3id.org/aigb/ontology#Submission> } }";
        assertEquals("1", value(client.sparql(versions), "n"), "the published version only");
        String privateGraph = "ASK { GRAPH <https://w3id.org/aigb/graph/registry> { ?s ?p ?o } }";
        assertFalse(client.sparql(privateGraph).get("boolean").getAsBoolean().value());
    }

    @Test
    void theGraphStoreHasNoRegistryGraphAndNoUnpublishedTriple() {
        assertEquals(404, server.get("/kg/data?graph=" + encode("https://w3id.org/aigb/graph/registry"), "text/turtle").statusCode());
        assertEquals(404, server.get("/kg/data?graph=" + encode("https://w3id.org/aigb/graph/registry-audit"), "text/turtle").statusCode());
        HttpResponse<String> published = server.get("/kg/data?graph=" + encode("https://w3id.org/aigb/graph/submissions"), "application/n-triples");
        assertEquals(200, published.statusCode());
        assertTrue(published.body().contains("/submission/" + shown.id() + "/1"));
        assertFalse(published.body().contains(MARKER));
        assertFalse(server.get("/kg/data?default", "application/n-triples").body().contains(MARKER));
    }

    @Test
    void idAnswersAnUnpublishedVersionExactlyAsOneThatDoesNotExist() {
        for (String accept : List.of("text/turtle", "application/json", "text/html")) {
            HttpResponse<String> unpublished = server.get("/id/submission/" + hidden.id() + "/1", accept);
            HttpResponse<String> missing = server.get("/id/submission/" + hidden.id() + "/9", accept);
            HttpResponse<String> nobody = server.get("/id/submission/nobody-at-all/1", accept);
            assertEquals(404, unpublished.statusCode());
            assertEquals(missing.body().replace("/9", "/1"), unpublished.body(), accept);
            assertEquals(nobody.body().replace("nobody-at-all", hidden.id()), unpublished.body(), accept);
            assertEquals(404, server.get("/id/submission/" + hidden.id(), accept).statusCode());
        }
        assertEquals(200, server.get("/id/submission/" + shown.id() + "/1", "text/turtle").statusCode());
    }

    @Test
    void theDumpsAndTheSearchHaveNothingOfAnySubmission() {
        for (String dump : List.of("/dumps/aigb.ttl", "/dumps/aigb.nt", "/dumps/aigb.jsonld")) {
            String body = server.get(dump, null).body();
            assertFalse(body.contains(MARKER), dump);
            assertFalse(body.contains("/id/submission/" + shown.id()), dump + ": the dumps hold the guideline's files only, not even what is published");
        }
        HttpResponse<String> search = server.get("/search?q=" + encode(MARKER) + "&format=json", "application/json");
        assertEquals(200, search.statusCode());
        assertFalse(search.body().contains(MARKER + "社"), search.body());
        String text = "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " SELECT (COUNT(*) AS ?n) WHERE { ?s text:query (skos:prefLabel \"" + MARKER + "\") }";
        assertEquals("0", value(client.sparql(text), "n"));
    }

    @Test
    void theSubmissionsGraphsOwnDumpsHoldThePublishedVersionOnly() {
        for (String format : List.of("ttl", "nt", "jsonld")) {
            HttpResponse<String> dump = server.get("/dumps/graph/submissions." + format, null);
            assertEquals(200, dump.statusCode(), format);
            assertTrue(dump.body().contains("/id/submission/" + shown.id() + "/1"), format + ": the published version");
            assertFalse(dump.body().contains(MARKER), format);
            assertFalse(dump.body().contains("/submission/" + hidden.id()), format);
        }
        assertEquals(submissionsDumpBefore, server.get("/dumps/graph/submissions.nt", null).body(),
                "an unpublished submission does not change the dump");
        long inDump = parse(server.get("/dumps/graph/submissions.nt", null).body(), Lang.NTRIPLES).size();
        assertEquals(inDump, voidOnePublished.get(SUBMISSIONS), "the description counts the dump's triples");
        for (String graph : List.of("registry", "registry-audit")) {
            HttpResponse<String> dump = server.get("/dumps/graph/" + graph + ".nt", null);
            HttpResponse<String> none = server.get("/dumps/graph/no-such-graph.nt", null);
            assertEquals(404, dump.statusCode(), graph);
            assertEquals(none.body().replace("no-such-graph", graph), dump.body(), "the store's private graphs are not even named");
            assertEquals(404, server.get("/graph/" + graph, "text/turtle").statusCode(), graph);
        }
        HttpResponse<String> page = server.get("/graph/submissions", "text/turtle");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/dumps/graph/submissions.nt"), page.body());
        assertFalse(page.body().contains(MARKER));
    }

    @Test
    void theVoidCountsChangeWithPublicationNotWithAnUnpublishedSubmission() {
        assertEquals(0L, voidNothingPublished.get(SUBMISSIONS), "described while empty: " + voidNothingPublished);
        assertTrue(voidOnePublished.get(SUBMISSIONS) > 0, "a publication counts: " + voidOnePublished);
        String description = server.get("/dataset", "text/turtle").body();
        assertEquals(voidOnePublished, voidTriples(description), "an unpublished submission changes no count");
        assertFalse(description.contains(MARKER));
        assertFalse(description.contains("graph/registry"), "the store's private graphs are not described");
    }

    @Test
    void errorMessagesSayNothingAboutAnotherOrganisationsVersions() {
        HttpResponse<String> existing = client.get("/submissions/" + hidden.id() + "/1", shown.token(), null);
        HttpResponse<String> absent = client.get("/submissions/" + hidden.id() + "/2", shown.token(), null);
        assertEquals(404, existing.statusCode());
        assertEquals(absent.body(), existing.body());
        assertFalse(existing.body().contains(MARKER));
        HttpResponse<String> anonymous = client.get("/submissions/" + hidden.id() + "/1", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals(client.get("/submissions/nobody-at-all/1", null, null).body(), anonymous.body());
    }

    @Test
    void publicAnswersNeverAskTheStoreSoTheir404sCannotTakeLongerForAnUnpublishedVersion() {
        long before = store.calls.get();
        List<Long> unpublished = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            unpublished.add(time("/id/submission/" + hidden.id() + "/1"));
            missing.add(time("/id/submission/" + hidden.id() + "/" + (100 + i)));
        }
        client.sparql("SELECT * WHERE { GRAPH <https://w3id.org/aigb/graph/submissions> { ?s ?p ?o } } LIMIT 5");
        server.get("/dataset", "text/turtle");
        assertEquals(before, store.calls.get(), "the public side reads this server's copy of the published versions, never the store");
        long a = median(unpublished);
        long b = median(missing);
        // the same code path with no store access (the count above is the proof): the medians are close, within 2 ms
        // or a factor of 3 of each other, so on a loaded shared machine scheduling noise alone does not fail it,
        // while a store round trip per unpublished version (tens of ms on a remote store) would
        long low = Math.min(a, b), high = Math.max(a, b);
        assertTrue(high - low < 2_000_000 || high < 3 * low, "median 404 " + a / 1000 + " µs (unpublished) vs " + b / 1000 + " µs (missing)");
    }

    /**
     * Runs last ({@link Order}): an organisation submits two versions, each with a marker of its own;
     * neither is anywhere public; it publishes the second, and exactly that version appears on every
     * public path (the first stays invisible); it withdraws it, and every public answer is again what
     * it was before.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void afterPublicationExactlyThePublishedVersionAppearsAndAfterWithdrawalNothing() {
        Organisation later = client.organisation("later");
        String first = "LaterFirst9b2d";
        String second = "LaterSecond9b2d";
        assertEquals(201, client.submit(later.token(), secretProfile(first), null).statusCode());
        assertEquals(201, client.submit(later.token(), secretProfile(second), null).statusCode());
        String v1 = "/id/submission/" + later.id() + "/1";
        String v2 = "/id/submission/" + later.id() + "/2";
        Model dumpBefore = parse(server.get("/dumps/graph/submissions.nt", null).body(), Lang.NTRIPLES);
        assertNothingPublic(later, List.of(first, second), voidOnePublished);

        assertEquals(200, client.post("/submissions/" + later.id() + "/2/publish", later.token(), null, null).statusCode());
        Model document = parse(server.get(v2, "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(document.size() > 0);
        assertTrue(document.containsResource(document.createResource(SubmissionIris.version(later.id(), 2))));

        // the per-graph dumps and the Graph Store: the earlier publication plus this version's document, nothing else
        Model expected = ModelFactory.createDefaultModel().add(dumpBefore).add(document);
        String dumpText = server.get("/dumps/graph/submissions.nt", null).body();
        String storeText = server.get("/kg/data?graph=" + encode(SUBMISSIONS), "application/n-triples").body();
        Model dump = parse(dumpText, Lang.NTRIPLES);
        assertTrue(expected.isIsomorphicWith(dump), "the dump is the published versions' documents exactly");
        for (String format : List.of("ttl", "jsonld")) {
            Model other = parse(server.get("/dumps/graph/submissions." + format, null).body(), format.equals("ttl") ? Lang.TURTLE : Lang.JSONLD);
            assertTrue(expected.isIsomorphicWith(other), format);
        }
        assertTrue(expected.isIsomorphicWith(parse(storeText, Lang.NTRIPLES)), "/kg/data serves what the dump holds");
        for (String text : List.of(dumpText, storeText)) {
            assertTrue(text.contains(second + "社"), "the published version's own data");
            assertFalse(text.contains(first), "not the unpublished earlier version");
            assertFalse(text.contains(MARKER));
        }

        // the VoID counts: the submissions graph grows by exactly the document; the asserted graphs do not change
        Map<String, Long> published = voidTriples(server.get("/dataset", "text/turtle").body());
        assertEquals(voidOnePublished.get(SUBMISSIONS) + document.size(), published.get(SUBMISSIONS));
        assertEquals(dump.size(), published.get(SUBMISSIONS), "the description counts the dump's triples");
        Map<String, Long> others = new TreeMap<>(published);
        others.remove(SUBMISSIONS);
        Map<String, Long> othersBefore = new TreeMap<>(voidOnePublished);
        othersBefore.remove(SUBMISSIONS);
        assertEquals(othersBefore, others);
        String graphPage = server.get("/graph/submissions", "text/turtle").body();
        assertEquals(published.get(SUBMISSIONS), voidTriples(graphPage).get(SUBMISSIONS), "/graph/submissions counts the same");

        // the SPARQL endpoint: the two published versions, by their IRIs, and nothing of the first one
        String versions = "SELECT ?v WHERE { GRAPH <" + SUBMISSIONS + "> { ?v a <https://w3id.org/aigb/ontology#Submission> } } ORDER BY ?v";
        List<String> iris = new ArrayList<>();
        client.sparql(versions).get("results").getAsObject().get("bindings").getAsArray()
                .forEach(b -> iris.add(b.getAsObject().get("v").getAsObject().getString("value")));
        List<String> both = new ArrayList<>(List.of(SubmissionIris.version(shown.id(), 1), SubmissionIris.version(later.id(), 2)));
        Collections.sort(both);
        assertEquals(both, iris);
        assertEquals("0", value(client.sparql(mentions(first)), "n"));
        assertEquals(value(client.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SUBMISSIONS + "> { ?s ?p ?o } }"), "n"),
                String.valueOf(dump.size()), "the endpoint's graph is the dump's");

        // the linked-data pages: the version and the series, in every view; the first version still answers as absent
        for (String accept : List.of("text/turtle", "application/ld+json", "text/html")) {
            HttpResponse<String> page = server.get(v2, accept);
            assertEquals(200, page.statusCode(), accept);
            assertTrue(page.body().contains(second), accept + ": " + page.body());
            HttpResponse<String> unpublished = server.get(v1, accept);
            assertEquals(404, unpublished.statusCode(), accept);
            assertEquals(server.get("/id/submission/" + later.id() + "/9", accept).body().replace("/9", "/1"), unpublished.body(), accept);
            HttpResponse<String> series = server.get("/id/submission/" + later.id(), accept);
            assertEquals(200, series.statusCode(), accept);
            assertTrue(series.body().contains(later.id() + "/2"), accept);
            assertFalse(series.body().contains(later.id() + "/1"), accept + ": the series names published versions only");
            assertFalse(page.body().contains(first) || series.body().contains(first), accept);
        }
        // search covers the guideline, never a submission, published or not
        assertFalse(server.get("/search?q=" + encode(second) + "&format=json", "application/json").body().contains(second + "社"));

        assertEquals(200, client.post("/submissions/" + later.id() + "/2/withdraw", later.token(), null, null).statusCode());
        assertNothingPublic(later, List.of(first, second), voidOnePublished);
        assertTrue(dumpBefore.isIsomorphicWith(parse(server.get("/dumps/graph/submissions.nt", null).body(), Lang.NTRIPLES)),
                "a withdrawn version leaves the dump");
    }

    /** None of the organisation's versions, and none of the markers, on a public path; the VoID counts as given. */
    private static void assertNothingPublic(Organisation o, List<String> markers, Map<String, Long> counts) {
        assertEquals(counts, voidTriples(server.get("/dataset", "text/turtle").body()));
        List<String> bodies = new ArrayList<>();
        for (String format : List.of("ttl", "nt", "jsonld"))
            bodies.add(server.get("/dumps/graph/submissions." + format, null).body());
        bodies.add(server.get("/kg/data?graph=" + encode(SUBMISSIONS), "application/n-triples").body());
        bodies.add(server.get("/graph/submissions", "text/turtle").body());
        for (String marker : markers) {
            assertEquals("0", value(client.sparql(mentions(marker)), "n"), marker);
            // the answer repeats the query: the organisation's name, marker + 社, is what must not be found
            String search = server.get("/search?q=" + encode(marker) + "&format=json", "application/json").body();
            assertFalse(search.contains(marker + "社"), search);
        }
        for (String body : bodies) {
            assertFalse(body.contains("/submission/" + o.id() + "/"), body);
            for (String marker : markers)
                assertFalse(body.contains(marker), marker);
        }
        for (String path : List.of("/id/submission/" + o.id(), "/id/submission/" + o.id() + "/1", "/id/submission/" + o.id() + "/2"))
            assertEquals(404, server.get(path, "text/turtle").statusCode(), path);
    }

    /** Counts the triples, in any graph of the public endpoint, whose subject or object mentions {@code marker}. */
    private static String mentions(String marker) {
        return "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
                + " FILTER (CONTAINS(STR(?s), \"" + marker + "\") || CONTAINS(STR(?o), \"" + marker + "\")) }";
    }

    private static long time(String path) {
        long t = System.nanoTime();
        assertEquals(404, server.get(path, "text/turtle").statusCode());
        return System.nanoTime() - t;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Every dataset's void:triples in a VoID description, by the dataset's IRI. */
    private static Map<String, Long> voidTriples(String turtle) {
        var m = parse(turtle, Lang.TURTLE);
        var triples = m.createProperty("http://rdfs.org/ns/void#triples");
        Map<String, Long> out = new TreeMap<>();
        for (var s : m.listStatements(null, triples, (org.apache.jena.rdf.model.RDFNode) null).toList())
            out.put(s.getSubject().getURI(), s.getLong());
        return out;
    }

    private static Model parse(String text, org.apache.jena.riot.Lang lang) {
        var m = ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    private static String value(org.apache.jena.atlas.json.JsonObject results, String var) {
        return results.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject().get(var).getAsObject().getString("value");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A store that counts every call made to it. */
    private static final class CountingStore implements RegistryStore {
        private final RegistryStore inner;
        final AtomicLong calls = new AtomicLong();

        CountingStore(RegistryStore inner) {
            this.inner = inner;
        }

        @Override
        public List<QuerySolution> select(Query query) {
            calls.incrementAndGet();
            return inner.select(query);
        }

        @Override
        public void update(UpdateRequest request) {
            calls.incrementAndGet();
            inner.update(request);
        }

        @Override
        public void export(OutputStream out) {
            calls.incrementAndGet();
            inner.export(out);
        }

        @Override
        public void load(DatasetGraph data) {
            calls.incrementAndGet();
            inner.load(data);
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public boolean shared() {
            return inner.shared();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
