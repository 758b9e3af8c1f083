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
import org.w3id.aigb.Formats;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/** Dumps of the knowledge graph and of each named graph, shared by the {@code export} command and the server's {@code /dumps/}. */
public final class Dumps {
    /** Dump syntaxes: single-graph ones write the union, quad ones keep the named graphs. */
    public enum Format {
        TTL("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS, false),
        NT("nt", "application/n-triples", RDFFormat.NTRIPLES, false),
        JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PLAIN, false),
        TRIG("trig", "application/trig", RDFFormat.TRIG_BLOCKS, true),
        NQ("nq", "application/n-quads", RDFFormat.NQUADS, true);

        final String name;
        final String mediaType;
        final RDFFormat rdfFormat;
        final boolean quads;

        Format(String name, String mediaType, RDFFormat rdfFormat, boolean quads) {
            this.name = name;
            this.mediaType = mediaType;
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        public String extension() {
            return name;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Format of(String name) {
            return Formats.byName(Format.class, Format::extension, "dump format", name);
        }
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
        if (format.quads) {
            DatasetGraph selected = DatasetGraphFactory.createGeneral();
            selected.prefixes().putAll(Prefixes.get());
            for (Node name : graphs)
                selected.addGraph(name, dsg.getGraph(name));
            RDFDataMgr.write(out, selected, format.rdfFormat);
            return;
        }
        RDFDataMgr.write(out, withInferred ? dsg.getDefaultGraph() : kg.assertedUnion(), format.rdfFormat);
    }

    /**
     * Writes one named graph the knowledge graph holds (asserted, inferred or added by a server), in a
     * single-graph syntax: what {@code /dumps/graph/{name}.*} serves and the VoID description counts.
     */
    public static void writeGraph(KnowledgeGraph kg, Node graph, Format format, OutputStream out) {
        if (format.quads)
            throw new AigbException.BadInput("bad-format", "A named graph is dumped as ttl, nt or jsonld, not " + format.extension());
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        if (!dsg.containsGraph(graph))
            throw new AigbException.NotFound("no-such-graph", "No named graph " + graph.getURI());
        // Linked, not copied, with prefixes of its own: the served graph itself is not touched.
        MultiUnion view = new MultiUnion(new Graph[] {dsg.getGraph(graph)});
        view.getPrefixMapping().setNsPrefixes(Prefixes.get());
        RDFDataMgr.write(out, view, format.rdfFormat);
    }
}
