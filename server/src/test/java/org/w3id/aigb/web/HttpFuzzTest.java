package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.fuzz.FuzzRun;
import org.w3id.aigb.fuzz.ProfileMutator;
import org.w3id.aigb.Limits;

/**
 * {@link ProfileMutator}'s cases over real HTTP, with what a client controls besides the body
 * chosen at random too: the endpoint, the {@code Content-Type} (right, wrong, with a charset), the
 * {@code Accept} (each format, none, an image, garbage), a length or chunks; and, between them,
 * SPARQL queries made from the same bytes and odd paths. No answer may be a 5xx. Run with
 * {@code ProfileFuzzTest} in its own JVM under {@code -Xmx512m}.
 */
class HttpFuzzTest {
    private static final String[] CONTENT_TYPES = { "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "text/turtle; charset=Shift_JIS", "application/json", "text/plain", "application/x-www-form-urlencoded", "", "text/turtle;;;charset" };
    private static final String[] ACCEPTS = { null, "application/json", "text/markdown", "text/html", "text/turtle", "application/ld+json", "text/plain",
            "image/png", "*/*", "text/html;q=0.1, application/json;q=0.9", ";;;,,", "application/sparql-results+json", "*/*;q=x" };
    /** The endpoints that read a profile: validation and obligations twice as often as the builder's conversion. */
    private static final String[] PROFILE_PATHS = { ActionValidateProfile.PATH, ActionObligations.PATH, ActionValidateProfile.PATH,
            ActionObligations.PATH, ActionConvertProfile.PATH };
    private static final String[] PATHS = { "/", "/id/role/AIProvider", "/id/%00", "/query/q01", "/query/nope", "/search?q=%FF", "/dumps/none",
            "/ontology?format=nope", "/context/profile.jsonld", "/kg/data?graph=urn:x", "/list/%2e%2e", "/items?x=" };

    @Test
    void noRequestGetsAServerError() {
        FuzzRun run = new FuzzRun("http", "aigb.fuzz.http", 1_000);
        ProfileMutator mutator = new ProfileMutator(Limits.defaults());
        TestServer s = TestServer.sharedDefault();
        s.server.awaitStartupTasks();
        for (int i : run.indices()) {
            ProfileMutator.Case c = mutator.generate(run.seed + 1, i);
            SplittableRandom r = new SplittableRandom(run.seed * 31 + i);
            long start = System.nanoTime();
            HttpRequest request = request(s, c, r);
            try {
                HttpResponse<String> response = s.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() >= 500)
                    run.fail(c, describe(request) + " answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(300, response.body().length())));
                run.count(Integer.toString(response.statusCode()));
                if (Boolean.getBoolean("aigb.fuzz.verbose"))
                    System.out.println("#" + i + " " + describe(request) + " -> " + response.statusCode() + " " + response.headers().firstValue("Connection").orElse(""));
            } catch (java.io.IOException e) {
                run.fail(c, describe(request) + ": the connection failed: " + e);
                run.count("io-error");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run.time(c, System.nanoTime() - start);
        }
        assertEquals(List.of(), run.failures(), run.report());
    }

    private static String describe(HttpRequest r) {
        String uri = r.uri().getRawPath() + (r.uri().getRawQuery() == null ? "" : "?" + r.uri().getRawQuery());
        return r.method() + " " + (uri.length() > 120 ? uri.substring(0, 120) + "…" : uri) + " " + r.headers().map()
                + (r.bodyPublisher().map(p -> p.contentLength() < 0 ? " (chunked)" : "").orElse(""));
    }

    private static HttpRequest request(TestServer s, ProfileMutator.Case c, SplittableRandom r) {
        int what = r.nextInt(100);
        if (what < 8) { // a GET of an odd path with an odd Accept
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(PATHS[r.nextInt(PATHS.length)]))).timeout(Duration.ofSeconds(60)).GET();
            accept(b, r);
            return b.build();
        }
        if (what < 16) { // the case's bytes as a SPARQL query, by GET or POST
            String text = new String(c.body(), StandardCharsets.UTF_8);
            text = text.substring(0, Math.min(text.length(), 4000));
            HttpRequest.Builder b = r.nextBoolean()
                    ? HttpRequest.newBuilder(URI.create(s.url("/kg/sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))).GET()
                    : HttpRequest.newBuilder(URI.create(s.url("/kg/sparql"))).header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(c.body()));
            accept(b.timeout(Duration.ofSeconds(60)), r);
            return b.build();
        }
        String path = PROFILE_PATHS[r.nextInt(PROFILE_PATHS.length)];
        HttpRequest.BodyPublisher body = r.nextInt(4) == 0 ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(c.body()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(60))
                .method(r.nextInt(20) == 0 ? "PUT" : "POST", body);
        String type = r.nextInt(10) < 7 ? c.syntax().mediaType() : CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
        if (!type.isEmpty())
            b.header("Content-Type", type);
        accept(b, r);
        return b.build();
    }

    private static void accept(HttpRequest.Builder b, SplittableRandom r) {
        String accept = ACCEPTS[r.nextInt(ACCEPTS.length)];
        if (accept != null)
            b.header("Accept", accept);
    }
}
