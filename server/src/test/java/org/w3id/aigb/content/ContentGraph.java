package org.w3id.aigb.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.graph.Inference;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.vocab.Graphs;

/**
 * The content shapes (shapes/kg-content.ttl) and a way to add one test fixture, with its
 * entailments, to the loaded graph.
 */
final class ContentGraph {
    static final String SHAPES = "shapes/kg-content.ttl";

    private static Shapes shapes;

    private ContentGraph() {}

    /**
     * A copy of {@code base}'s union graph plus a test resource and the entailments of that resource
     * under the ontology: what loading the resource with the rest would give, without re-running the
     * inference over everything for each fixture.
     */
    static Graph withResource(KnowledgeGraph base, String testResource) {
        Graph union = GraphFactory.createDefaultGraph();
        base.dataset().asDatasetGraph().getDefaultGraph().find().forEach(union::add);
        Graph extra = GraphFactory.createDefaultGraph();
        try (InputStream in = resource(testResource)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(extra);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extra.find().forEach(union::add);
        Inference.entailments(base.dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY), extra).find().forEach(union::add);
        return union;
    }

    /** The content shapes, parsed once. */
    static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            try (InputStream in = Sources.classpath().open(SHAPES)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** Validates the union graph (asserted + inferred) against the content shapes. */
    static ValidationReport validate(KnowledgeGraph kg) {
        return validate(kg.dataset().asDatasetGraph().getDefaultGraph());
    }

    static ValidationReport validate(Graph union) {
        return ShaclValidator.get().validate(shapes(), union);
    }

    /** Validates one focus node of the union graph (much faster than the whole graph). */
    static ValidationReport validate(Graph union, Node focus) {
        return ShaclValidator.get().validate(shapes(), union, focus);
    }

    static InputStream resource(String name) {
        InputStream in = ContentGraph.class.getClassLoader().getResourceAsStream(name);
        if (in == null)
            throw new IllegalStateException("No test resource " + name);
        return in;
    }
}
