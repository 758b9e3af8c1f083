package org.w3id.aigb.cli;

import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

import org.w3id.aigb.graph.GraphLoader;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.render.Html;
import org.w3id.aigb.render.SourceNotice;
import org.w3id.aigb.search.SearchConfig;
import org.w3id.aigb.search.SparqlTextIndex;

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
        if (graph == null) {
            graph = GraphLoader.load(sources);
            // A command renders on this (its only) thread for the rest of its run, so the scope is
            // left open: every HTML page it writes (a checklist) carries the graph's source notice.
            Html.showing(SourceNotice.read(graph.dataset(), new QueryLibrary(sources, "queries/service").get("source-notice")));
        }
        return graph;
    }

    /** The graph as SPARQL sees it on the endpoint: with its jena-text index, so text:query works. */
    Dataset queryDataset() {
        return DatasetFactory.wrap(SparqlTextIndex.wrap(graph().dataset().asDatasetGraph(), SearchConfig.read(sources)).dataset());
    }
}
