package org.w3id.aigb.testing;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A stock Apache Jena Fuseki server (jena-fuseki-main, with its defaults: query, update and the
 * Graph Store Protocol on the dataset) over a TDB2 database in a temporary directory, on a free
 * loopback port: the shared store the registry's remote tests run against.
 */
public final class StockFuseki implements AutoCloseable {
    private final FusekiServer server;
    private final DatasetGraph dataset;
    private final Path directory;
    private final String name;

    private StockFuseki(FusekiServer server, DatasetGraph dataset, Path directory, String name) {
        this.server = server;
        this.dataset = dataset;
        this.directory = directory;
        this.name = name;
    }

    public static StockFuseki start(String name) {
        Path directory = TempFiles.directory("aigb-fuseki-tdb2");
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/" + name, dataset).build().start();
        return new StockFuseki(server, dataset, directory, name);
    }

    /** The dataset's URL: {@code http://127.0.0.1:port/name}. */
    public String datasetUrl() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + name;
    }

    @Override
    public void close() {
        server.stop();
        TDBInternal.expel(dataset);
        TempFiles.delete(directory);
    }
}
