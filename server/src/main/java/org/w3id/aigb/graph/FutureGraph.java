package org.w3id.aigb.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.impl.SimpleTransactionHandler;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.w3id.aigb.sys.StartupTask;

/**
 * A named graph still being computed when the dataset is first served (the example profiles'
 * derivations): every operation on it waits for it, so a query never sees it half made, while
 * queries that do not touch it are answered at once.
 */
public final class FutureGraph extends GraphWrapper {
    private final StartupTask<Graph> task;

    public FutureGraph(StartupTask<Graph> task) {
        super(null);
        this.task = task;
    }

    @Override
    public Graph get() {
        return task.get();
    }

    /**
     * Asked when the graph is linked into a dataset, before it exists: a read-only in-memory graph
     * has no transactions of its own, so it need not wait.
     */
    @Override
    public TransactionHandler getTransactionHandler() {
        return NO_TRANSACTIONS;
    }

    private static final TransactionHandler NO_TRANSACTIONS = new SimpleTransactionHandler();
}
