package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /search} over real HTTP on the project's graph: the two example questions of the README in JSON
 * and HTML, a guided search, escaping, the 400s, and {@code text:query} on the SPARQL endpoint.
 */
class SearchEndpointTest {
    private static final String AGENT_TOOLS = "AIエージェントに外部ツールを連携させる時の注意点";
    private static final String RAG_SOURCES = "what must a provider do about RAG sources";
    private static final TestServer s = TestServer.sharedDefault();

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static List<String> hitNames(HttpResponse<String> r) {
        List<String> names = new ArrayList<>();
        for (JsonValue h : JSON.parse(r.body()).get("hits").getAsArray())
            names.add(h.getAsObject().get("name").getAsString().value());
        return names;
    }

    @Test
    void theAgentToolQuestionPutsTheToolWhitelistNoteAndItsItemFirst() {
        HttpResponse<String> r = s.get("/search?q=" + enc(AGENT_TOOLS), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("application/json"));
        assertEquals(List.of("note:P-2-i-tool-whitelist", "item:P-2-i"), hitNames(r).subList(0, 2), r.body());
        JsonObject first = JSON.parse(r.body()).get("hits").getAsArray().get(0).getAsObject();
        assertEquals("/id/note/P-2-i-tool-whitelist", first.get("page").getAsString().value());
        assertEquals("別添4", first.get("section").getAsObject().get("code").getAsString().value());
        assertEquals("ja", JSON.parse(r.body()).get("query").getAsObject().get("lang").getAsString().value());
    }

    @Test
    void theRagSourcesQuestionPutsTheSourceCitationNoteAndItsItemFirst() {
        HttpResponse<String> r = s.get("/search?format=json&q=" + enc(RAG_SOURCES), null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("note:P-6-i-rag-source-citation", "item:P-6-i"), hitNames(r).subList(0, 2), r.body());
        JsonObject snippet = JSON.parse(r.body()).get("hits").getAsArray().get(0).getAsObject().get("snippet").getAsObject();
        assertEquals("en", snippet.get("lang").getAsString().value());
        assertFalse(snippet.get("marks").getAsArray().isEmpty(), "the snippet marks the matched words");
    }

    @Test
    void theHtmlPageListsTheHitsInOrderAsLinksWithMarkedSnippets() {
        HttpResponse<String> r = s.get("/search?q=" + enc(AGENT_TOOLS), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(TestServer.contentType(r).startsWith("text/html"));
        String html = r.body();
        int note = html.indexOf("href=\"/id/note/P-2-i-tool-whitelist\"");
        int item = html.indexOf("href=\"/id/item/P-2-i\"");
        assertTrue(note > 0 && item > note, "tool whitelist note, then P-2-i");
        assertTrue(html.contains("<mark>"), "marked snippet");
        assertTrue(html.contains("value=\"" + AGENT_TOOLS + "\""), "the form keeps the question");
        String rag = s.get("/search?q=" + enc(RAG_SOURCES), "text/html").body();
        assertTrue(rag.indexOf("href=\"/id/note/P-6-i-rag-source-citation\"") < rag.indexOf("href=\"/id/item/P-6-i\""));
    }

    @Test
    void theGuidedSearchGroupsItemsAndNotesByPrinciple() {
        HttpResponse<String> r = s.get("/search?format=json&role=AIProvider&stage=system-implementation&aitype=ai-agent", null);
        assertEquals(200, r.statusCode(), r.body());
        List<String> codes = new ArrayList<>();
        JSON.parse(r.body()).get("groups").getAsArray().forEach(g -> codes.add(g.getAsObject().get("code").getAsString().value()));
        assertEquals(List.of("C-1", "C-2", "C-3", "C-4", "C-5", "C-6"), codes);
        String html = s.get("/search?role=AIProvider&aitype=ai-agent", "text/html").body();
        assertTrue(html.contains("href=\"/id/principle/C-5\"") && html.contains("href=\"/id/note/P-5-i-least-privilege\""), "guided HTML");
    }

    @Test
    void theQuestionIsEscapedInThePage() {
        String html = s.get("/search?q=" + enc("<script>alert(1)</script>\"'"), "text/html").body();
        assertFalse(html.contains("<script>alert"), "raw markup from the request");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
    }

    @Test
    void badParametersAre400WithAMessage() {
        for (String query : List.of("q=x&limit=0", "q=x&limit=many", "role=Nobody", "q=x&lang=fr", "q=x&colour=red", "q=x&format=xml",
                "stage=use,ai-development")) {
            HttpResponse<String> r = s.get("/search?" + query, "application/json");
            assertEquals(400, r.statusCode(), query + ": " + r.body());
            assertEquals("bad-parameter", JSON.parse(r.body()).get("code").getAsString().value(), query);
        }
        HttpResponse<String> unknownRole = s.get("/search?role=Nobody", "application/json");
        assertTrue(unknownRole.body().contains("AIProvider"), "the message lists the valid roles: " + unknownRole.body());
        HttpResponse<String> empty = s.get("/search?format=json", null);
        assertEquals(400, empty.statusCode());
        assertEquals("missing-query", JSON.parse(empty.body()).get("code").getAsString().value());
        assertEquals(200, s.get("/search", "text/html").statusCode(), "the empty form");
    }

    @Test
    void textQueryWorksOnTheSparqlEndpoint() {
        String sparql = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?s WHERE { ?s text:query (rdfs:label "最小権限" "lang:ja") }""";
        HttpResponse<String> r = s.get("/kg/sparql?query=" + enc(sparql), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/aigb/id/note/P-5-i-least-privilege"), r.body());
        String en = sparql.replace("\"最小権限\" \"lang:ja\"", "\"privileges\" \"lang:en\"");
        assertTrue(s.get("/kg/sparql?query=" + enc(en), "text/csv").body().contains("P-5-i-least-privilege"), "English stemming");
    }
}
