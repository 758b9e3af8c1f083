package org.w3id.aigb.query;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;

/**
 * Runs a parsed query over the dataset within the time limit of {@link Limits} and writes the result
 * in a format. The query is checked first ({@link QueryPolicy}: no {@code SERVICE}).
 */
public final class QueryRunner {
    /** What a SELECT or ASK answer is written as: a table ({@code text} is the aligned table people read). */
    public static final Offers TABLES = Offers.of("format", Format.TEXT, Format.CSV, Format.TSV, Format.SPARQL_JSON);
    /** What a CONSTRUCT or DESCRIBE answer is written as: RDF ({@code text} is Turtle). */
    public static final Offers GRAPHS = Offers.of("format", Format.TTL, Format.NT, Format.JSONLD);
    /** Every format a query's answer is written in: a name given before the query is known is looked up here. */
    public static final Offers FORMATS = Offers.of("format", Format.TEXT, Format.CSV, Format.TSV, Format.SPARQL_JSON, Format.TTL, Format.NT, Format.JSONLD);

    private QueryRunner() {}

    /** The formats of {@code query}'s answer: {@link #TABLES} or {@link #GRAPHS}. */
    public static Offers formatsOf(Query query) {
        return query.isSelectType() || query.isAskType() ? TABLES : GRAPHS;
    }

    public static void write(Dataset dataset, Query query, Format format, OutputStream out, Limits limits) {
        QueryPolicy.check(query);
        try (QueryExecution exec = QueryExecution.create().query(query).dataset(dataset)
                .timeout(limits.timeoutMillis(), TimeUnit.MILLISECONDS).build()) {
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
            throw limits.exceeded(Limit.TIMEOUT, "The query took longer than the time limit and was stopped");
        }
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
            case NT -> RDFDataMgr.write(out, model, Lang.NTRIPLES);
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
