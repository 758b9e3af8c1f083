package org.w3id.aigb.registry;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * Where the registry keeps its data: a SPARQL 1.1 dataset, embedded ({@link TdbStore}) or shared by
 * several servers ({@link RemoteStore}). The registry only ever talks SPARQL to it (and the Graph
 * Store Protocol for whole-store copies), so both behave the same; the one property it relies on is
 * that <b>one update request is one atomic, isolated transaction</b> (TDB2 and Fuseki over TDB2
 * give it), which is what makes version numbers unique across replicas.
 * <p>
 * A store failure (unreachable, refused) is an {@code AigbException.Unavailable}.
 */
public interface RegistryStore extends AutoCloseable {
    /** Runs a SELECT; the rows are copied out, so they stay valid after the store's transaction. */
    List<QuerySolution> select(Query query);

    /** Runs every operation of the request in one transaction: all of them take effect, or none. */
    void update(UpdateRequest request);

    /** Writes the whole store as TriG (a backup). */
    void export(OutputStream out);

    /** Adds every quad of {@code data} to the store, in one transaction where the store allows. */
    void load(DatasetGraph data);

    /** What it is, for logs: "TDB2 ./aigb-store", "SPARQL http://...". */
    String describe();

    /** Whether another process may write to it too (so the server must look for others' changes). */
    boolean shared();

    @Override
    void close();

    /** Opens the store a location names: a TDB2 directory (created if absent) or a remote dataset. */
    static RegistryStore open(StoreLocation location) {
        return location.isRemote() ? RemoteStore.connect(location.endpoint()) : TdbStore.open(location.directory());
    }
}
