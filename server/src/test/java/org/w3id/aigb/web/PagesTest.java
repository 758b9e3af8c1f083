package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.vocab.Graphs;

/** The home page, listing pages, research query pages, dumps and the VoID/DCAT description. */
class PagesTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.withFixture(ServerConfig.defaults().withBase("https://example.org/aigb/"));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    @Test
    void theHomePageHasTheEntryPointsTheQueryEditorAndEveryResearchQuery() {
        HttpResponse<String> r = s.get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("href=\"/editor\""), "the query editor");
        assertTrue(html.contains("href=\"/items\""), "items by role and stage");
        assertTrue(html.contains("href=\"/list/ActorItem\""), "a class that has resources");
        for (QueryFile q : s.server.site().research().all())
            assertTrue(html.contains("href=\"/query/" + q.id() + "\""), "research query " + q.id());
    }

    @Test
    void itemsAreListedByRoleAndStageAndByClass() {
        String items = s.get("/items", "text/html").body();
        assertTrue(items.contains("AI提供者") && items.contains("AIシステム実装時") && items.contains("href=\"/id/item/X-9-i\""), items);
        HttpResponse<String> list = s.get("/list/ActorItem", "text/html");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(">X-9-i</a>"), list.body());
        assertEquals(404, s.get("/list/NoSuchClass", "application/json").statusCode());
    }

    @Test
    void aResearchQueryRunsInOneClickAndAsData() {
        HttpResponse<String> page = s.get("/query/q60-dataset-statistics", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(Graphs.GUIDELINE.getURI()), "the answer table names the graphs");
        HttpResponse<String> csv = s.get("/query/q60-dataset-statistics?format=csv", null);
        assertTrue(TestServer.contentType(csv).startsWith("text/csv"), TestServer.contentType(csv));
        assertTrue(csv.body().contains(Graphs.GUIDELINE.getURI() + "," + s.kg.tripleCounts().get(Graphs.GUIDELINE)), csv.body());
        assertEquals(404, s.get("/query/q00-nothing", "application/json").statusCode());
        assertEquals(400, s.get("/query/q60-dataset-statistics?format=ttl", "application/json").statusCode(), "a SELECT has no Turtle form");
    }

    @Test
    void dumpsHoldTheAssertedGraphs() {
        long asserted = s.kg.assertedUnion().size();
        assertTrue(asserted > 0 && asserted < s.kg.size(), "the entailments are not asserted");
        for (String[] c : new String[][] {{"ttl", "text/turtle"}, {"nt", "application/n-triples"}, {"jsonld", "application/ld+json"}}) {
            HttpResponse<String> r = s.get("/dumps/aigb." + c[0], null);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(TestServer.contentType(r).startsWith(c[1]), TestServer.contentType(r));
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.RDFLanguages.fileExtToLang(c[0]));
            assertEquals(asserted, m.size(), c[0]);
        }
        assertEquals(404, s.get("/dumps/aigb.xml", "application/json").statusCode());
        HttpResponse<String> inferred = s.get("/dumps/graph/inferred.nt", null);
        assertEquals(200, inferred.statusCode());
        assertEquals(s.kg.tripleCounts().get(Graphs.INFERRED).longValue(), inferred.body().lines().count(), "the entailments, dumped on their own");
    }

    @Test
    void theDatasetDescriptionCountsWhatTheGraphHolds() {
        for (String path : new String[] {"/.well-known/void", "/dataset"}) {
            HttpResponse<String> r = s.get(path, "text/turtle");
            assertEquals(200, r.statusCode(), path);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
            Resource ds = m.createResource("https://w3id.org/aigb/dataset");
            assertEquals(s.kg.assertedUnion().size(), m.getProperty(ds, m.createProperty(VOID, "triples")).getLong(), "the dumps' triples");
            for (var e : s.kg.tripleCounts().entrySet()) {
                if (e.getValue() == 0)
                    continue; // a graph with no triples is not a dataset the store knows
                Resource graph = m.createResource(e.getKey().getURI());
                boolean asserted = s.kg.assertedGraphs().contains(e.getKey());
                assertTrue(m.contains(ds, asserted ? m.createProperty(VOID, "subset") : m.createProperty("http://purl.org/dc/terms/relation"), graph),
                        e.getKey().getURI());
                assertEquals(e.getValue().longValue(), m.getProperty(graph, m.createProperty(VOID, "triples")).getLong(), e.getKey().getURI());
                assertTrue(m.contains(graph, m.createProperty(VOID, "dataDump"),
                        m.createResource("https://example.org/aigb/dumps/graph/" + e.getKey().getURI().substring(Graphs.BASE.length()) + ".nt")), "--base");
            }
            assertTrue(m.contains(ds, m.createProperty(VOID, "sparqlEndpoint"), m.createResource("https://example.org/aigb/kg/sparql")), "--base");
            assertTrue(m.contains(ds, m.createProperty("http://purl.org/dc/terms/license"), m.createResource("https://creativecommons.org/licenses/by/4.0/")));
            assertTrue(m.contains(ds, m.createProperty("http://purl.org/dc/terms/source"), m.createResource("https://w3id.org/aigb/id/edition/v1.1")));
            assertTrue(m.contains(ds, m.createProperty(VOID, "exampleResource"), m.createResource("https://w3id.org/aigb/id/edition/v1.2")));
            Resource actorItems = m.createResource("https://w3id.org/aigb/dataset/class/ActorItem");
            Literal entities = m.getProperty(actorItems, m.createProperty(VOID, "entities")).getLiteral();
            assertEquals(1, entities.getLong(), "one actor item in the fixture");
        }
    }
}
