import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.update.UpdateRequest;
import org.w3id.aigb.Limits;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.registry.Params;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryQueries;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.StoreLocation;
import org.w3id.aigb.registry.Submissions;
import org.w3id.aigb.registry.Tokens;
import org.w3id.aigb.sys.AigbSystem;

/**
 * The registry benchmark's harness (bench/registry/run.sh drives it; compile against the jar).
 * <pre>
 *   accounts STORE N PREFIX TOKENS   N organisations PREFIX-1..N (add-organisation.ru, 1000 per update), tokens to a file
 *   reviewer STORE TOKEN_FILE         one reviewer, its token to a file
 *   populate STORE TOKENS PROFILE THREADS   one submission per organisation in TOKENS, in process (validation, derivation, group commit)
 *   replicate STORE COPIES            the store's organisations and their versions copied COPIES-1 more times (see below)
 *   post URL TOKENS PROFILE CONCURRENCY WARMUP_S MEASURE_S        POST /submissions, closed loop, one organisation per client
 *   get URL TOKEN PATH CONCURRENCY WARMUP_S MEASURE_S              GET with a token (history, reviewers' list)
 *   repeat URL TOKEN PATH N           one GET to warm up, then N one after another: p50, p90 and max ms, N (for answers too slow for a timed window)
 * </pre>
 * The load lines print: requests/s, p50 ms, p99 ms, requests, errors (tab-separated, as bench/LoadGen.java).
 * A profile is made each organisation's own by moving its {@code PREFIX ex:} namespace (as the tests do).
 */
public class RegistryBench {
    public static void main(String[] args) throws Exception {
        AigbSystem.init();
        switch (args[0]) {
            case "accounts" -> accounts(args[1], Integer.parseInt(args[2]), args[3], Path.of(args[4]));
            case "reviewer" -> {
                try (RegistryStore store = RegistryStore.open(StoreLocation.parse(args[1]))) {
                    Files.writeString(Path.of(args[2]), Registry.accounts(store, Sources.classpath()).addReviewer("Bench reviewer", "bench").token().token());
                }
            }
            case "populate" -> populate(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            case "replicate" -> replicate(args[1], Integer.parseInt(args[2]));
            case "post" -> post(args[1], Files.readAllLines(Path.of(args[2])), Files.readString(Path.of(args[3])), Integer.parseInt(args[4]),
                    Long.parseLong(args[5]), Long.parseLong(args[6]));
            case "get" -> get(args[1], Files.readString(Path.of(args[2])).strip(), args[3], Integer.parseInt(args[4]),
                    Long.parseLong(args[5]), Long.parseLong(args[6]));
            case "repeat" -> repeat(args[1], Files.readString(Path.of(args[2])).strip(), args[3], Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        System.exit(0);
    }

    /** Lines {@code id<TAB>token}. */
    static void accounts(String storeSpec, int n, String prefix, Path out) throws Exception {
        RegistryQueries queries = new RegistryQueries(Sources.classpath());
        long start = System.nanoTime();
        List<String> lines = new ArrayList<>();
        try (RegistryStore store = RegistryStore.open(StoreLocation.parse(storeSpec))) {
            for (int from = 1; from <= n; from += 1000) {
                List<UpdateRequest> batch = new ArrayList<>();
                for (int i = from; i < Math.min(n + 1, from + 1000); i++) {
                    String id = prefix + "-" + i;
                    Tokens.Issued t = Tokens.issue();
                    batch.add(queries.update("add-organisation", Params.of().fresh("organisation").string("registryId", id)
                            .string("name", "Bench organisation " + i).fresh("token").string("tokenId", t.id()).string("tokenHash", t.hash())
                            .fresh("activity").string("user", "bench").dateTime("now", java.time.Instant.now())));
                    lines.add(id + "\t" + t.token());
                }
                store.update(RegistryQueries.together(batch));
            }
        }
        Files.write(out, lines);
        System.out.printf("accounts: %d organisations in %d ms%n", n, (System.nanoTime() - start) / 1_000_000);
    }

    static void populate(String storeSpec, Path tokens, Path profile, int threads) throws Exception {
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        ObligationEngine engine = ObligationEngine.create(sources, kg);
        String text = Files.readString(profile);
        List<String> lines = Files.readAllLines(tokens);
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        try (RegistryStore store = RegistryStore.open(StoreLocation.parse(storeSpec));
             Registry registry = Registry.open(store, sources, kg.dataset(), () -> engine, Limits.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> all = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split("\t");
                all.add(pool.submit(() -> {
                    var principal = registry.accounts().authenticate(f[1]);
                    var outcome = registry.submissions().submit(principal, unique(text, f[0]), "text/turtle", null);
                    if (!(outcome instanceof Submissions.Accepted))
                        throw new IllegalStateException("refused: " + f[0]);
                    int d = done.incrementAndGet();
                    if (d % 5000 == 0)
                        System.out.printf("populate: %d submissions, %.1f/s%n", d, d / ((System.nanoTime() - start) / 1e9));
                    return null;
                }));
            }
            for (Future<?> f : all)
                f.get();
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("populate: %d submissions in %.0f s: %.1f submissions/s (in process, %d threads)%n", lines.size(), seconds, lines.size() / seconds, threads);
    }

    /**
     * A large store for the read side (start-up, the reviewers' list) without hours of submitting:
     * the store's registry and audit graphs (organisations that each submitted through the real path)
     * are copied COPIES-1 times with every identity renamed: the urn:uuid nodes, the registry ids,
     * the names, the token ids, the profiles' organisation IRIs, and every time moved on by the copy's
     * number of seconds (so the copies are the newest). The records have the shape real submissions
     * give; their stored bytes are the originals' (TDB2 keeps an equal literal once, so this store is
     * smaller on disk than as many real submissions: the size per 1,000 is measured on real ones).
     */
    static void replicate(String storeSpec, int copies) throws Exception {
        long start = System.nanoTime();
        try (RegistryStore store = RegistryStore.open(StoreLocation.parse(storeSpec))) {
            org.apache.jena.sparql.core.DatasetGraph original = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            try (var out = new java.io.ByteArrayOutputStream()) {
                store.export(out);
                org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TRIG).parse(original);
            }
            List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
            original.find().forEachRemaining(quads::add);
            java.util.Random random = new java.util.Random(42);
            for (int c = 1; c < copies; c++) {
                org.apache.jena.sparql.core.DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                java.util.Map<org.apache.jena.graph.Node, org.apache.jena.graph.Node> renamed = new java.util.HashMap<>();
                for (org.apache.jena.sparql.core.Quad q : quads)
                    copy.add(q.getGraph(), rename(q.getSubject(), c, renamed, random), q.getPredicate(),
                            rename(q.getObject(), c, renamed, random));
                store.load(copy);
            }
        }
        System.out.printf("replicate: %d copies in %d ms%n", copies, (System.nanoTime() - start) / 1_000_000);
    }

    private static org.apache.jena.graph.Node rename(org.apache.jena.graph.Node n, int c, java.util.Map<org.apache.jena.graph.Node, org.apache.jena.graph.Node> renamed,
                                                     java.util.Random random) {
        return renamed.computeIfAbsent(n, x -> {
            if (x.isURI() && x.getURI().startsWith("urn:uuid:"))
                return org.apache.jena.graph.NodeFactory.createURI("urn:uuid:" + java.util.UUID.nameUUIDFromBytes((x.getURI() + " " + c).getBytes(StandardCharsets.UTF_8)));
            if (x.isURI() && x.getURI().startsWith("https://example.org/") && x.getURI().contains("#"))
                return org.apache.jena.graph.NodeFactory.createURI(x.getURI().replaceFirst("#", "-copy" + c + "#"));
            if (!x.isLiteral())
                return x;
            String lex = x.getLiteralLexicalForm();
            if (x.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime.getURI()))
                return org.apache.jena.graph.NodeFactory.createLiteralDT(java.time.Instant.parse(lex).plusSeconds(c).toString(), x.getLiteralDatatype());
            if (lex.matches("[a-z]+-[0-9]+"))       // a registry id made by 'accounts'
                return org.apache.jena.graph.NodeFactory.createLiteralString(lex + "-copy" + c);
            if (lex.startsWith("Bench organisation "))
                return org.apache.jena.graph.NodeFactory.createLiteralString(lex + " copy " + c);
            if (lex.matches("[0-9a-f]{16}"))        // a token id
                return org.apache.jena.graph.NodeFactory.createLiteralString(String.format("%016x", random.nextLong()));
            return x;
        });
    }

    static byte[] unique(String profile, String suffix) {
        return profile.replaceFirst("(PREFIX ex:\\s+<[^>#]*)#>", "$1-" + suffix + "#>").getBytes(StandardCharsets.UTF_8);
    }

    static void post(String url, List<String> tokenLines, String profile, int concurrency, long warmup, long measure) throws Exception {
        HttpClient client = client();
        List<HttpRequest> requests = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            String[] f = tokenLines.get(c).split("\t");
            requests.add(HttpRequest.newBuilder(URI.create(url + "/submissions")).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + f[1]).header("Content-Type", "text/turtle").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(unique(profile, f[0]))).build());
        }
        load(client, requests, 201, warmup, measure);
    }

    static void get(String url, String token, String path, int concurrency, long warmup, long measure) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        load(client(), java.util.Collections.nCopies(concurrency, r), 200, warmup, measure);
    }

    static void repeat(String url, String token, String path, int n) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpClient client = client();
        if (client.send(r, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200)
            throw new IllegalStateException(path + " did not answer 200");
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            if (client.send(r, HttpResponse.BodyHandlers.ofByteArray()).statusCode() != 200)
                throw new IllegalStateException(path + " did not answer 200");
            ms[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("%.1f\t%.1f\t%.1f\t%d%n", ms[n / 2] / 1e6, ms[Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)] / 1e6, ms[n - 1] / 1e6, n);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Closed loop: each request's client sends it, waits for the whole answer, and repeats. */
    static void load(HttpClient client, List<HttpRequest> requests, int expected, long warmupSeconds, long measureSeconds) throws Exception {
        AtomicBoolean recording = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<List<Long>> samples = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (HttpRequest request : requests) {
            List<Long> mine = new ArrayList<>();
            samples.add(mine);
            Thread w = new Thread(() -> {
                while (running.get()) {
                    long t = System.nanoTime();
                    boolean ok;
                    try {
                        ok = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == expected;
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - t;
                    if (recording.get() && running.get()) {
                        if (ok)
                            mine.add(took);
                        else
                            errors.incrementAndGet();
                    }
                }
            });
            w.start();
            workers.add(w);
        }
        Thread.sleep(warmupSeconds * 1000);
        recording.set(true);
        long start = System.nanoTime();
        Thread.sleep(measureSeconds * 1000);
        running.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread w : workers)
            w.join();
        long[] all = samples.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        if (all.length == 0) {
            System.out.printf("0\t-\t-\t0\t%d%n", errors.get());
            return;
        }
        System.out.printf("%.1f\t%.1f\t%.1f\t%d\t%d%n", all.length / seconds, all[all.length / 2] / 1e6,
                all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6, all.length, errors.get());
    }
}
