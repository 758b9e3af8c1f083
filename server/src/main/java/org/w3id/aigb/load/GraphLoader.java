package org.w3id.aigb.load;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.graph.StrictErrorHandler;
import org.w3id.aigb.mapping.MappingGraph;
import org.w3id.aigb.mapping.SssomReader;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Reads the project's files by folder into named graphs, copies their union into the default
 * graph, and materialises the RDFS/OWL entailments once into {@link Graphs#INFERRED}.
 * The one loader: the CLI, the server and the tests all go through {@link #load(Sources)}.
 */
public final class GraphLoader {
    /** A folder of Turtle files and the named graph they are read into. */
    private record Part(String folder, Node graph) {}

    private static final List<Part> PARTS = List.of(
            new Part("ontology", Graphs.ONTOLOGY),
            new Part("data/guideline", Graphs.GUIDELINE),
            new Part("data/crossrefs", Graphs.CROSSREFS));

    private GraphLoader() {}

    /** Loads the files packaged with the code. */
    public static KnowledgeGraph load() {
        return load(Sources.classpath());
    }

    public static KnowledgeGraph load(Sources sources) {
        long start = System.nanoTime();
        // Plain in-memory graphs linked into a general dataset: nothing is copied when a graph is added
        // (KnowledgeGraph.withNamedGraph relies on that), and the read-only service needs no more.
        DatasetGraph dsg = KnowledgeGraph.linkedDataset(GraphFactory.createDefaultGraph());
        Dataset dataset = DatasetFactory.wrap(dsg);
        dsg.prefixes().putAll(Prefixes.get());
        Map<Node, Long> counts = new LinkedHashMap<>();
        Graph asserted = GraphFactory.createDefaultGraph();
        for (Part part : PARTS) {
            Graph g = GraphFactory.createDefaultGraph();
            for (String name : sources.list(part.folder(), ".ttl"))
                parseTurtle(sources, name, g);
            if (part.graph().equals(Graphs.CROSSREFS))
                for (String name : sources.list(part.folder(), SssomReader.SUFFIX))
                    readMappingSet(sources, name, g);
            dsg.addGraph(part.graph(), g);
            g.find().forEach(asserted::add);
            counts.put(part.graph(), (long) g.size());
        }
        Graph ontology = dsg.getGraph(Graphs.ONTOLOGY);
        Graph inferred = Inference.entailments(ontology, asserted);
        dsg.addGraph(Graphs.INFERRED, inferred);
        counts.put(Graphs.INFERRED, (long) inferred.size());
        // The default graph is the union of the named graphs, materialised: queries on it use its indexes.
        Graph union = dsg.getDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(Prefixes.get());
        asserted.find().forEach(union::add);
        inferred.find().forEach(union::add);
        return new KnowledgeGraph(dataset, PARTS.stream().map(Part::graph).toList(), counts, (System.nanoTime() - start) / 1_000_000);
    }

    /** Parses one trusted project file, naming the file in any error. */
    static void parseTurtle(Sources sources, String name, Graph into) {
        try (InputStream in = sources.open(name)) {
            // Strict: our own files must parse without warnings (bad IRIs, bad language tags, ...).
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/aigb/")
                    .errorHandler(StrictErrorHandler.INSTANCE).parse(into);
        } catch (RiotParseException e) {
            throw new AigbException("load-error", name + " line " + e.getLine() + ", column " + e.getCol() + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new AigbException("load-error", name + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new AigbException("load-error", name + ": " + e.getMessage(), e);
        }
    }

    /** Turns one SSSOM mapping set (TSV, the one source) into mapping records plus SKOS triples. */
    static void readMappingSet(Sources sources, String name, Graph into) {
        try (InputStream in = sources.open(name)) {
            MappingGraph.add(SssomReader.read(name, in), into);
        } catch (java.io.IOException e) {
            throw new AigbException("load-error", name + ": " + e.getMessage(), e);
        }
    }
}
