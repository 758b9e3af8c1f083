import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load for POST /profiles/validate: THREADS clients, each posting the profile and
 * reading the whole report before the next request; a warm-up, then the measured period.
 * Usage: java ProfileHttpLoad.java URL PROFILE.ttl [--threads 8] [--warmup 5] [--seconds 15] [--accept application/json]
 */
public class ProfileHttpLoad {
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        int threads = Integer.parseInt(option(args, "--threads", "8"));
        int warmup = Integer.parseInt(option(args, "--warmup", "5"));
        int seconds = Integer.parseInt(option(args, "--seconds", "15"));
        String accept = option(args, "--accept", "application/json");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "text/turtle").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200)
            throw new IllegalStateException("HTTP " + first.statusCode() + ": " + first.body());

        AtomicBoolean measuring = new AtomicBoolean(false), stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[2_000_000];
            samples.add(mine);
            int slot = t;
            Thread w = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    long s = System.nanoTime();
                    try {
                        if (client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200)
                            errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (measuring.get() && n < mine.length)
                        mine[n++] = System.nanoTime() - s;
                }
                mine[mine.length - 1] = n; // count, in the last slot
            });
            workers.add(w);
            w.start();
        }
        Thread.sleep(warmup * 1000L);
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread w : workers)
            w.join();
        long total = 0;
        List<Long> all = new ArrayList<>();
        for (long[] s : samples) {
            int n = (int) s[s.length - 1];
            total += n;
            for (int i = 0; i < n; i++)
                all.add(s[i]);
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s %10s %7s%n", "HTTP " + accept, "p50 ms", "p90 ms", "p99 ms", "per s", "errors");
        System.out.printf(Locale.ROOT, "%-22s %8.2f %8.2f %8.2f %10.0f %7d%n", "concurrency " + threads, ms(sorted, 0.5), ms(sorted, 0.9), ms(sorted, 0.99),
                total / elapsed, errors.get());
    }

    static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    static String option(String[] args, String name, String fallback) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
    }
}
