package org.w3id.aigb.sys;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.w3id.aigb.AigbException;

/**
 * Work the server starts at start-up but does not wait for before answering (the search index,
 * the example profiles' derivations): whoever needs the value waits for it, so nothing is ever
 * served half made, and requests that do not need it are answered at once.
 */
public final class StartupTask<T> {
    /** Longer than any start-up task takes; past it a request fails rather than hang. */
    private static final long WAIT_SECONDS = 120;

    private final String what;
    private final CompletableFuture<T> future;
    private final long started = System.nanoTime();
    private volatile long millis = -1;

    private StartupTask(String what, CompletableFuture<T> future) {
        this.what = what;
        this.future = future.whenComplete((v, e) -> millis = (System.nanoTime() - started) / 1_000_000);
    }

    /** Runs {@code work} on {@code executor}; {@code what} names it in logs and errors ("search index"). */
    public static <T> StartupTask<T> run(String what, Supplier<T> work, Executor executor) {
        return new StartupTask<>(what, CompletableFuture.supplyAsync(work, executor));
    }

    /** A task that is already done (for callers that build everything up front, e.g. tests). */
    public static <T> StartupTask<T> done(String what, T value) {
        return new StartupTask<>(what, CompletableFuture.completedFuture(value));
    }

    /** Then {@code next} on the value, as a task of its own. */
    public <R> StartupTask<R> then(String nextWhat, java.util.function.Function<T, R> next, Executor executor) {
        return new StartupTask<>(nextWhat, future.thenApplyAsync(next, executor));
    }

    /** The value, waiting for it; the task's failure is an internal error naming it. */
    public T get() {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AigbException("interrupted", "Interrupted while waiting for the " + what);
        } catch (TimeoutException e) {
            throw new AigbException.NotReady("The " + what + " is still being built; try again shortly");
        } catch (ExecutionException e) {
            throw new AigbException("start-up-failed", "Building the " + what + " failed: " + e.getCause(), e.getCause());
        }
    }

    public String what() {
        return what;
    }

    /** Time from start to completion, once done. */
    public long millis() {
        get();
        return millis;
    }
}
