package org.w3id.aigb.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** Long IRIs are written once, as prefixes, and the answer reads back as the graph it was written from. */
class CompactRdfTest {
    private static final String LONG = "http://example.org/" + "x".repeat(500);

    /** Three long IRIs (ending with '/', with a fragment, with a character outside the BMP), each named in 80 triples. */
    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("ex", "http://example.org/");
        List<Node> longIris = List.of(NodeFactory.createURI(LONG + "/"), NodeFactory.createURI(LONG + "#a"), NodeFactory.createURI(LONG + "\uD83D\uDE00"));
        for (int i = 0; i < 40; i++)
            for (Node iri : longIris) {
                Node b = NodeFactory.createBlankNode();
                g.add(b, NodeFactory.createURI("http://example.org/p"), iri);
                g.add(b, NodeFactory.createURI("http://example.org/n"), NodeFactory.createLiteralString("r" + i));
                g.add(iri, NodeFactory.createURI("http://example.org/q" + i), NodeFactory.createURI("http://example.org/o"));
            }
        return g;
    }

    private static void roundTrip(BiConsumer<ByteArrayOutputStream, Graph> writer, Lang lang) {
        Graph g = graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out, g);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(3, text.split(Pattern.quote("x".repeat(500)), -1).length - 1, lang + ": each long IRI written once");
        Graph read = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).toGraph();
        assertTrue(IsoMatcher.isomorphic(graph(), read), lang + ": the answer reads back as the graph");
    }

    @Test
    void turtleWritesEachLongIriOnce() {
        roundTrip(CompactRdf::turtle, Lang.TURTLE);
    }

    @Test
    void jsonLdWritesEachLongIriOnce() {
        roundTrip(CompactRdf::jsonLd, Lang.JSONLD);
    }

    @Test
    void aGraphWithoutLongIrisIsWrittenAsJenaWritesIt() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("x"));
        for (var write : List.<BiConsumer<ByteArrayOutputStream, Graph>>of(CompactRdf::turtle, CompactRdf::jsonLd)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write.accept(out, g);
            assertTrue(!out.toString(StandardCharsets.UTF_8).contains("long1"), out.toString(StandardCharsets.UTF_8));
        }
    }
}
