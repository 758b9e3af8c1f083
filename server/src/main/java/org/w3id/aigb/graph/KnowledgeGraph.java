package org.w3id.aigb.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * The loaded dataset: one named graph per source folder plus the inferred graph, and a default
 * graph holding their union. Built once by {@link GraphLoader}; treated as read-only afterwards.
 */
public final class KnowledgeGraph {
    private final Dataset dataset;
    private final Map<Node, Long> tripleCounts;
    private final long loadMillis;

    KnowledgeGraph(Dataset dataset, Map<Node, Long> tripleCounts, long loadMillis) {
        this.dataset = dataset;
        this.tripleCounts = Collections.unmodifiableMap(new LinkedHashMap<>(tripleCounts));
        this.loadMillis = loadMillis;
    }

    /**
     * A new knowledge graph holding this one's graphs plus {@code graph} as the named graph {@code name},
     * outside the default (union) graph. This one is not changed.
     */
    public KnowledgeGraph withNamedGraph(Node name, Graph graph) {
        Dataset copy = DatasetFactory.createTxnMem();
        copy.asDatasetGraph().prefixes().putAll(dataset.asDatasetGraph().prefixes());
        dataset.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add);
        Graph target = copy.asDatasetGraph().getGraph(name);
        graph.find().forEach(target::add);
        Map<Node, Long> counts = new LinkedHashMap<>(tripleCounts);
        counts.put(name, (long) graph.size());
        return new KnowledgeGraph(copy, counts, loadMillis);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Triples per named graph, in load order. */
    public Map<Node, Long> tripleCounts() {
        return tripleCounts;
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
