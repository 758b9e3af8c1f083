package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The README's run command: the packaged jar's {@code serve} starts, logs its URL and triple
 * counts, creates its registry store ({@code ./aigb-store}) with no extra step, answers a
 * linked-data request, serves the query editor with the YASGUI bundle it packs, and stops cleanly on SIGTERM.
 */
class ServeJarIT {
    @Test
    void theJarServesAndStopsCleanlyOnSigterm(@org.junit.jupiter.api.io.TempDir Path workingDirectory) throws Exception {
        String jar = System.getProperty("aigb.jar");
        Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "needs the packaged jar");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // run where the README runs it, with no --store: the registry goes to ./aigb-store
        Process p = new ProcessBuilder(java.toString(), "-jar", Path.of(jar).toAbsolutePath().toString(), "serve", "--port", Integer.toString(port))
                .directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String line;
            while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
                lines.add(line);
                if (line.startsWith("aigb: ready"))
                    break;
            }
            String log = String.join("\n", lines);
            assertTrue(log.contains("aigb: serving http://127.0.0.1:" + port + "/"), log);
            assertTrue(log.contains("aigb: registry in TDB2 aigb-store"), log);
            assertTrue(Files.isDirectory(workingDirectory.resolve("aigb-store")), "the store is created on first start");
            assertTrue(log.matches("(?s).*loaded \\d+ triples \\(ontology \\d+, guideline \\d+, crossrefs \\d+, inferred \\d+\\) in \\d+ ms.*"), log);

            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/id/edition/v1.1")).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("AI事業者ガイドライン（第1.1版）"), r.body());

            // the query editor's page and the YASGUI bundle it loads, packed from the WebJar
            HttpResponse<String> editor = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/editor")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, editor.statusCode());
            Matcher bundle = Pattern.compile("src=\"(/editor/yasgui/[^\"]+/yasgui\\.min\\.js)\"").matcher(editor.body());
            assertTrue(bundle.find(), editor.body());
            for (String file : new String[] {bundle.group(1), bundle.group(1).replace(".js", ".css"), "/editor/editor.js"}) {
                HttpResponse<byte[]> f = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + file)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, f.statusCode(), file);
                assertTrue(f.body().length > 1000, file);
            }

            p.toHandle().destroy(); // SIGTERM, leaving our end of the pipes open
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stops after SIGTERM");
            while ((line = out.readLine()) != null)
                lines.add(line);
        } finally {
            p.destroyForcibly();
        }
        assertTrue(lines.contains("aigb: stopping"), String.join("\n", lines));
        try (JarFile packed = new JarFile(jar)) {
            assertTrue(packed.stream().noneMatch(e -> e.getName().startsWith("META-INF/resources/webjars/") && e.getName().endsWith(".map")),
                    "the WebJar's source maps are left out of the jar");
        }
    }
}
