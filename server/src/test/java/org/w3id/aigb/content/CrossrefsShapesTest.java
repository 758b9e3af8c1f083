package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.mapping.MappingGraph;
import org.w3id.aigb.mapping.SssomReader;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Graphs;

/**
 * shapes/kg-crossrefs.ttl holds for the shipped graph, and each broken fixture under
 * src/test/resources/broken/crossrefs fails the shape written for it.
 */
class CrossrefsShapesTest {
    static final String SH = "https://w3id.org/aigb/shapes#";
    static Shapes shapes;

    @BeforeAll
    static void parseShapes() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Sources.classpath().open("shapes/kg-crossrefs.ttl")) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        }
        shapes = Shapes.parse(g);
    }

    /**
     * The shipped graph as the shapes see it: the asserted named graphs without the entailments
     * (which would hide a missing rdf:type), plus the given fixture triples.
     */
    static Graph graphWith(Graph fixture) {
        Graph g = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = TestKG.get().dataset().asDatasetGraph();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Graphs.INFERRED))
                dsg.getGraph(name).find().forEachRemaining(g::add);
        });
        fixture.find().forEachRemaining(g::add);
        return g;
    }

    static Graph turtleFixture(String name) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = CrossrefsShapesTest.class.getResourceAsStream("/broken/crossrefs/" + name)) {
            RDFDataMgr.read(g, in, Lang.TURTLE);
        }
        return g;
    }

    static Graph sssomFixture(String name) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = CrossrefsShapesTest.class.getResourceAsStream("/broken/crossrefs/" + name)) {
            MappingGraph.add(SssomReader.read("broken/crossrefs/" + name, in), g);
        }
        return g;
    }

    /** Violations as "shape focus", the shape being the node shape or the property's path. */
    static Set<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String shape = e.source().isURI() ? e.source().getURI().replace(SH, "aigbsh:") : String.valueOf(e.resultPath());
            out.add(shape + " " + e.focusNode().getURI().replace("https://w3id.org/aigb/id/", ""));
        }
        return out;
    }

    @Test
    void theShippedGraphConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, graphWith(GraphFactory.createDefaultGraph()));
        assertTrue(report.conforms(), () -> {
            StringBuilder sb = new StringBuilder("violations of shapes/kg-crossrefs.ttl:\n");
            report.getEntries().forEach(e -> sb.append("  ").append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message()).append('\n'));
            return sb.toString();
        });
    }

    @Test
    void aMappingToAnArticleWeDoNotHaveFailsTheTargetShape() throws Exception {
        Graph fixture = sssomFixture("missing-article.sssom.tsv");
        String mapping = fixture.find(null, org.apache.jena.vocabulary.RDF.subject.asNode(), null).next().getSubject().getURI()
                .replace("https://w3id.org/aigb/id/", "");
        assertEquals(Set.of("aigbsh:MappingTargetExistsShape " + mapping), violations(graphWith(fixture)));
    }

    @Test
    void aSkosMappingWithoutARecordFailsTheRecordShape() throws Exception {
        assertEquals(Set.of("aigbsh:SkosMappingHasRecordShape item/P-7-ii"),
                violations(graphWith(turtleFixture("skos-without-record.ttl"))));
    }

    @Test
    void aMappingRecordWithoutJustificationOrWithConfidenceAboveOneFailsTheMappingShape() throws Exception {
        assertEquals(Set.of(
                "<https://w3id.org/aigb/ontology#justification> mapping/broken/000000000000",
                "<https://w3id.org/aigb/ontology#mappingConfidence> mapping/broken/000000000000"),
                violations(graphWith(turtleFixture("mapping-without-justification.ttl"))));
    }
}
