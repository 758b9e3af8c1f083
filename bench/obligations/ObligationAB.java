import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongBinaryOperator;

/**
 * A/B benchmark of the obligations path in one JVM: the engine of jar A (the previous commit) and of
 * jar B (the current code), each loaded with {@code ObligationTask} in a class loader of its own,
 * checking the same profiles in alternating blocks (A B, then B A, ...), so that both see the same
 * machine: on a shared 2-core machine absolute times drift with what else runs, ratios taken in the
 * same run do not.
 * <p>
 * For each derivation it records the wall time and the thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}: time this thread ran, not time it waited for a
 * core, hence the less noisy figure on a busy machine), and prints, per profile and engine, p50, p90
 * and mean of both, and the ratio A/B of the p50s and of the per-round medians (paired by round).
 * Before timing, it checks that both engines derive the same number of triples for each profile.
 * <p>
 * Usage (see bench/obligations/run.sh, which builds both jars and compiles the task with each):
 * <pre>
 * java ObligationAB.java --a LABEL=JAR:CLASSES --b LABEL=JAR:CLASSES [--variant check|check+json]
 *      [--warmup N] [--rounds R] [--block N] PROFILE...
 * </pre>
 * {@code CLASSES} is the folder where {@code ObligationTask.java} was compiled against that jar.
 */
public class ObligationAB {
    record Engine(String label, LongBinaryOperator task, ClassLoader loader) {}

    public static void main(String[] args) throws Exception {
        Engine a = load(option(args, "--a"), positionals(args));
        Engine b = load(option(args, "--b"), positionals(args));
        String variantName = option(args, "--variant", "check");
        long variant = switch (variantName) {
            case "check" -> 0;
            case "check+json" -> 1;
            default -> throw new IllegalArgumentException("--variant check|check+json, not " + variantName);
        };
        int warmup = Integer.parseInt(option(args, "--warmup", "1500"));
        int rounds = Integer.parseInt(option(args, "--rounds", "20"));
        int block = Integer.parseInt(option(args, "--block", "100"));
        List<String> profiles = positionals(args);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isCurrentThreadCpuTimeSupported())
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        mx.setThreadCpuTimeEnabled(true);
        System.out.printf(Locale.ROOT, "# %s %s, %d cores; variant %s; %d warm-up derivations per engine and profile, then %d rounds of %d%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                variantName, warmup, rounds, block);
        System.out.printf(Locale.ROOT, "# A = %s: %s%n# B = %s: %s%n", a.label(), call(a, () -> a.task().toString()), b.label(),
                call(b, () -> b.task().toString()));

        for (int p = 0; p < profiles.size(); p++) {
            int profile = p;
            long sizeA = call(a, () -> a.task().applyAsLong(profile, variant)), sizeB = call(b, () -> b.task().applyAsLong(profile, variant));
            System.out.printf(Locale.ROOT, "# %s: %d derived triples (A), %d (B)%s%n", Path.of(profiles.get(p)).getFileName(), sizeA, sizeB,
                    sizeA == sizeB ? "" : "  ** DIFFERENT **");
            for (int i = 0; i < warmup; i += block) {
                time(a, profile, variant, block, mx);
                time(b, profile, variant, block, mx);
            }
            List<long[][]> runsA = new ArrayList<>(), runsB = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    runsA.add(time(a, profile, variant, block, mx));
                    runsB.add(time(b, profile, variant, block, mx));
                } else {
                    runsB.add(time(b, profile, variant, block, mx));
                    runsA.add(time(a, profile, variant, block, mx));
                }
            }
            report(a.label(), b.label(), runsA, runsB);
        }
    }

    /** Times {@code n} derivations with one engine: [0] wall ns, [1] thread CPU ns, one per derivation. */
    static long[][] time(Engine e, int profile, long variant, int n, ThreadMXBean mx) {
        return call(e, () -> {
            long[][] out = new long[2][n];
            for (int i = 0; i < n; i++) {
                long cpu = mx.getCurrentThreadCpuTime(), wall = System.nanoTime();
                e.task().applyAsLong(profile, variant);
                out[0][i] = System.nanoTime() - wall;
                out[1][i] = mx.getCurrentThreadCpuTime() - cpu;
            }
            return out;
        });
    }

    static void report(String labelA, String labelB, List<long[][]> runsA, List<long[][]> runsB) {
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %10s %10s %10s%n", "engine", "wall p50", "wall p90", "wall mean", "cpu p50",
                "cpu p90", "cpu mean");
        double[] a = line(labelA, runsA), b = line(labelB, runsB);
        double[] pairedWall = new double[runsA.size()], pairedCpu = new double[runsA.size()];
        for (int r = 0; r < runsA.size(); r++) {
            pairedWall[r] = median(runsA.get(r)[0]) / median(runsB.get(r)[0]);
            pairedCpu[r] = median(runsA.get(r)[1]) / median(runsB.get(r)[1]);
        }
        Arrays.sort(pairedWall);
        Arrays.sort(pairedCpu);
        System.out.printf(Locale.ROOT, "ratio A/B: wall p50 %.2f, cpu p50 %.2f; per-round medians paired: wall %.2f (%.2f-%.2f), cpu %.2f (%.2f-%.2f)%n",
                a[0] / b[0], a[1] / b[1], pairedWall[pairedWall.length / 2], pairedWall[0], pairedWall[pairedWall.length - 1],
                pairedCpu[pairedCpu.length / 2], pairedCpu[0], pairedCpu[pairedCpu.length - 1]);
    }

    /** Prints one engine's line (ms); returns its wall and CPU p50. */
    static double[] line(String label, List<long[][]> runs) {
        long[] wall = runs.stream().flatMapToLong(r -> Arrays.stream(r[0])).sorted().toArray();
        long[] cpu = runs.stream().flatMapToLong(r -> Arrays.stream(r[1])).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-10s %10.2f %10.2f %10.2f %10.2f %10.2f %10.2f%n", label, q(wall, .5), q(wall, .9), mean(wall), q(cpu, .5),
                q(cpu, .9), mean(cpu));
        return new double[] { q(wall, .5), q(cpu, .5) };
    }

    static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static double q(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0) / 1e6;
    }

    /** LABEL=JAR:CLASSES → the task of that jar, in a class loader of its own (parent: the platform loader, not this class's). */
    static Engine load(String spec, List<String> profiles) throws Exception {
        int eq = spec.indexOf('=');
        String[] paths = spec.substring(eq + 1).split(":");
        URL[] urls = Arrays.stream(paths).map(p -> {
            try {
                return Path.of(p).toUri().toURL();
            } catch (Exception e) {
                throw new IllegalArgumentException(p, e);
            }
        }).toArray(URL[]::new);
        ClassLoader loader = new URLClassLoader(spec.substring(0, eq), urls, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Object task = loader.loadClass("ObligationTask").getConstructor(String[].class).newInstance((Object) profiles.toArray(String[]::new));
        return new Engine(spec.substring(0, eq), (LongBinaryOperator) task, loader);
    }

    /** Runs with the engine's class loader as the thread's context loader (Jena looks some things up through it). */
    static <T> T call(Engine e, java.util.function.Supplier<T> body) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(e.loader());
        try {
            return body.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }

    static String option(String[] args, String name) {
        String v = option(args, name, null);
        if (v == null)
            throw new IllegalArgumentException("missing " + name);
        return v;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++)
            if (args[i].equals(name))
                return args[i + 1];
        return fallback;
    }

    static List<String> positionals(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
                continue;
            }
            out.add(args[i]);
        }
        return out;
    }
}
