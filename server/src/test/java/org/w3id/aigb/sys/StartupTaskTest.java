package org.w3id.aigb.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.FutureGraph;

class StartupTaskTest {
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aReaderWaitsForTheValueInsteadOfSeeingAPartialOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StartupTask<Graph> task = StartupTask.run("test graph", () -> {
            await(release);
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o")));
            return g;
        }, pool);
        FutureGraph graph = new FutureGraph(task::get);
        // Linking the graph into a dataset asks for its transaction handler: that must not wait.
        assertTrue(graph.getTransactionHandler() != null);
        Thread releaser = new Thread(() -> {
            sleep(200);
            release.countDown();
        });
        releaser.start();
        assertEquals(1, graph.size(), "size waits for the finished graph");
        assertTrue(task.millis() >= 0);
    }

    @Test
    void aFailedTaskIsAnErrorNamingIt() {
        StartupTask<String> task = StartupTask.run("example profiles' derivations", () -> {
            throw new IllegalStateException("bad example");
        }, pool);
        AigbException e = assertThrows(AigbException.class, task::get);
        assertEquals("start-up-failed", e.code());
        assertTrue(e.getMessage().contains("example profiles' derivations") && e.getMessage().contains("bad example"), e.getMessage());
    }

    @Test
    void thenRunsOnTheValue() {
        StartupTask<Integer> first = StartupTask.done("one", 1);
        assertEquals(2, first.then("two", v -> v + 1, pool).get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
