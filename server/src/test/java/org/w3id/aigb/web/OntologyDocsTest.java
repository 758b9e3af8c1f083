package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The ontology's documentation, generated from the ontology itself: every term, concept scheme and
 * scheme member has its anchor (and so does every {@code aigb:} IRI the served graph uses, which the
 * site links to as {@code /ontology#Term}); each term shows its labels, definition, domain and range,
 * hierarchy and usage; the version IRIs of the current and the earlier edition answer their own
 * documents; the changes between them are listed.
 */
class OntologyDocsTest {
    private static TestServer s;
    private static String page;
    private static Set<String> anchors;

    @BeforeAll
    static void fetch() {
        s = TestServer.sharedDefault();
        HttpResponse<String> r = s.get("/ontology", "text/html");
        assertEquals(200, r.statusCode());
        page = r.body();
        anchors = matches(page, "id=\"([^\"]+)\"");
    }

    @Test
    void everyTermSchemeAndMemberHasItsAnchor() {
        Graph ontology = served().getGraph(Graphs.ONTOLOGY);
        Set<String> missing = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            Node n = t.getSubject();
            if (n.isURI() && n.getURI().startsWith(AIGB.NS) && !anchors.contains(n.getURI().substring(AIGB.NS.length())))
                missing.add(n.getURI());
        });
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()})
                if (n.isURI() && !anchors.contains(Prefixes.shortName(n.getURI())))
                    missing.add(n.getURI());
        });
        assertEquals(Set.of(), missing, "terms, schemes and members of the ontology without an anchor on /ontology");
        assertTrue(anchors.containsAll(Set.of("Verified", "FromMemory", "MethodNote", "ApplyToAppropriateExtent", "InformativeReference",
                "Removed", "activity:fine-tuning", "scheme:activities", "sector:manufacturing", "skos:Concept")), "individuals, members, external terms");
    }

    @Test
    void everyOntologyTermTheServedGraphUsesHasAnAnchor() {
        // Pages link any aigb: IRI to /ontology#Local: none of those links may dangle.
        DatasetGraph served = served();
        Set<String> missing = new TreeSet<>();
        served.listGraphNodes().forEachRemaining(g -> served.getGraph(g).find().forEach((Triple t) -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                if (n.isURI() && n.getURI().startsWith(AIGB.NS) && !anchors.contains(n.getURI().substring(AIGB.NS.length())))
                    missing.add(n.getURI());
        }));
        assertEquals(Set.of(), missing);
    }

    @Test
    void eachTermShowsItsLabelsDefinitionDomainRangeHierarchyAndUsage() {
        String atStage = section("atStage");
        assertTrue(atStage.contains("掲げられている段階") && atStage.contains("at stage") && atStage.contains("事項が掲げられている段階の見出し。"), atStage);
        assertTrue(atStage.contains("<th>domain</th><td><a href=\"#ActorItem\">aigb:ActorItem</a>")
                && atStage.contains("<th>range</th><td><a href=\"#LifecycleStage\">aigb:LifecycleStage</a>"), atStage);
        String guidelineResource = section("GuidelineResource");
        assertTrue(guidelineResource.contains("<th>subclasses</th>") && guidelineResource.contains("href=\"#Section\""), guidelineResource);
        String primary = section("primaryPrinciple");
        assertTrue(primary.contains("<th>subproperty of</th><td><a href=\"#implementsPrinciple\">") && primary.contains("functional"), primary);
        long items = s.kg.dataset().asDatasetGraph().getDefaultGraph().find(Node.ANY, RDF.type.asNode(), AIGB.ActorItem.asNode()).toList().size();
        assertTrue(section("ActorItem").contains("<a href=\"/list/ActorItem\">" + items + "</a> resources of this class"), section("ActorItem"));
        String yearMonth = section("YearMonth");
        assertTrue(yearMonth.contains("xsd:string") && yearMonth.contains("pattern"), yearMonth);
    }

    @Test
    void theHeaderNamesTheVersionLicenceAndPriorVersion() {
        assertTrue(page.contains("https://w3id.org/aigb/ontology/fy2025-r2") && page.contains("href=\"/ontology/fy2025\"")
                && page.contains("https://creativecommons.org/licenses/by/4.0/"), "version IRI, prior version, licence");
        String changes = page.substring(page.indexOf("id=\"changes\""));
        assertTrue(changes.contains("aigb:mappingSubject</a></td><td>added") && changes.contains("aigb:sector</a></td><td>changed: rdfs:label"),
                "the changes from fy2025, computed: " + changes.substring(0, Math.min(3000, changes.length())));
    }

    @Test
    void versionIrisAnswerTheirEditionsDocuments() {
        assertEquals(200, s.get("/ontology/fy2025-r2", "text/html").statusCode());
        Model current = rdf("/ontology/fy2025-r2");
        assertTrue(current.contains(current.createResource(AIGB.ONTOLOGY), OWL2.versionIRI, current.createResource("https://w3id.org/aigb/ontology/fy2025-r2")));
        HttpResponse<String> earlier = s.get("/ontology/fy2025", "text/html");
        assertEquals(200, earlier.statusCode());
        assertTrue(earlier.body().contains("An earlier edition (fy2025)") && earlier.body().contains("id=\"Mapping\""), "the fy2025 page");
        Model fy2025 = rdf("/ontology/fy2025");
        assertTrue(fy2025.contains(fy2025.createResource(AIGB.ONTOLOGY), OWL2.versionIRI, fy2025.createResource("https://w3id.org/aigb/ontology/fy2025")));
        assertTrue(fy2025.contains(AIGB.resource("Mapping"), org.apache.jena.vocabulary.RDFS.subClassOf, RDF.Statement), "fy2025 as it was published");
        HttpResponse<String> unknown = s.get("/ontology/fy1999", "application/json");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("fy2025-r2, fy2025"), unknown.body());
    }

    @Test
    void everyLinkOfTheOntologyPageResolves() {
        Set<String> links = matches(page, "href=\"(/[^\"#?]*)");
        Map<String, Integer> broken = new TreeMap<>();
        for (String link : links) {
            int status = s.get(link, "text/html").statusCode();
            if (status != 200)
                broken.put(link, status);
        }
        assertEquals(Map.of(), broken);
        Set<String> fragments = matches(page, "href=\"#([^\"]+)\"");
        fragments.removeAll(anchors);
        assertEquals(Set.of(), fragments, "links within the page to anchors it does not have");
    }

    private static String section(String id) {
        int start = page.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static Model rdf(String path) {
        HttpResponse<String> r = s.get(path, "text/turtle");
        assertEquals(200, r.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        return m;
    }

    private static DatasetGraph served() {
        return s.server.site().kg().dataset().asDatasetGraph();
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find())
            out.add(m.group(1));
        return out;
    }
}
