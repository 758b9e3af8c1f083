package org.w3id.aigb.registry;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * A shared SPARQL 1.1 store (e.g. Fuseki over TDB2, or a replicated one such as Fuseki with RDF
 * Delta), reached through {@code RDFConnection}: SPARQL Query and Update at the dataset URL, and
 * the Graph Store Protocol for whole-store copies. Several stateless {@code aigb serve} replicas
 * can share one; see docs/deployment.md for what that gives.
 */
public final class RemoteStore extends ConnectionStore {
    private final URI endpoint;

    private RemoteStore(URI endpoint) {
        super(RDFConnectionRemote.service(endpoint.toString())
                .httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build())
                // the requests are built from parsed queries already: no second parse before sending
                .parseCheckSPARQL(false)
                .build());
        this.endpoint = endpoint;
    }

    public static RemoteStore connect(URI endpoint) {
        return new RemoteStore(endpoint);
    }

    @Override
    public void export(OutputStream out) {
        // Graph Store Protocol GET of the whole dataset
        call(() -> {
            RDFDataMgr.write(out, connection.fetchDataset(), RDFFormat.TRIG_BLOCKS);
            return null;
        });
    }

    @Override
    public String describe() {
        return "SPARQL " + endpoint;
    }

    @Override
    public boolean shared() {
        return true;
    }
}
