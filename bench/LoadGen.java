import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop HTTP load generator for the SPARQL benchmark (no dependencies; run with
 * {@code java bench/LoadGen.java ENDPOINT QUERY.rq ACCEPT CONCURRENCY WARMUP_S MEASURE_S}).
 * Each of CONCURRENCY threads sends the query by GET, waits for the whole answer, and repeats;
 * prints one tab-separated line: requests/s, p50 ms, p99 ms, requests, errors.
 * With a seventh argument CONTENT_TYPE, the file is instead POSTed as the body with that type
 * (the profile-validation benchmark: {@code POST /profiles/validate}).
 */
public class LoadGen {
    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        String query = Files.readString(Path.of(args[1]));
        String accept = args[2];
        int threads = Integer.parseInt(args[3]);
        long warmup = Long.parseLong(args[4]) * 1000;
        long measure = Long.parseLong(args[5]) * 1000;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = args.length > 6
                ? HttpRequest.newBuilder(URI.create(endpoint)).header("Content-Type", args[6]).header("Accept", accept)
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(query)).build()
                : HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();

        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> samples = new ArrayList<>();
        long[] errors = new long[threads];
        int[] counts = new int[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[2_000_000];
            samples.add(mine);
            int id = t;
            Thread w = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - start;
                    if (recording.get() && running.get()) {
                        if (!ok)
                            errors[id]++;
                        else if (counts[id] < mine.length)
                            mine[counts[id]++] = took;
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        Thread.sleep(warmup);
        recording.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(measure);
        running.set(false);
        long elapsed = System.nanoTime() - t0;
        for (Thread w : workers)
            w.join();
        int n = 0;
        for (int c : counts)
            n += c;
        long[] all = new long[n];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(samples.get(t), 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        long errs = Arrays.stream(errors).sum();
        double rps = n / (elapsed / 1e9);
        System.out.printf("%.0f\t%.2f\t%.2f\t%d\t%d%n", rps, pct(all, 0.50), pct(all, 0.99), n, errs);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0)
            return Double.NaN;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
