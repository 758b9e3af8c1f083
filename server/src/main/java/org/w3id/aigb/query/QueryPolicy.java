package org.w3id.aigb.query;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.w3id.aigb.AigbException;

/**
 * What a query may ask of this service, checked before it runs, the same for the SPARQL endpoint
 * and the command line. A federated query ({@code SERVICE}) is refused: Jena is switched to refuse
 * the call itself ({@code sys.AigbSystem}), but {@code SERVICE SILENT} would swallow that refusal and
 * answer as if the remote service had had nothing, a silently wrong result.
 */
public final class QueryPolicy {
    private QueryPolicy() {}

    /**
     * The graphs {@code query} names: {@code GRAPH <iri>} or {@code GRAPH ?g} anywhere (subqueries and
     * EXISTS included; a variable stands for any named graph), {@code FROM}, {@code FROM NAMED}.
     */
    public static Set<Node> graphs(Query query) {
        Set<Node> graphs = new HashSet<>();
        query.getGraphURIs().forEach(uri -> graphs.add(NodeFactory.createURI(uri)));
        query.getNamedGraphURIs().forEach(uri -> graphs.add(NodeFactory.createURI(uri)));
        if (query.getQueryPattern() != null)
            Walker.walk(Algebra.compile(query), new OpVisitorBase() {
                @Override
                public void visit(OpGraph op) {
                    graphs.add(op.getNode());
                }

                @Override
                public void visit(OpQuadPattern op) {
                    if (!op.isDefaultGraph())
                        graphs.add(op.getGraphNode());
                }
            }, new ExprVisitorBase());
        return graphs;
    }

    /** Throws {@link AigbException.QueryRefused} if {@code query} contains {@code SERVICE} anywhere (subqueries and EXISTS included). */
    public static void check(Query query) {
        if (query.getQueryPattern() == null)
            return; // DESCRIBE <iri> without a WHERE clause
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                throw new AigbException.QueryRefused("Federated queries are not allowed: SERVICE " + op.getService()
                        + (op.getSilent() ? " SILENT" : "") + " is refused (this service queries only its own graph and makes no outbound connections)");
            }
        }, new ExprVisitorBase());
    }
}
