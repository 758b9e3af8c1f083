package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.StoreLocation;
import org.w3id.aigb.web.AigbServer;
import org.w3id.aigb.web.ServerConfig;

/**
 * {@code serve}: loads the graph once and serves it (SPARQL, linked data, pages) until the
 * process is stopped; SIGTERM or Ctrl-C stops the server cleanly through a shutdown hook. The
 * registry of submitted profiles is kept in {@code --store} (a TDB2 directory, {@code ./aigb-store}
 * by default and created on first start, or {@code sparql:URL} for a store shared by replicas).
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "serve [--port 3030] [--bind 127.0.0.1] [--base URL] [--timeout SECONDS] [--max-request-bytes N] [--max-profile-bytes N]"
                + " [--max-depth N] [--max-literal-chars N] [--max-triples N] [--max-expansion N] [--max-framed-triples N] [--max-result-bytes N]"
                + " [--store DIR|sparql:URL]";
    }

    @Override
    public String summary() {
        return "run the SPARQL endpoint and linked-data pages (embedded Fuseki)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("port", "bind", "base", "store");
    }

    @Override
    public Set<Limit> limits() {
        return EnumSet.allOf(Limit.class);
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (!args.positionals().isEmpty())
            throw Args.usage("serve takes no arguments");
        long start = System.nanoTime();
        long port = args.getLong("port", ServerConfig.DEFAULT_PORT);
        if (port < 0 || port > 65_535)
            throw Args.usage("--port must be between 0 and 65535");
        ServerConfig config = new ServerConfig((int) port, args.get("bind", ServerConfig.DEFAULT_BIND),
                args.get("base", ServerConfig.DEFAULT_BASE), context.limits());
        StoreLocation location = StoreLocation.parse(args.get("store", StoreLocation.DEFAULT));
        KnowledgeGraph kg = context.graph();
        RegistryStore store = RegistryStore.open(location);
        AigbServer server;
        try {
            server = AigbServer.build(kg, context.sources(), config, store).start();
        } catch (AigbException.Unavailable e) {
            store.close();
            throw new AigbException.BadInput(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("aigb: stopping");
            server.stop();
        }, "aigb-shutdown"));
        String counts = kg.tripleCounts().entrySet().stream()
                .map(e -> e.getKey().getURI().substring(e.getKey().getURI().lastIndexOf('/') + 1) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        out.println("aigb: loaded " + kg.size() + " triples (" + counts + ") in " + kg.loadMillis() + " ms");
        out.println("aigb: serving " + server.localUrl() + "/  SPARQL " + server.localUrl() + "/kg/sparql  (base " + config.base() + ")");
        out.println("aigb: limits " + Arrays.stream(Limit.values()).map(l -> l.flag() + " " + l.unit().format(config.limits().get(l)))
                .collect(Collectors.joining(", ")));
        out.println("aigb: registry in " + store.describe() + " (submissions at " + server.localUrl() + "/submissions, review at " + server.localUrl() + "/review)");
        out.println("aigb: ready in " + (System.nanoTime() - start) / 1_000_000 + " ms (SPARQL and pages)");
        out.flush();
        try {
            out.println("aigb: built in the background: " + server.awaitStartupTasks());
            out.println("aigb: " + server.searchSummary());
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        out.flush();
        return Main.OK;
    }
}
