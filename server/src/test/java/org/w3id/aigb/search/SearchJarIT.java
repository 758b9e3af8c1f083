package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's full text works: a fat jar without merged service files starts fine and
 * silently finds nothing (jena-notes.md), so the built jar must answer one known query through
 * the {@code search} command and through {@code text:query} on its SPARQL endpoint.
 */
class SearchJarIT {
    private static final String KNOWN_HIT = "https://w3id.org/aigb/id/note/P-5-i-least-privilege";

    private static Path jar() {
        String jar = System.getProperty("aigb.jar");
        Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "needs the packaged jar");
        return Path.of(jar);
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    @Test
    void theSearchCommandOfTheJarFindsTheKnownHit() throws Exception {
        Process p = java("search", "最小権限", "--format", "json", "--limit", "3").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(KNOWN_HIT, JSON.parse(out).get("hits").getAsArray().get(0).getAsObject().getString("iri"), out);
    }

    @Test
    void textQueryOnTheJarsSparqlEndpointFindsTheKnownHit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path store) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process p = java("serve", "--port", Integer.toString(port), "--store", store.toString()).start();
        // A server that never gets ready must not hang the build: stop it after four minutes.
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(240, TimeUnit.SECONDS))
                    p.destroyForcibly();
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String line;
            // the text index is built in the background after "ready": until it is, a text query waits for it, and on a
            // loaded machine may run into the time limit; the server says when it is built
            while ((line = out.readLine()) != null && !line.startsWith("aigb: built in the background"))
                lines.add(line);
            assertTrue(line != null, "the server started and built its text index: " + String.join("\n", lines));
            String query = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?s WHERE { ?s text:query (rdfs:label \"最小権限\" \"lang:ja\") }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(KNOWN_HIT), "text:query in the jar: " + r.body());
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS))
                p.destroyForcibly();
        }
    }
}
