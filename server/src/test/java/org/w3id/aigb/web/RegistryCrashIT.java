package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.registry.Accounts;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.registry.Tokens;

/**
 * Durability: the packaged jar serves a TDB2 store; eight clients submit at once; the server is
 * killed with SIGKILL in the middle of the burst; a new server on the same store has every version
 * it acknowledged, complete (bytes, digest, checklist) and numbered without gaps, and no
 * half-written one. While the first server runs, the command line is refused the store it holds;
 * no token, accepted or refused, appears in the servers' output, logged at debug level.
 */
class RegistryCrashIT {
    private static final int ACKNOWLEDGED_BEFORE_KILL = 16;

    /** An acknowledged version: its location and the digest of what was sent. */
    private record Ack(String location, String sha256) {}

    @Test
    void everyAcknowledgedVersionSurvivesAKill9AndNoHalfWrittenOneIsVisible(@TempDir Path dir) throws Exception {
        String jar = System.getProperty("aigb.jar");
        Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "needs the packaged jar");
        Path store = dir.resolve("store");
        List<String> orgs = List.of("crash-a", "crash-b");
        Map<String, String> tokens = new ConcurrentHashMap<>();
        try (TdbStore s = TdbStore.open(store)) {
            Accounts accounts = Registry.accounts(s, Sources.classpath());
            for (String org : orgs)
                tokens.put(org, accounts.addOrganisation("Crash test " + org, org, null, "test").token().token());
        }
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Ack> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        Server first = Server.start(jar, store, log);
        try {
            // the command line cannot open a store a running server holds (checked while the burst runs)
            Process cli = new ProcessBuilder(java(), "-jar", jar, "registry", "list", "--store", store.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("cli.txt").toFile()).start();

            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            for (int c = 0; c < 8; c++)
                clients.submit(() -> {
                    while (!killed.get()) {
                        String org = orgs.get(sequence.incrementAndGet() % orgs.size());
                        byte[] body = RegistryFixture.unique(RegistryFixture.example("company-q"), org);
                        try {
                            HttpResponse<String> r = first.client.send(HttpRequest.newBuilder(URI.create(first.url + "/submissions"))
                                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + tokens.get(org))
                                    .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201)
                                acknowledged.add(new Ack(r.headers().firstValue("Location").orElseThrow(), HexFormat.of().formatHex(Tokens.sha256(body))));
                        } catch (Exception e) {
                            return; // the server is gone
                        }
                    }
                    return;
                });
            // refused tokens: a wrong secret for a real id, and a well-formed unknown one
            List<String> refused = List.of("aigb." + Tokens.parse(tokens.get("crash-a")).id() + "." + "Wr0ngSecret".repeat(4).substring(0, 43),
                    Tokens.issue().token());
            for (String bad : refused) {
                assertEquals(401, first.get("/submissions/crash-a", bad, null).statusCode());
                tokens.put("refused-" + tokens.size(), bad);
            }
            assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
            String cliOut = Files.readString(dir.resolve("cli.txt"));
            assertEquals(2, cli.exitValue(), cliOut);
            assertTrue(cliOut.contains("store-in-use"), cliOut);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline)
                Thread.sleep(20);
            first.process.destroyForcibly(); // SIGKILL, in the middle of the burst
            killed.set(true);
            assertTrue(first.process.waitFor(30, TimeUnit.SECONDS));
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        } finally {
            first.process.destroyForcibly();
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "acknowledged before the kill: " + acknowledged.size());

        Server second = Server.start(jar, store, log);
        try {
            Set<String> stored = new TreeSet<>();
            for (String org : orgs) {
                HttpResponse<String> history = second.get("/submissions/" + org, tokens.get(org), null);
                assertEquals(200, history.statusCode(), history.body());
                List<Long> numbers = new ArrayList<>();
                for (JsonValue v : JSON.parse(history.body()).get("versions").getAsArray()) {
                    numbers.add(v.getAsObject().get("version").getAsNumber().value().longValue());
                    stored.add(v.getAsObject().getString("location"));
                }
                for (int i = 0; i < numbers.size(); i++)
                    assertEquals(i + 1L, numbers.get(i), org + ": versions numbered without gaps " + numbers);
                // every version listed is complete: its checklist and its bytes, which match its digest
                for (long n : numbers) {
                    String location = "/submissions/" + org + "/" + n;
                    assertEquals(200, second.get(location, tokens.get(org), "text/markdown").statusCode(), location);
                    byte[] bytes = second.bytes(location + "/profile", tokens.get(org));
                    assertArrayEquals(RegistryFixture.unique(RegistryFixture.example("company-q"), org), bytes, location);
                }
            }
            for (Ack ack : acknowledged)
                assertTrue(stored.contains(ack.location()), "acknowledged and lost: " + ack.location());
            for (Ack ack : acknowledged) {
                String org = ack.location().split("/")[2];
                String digest = JSON.parse(second.get(ack.location(), tokens.get(org), "application/json").body())
                        .get("submission").getAsObject().getString("sha256");
                assertEquals(ack.sha256(), digest, ack.location());
            }
        } finally {
            second.process.destroy();
            second.process.waitFor(30, TimeUnit.SECONDS);
            second.process.destroyForcibly();
        }
        String output = String.join("\n", log);
        assertTrue(output.contains("DEBUG"), "the servers logged at debug level");
        for (String token : tokens.values())
            assertFalse(output.contains(token.substring(token.lastIndexOf('.') + 1)), "a token's secret in the server's output");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A server process on a free port, ready to answer. */
    private record Server(Process process, String url, HttpClient client) {
        static Server start(String jar, Path store, List<String> log) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            // logging as verbose as it goes for our code and Jena (requests included): still no token in it
            Process p = new ProcessBuilder(java(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                    "-Dorg.slf4j.simpleLogger.log.org.w3id.aigb=trace", "-Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request=trace",
                    "-Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki=trace",
                    "-jar", jar, "serve", "--port", Integer.toString(port), "--store", store.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            boolean ready = false;
            while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
                log.add(line);
                if (line.startsWith("aigb: ready")) {
                    ready = true;
                    break;
                }
            }
            if (!ready) {
                p.destroyForcibly();
                throw new AssertionError("the server did not start:\n" + String.join("\n", log));
            }
            // keep reading its output (so it never blocks on a full pipe), for the log check
            Thread reader = new Thread(() -> {
                try {
                    for (String l; (l = out.readLine()) != null;)
                        log.add(l);
                } catch (Exception e) {
                    // the process is gone
                }
            });
            reader.setDaemon(true);
            reader.start();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            return new Server(p, "http://127.0.0.1:" + port, client);
        }

        HttpResponse<String> get(String path, String token, String accept) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
            if (accept != null)
                b.header("Accept", accept);
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        byte[] bytes(String path, String token) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
