package org.w3id.aigb.graph;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aigb.Formats;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/** Whole-graph dumps, shared by the {@code export} command and the server's {@code /dumps/}. */
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
     * Writes the graph. Without {@code withInferred} only the asserted graphs are written
     * (ontology, guideline, crossrefs): the entailments can be recomputed by any reasoner. The served
     * example profiles ({@link Graphs#PROFILES}) are never part of a dump.
     */
    public static void write(KnowledgeGraph kg, Format format, boolean withInferred, OutputStream out) {
        DatasetGraph dsg = kg.dataset().asDatasetGraph();
        if (format.quads) {
            DatasetGraph selected = DatasetGraphFactory.createGeneral();
            dsg.listGraphNodes().forEachRemaining(name -> {
                if ((withInferred || !name.equals(Graphs.INFERRED)) && !name.equals(Graphs.PROFILES))
                    selected.addGraph(name, dsg.getGraph(name));
            });
            RDFDataMgr.write(out, selected, format.rdfFormat);
            return;
        }
        Graph union = withInferred ? dsg.getDefaultGraph() : asserted(dsg);
        RDFDataMgr.write(out, union, format.rdfFormat);
    }

    private static Graph asserted(DatasetGraph dsg) {
        MultiUnion union = new MultiUnion();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Graphs.INFERRED) && !name.equals(Graphs.PROFILES))
                union.addGraph(dsg.getGraph(name));
        });
        union.getPrefixMapping().setNsPrefixes(Prefixes.get());
        return union;
    }
}
