package org.w3id.aigb.profile;

import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

/**
 * A view of a graph that stops whoever reads it once a deadline has passed. SHACL validation
 * (jena-shacl) has no way to be cancelled, but it reads the data graph through {@code find} and
 * {@code contains} all the time: checking the clock there puts validation under the time limit like
 * a query or a derivation ({@code query-timeout}).
 */
final class DeadlineGraph extends GraphWrapper {
    private final long deadline;
    private final Limits limits;

    DeadlineGraph(Graph graph, Limits limits) {
        super(graph);
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeoutMillis() * 1_000_000;
    }

    private void check() {
        if (System.nanoTime() - deadline > 0)
            throw limits.exceeded(Limit.TIMEOUT, "The validation took longer than the time limit and was stopped");
    }

    @Override
    public ExtendedIterator<Triple> find(Triple triple) {
        check();
        return super.find(triple);
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        check();
        return super.find(s, p, o);
    }

    @Override
    public Stream<Triple> stream(Node s, Node p, Node o) {
        check();
        return super.stream(s, p, o);
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        check();
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        check();
        return super.contains(t);
    }
}
