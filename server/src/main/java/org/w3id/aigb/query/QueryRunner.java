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

/**
 * Runs a parsed query over the dataset within the time limit of {@link Limits} and writes the result
 * in a format. The query is checked first ({@link QueryPolicy}: no {@code SERVICE}).
 */
public final class QueryRunner {
    private QueryRunner() {}

    public static void write(Dataset dataset, Query query, ResultFormat format, OutputStream out, Limits limits) {
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

    private static void writeSelect(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            default -> throw tableOnly(format);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            default -> throw tableOnly(format);
        }
    }

    private static void writeModel(Model model, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT, TTL -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case NT -> RDFDataMgr.write(out, model, Lang.NTRIPLES);
            case JSONLD -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
            default -> throw new AigbException.BadInput("bad-format",
                    "A CONSTRUCT or DESCRIBE query writes RDF: choose ttl, nt or jsonld, not " + format.formatName());
        }
    }

    private static AigbException tableOnly(ResultFormat format) {
        return new AigbException.BadInput("bad-format",
                "A SELECT or ASK query writes a table: choose text, csv, tsv or json, not " + format.formatName());
    }
}
