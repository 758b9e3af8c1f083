package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.RemoteStore;
import org.w3id.aigb.testing.StockFuseki;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * The registry suite on a shared store: a stock Fuseki server with a TDB2 database, started by the
 * test on a free port over a temporary directory. Beside the suite, what only a shared store has:
 * two server replicas on one store never give two versions the same number, and a publication on
 * one is public on the other.
 */
class RegistryRemoteTest extends RegistrySuite {
    private StockFuseki fuseki;

    @Override
    RegistryStore openStore() {
        fuseki = StockFuseki.start("registry");
        return RemoteStore.connect(URI.create(fuseki.datasetUrl()));
    }

    @Override
    void closeStore() {
        if (fuseki != null)
            fuseki.close();
    }

    @Test
    void twoReplicasAcceptingVersionsOfOneOrganisationAtOnceNeverProduceTwoWithOneNumber() throws Exception {
        try (TestServer replica = TestServer.withStore(RemoteStore.connect(URI.create(fuseki.datasetUrl())))) {
            RegistryClient other = new RegistryClient(replica);
            Organisation o = client.organisation("replicas");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<HttpResponse<String>>> all = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    RegistryClient via = i % 2 == 0 ? client : other;
                    all.add(pool.submit(() -> via.submitExample(o, "company-q")));
                }
                Set<String> locations = new TreeSet<>();
                for (Future<HttpResponse<String>> f : all) {
                    assertEquals(201, f.get().statusCode(), f.get().body());
                    locations.add(f.get().headers().firstValue("Location").orElseThrow());
                }
                assertEquals(24, locations.size(), "24 acknowledged submissions, 24 distinct numbers: " + locations);
                for (int i = 1; i <= 24; i++)
                    assertTrue(locations.contains("/submissions/" + o.id() + "/" + i), "no gap at " + i + ": " + locations);
            } finally {
                pool.shutdownNow();
            }
            // a publication on this replica is public on the other within its poll interval
            client.post("/submissions/" + o.id() + "/1/publish", o.token(), null, null);
            String ask = "ASK { GRAPH <https://w3id.org/aigb/graph/submissions> { <https://w3id.org/aigb/id/submission/" + o.id() + "/1> ?p ?o } }";
            long deadline = System.nanoTime() + 10_000_000_000L;
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                seen = other.sparql(ask).get("boolean").getAsBoolean().value();
                if (!seen)
                    Thread.sleep(200);
            }
            assertTrue(seen, "published on one replica, public on the other");
        }
    }
}
