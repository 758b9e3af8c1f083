package org.w3id.aigb.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Graphs;

/**
 * The knowledge graph as the integrity shapes see it: the asserted graphs (ontology and data,
 * without the inferred graph, whose range entailments would hide a missing rdf:type) validated
 * against every {@code shapes/kg*.ttl}, parsed once.
 */
final class KgValidation {
    private static Shapes shapes;
    private static Graph asserted;

    private KgValidation() {}

    /** The integrity shape files: {@code shapes/kg.ttl} and its siblings {@code shapes/kg-*.ttl}. */
    static List<String> shapeFiles() {
        return Sources.classpath().list("shapes", ".ttl").stream()
                .filter(name -> name.matches("shapes/kg(-[a-z0-9-]+)?\\.ttl")).toList();
    }

    static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            for (String name : shapeFiles())
                parseTurtle(Sources.classpath().open(name), g);
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** The union of the asserted named graphs (everything but the inferred graph), copied once. */
    static synchronized Graph asserted() {
        if (asserted == null) {
            DatasetGraph dsg = TestKG.get().dataset().asDatasetGraph();
            Graph g = GraphFactory.createDefaultGraph();
            dsg.listGraphNodes().forEachRemaining(name -> {
                if (!name.equals(Graphs.INFERRED))
                    dsg.getGraph(name).find().forEachRemaining(g::add);
            });
            asserted = g;
        }
        return asserted;
    }

    static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** The asserted graph plus one more Turtle document (a broken fixture). */
    static Graph assertedPlus(InputStream turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        asserted().find().forEachRemaining(g::add);
        parseTurtle(turtle, g);
        return g;
    }

    private static void parseTurtle(InputStream in, Graph into) {
        try (in) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
