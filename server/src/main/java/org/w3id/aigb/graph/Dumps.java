package org.w3id.aigb.graph;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/** Dumps of the knowledge graph and of each named graph, shared by the {@code export} command and the server's {@code /dumps/}. */
public final class Dumps {
    /** The whole graph's syntaxes: single-graph ones write the union, quad ones keep the named graphs. */
    public static final Offers FORMATS = Offers.of("dump format", Format.TTL, Format.NT, Format.JSONLD, Format.TRIG, Format.NQ);
    /** The syntaxes one named graph is dumped in, and those the service serves the graph in. */
    public static final Offers GRAPH_FORMATS = Offers.of("dump format", Format.TTL, Format.NT, Format.JSONLD);

    /** How a dump is written: Turtle grouped by subject, JSON-LD without indentation (dumps are large). */
    private static RDFFormat writer(Format format) {
        return switch (format) {
            case TTL -> RDFFormat.TURTLE_BLOCKS;
            case NT -> RDFFormat.NTRIPLES;
            case JSONLD -> RDFFormat.JSONLD11_PLAIN;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            case NQ -> RDFFormat.NQUADS;
            default -> throw new IllegalArgumentException("No dump is written as " + format);
        };
    }

    private Dumps() {}

    /**
     * Writes the knowledge graph. Without {@code withInferred} only the asserted graphs are written
     * ({@link KnowledgeGraph#assertedGraphs()}: ontology, guideline, cross-references), as the service's
     * {@code /dumps/aigb.*} and its VoID description count them; the entailments can be recomputed by any
     * reasoner and are dumped on their own ({@link #writeGraph}). Graphs a server adds (the example
     * profiles) are never part of this dump.
     */
    public static void write(KnowledgeGraph kg, Format format, boolean withInferred, OutputStream out) {
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        List<Node> graphs = new ArrayList<>(kg.assertedGraphs());
        if (withInferred && dsg.containsGraph(Graphs.INFERRED))
            graphs.add(Graphs.INFERRED);
        if (format.holdsQuads()) {
            DatasetGraph selected = DatasetGraphFactory.createGeneral();
            selected.prefixes().putAll(Prefixes.get());
            for (Node name : graphs)
                selected.addGraph(name, dsg.getGraph(name));
            RDFDataMgr.write(out, selected, writer(format));
            return;
        }
        RDFDataMgr.write(out, withInferred ? dsg.getDefaultGraph() : kg.assertedUnion(), writer(format));
    }

    /**
     * Writes one named graph the knowledge graph holds (asserted, inferred or added by a server), in a
     * single-graph syntax: what {@code /dumps/graph/{name}.*} serves and the VoID description counts.
     */
    public static void writeGraph(KnowledgeGraph kg, Node graph, Format format, OutputStream out) {
        if (!GRAPH_FORMATS.offers(format))
            throw new AigbException.BadInput("bad-format", "A named graph is dumped as ttl, nt or jsonld, not " + format.formatName());
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        if (!dsg.containsGraph(graph))
            throw new AigbException.NotFound("no-such-graph", "No named graph " + graph.getURI());
        // Linked, not copied, with prefixes of its own: the served graph itself is not touched.
        MultiUnion view = new MultiUnion(new Graph[] {dsg.getGraph(graph)});
        view.getPrefixMapping().setNsPrefixes(Prefixes.get());
        RDFDataMgr.write(out, view, writer(format));
    }
}
