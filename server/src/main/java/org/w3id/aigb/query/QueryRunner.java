package org.w3id.aigb.query;

import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;

/**
 * The one way aigb runs a SPARQL query (the SPARQL endpoint aside, where Fuseki runs it under the
 * same limit): over a dataset or one graph, within the time limit of {@link Limits}. A query past
 * it is stopped and the error is the limit's ({@code query-timeout}), whoever wrote the query: the
 * work the request asks for is more than the service gives one request. The project's own queries
 * over its own data ({@link #withoutTimeLimit}: at start-up the search index and the reference graph
 * of the profile shapes; once, and kept, the dataset's and the service's descriptions; the
 * registry's bookkeeping in its store) have no limit: they are bounded by the data, no visitor
 * chose them, and a slow or busy machine must not turn them into a visitor's error. A query someone wrote ({@link #write}: the command line, a research query's answer
 * as data) is first checked by {@link QueryPolicy} (no {@code SERVICE}).
 * Variables are bound by name ({@code substitution}), never by editing the query's text.
 */
public final class QueryRunner {
    /** What a SELECT or ASK answer is written as: a table ({@code text} is the aligned table people read). */
    public static final Offers TABLES = Offers.of("format", Format.TEXT, Format.CSV, Format.TSV, Format.SPARQL_JSON);
    /** What a CONSTRUCT or DESCRIBE answer is written as: RDF ({@code text} is Turtle). */
    public static final Offers GRAPHS = Offers.of("format", Format.TTL, Format.NT, Format.JSONLD);
    /** Every format a query's answer is written in: a name given before the query is known is looked up here. */
    public static final Offers FORMATS = Offers.of("format", Format.TEXT, Format.CSV, Format.TSV, Format.SPARQL_JSON, Format.TTL, Format.NT, Format.JSONLD);

    private final Dataset dataset;
    /** Null at start-up: no time limit. */
    private final Limits limits;

    private QueryRunner(Dataset dataset, Limits limits) {
        this.dataset = dataset;
        this.limits = limits;
    }

    /** Queries over {@code dataset}, each within the time limit of {@code limits}. */
    public static QueryRunner over(Dataset dataset, Limits limits) {
        if (limits == null)
            throw new IllegalArgumentException("no limits");
        return new QueryRunner(dataset, limits);
    }

    /** Queries over one graph (its default graph), each within the time limit of {@code limits}. */
    public static QueryRunner over(Graph graph, Limits limits) {
        return over(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph)), limits);
    }

    /** The project's own queries over its own data, with no time limit. */
    public static QueryRunner withoutTimeLimit(Dataset dataset) {
        return new QueryRunner(dataset, null);
    }

    /** The project's own queries over one graph, with no time limit. */
    public static QueryRunner withoutTimeLimit(Graph graph) {
        return withoutTimeLimit(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph)));
    }

    /** The formats of {@code query}'s answer: {@link #TABLES} or {@link #GRAPHS}. */
    public static Offers formatsOf(Query query) {
        return query.isSelectType() || query.isAskType() ? TABLES : GRAPHS;
    }

    public Table select(QueryFile query) {
        return select(query, Map.of());
    }

    /** The answer of a SELECT with {@code bindings} (variable name to value), held whole. */
    public Table select(QueryFile query, Map<String, ? extends RDFNode> bindings) {
        return select(query.query(), query.id(), bindings);
    }

    /** As {@link #select(QueryFile, Map)} for a query made from a file ({@code name} names it in errors). */
    public Table select(Query query, String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(query, bindings)) {
            return Table.of(qe.execSelect());
        } catch (QueryCancelledException e) {
            throw timedOut(name);
        }
    }

    public Model construct(QueryFile query) {
        return construct(query, Map.of());
    }

    /** The graph a CONSTRUCT with {@code bindings} makes. */
    public Model construct(QueryFile query, Map<String, ? extends RDFNode> bindings) {
        return construct(query.query(), query.id(), bindings);
    }

    public Model construct(Query query, String name, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = execution(query, bindings)) {
            return qe.execConstruct();
        } catch (QueryCancelledException e) {
            throw timedOut(name);
        }
    }

    /**
     * Runs a query someone wrote and writes its answer in {@code format}: a table format for SELECT
     * and ASK, an RDF syntax for CONSTRUCT and DESCRIBE ({@code text} is Turtle for those); the query is
     * checked by {@link QueryPolicy} first.
     */
    public void write(Query query, Format format, OutputStream out) {
        QueryPolicy.check(query);
        try (QueryExecution exec = execution(query, Map.of())) {
            if (query.isSelectType())
                writeSelect(exec.execSelect(), format, out);
            else if (query.isAskType())
                writeAsk(exec.execAsk(), format, out);
            else if (query.isConstructType())
                writeModel(exec.execConstruct(), format, out);
            else if (query.isDescribeType())
                writeModel(exec.execDescribe(), format, out);
            else
                throw new AigbException.BadInput("unsupported-query", "Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run");
        } catch (QueryCancelledException e) {
            throw timedOut(null);
        }
    }

    private QueryExecution execution(Query query, Map<String, ? extends RDFNode> bindings) {
        QueryExecutionDatasetBuilder b = QueryExecution.dataset(dataset).query(query);
        if (limits != null)
            b.timeout(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        bindings.forEach(b::substitution);
        return b.build();
    }

    private AigbException timedOut(String name) {
        if (limits == null) // cannot happen: nothing stops a query without a limit
            throw new IllegalStateException("a start-up query was cancelled: " + name);
        return limits.exceeded(Limit.TIMEOUT, "The query " + (name == null ? "" : name + " ") + "took longer than the time limit and was stopped");
    }

    private static void writeSelect(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case SPARQL_JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> throw tableOnly(format);
        }
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case SPARQL_JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            default -> throw tableOnly(format);
        }
    }

    private static void writeModel(Model model, Format format, OutputStream out) {
        switch (format) {
            case TEXT, TTL -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case NT -> RDFDataMgr.write(out, model, RDFFormat.NTRIPLES);
            case JSONLD -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
            default -> throw new AigbException.BadInput("bad-format",
                    "A CONSTRUCT or DESCRIBE query writes RDF: choose ttl, nt or jsonld, not " + format.formatName());
        }
    }

    private static AigbException tableOnly(Format format) {
        return new AigbException.BadInput("bad-format",
                "A SELECT or ASK query writes a table: choose text, csv, tsv or json, not " + format.formatName());
    }
}
