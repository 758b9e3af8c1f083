package org.w3id.aigb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.testing.TestKG;

/**
 * A server for one test class, built by the production {@link AigbServer} on port 0, and a client
 * that makes real HTTP/1.1 requests to it.
 */
final class TestServer implements AutoCloseable {
    final AigbServer server;
    final KnowledgeGraph kg;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path fixtureDir;

    private TestServer(KnowledgeGraph kg, Sources sources, ServerConfig config, Path fixtureDir) {
        this(kg, sources, config, fixtureDir, org.w3id.aigb.registry.TdbStore.inMemory());
    }

    private TestServer(KnowledgeGraph kg, Sources sources, ServerConfig config, Path fixtureDir, org.w3id.aigb.registry.RegistryStore store) {
        this.kg = kg;
        this.server = AigbServer.build(kg, sources, config.withPort(0), store).start();
        this.fixtureDir = fixtureDir;
    }

    /** The project's graph with the registry on {@code store} (closed with the server). */
    static TestServer withStore(org.w3id.aigb.registry.RegistryStore store) {
        return new TestServer(TestKG.get(), Sources.classpath(), ServerConfig.defaults(), null, store);
    }

    private static TestServer sharedDefault;

    /**
     * One server of the project's graph with the production defaults, shared by the test classes that
     * need nothing else: it is read-only, so they cannot disturb each other. Stopped when the tests'
     * JVM exits.
     */
    static synchronized TestServer sharedDefault() {
        if (sharedDefault == null) {
            TestServer server = ofProjectGraph(ServerConfig.defaults());
            Runtime.getRuntime().addShutdownHook(new Thread(server.server::stop, "test-server-stop"));
            sharedDefault = server;
        }
        return sharedDefault;
    }

    /** The project's own graph (as the tests load it). */
    static TestServer ofProjectGraph(ServerConfig config) {
        return new TestServer(TestKG.get(), Sources.classpath(), config, null);
    }

    /**
     * The project's ontology, shapes, queries and search settings plus the test fixture {@code web/fixture-items.ttl} as the
     * only guideline data: a checkout laid out in a temporary directory.
     */
    static TestServer withFixture(ServerConfig config) {
        try {
            AigbSystem.init();
            Path dir = Files.createTempDirectory("aigb-web-test");
            copyTree(TestKG.repo("ontology"), dir.resolve("ontology"));
            copyTree(TestKG.repo("queries"), dir.resolve("queries"));
            copyTree(TestKG.repo("shapes"), dir.resolve("shapes")); // the profile endpoint's shapes
            copyTree(TestKG.repo("data/search"), dir.resolve("data/search"));
            Files.createDirectories(dir.resolve("data/guideline"));
            try (var in = TestServer.class.getResourceAsStream("/web/fixture-items.ttl")) {
                Files.copy(in, dir.resolve("data/guideline/fixture-items.ttl"));
            }
            Sources sources = Sources.directory(dir);
            return new TestServer(GraphLoader.load(sources), sources, config, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The project's own files, laid out as a checkout in a temporary directory, plus one more Turtle file
     * {@code data/guideline/NAME} holding {@code turtle}: what the service makes of a graph that says more.
     */
    static TestServer withExtraGuidelineFile(ServerConfig config, String name, String turtle) {
        try {
            AigbSystem.init();
            Path dir = Files.createTempDirectory("aigb-web-test");
            for (String folder : new String[] {"ontology", "queries", "shapes", "data/guideline", "data/crossrefs", "data/search", "data/examples"})
                copyTree(TestKG.repo(folder), dir.resolve(folder));
            Files.writeString(dir.resolve("data/guideline").resolve(name), turtle);
            Sources sources = Sources.directory(dir);
            return new TestServer(GraphLoader.load(sources), sources, config, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        }
    }

    String url(String path) {
        return server.localUrl() + path;
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Override
    public void close() throws IOException {
        server.stop();
        if (fixtureDir != null)
            try (Stream<Path> files = Files.walk(fixtureDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
    }
}
