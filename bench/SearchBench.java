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

/**
 * Latency of {@code GET /search} over HTTP (no dependencies; run with
 * {@code java bench/SearchBench.java BASE_URL QUALITY.tsv WARMUP_ROUNDS ROUNDS}).
 * One client, one request at a time: each round sends every query of the quality set (Japanese
 * and English mixed, in file order) as {@code /search?format=json&q=…}. Prints p50, p90, p99 and
 * max in ms over all measured requests, and p50 per language; any non-200 answer is an error.
 */
public class SearchBench {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8))
            if (!line.isBlank() && !line.startsWith("#"))
                queries.add(line.split("\t")[0]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> all = new ArrayList<>();
        List<Long> ja = new ArrayList<>();
        List<Long> en = new ArrayList<>();
        int errors = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            for (String q : queries) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/search?format=json&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30)).GET().build();
                long start = System.nanoTime();
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - start;
                if (round < warmup)
                    continue;
                if (r.statusCode() != 200) {
                    errors++;
                    continue;
                }
                all.add(took);
                (q.codePoints().anyMatch(c -> c > 0x3000) ? ja : en).add(took);
            }
        }
        System.out.printf("queries\t%d (%d ja, %d en) x %d rounds%n", queries.size(), ja.size() / rounds, en.size() / rounds, rounds);
        System.out.printf("all\tp50 %.2f ms\tp90 %.2f ms\tp99 %.2f ms\tmax %.2f ms\trequests %d\terrors %d%n",
                pct(all, 50), pct(all, 90), pct(all, 99), pct(all, 100), all.size(), errors);
        System.out.printf("ja\tp50 %.2f ms%nen\tp50 %.2f ms%n", pct(ja, 50), pct(en, 50));
    }

    private static double pct(List<Long> xs, int p) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        int i = Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1);
        return a[Math.max(0, i)] / 1e6;
    }
}
