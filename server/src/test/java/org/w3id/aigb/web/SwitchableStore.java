package org.w3id.aigb.web;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.registry.RegistryStore;

/**
 * A registry store that a test can make fail the ways a real one does: not answering at all (a
 * remote store that is down: {@code Unavailable}, as {@code ConnectionStore} reports it), or losing
 * a write to a concurrent one (the update runs, and changes nothing). Otherwise the store it wraps.
 */
final class SwitchableStore implements RegistryStore {
    enum Mode { NORMAL, DOWN, WRITES_LOST }

    private final RegistryStore store;
    private volatile Mode mode = Mode.NORMAL;

    SwitchableStore(RegistryStore store) {
        this.store = store;
    }

    void set(Mode m) {
        mode = m;
    }

    private void check() {
        if (mode == Mode.DOWN)
            throw new AigbException.Unavailable("store-unavailable", "The registry's store " + describe() + " did not answer: switched off by the test", null);
    }

    @Override
    public List<QuerySolution> select(Query query) {
        check();
        return store.select(query);
    }

    @Override
    public void update(UpdateRequest request) {
        check();
        if (mode != Mode.WRITES_LOST)
            store.update(request);
    }

    @Override
    public void export(OutputStream out) {
        check();
        store.export(out);
    }

    @Override
    public void load(DatasetGraph data) {
        check();
        store.load(data);
    }

    @Override
    public String describe() {
        return "switchable " + store.describe();
    }

    @Override
    public boolean shared() {
        return store.shared();
    }

    @Override
    public void close() {
        store.close();
    }
}
