package org.w3id.aigb.registry;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.update.UpdateRequest;
import org.w3id.aigb.AigbException;

/**
 * What both stores share: everything goes through one {@link RDFConnection} (local to a TDB2
 * dataset, where each call runs in its own transaction, or remote over HTTP), so the registry's
 * SPARQL is executed the same way whichever store is configured.
 */
abstract class ConnectionStore implements RegistryStore {
    protected final RDFConnection connection;

    ConnectionStore(RDFConnection connection) {
        this.connection = connection;
    }

    @Override
    public List<QuerySolution> select(Query query) {
        return call(() -> {
            List<QuerySolution> rows = new ArrayList<>();
            // copied inside the read transaction: a TDB2 row resolves its nodes lazily
            connection.querySelect(query, row -> {
                QuerySolutionMap copy = new QuerySolutionMap();
                copy.addAll(row);
                rows.add(copy);
            });
            return rows;
        });
    }

    @Override
    public void update(UpdateRequest request) {
        call(() -> {
            connection.update(request);
            return null;
        });
    }

    @Override
    public void load(DatasetGraph data) {
        Dataset dataset = DatasetFactory.wrap(data);
        call(() -> {
            connection.loadDataset(dataset);
            return null;
        });
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Closes once; later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true))
            release();
    }

    /** Releases what the store holds (called once). */
    protected void release() {
        connection.close();
    }

    /** Runs a store operation; a failure to reach the store is {@code Unavailable} (503), not an internal error. */
    protected <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (HttpException | QueryExceptionHTTP | UncheckedIOException e) {
            throw new AigbException.Unavailable("store-unavailable", "The registry's store " + describe() + " did not answer: " + e.getMessage(), e);
        }
    }
}
