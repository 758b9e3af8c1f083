package org.w3id.aigb.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

/**
 * A SPARQL answer evaluated in full before anything of it is written, within the time limit and
 * within {@link Limits#resultBytes()}. Fuseki evaluates a SELECT as it writes it: a timeout after
 * the first rows was caught by Fuseki's writer, which then appended a note to a 200 (or 400) answer
 * already cut off. Evaluated here first, a timeout is an error status like any other; the rows held
 * meanwhile are bounded by the result limit (their terms' sizes counted as they come), so a query
 * that would answer millions of rows is refused ({@code result-too-large}) rather than held.
 */
final class BoundedResults {
    private final Limits limits;
    private long size;

    private BoundedResults(Limits limits) {
        this.limits = limits;
    }

    /** The answer of a SELECT, CONSTRUCT or DESCRIBE, complete; null for an ASK (one boolean, nothing to bound). */
    static QueryExecResult evaluate(QueryExec qe, Query query, Limits limits) {
        BoundedResults b = new BoundedResults(limits);
        if (query.isSelectType())
            return b.select(qe.select());
        if (query.isConstructType())
            return b.construct(qe.constructQuads());
        if (query.isDescribeType())
            return b.describe(qe.describeTriples());
        return null;
    }

    private QueryExecResult select(RowSet rs) {
        List<Var> vars = rs.getResultVars();
        List<Binding> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding row = rs.next();
            count(16);
            row.forEach((v, n) -> count(size(n)));
            rows.add(row);
        }
        return new QueryExecResult(RowSetStream.create(vars, rows.iterator()));
    }

    private QueryExecResult construct(Iterator<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        while (quads.hasNext()) {
            Quad q = quads.next();
            count(size(q.getSubject()) + size(q.getPredicate()) + size(q.getObject()) + (q.isDefaultGraph() ? 0 : size(q.getGraph())));
            dsg.add(q.isTriple() ? new Quad(Quad.defaultGraphIRI, q.asTriple()) : q);
        }
        return new QueryExecResult(dsg);
    }

    private QueryExecResult describe(Iterator<Triple> triples) {
        org.apache.jena.graph.Graph g = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            count(size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject()));
            g.add(t);
        }
        return new QueryExecResult(g);
    }

    /** About the bytes a term takes in an answer. */
    private static long size(Node n) {
        if (n.isURI())
            return n.getURI().length() + 8L;
        if (n.isLiteral())
            return n.getLiteralLexicalForm().length() + n.getLiteralLanguage().length() + 16L;
        return 24;
    }

    private void count(long bytes) {
        size += bytes;
        if (size > limits.resultBytes())
            throw limits.exceeded(Limit.RESULT_BYTES, "The answer is larger than the limit; ask for less (LIMIT, fewer variables), "
                    + "or use the dumps at /dumps/ for the whole graph");
    }
}
