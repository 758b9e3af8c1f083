package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Many clients at once, with the production defaults (10 s per query). */
class ConcurrencyTest {
    private static final TestServer s = TestServer.sharedDefault();

    @Test
    void oneHundredConcurrentQueriesAreAllAnsweredCorrectly() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            // distinct queries, so nothing can be answered from a cache
            String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(!sameTerm(?o, \"nonce-" + i + "\")) }";
            all.add(s.client.sendAsync(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()));
        }
        long expected = s.kg.size();
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get(120, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(expected, Long.parseLong(r.body().split("\r\n")[1]));
        }
    }
}
