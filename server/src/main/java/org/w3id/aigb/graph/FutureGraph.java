package org.w3id.aigb.graph;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.TransactionHandler;
import org.apache.jena.graph.impl.SimpleTransactionHandler;
import org.apache.jena.sparql.graph.GraphWrapper;


/**
 * A named graph not made yet when the dataset is first served (the example profiles' derivations:
 * built in the background by the server, on first use by the command line): every operation on it
 * waits for it, so a query never sees it half made, while queries that do not touch it are answered
 * at once.
 */
public final class FutureGraph extends GraphWrapper {
    private final Supplier<Graph> value;

    /** {@code value} gives the graph, waiting for it or making it; it is asked on every use, so it must be cheap once made. */
    public FutureGraph(Supplier<Graph> value) {
        super(null);
        this.value = value;
    }

    /** A graph made by {@code make} on first use, once. */
    public static FutureGraph lazy(Supplier<Graph> make) {
        return new FutureGraph(new Supplier<>() {
            private Graph made;

            @Override
            public synchronized Graph get() {
                if (made == null)
                    made = make.get();
                return made;
            }
        });
    }

    @Override
    public Graph get() {
        return value.get();
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
