package org.w3id.aigb.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.aigb.AigbException;

/**
 * The embedded store: an Apache Jena TDB2 database in a directory, created on first use. A commit
 * is durable when it returns (TDB2 writes its journal and syncs before the commit completes), which
 * is what an acknowledged submission relies on after a {@code kill -9}. TDB2 lets one process open
 * a directory at a time: while a server runs on it, the command line cannot (and says so).
 */
public final class TdbStore extends ConnectionStore {
    private final DatasetGraph dataset;
    private final String name;

    private TdbStore(DatasetGraph dataset, String name) {
        super(RDFConnection.connect(DatasetFactory.wrap(dataset)));
        this.dataset = dataset;
        this.name = name;
    }

    /** The database in {@code directory}, created (with the directory) if absent. */
    public static TdbStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new AigbException.BadInput("store-unusable", "Cannot create the store directory " + directory + ": " + e.getMessage());
        }
        if (!Files.isWritable(directory))
            throw new AigbException.BadInput("store-unusable", "The store directory " + directory + " is not writable");
        try {
            return new TdbStore(DatabaseMgr.connectDatasetGraph(Location.create(directory)), "TDB2 " + directory);
        } catch (TDBException | DBOpEnvException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock"))
                throw new AigbException.BadInput("store-in-use", "The store " + directory + " is in use by another process (a running 'aigb serve'?): "
                        + "stop it first, or share a SPARQL store between them (--store sparql:URL). " + message);
            throw new AigbException.BadInput("store-unusable", "Cannot open the store " + directory + ": " + message);
        }
    }

    /** A database in memory, for tests: the same TDB2 code, nothing on disk. */
    public static TdbStore inMemory() {
        return new TdbStore(DatabaseMgr.createDatasetGraph(), "TDB2 (in memory)");
    }

    @Override
    public void export(OutputStream out) {
        // streamed inside one read transaction: a consistent copy, however large, without holding it in memory
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS));
    }

    /** Reclaims the space earlier transactions left behind (TDB2 writes new blocks at every commit). */
    public void compact() {
        DatabaseMgr.compact(dataset, true);
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    protected void release() {
        super.release();
        // releases the directory's lock, so another process (or a later test) can open it
        TDBInternal.expel(dataset);
    }
}
