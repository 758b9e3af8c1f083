package org.w3id.aigb.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run shares: its settings (system properties, so a longer run needs no code change),
 * the failures it found, the outcomes it counted, the heap it used, and its report.
 * <ul>
 * <li>{@code aigb.fuzz.seed}: the seed (default {@link #DEFAULT_SEED}, fixed, so CI runs the same cases);</li>
 * <li>{@code aigb.fuzz.cases}: cases in process (default 10,000);</li>
 * <li>{@code aigb.fuzz.http}: cases over HTTP (default 1,000);</li>
 * <li>{@code aigb.fuzz.only}: a comma-separated list of case numbers to run alone (a failure's #n), to reproduce it.</li>
 * </ul>
 */
public final class FuzzRun {
    static final long DEFAULT_SEED = 20_261_203L;

    public final long seed = Long.getLong("aigb.fuzz.seed", DEFAULT_SEED);
    public final String name;
    public final int cases;
    private final long started = System.nanoTime();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, Long> millisByKind = new TreeMap<>();
    private long maxUsedHeap;

    public FuzzRun(String name, String casesProperty, int defaultCases) {
        this.name = name;
        this.cases = Integer.getInteger(casesProperty, defaultCases);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                pool.resetPeakUsage();
    }

    /** The case numbers to run: 0 … cases-1, or those of {@code aigb.fuzz.only}. */
    public int[] indices() {
        String only = System.getProperty("aigb.fuzz.only", "").strip();
        if (only.isEmpty())
            return java.util.stream.IntStream.range(0, cases).toArray();
        return java.util.Arrays.stream(only.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }

    public void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        maxUsedHeap = Math.max(maxUsedHeap, used);
    }

    /** Time spent on a kind of case (the first words of how it was made), for the report. */
    public void time(ProfileMutator.Case c, long nanos) {
        millisByKind.merge(c.kind(), nanos / 1_000_000, Long::sum);
    }

    public void fail(ProfileMutator.Case c, String what) {
        if (failures.size() < 20)
            failures.add(c.describe() + ": " + what);
    }

    public List<String> failures() {
        return failures;
    }

    /** The peak of the heap pools (what the collector had to hold at worst), in MB. */
    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                peak += pool.getPeakUsage().getUsed();
        return peak >> 20;
    }

    /** One paragraph for the build log and target/fuzz/NAME.txt. */
    public String report() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String text = name + ": " + cases + " cases, seed " + seed + ", " + seconds + " s, max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB, peak heap pools " + peakHeapMb() + " MB, largest heap seen after a case " + (maxUsedHeap >> 20) + " MB; failures "
                + failures.size() + "\noutcomes: " + outcomes + "\nmilliseconds by kind of case: " + millisByKind + "\n" + String.join("\n", failures) + "\n";
        try {
            Path dir = Path.of("target", "fuzz");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text);
        return text;
    }

    /** Counts the bytes written to it. */
    public static final class Counter extends OutputStream {
        public long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
