package org.w3id.aigb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryPolicy;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.web.ServedDataset;

/**
 * {@code query}: runs a SPARQL file, or a query of the research library by id or short id
 * ({@code q01}), over the dataset the SPARQL endpoint serves ({@code web.ServedDataset}), with no
 * server. A refused query ({@code SERVICE}) or one past the time limit exits 2; so does one that
 * reads the registry's published submissions, which only a server has (it would answer nothing).
 */
final class QueryCommand implements Command {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public String usage() {
        return "query FILE.rq|QUERY-ID [--format text|csv|tsv|json|ttl|nt|jsonld] [--timeout SECONDS]";
    }

    @Override
    public String summary() {
        return "run a SPARQL query (a file, or a research query by id) over the graph";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("format");
    }

    @Override
    public Set<Limit> limits() {
        return Set.of(Limit.TIMEOUT);
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        if (args.positionals().size() != 1)
            throw Args.usage("query needs exactly one FILE.rq or query id");
        QueryFile query = resolve(args.positionals().get(0), context);
        Set<Node> graphs = QueryPolicy.graphs(query.query());
        if (graphs.contains(Graphs.SUBMISSIONS))
            throw new AigbException.BadInput("server-only-graph", query.id() + " reads the registry's published submissions (graph <"
                    + Graphs.SUBMISSIONS.getURI() + ">), which are kept in a server's store, not in the files the command line reads:"
                    + " run it on the server (/query/" + query.id() + ", or its SPARQL endpoint /kg/sparql)");
        Format format = QueryRunner.FORMATS.byName(args.get("format", "text"));
        Dataset dataset = context.queryDataset();
        if (graphs.contains(Graphs.PROFILES) || graphs.stream().anyMatch(Node::isVariable))
            ServedDataset.makeExamples(dataset); // before the query's clock starts: making them is not the query's time
        QueryRunner.over(dataset, context.limits()).write(query.query(), format, out);
        out.flush();
        return Main.OK;
    }

    private static QueryFile resolve(String arg, Context context) {
        Path file = Path.of(arg);
        if (Files.isRegularFile(file)) {
            try {
                return QueryFile.parse(arg, arg, Files.readString(file));
            } catch (IOException e) {
                throw new AigbException.BadInput("cannot-read", "Cannot read " + arg + ": " + e.getMessage());
            }
        }
        QueryLibrary library = QueryLibrary.research(context.sources());
        if (library.contains(arg))
            return library.get(arg);
        throw new AigbException.NotFound("no-such-query", "No file " + arg + " and no research query with that id or short id (see: aigb.jar queries)");
    }
}
