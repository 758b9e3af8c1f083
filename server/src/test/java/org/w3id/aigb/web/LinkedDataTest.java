package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.AIGB;

/**
 * Dereferenceable IRIs: {@code /id/{path}} and {@code /ontology} with content negotiation, over a
 * graph of the project's ontology plus a small fixture item whose label is full of markup.
 */
class LinkedDataTest {
    private static final String ITEM = "https://w3id.org/aigb/id/item/X-9-i";
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.withFixture(ServerConfig.defaults());
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static Model parse(HttpResponse<String> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }

    @Test
    void anItemIsServedInEachRdfSyntaxByAcceptAndByFormat() {
        record Case(String accept, String format, Lang lang) {}
        for (Case c : List.of(new Case("text/turtle", "ttl", Lang.TURTLE), new Case("application/ld+json", "jsonld", Lang.JSONLD),
                new Case("application/n-triples", "nt", Lang.NTRIPLES), new Case("application/rdf+xml", "rdf", Lang.RDFXML))) {
            for (HttpResponse<String> r : List.of(s.get("/id/item/X-9-i", c.accept()), s.get("/id/item/X-9-i?format=" + c.format(), "text/html"))) {
                assertEquals(200, r.statusCode(), c.accept());
                assertTrue(TestServer.contentType(r).startsWith(c.accept()), TestServer.contentType(r));
                Model m = parse(r, c.lang());
                assertTrue(m.contains(m.createResource(ITEM), RDF.type, m.createResource(AIGB.NS + "ActorItem")), c.accept());
                assertTrue(m.contains(m.createResource(ITEM), AIGB.forRole, m.createResource("https://w3id.org/aigb/id/role/AIProvider")), c.accept());
            }
        }
    }

    @Test
    void theDescriptionHoldsIncomingLinksAndLabelsOfLinkedResources() {
        Model m = parse(s.get("/id/item/X-9-i", "text/turtle"), Lang.TURTLE);
        assertTrue(m.contains(m.createResource("https://w3id.org/aigb/id/note/X-9-i-test-note"), AIGB.property("noteFor"), m.createResource(ITEM)),
                "incoming link from the note");
        assertTrue(m.contains(m.createResource("https://w3id.org/aigb/id/role/AIProvider"), RDFS.label, m.createLiteral("AI提供者", "ja")),
                "label of the linked role");
        assertTrue(m.contains(m.createResource(AIGB.NS + "forRole"), RDFS.label, m.createLiteral("for role", "en"))
                || m.listStatements(m.createResource(AIGB.NS + "forRole"), RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).hasNext(),
                "label of the property");
    }

    @Test
    void theHtmlPageShowsBothLabelsTheSourceSectionLinksAndEscapesEveryValue() {
        for (String accept : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
            HttpResponse<String> r = s.get("/id/item/X-9-i", accept);
            assertEquals(200, r.statusCode());
            assertTrue(TestServer.contentType(r).startsWith("text/html"), TestServer.contentType(r));
            String html = r.body();
            assertTrue(html.contains("テスト用の事項"), "ja label");
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; test item"), "en label, escaped");
            assertFalse(html.contains("<script>"), "no markup from the data");
            assertTrue(html.contains("href=\"/id/role/AIProvider\""), "internal IRIs link to their pages");
            assertTrue(html.contains("href=\"/id/section/annex-4\""), "source section");
            assertTrue(html.contains("href=\"/id/note/X-9-i-test-note\""), "incoming reference");
            assertTrue(html.contains("href=\"/ontology#ActorItem\""), "type links to the ontology");
            assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
        }
    }

    @Test
    void anUnknownIriIs404InEveryFormat() {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html", "*/*")) {
            HttpResponse<String> r = s.get("/id/item/Z-99-i", accept);
            assertEquals(404, r.statusCode(), accept);
            assertTrue(r.body().contains("no-such-resource"), accept + ": " + r.body());
        }
        assertTrue(TestServer.contentType(s.get("/id/item/Z-99-i", "text/html")).startsWith("text/html"));
        for (String format : List.of("ttl", "jsonld", "nt", "rdf", "html"))
            assertEquals(404, s.get("/id/item/Z-99-i?format=" + format, null).statusCode(), format);
        HttpResponse<String> bad = s.get("/id/item/X-9-i?format=pdf", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("bad-format"), bad.body());
    }

    @Test
    void theOntologyDocumentIsServedAsRdfAndAsAPageWithAnchors() {
        Model m = parse(s.get("/ontology", "text/turtle"), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(AIGB.ONTOLOGY), RDF.type, OWL2.Ontology));
        assertEquals(s.kg.tripleCounts().get(org.w3id.aigb.vocab.Graphs.ONTOLOGY).longValue(), m.size(), "the whole ontology graph");
        HttpResponse<String> html = s.get("/ontology", "text/html");
        assertTrue(html.body().contains("id=\"ActorItem\""), "anchor for /ontology#ActorItem");
        assertTrue(html.body().contains("href=\"/list/ActorItem\""), "link to the resources of a class that has some");
        assertTrue(RDFLanguages.isTriples(Lang.TURTLE));
    }

    @Test
    void aDescriptionDeclaresThePrefixesItUsesAndNoOthers() {
        String turtle = s.get("/id/item/X-9-i", "text/turtle").body();
        assertTrue(turtle.contains("PREFIX item:") || turtle.contains("@prefix item:"), turtle);
        assertTrue(turtle.contains("role:AIProvider"), "IRIs are abbreviated: " + turtle);
        for (String unused : List.of("sh:", "hcoc:", "eu-aiact:", "riskmap:", "euact:"))
            assertFalse(turtle.contains("PREFIX " + unused) || turtle.contains("@prefix " + unused), unused + " is declared: " + turtle);
    }

    @Test
    void aResourceOfAnotherTypeResolvesToo() {
        HttpResponse<String> r = s.get("/id/edition/v1.1", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r, Lang.TURTLE);
        assertTrue(m.contains(m.createResource("https://w3id.org/aigb/id/edition/v1.1"), RDFS.label, m.createLiteral("AI事業者ガイドライン（第1.1版）", "ja")));
    }
}
