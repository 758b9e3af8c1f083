package org.w3id.aigb.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The loaded dataset: one named graph per source folder (the asserted graphs) plus the inferred graph,
 * and a default graph holding their union; a server adds named graphs of its own outside the union
 * (the example profiles). Built once, from the project's files, by {@code load.GraphLoader}; treated as
 * read-only afterwards.
 */
public final class KnowledgeGraph {
    private final Dataset dataset;
    private final List<Node> asserted;
    private final Map<Node, Long> tripleCounts;
    private final long loadMillis;

    /**
     * @param asserted     the named graphs read from files, whose union the dumps hold
     * @param tripleCounts the size of each named graph
     * @param loadMillis   how long loading took
     */
    public KnowledgeGraph(Dataset dataset, List<Node> asserted, Map<Node, Long> tripleCounts, long loadMillis) {
        this.dataset = dataset;
        this.asserted = List.copyOf(asserted);
        this.tripleCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tripleCounts));
        this.loadMillis = loadMillis;
    }

    /**
     * A new knowledge graph holding this one's graphs plus {@code graph} as the named graph {@code name},
     * outside the default (union) graph. The graphs are linked, not copied, and this one is not changed.
     * {@code graph} may still be in the making (a {@link FutureGraph}): its size is then counted on
     * first asking, by {@link #tripleCounts()}.
     */
    public KnowledgeGraph withNamedGraph(Node name, Graph graph) {
        DatasetGraph source = dataset.asDatasetGraph();
        DatasetGraph linked = linkedDataset(source.getDefaultGraph());
        linked.prefixes().putAll(source.prefixes());
        source.listGraphNodes().forEachRemaining(g -> linked.addGraph(g, source.getGraph(g)));
        linked.addGraph(name, graph);
        return new KnowledgeGraph(DatasetFactory.wrap(linked), asserted, tripleCounts, loadMillis);
    }

    /**
     * A dataset that links the graphs given to it (no copy) and never makes one up: an unknown named
     * graph is absent. ({@code DatasetGraphFactory.createGeneral} adds an empty graph on the first read
     * of an unknown name, which fails inside a read transaction: a 500 for a query naming any graph.)
     */
    public static DatasetGraph linkedDataset(Graph defaultGraph) {
        return new DatasetGraphMapLink(name -> name == null ? defaultGraph : null);
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The named graphs read from the project's files (ontology, guideline, cross-references), in load
     * order: what the knowledge graph asserts, as opposed to what is entailed or derived from it.
     */
    public List<Node> assertedGraphs() {
        return asserted;
    }

    /** The union of the {@link #assertedGraphs()} (linked, not copied; a triple in two of them counted once). */
    public Graph assertedUnion() {
        MultiUnion union = new MultiUnion();
        for (Node name : asserted)
            union.addGraph(dataset.asDatasetGraph().getGraph(name));
        union.getPrefixMapping().setNsPrefixes(Prefixes.get());
        return union;
    }

    /** Triples per named graph, in load order (a graph added later is counted when asked: it may wait for it). */
    public Map<Node, Long> tripleCounts() {
        Map<Node, Long> counts = new LinkedHashMap<>(tripleCounts);
        dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (!counts.containsKey(g))
                counts.put(g, (long) dataset.asDatasetGraph().getGraph(g).size());
        });
        return Collections.unmodifiableMap(counts);
    }

    /** Triples in the default (union) graph. */
    public long size() {
        return dataset.asDatasetGraph().getDefaultGraph().size();
    }

    /** Time taken to parse the files and materialise the inferences. */
    public long loadMillis() {
        return loadMillis;
    }
}
