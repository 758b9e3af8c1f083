package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.registry.Principal;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.RemoteStore;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.StockFuseki;
import org.w3id.aigb.testing.TempFiles;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * The registry suite on a shared store: a stock Fuseki server with a TDB2 database, started by the
 * test on a free port over a temporary directory. Beside the suite, what only a shared store has:
 * two server replicas on one store never give two versions the same number, and a publication on
 * one is public on the other; a backup of the shared store restores into an embedded one.
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
    void aBackupOfTheSharedStoreRestoresIntoAnEmbeddedOne() throws Exception {
        Organisation o = client.organisation("backup");
        byte[] bytes = RegistryFixture.unique(RegistryFixture.example("company-q"), o.id());
        assertEquals(201, client.submit(o.token(), bytes, null).statusCode());
        assertEquals(200, client.post("/submissions/" + o.id() + "/1/publish", o.token(), null, null).statusCode());
        Path dir = RegistryFixture.tempDir("aigb-remote-backup");
        try {
            Path backup = dir.resolve("backup.trig");
            try (OutputStream out = Files.newOutputStream(backup)) {
                Registry.backup(server.server.registry().store(), Sources.classpath()).exportTo(out); // the Graph Store Protocol's GET
            }
            try (TdbStore embedded = TdbStore.open(dir.resolve("store"))) { // as registry import does, before any server opens it
                assertTrue(Registry.backup(embedded, Sources.classpath()).importFrom(backup, "test") > 0);
            }
            try (Registry restored = RegistryFixture.open(TdbStore.open(dir.resolve("store")))) {
                Principal p = restored.accounts().authenticate(o.token());
                assertArrayEquals(bytes, restored.submissions().version(p, o.id(), 1).bytes(), "the version, byte for byte");
                assertTrue(restored.published().document(o.id(), 1).isPresent(), "and its publication");
            }
        } finally {
            TempFiles.delete(dir);
        }
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

    /**
     * Each replica keeps a copy of the reviewers' list; a page reads the store's list generation
     * first, so what one replica wrote is on the other's next page, without waiting.
     */
    @Test
    void theReviewersListOnOneReplicaHasWhatTheOtherJustWrote() throws Exception {
        try (TestServer replica = TestServer.withStore(RemoteStore.connect(URI.create(fuseki.datasetUrl())))) {
            RegistryClient other = new RegistryClient(replica);
            Organisation o = client.organisation("listed");
            assertEquals(null, row(other, o), "not listed before it submits");
            assertEquals(201, client.submitExample(o, "company-q").statusCode());
            assertEquals(1L, row(other, o).get("latest").getAsObject().get("version").getAsNumber().value().longValue());
            assertEquals(201, client.annotate(reviewer, "/submissions/" + o.id() + "/1", "accepted", null).statusCode());
            assertEquals("accepted", row(other, o).get("review").getAsObject().getString("status"));
            assertEquals(200, client.post("/submissions/" + o.id() + "/1/publish", o.token(), null, null).statusCode());
            assertTrue(row(other, o).get("latest").getAsObject().get("published").getAsBoolean().value());
            assertEquals(201, other.submitExample(o, "company-q").statusCode());
            org.apache.jena.atlas.json.JsonObject latest = row(client, o).get("latest").getAsObject();
            assertEquals(2L, latest.get("version").getAsNumber().value().longValue(), "and the other way round");
            assertEquals(false, latest.get("published").getAsBoolean().value(), "version 2 is not published");
            assertEquals(null, row(client, o).get("review"), "nor reviewed");
        }
    }

    /** The organisation's row in a replica's reviewers' list, or null. */
    private org.apache.jena.atlas.json.JsonObject row(RegistryClient via, Organisation o) {
        HttpResponse<String> r = via.get("/submissions?limit=500", reviewer, null);
        assertEquals(200, r.statusCode(), r.body());
        for (var item : RegistryClient.json(r).get("items").getAsArray())
            if (item.getAsObject().get("organisation").getAsObject().getString("id").equals(o.id()))
                return item.getAsObject();
        return null;
    }
}
