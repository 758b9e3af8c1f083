package org.w3id.aigb.cli;

import java.nio.file.Path;

import org.w3id.aigb.graph.GraphLoader;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;

/** What commands share: where the files come from, and the graph, loaded on first use. */
final class Context {
    private final Sources sources;
    private KnowledgeGraph graph;

    Context(Args args) {
        this.sources = args.has("dir") ? Sources.directory(Path.of(args.get("dir", "."))) : Sources.classpath();
    }

    Sources sources() {
        return sources;
    }

    KnowledgeGraph graph() {
        if (graph == null)
            graph = GraphLoader.load(sources);
        return graph;
    }
}
