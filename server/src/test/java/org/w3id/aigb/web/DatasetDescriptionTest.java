package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.Graphs;

/**
 * The VoID/DCAT description at {@code /dataset} tells the truth about the dumps it lists: every dump is
 * fetched and parsed, and holds exactly the triples (and, for the knowledge graph, the class
 * partitions) the description counts; every named graph the service serves is described with a dump
 * of its own; every link of the page resolves on this deployment.
 */
class DatasetDescriptionTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DATASET = "https://w3id.org/aigb/dataset";
    private static TestServer s;
    private static Model description;

    @BeforeAll
    static void start() {
        s = TestServer.sharedDefault();
        HttpResponse<String> r = s.get("/dataset", "text/turtle");
        assertEquals(200, r.statusCode());
        description = parse(r.body(), Lang.TURTLE);
    }

    @Test
    void everyDumpHoldsExactlyTheTriplesItsDatasetCounts() {
        List<String> checked = new ArrayList<>();
        for (Resource ds : description.listSubjectsWithProperty(RDF.type, description.createResource(VOID + "Dataset")).toList()) {
            long counted = description.getProperty(ds, p("triples")).getLong();
            List<RDFNode> dumps = description.listObjectsOfProperty(ds, p("dataDump")).toList();
            assertFalse(dumps.isEmpty(), ds + " has no dump");
            for (RDFNode dump : dumps) {
                Model m = fetch(dump.asResource().getURI());
                assertEquals(counted, m.size(), dump + " holds " + m.size() + " triples; the description of " + ds + " says " + counted);
                checked.add(dump.toString());
            }
        }
        assertTrue(checked.size() >= 3 + 2 * 5, "the knowledge graph's three dumps and two per named graph: " + checked);
    }

    @Test
    void theKnowledgeGraphsClassPartitionsCountTheEntitiesOfItsDump() {
        Resource ds = description.createResource(DATASET);
        Model dump = fetch(description.listObjectsOfProperty(ds, p("dataDump")).toList().stream()
                .map(n -> n.asResource().getURI()).filter(u -> u.endsWith(".nt")).findFirst().orElseThrow());
        Map<String, Long> described = new TreeMap<>();
        for (RDFNode partition : description.listObjectsOfProperty(ds, p("classPartition")).toList())
            described.put(description.getProperty(partition.asResource(), p("class")).getResource().getURI(),
                    description.getProperty(partition.asResource(), p("entities")).getLong());
        assertTrue(described.size() > 40, "one partition per class with instances: " + described.keySet());
        Map<String, Long> inDump = new TreeMap<>();
        for (String cls : described.keySet())
            inDump.put(cls, dump.listSubjectsWithProperty(RDF.type, dump.createResource(cls)).filterKeep(Resource::isURIResource).toList().stream().count());
        assertEquals(inDump, described);
    }

    @Test
    void everyServedNamedGraphIsDescribedWithItsOwnDump() {
        Set<String> served = new TreeSet<>();
        s.server.site().kg().dataset().asDatasetGraph().listGraphNodes().forEachRemaining(n -> served.add(n.getURI()));
        assertTrue(served.contains(Graphs.PROFILES.getURI()) && served.contains(Graphs.INFERRED.getURI()), served.toString());
        Resource ds = description.createResource(DATASET);
        Set<String> parts = uris(description.listObjectsOfProperty(ds, p("subset")).toList());
        Set<String> beside = uris(description.listObjectsOfProperty(ds, description.createProperty("http://purl.org/dc/terms/relation")).toList());
        Set<String> all = new TreeSet<>(parts);
        all.addAll(beside);
        assertEquals(served, all, "every named graph served is a subset of the dumped dataset or a dataset beside it");
        assertEquals(Set.of(Graphs.ONTOLOGY.getURI(), Graphs.GUIDELINE.getURI(), Graphs.CROSSREFS.getURI()), parts,
                "the dumps hold the asserted graphs");
        for (String graph : served) {
            Resource g = description.createResource(graph);
            Node name = Graphs.graph(graph.substring(Graphs.BASE.length()));
            assertEquals(s.server.site().kg().dataset().asDatasetGraph().getGraph(name).size(),
                    description.getProperty(g, p("triples")).getLong(), graph);
            assertTrue(description.contains(g, description.createProperty("http://purl.org/dc/terms/title"), (RDFNode) null), graph);
        }
        // The total is that of the dumps: the asserted graphs, without the entailments.
        long asserted = s.server.site().kg().assertedUnion().size();
        assertEquals(asserted, description.getProperty(ds, p("triples")).getLong());
        assertTrue(asserted < s.server.site().kg().size(), "the SPARQL default graph also holds the entailments");
    }

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void everyLinkOfTheDatasetPagesResolvesOnThisDeployment() {
        Set<String> links = links("/dataset");
        assertTrue(links.contains("/dataset/class/AIType") && links.contains("/graph/guideline") && links.contains("/graph/inferred")
                && links.contains("/dumps/aigb.nt"), "the partitions, named graphs and dumps link to this deployment: " + links);
        for (String graph : links.stream().filter(l -> l.startsWith("/graph/")).toList())
            links.addAll(links(graph));
        assertTrue(links.contains("/dumps/graph/inferred.nt") && links.contains("/dumps/graph/profiles.ttl"), links.toString());
        Map<String, Integer> broken = new TreeMap<>();
        for (String link : links) {
            // As a browser asks: the SPARQL endpoint answers a bare GET with its service description (a page),
            // every other link is a page or a file.
            int status = s.get(link, BROWSER_ACCEPT).statusCode();
            if (status != 200)
                broken.put(link, status);
        }
        assertEquals(Map.of(), broken, "links of /dataset and its named graphs' pages that do not resolve here");
        HttpResponse<String> graph = s.get("/graph/inferred", "text/turtle");
        assertEquals(200, graph.statusCode());
        assertTrue(graph.body().contains("/dumps/graph/inferred.nt"), graph.body());
        assertEquals(404, s.get("/graph/no-such-graph", "text/html").statusCode());
        assertEquals(404, s.get("/dataset/class/NoSuchClass", "text/html").statusCode());
        assertEquals(404, s.get("/dumps/graph/no-such-graph.nt", null).statusCode());
    }

    /** The root-relative links of a page of this server. */
    private static Set<String> links(String path) {
        HttpResponse<String> page = s.get(path, "text/html");
        assertEquals(200, page.statusCode(), path);
        Matcher m = Pattern.compile("href=\"(/[^\"#?]*)").matcher(page.body());
        Set<String> out = new TreeSet<>();
        while (m.find())
            out.add(m.group(1));
        return out;
    }

    /** A dump named in the description (an IRI under the deployment's --base), fetched from this server. */
    private static Model fetch(String url) {
        String base = s.server.config().base();
        assertTrue(url.startsWith(base + "/dumps/"), url + " is a dump of this deployment (" + base + ")");
        HttpResponse<String> r = s.get(url.substring(base.length()), null);
        assertEquals(200, r.statusCode(), url);
        return parse(r.body(), RDFLanguages.fileExtToLang(url.substring(url.lastIndexOf('.') + 1)));
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }

    private static Property p(String local) {
        return description.createProperty(VOID + local);
    }

    private static Set<String> uris(List<RDFNode> nodes) {
        Set<String> out = new TreeSet<>();
        nodes.forEach(n -> out.add(n.asResource().getURI()));
        return out;
    }
}
