package org.w3id.aigb.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.update.UpdateRequest;
import org.w3id.aigb.AigbException;

/**
 * Group commit: the registry's writes from HTTP requests go to the store from one thread, and the
 * writes waiting when it is free go together as one update request, that is one transaction and
 * one durable commit (one fsync) for all of them. Each request still gets its answer only after
 * the commit that holds its write, so an acknowledged write is durable; under load, commits are
 * shared instead of queued one behind another.
 * <p>
 * Why: a TDB2 commit costs about 15 ms whatever it holds (it syncs its journal and files), which
 * alone would cap the registry near 60 writes per second; see docs/benchmarks.md. Batching changes
 * nothing of what each write does: the operations run in order in one transaction, each seeing
 * the ones before it (how version numbers stay consecutive within a batch).
 */
final class WriteQueue implements AutoCloseable {
    /** One write waiting: its update, an estimate of its size, and who waits for it. */
    private record Pending(UpdateRequest request, long bytes, CompletableFuture<Void> done) {}

    /** Writes per commit at most; {@code -Daigb.registry.maxBatch=1} turns batching off (bench/registry compares). */
    private static final int MAX_WRITES = Math.max(1, Integer.getInteger("aigb.registry.maxBatch", 64));
    /** A batch stops growing past this many bytes of values (profiles can be megabytes each). */
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final long WAIT_SECONDS = 120;
    private static final Pending STOP = new Pending(null, 0, null);

    private final RegistryStore store;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    WriteQueue(RegistryStore store) {
        this.store = store;
        this.writer = new Thread(this::run, "aigb-registry-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Writes the update (with others waiting, in one transaction) and returns once it is committed. */
    void write(UpdateRequest request, long bytes) {
        if (closed)
            throw new AigbException.Unavailable("registry-closed", "The registry is shutting down", null);
        Pending p = new Pending(request, bytes, new CompletableFuture<>());
        queue.add(p);
        try {
            p.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AigbException.Unavailable("interrupted", "Interrupted while writing to the registry's store", e);
        } catch (TimeoutException e) {
            throw new AigbException.Unavailable("store-timeout", "The registry's store did not commit within " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new AigbException("store-failed", "Writing to the registry's store failed: " + e.getCause(), e.getCause());
        }
    }

    private void run() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.take();
                if (first == STOP)
                    return;
                batch.add(first);
                long bytes = first.bytes();
                for (Pending next; batch.size() < MAX_WRITES && bytes < MAX_BYTES && (next = queue.peek()) != null && next != STOP;) {
                    batch.add(queue.poll());
                    bytes += next.bytes();
                }
            } catch (InterruptedException e) {
                return;
            }
            commit(batch);
        }
    }

    private void commit(List<Pending> batch) {
        try {
            store.update(RegistryQueries.together(batch.stream().map(Pending::request).toList()));
            batch.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            // one write the store refuses must not fail the others: each alone, in order
            for (Pending p : batch)
                commit(List.of(p));
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.add(STOP);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
