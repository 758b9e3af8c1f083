import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.sys.AigbSystem;

/**
 * What {@code obligations --changes} costs against a single derivation, in one JVM with one engine:
 * for each profile, after warm-up, alternating blocks (single, changes, then changes, single, ...) of
 * <ul>
 * <li>{@code engine}: {@link ObligationEngine#check} (validate, derive under the current edition)
 *     against {@link ObligationEngine#compare} (validate once, derive under both editions, run the
 *     comparison rules);</li>
 * <li>{@code md} and {@code json}: the same with the answer written, as the command line (Markdown) and
 *     the HTTP endpoint (JSON) answer them: the checklist against the changes view.</li>
 * </ul>
 * Per call it records the wall time and the thread's CPU time (the time it ran, not the time it waited for
 * a core: the less noisy figure on a shared machine), and prints per profile and variant the p50 and mean
 * of both, the ratio changes/single of the p50s, and the per-round ratio of the medians (its median and
 * range). The target (the issue on editions): changes at most 2x a single derivation.
 * <p>
 * Usage (bench/obligations/changes.sh builds the jar and runs it):
 * <pre>java -cp aigb.jar:CLASSES ChangesBench [--warmup N] [--rounds R] [--block N] [--variants engine,md,json] PROFILE...</pre>
 */
public class ChangesBench {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(option(args, "--warmup", "300"));
        int rounds = Integer.parseInt(option(args, "--rounds", "10"));
        int block = Integer.parseInt(option(args, "--block", "30"));
        List<String> variants = List.of(option(args, "--variants", "engine,md,json").split(","));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        mx.setThreadCpuTimeEnabled(true);
        AigbSystem.init();
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        ObligationEngine engine = ObligationEngine.create(sources, kg);
        System.out.printf(Locale.ROOT, "# %s %s, %d cores; %d warm-up calls of each, then %d rounds of %d, alternating%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmup, rounds, block);
        System.out.printf(Locale.ROOT, "%-28s %-8s %9s %9s %9s %9s %8s %8s %s%n", "profile", "variant", "single", "changes", "single", "changes",
                "ratio", "ratio", "per-round CPU ratio");
        System.out.printf(Locale.ROOT, "%-28s %-8s %9s %9s %9s %9s %8s %8s %s%n", "", "", "p50 wall", "p50 wall", "p50 CPU", "p50 CPU", "wall",
                "CPU", "median [min, max]");
        for (String file : positionals(args)) {
            Graph profile = new ProfileReader().read(Path.of(file));
            if (!engine.check(profile).conforms())
                throw new IllegalArgumentException(file + " does not conform");
            for (String variant : variants) {
                Supplier<Object> single = switch (variant) {
                    case "engine" -> () -> engine.check(profile);
                    case "md", "json" -> () -> checklist(engine, profile, variant.equals("md") ? Format.MD : Format.JSON);
                    default -> throw new IllegalArgumentException("variant engine|md|json, not " + variant);
                };
                Supplier<Object> changes = switch (variant) {
                    case "engine" -> () -> engine.compare(profile);
                    default -> () -> changes(engine, profile, variant.equals("md") ? Format.MD : Format.JSON);
                };
                measure(Path.of(file).getFileName().toString(), variant, single, changes, warmup, rounds, block, mx);
            }
        }
    }

    private static Object checklist(ObligationEngine engine, Graph profile, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(out, format, false, true);
        w.write(new ObligationWriter.Entry("bench", engine.check(profile)));
        w.finish();
        return out;
    }

    private static Object changes(ObligationEngine engine, Graph profile, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = ObligationWriter.forChanges(out, format, false, true, org.w3id.aigb.render.RenderTarget.Language.BOTH);
        w.write("bench", engine.compare(profile));
        w.finish();
        return out;
    }

    private static void measure(String name, String variant, Supplier<Object> single, Supplier<Object> changes, int warmup, int rounds, int block,
                                ThreadMXBean mx) {
        for (int i = 0; i < warmup; i++) {
            single.get();
            changes.get();
        }
        List<Long> singleWall = new ArrayList<>(), changesWall = new ArrayList<>(), singleCpu = new ArrayList<>(), changesCpu = new ArrayList<>();
        double[] roundRatios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] sw = new long[block], sc = new long[block], cw = new long[block], cc = new long[block];
            boolean singleFirst = r % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean doSingle = (turn == 0) == singleFirst;
                for (int i = 0; i < block; i++) {
                    long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
                    (doSingle ? single : changes).get();
                    long w = System.nanoTime() - w0, c = mx.getCurrentThreadCpuTime() - c0;
                    (doSingle ? sw : cw)[i] = w;
                    (doSingle ? sc : cc)[i] = c;
                }
            }
            for (int i = 0; i < block; i++) {
                singleWall.add(sw[i]);
                changesWall.add(cw[i]);
                singleCpu.add(sc[i]);
                changesCpu.add(cc[i]);
            }
            roundRatios[r] = median(cc) / median(sc);
        }
        double sW = median(singleWall), cW = median(changesWall), sC = median(singleCpu), cC = median(changesCpu);
        Arrays.sort(roundRatios);
        System.out.printf(Locale.ROOT, "%-28s %-8s %9.2f %9.2f %9.2f %9.2f %8.2f %8.2f %.2f [%.2f, %.2f]%n", name, variant, sW / 1e6, cW / 1e6, sC / 1e6,
                cC / 1e6, cW / sW, cC / sC, roundRatios[rounds / 2], roundRatios[0], roundRatios[rounds - 1]);
    }

    private static double median(List<Long> values) {
        return median(values.stream().mapToLong(Long::longValue).toArray());
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++)
            if (args[i].equals(name))
                return args[i + 1];
        return fallback;
    }

    private static List<String> positionals(String[] args) {
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
