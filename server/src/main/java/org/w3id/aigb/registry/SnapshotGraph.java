package org.w3id.aigb.registry;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.impl.TransactionHandlerBase;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * A read-only view of a graph that is replaced, never changed, as a whole (the published
 * submissions): each query sees one snapshot from its start to its end, whatever is published
 * meanwhile. The dataset begins a transaction on this graph when a query starts (its
 * {@link TransactionHandler}), which pins the current snapshot for that thread until it ends.
 */
final class SnapshotGraph extends GraphWrapper {
    private final Supplier<Graph> current;
    private final ThreadLocal<Graph> pinned = new ThreadLocal<>();
    private final TransactionHandler handler = new TransactionHandlerBase() {
        @Override
        public boolean transactionsSupported() {
            return true;
        }

        @Override
        public void begin() {
            pinned.set(current.get());
        }

        @Override
        public void abort() {
            pinned.remove();
        }

        @Override
        public void commit() {
            pinned.remove();
        }
    };

    SnapshotGraph(Supplier<Graph> current) {
        super(null);
        this.current = current;
    }

    @Override
    public Graph get() {
        Graph g = pinned.get();
        return g != null ? g : current.get();
    }

    @Override
    public TransactionHandler getTransactionHandler() {
        return handler;
    }
}
