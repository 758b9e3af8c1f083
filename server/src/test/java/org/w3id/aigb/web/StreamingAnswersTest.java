package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits.Limit;

/**
 * The SPARQL endpoint's answers are complete before their status is sent: a query that fails after
 * its first rows (past Jetty's response buffer) is an error status, not a 200 cut off mid-answer;
 * an answer past the result limit is refused. A server with a small result limit, so it is quick to
 * reach, and the production time limit, which the query that must time out shortens itself
 * ({@code timeout=}, as a client may): no answer that must arrive whole races a short clock on a
 * loaded machine.
 */
class StreamingAnswersTest {
    private static final long RESULT_BYTES = 2 << 20;
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.ofProjectGraph(ServerConfig.defaults().withLimit(Limit.RESULT_BYTES, RESULT_BYTES));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static HttpResponse<String> query(String q, String accept) {
        return s.get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), accept);
    }

    @Test
    void aQueryThatTimesOutAfterItsFirstRowsIsAnErrorNotACutOffAnswer() {
        // 3,000 rows come at once (far more than the 64 KB response buffer), then a product with no answer runs into the limit
        String q = "SELECT * WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3000 } UNION { ?a ?b ?c . ?d ?e ?f FILTER (STR(?c) = CONCAT(STR(?f), \"!\")) } }";
        for (String accept : new String[] { "application/sparql-results+json", "text/csv" }) {
            HttpResponse<String> r = s.get("/kg/sparql?timeout=1&query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), accept);
            assertEquals(422, r.statusCode(), accept + ": " + r.body().substring(0, Math.min(200, r.body().length())));
            assertEquals("query-timeout", JSON.parse(r.body()).getString("code"));
        }
    }

    @Test
    void anAnswerOverTheResultLimitIsRefusedWhole() {
        HttpResponse<String> r = query("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(422, r.statusCode());
        assertEquals("result-too-large", JSON.parse(r.body()).getString("code"));
        assertTrue(r.body().length() < 2000, "the error alone, none of the rows");
        assertFalse(r.body().contains("\"bindings\""));
    }

    @Test
    void anAnswerUnderTheLimitsArrivesWhole() {
        HttpResponse<String> r = query("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() > 64 * 1024, "larger than the response buffer");
        assertEquals(5001, r.body().split("\r\n").length);
        HttpResponse<String> construct = query("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5000", "application/n-triples");
        assertEquals(200, construct.statusCode());
        assertEquals(5000, construct.body().lines().count());
    }
}
