package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.render.Html;
import org.w3id.aigb.render.SourceNotice;
import org.w3id.aigb.web.ServedDataset;

/**
 * What commands share: where the files come from, the limits set by the command's flags, where
 * per-file errors go, and the graph, loaded on first use.
 */
final class Context {
    /** The old name of {@code --max-profile-bytes} on {@code validate} and {@code obligations}, still accepted. */
    static final String OLD_MAX_BYTES = "max-bytes";

    private final Sources sources;
    private final Limits limits;
    private final PrintStream err;
    private KnowledgeGraph graph;

    Context(Args args, Command command, PrintStream err) {
        this.sources = args.has("dir") ? Sources.directory(Path.of(args.get("dir", "."))) : Sources.classpath();
        this.err = err;
        Limits l = Limits.defaults();
        for (Limit limit : command.limits()) {
            if (args.has(limit.flag()))
                l = l.with(limit, args.get(limit.flag(), ""));
            else if (limit == Limit.PROFILE_BYTES && args.has(OLD_MAX_BYTES))
                l = l.with(limit, args.get(OLD_MAX_BYTES, ""));
        }
        this.limits = l;
    }

    Sources sources() {
        return sources;
    }

    Limits limits() {
        return limits;
    }

    /** Where a command reports what it skipped (an unreadable file of several) and goes on. */
    PrintStream err() {
        return err;
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

    /**
     * The dataset as the SPARQL endpoint serves it: the same graphs, the example profiles'
     * derivations among them (derived on first use), with its jena-text index, so text:query works.
     */
    Dataset queryDataset() {
        return ServedDataset.forCommandLine(graph(), sources, limits);
    }
}
