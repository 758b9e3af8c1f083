package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.render.Links;
import org.w3id.aigb.render.QueryPage;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The query editor over HTTP (what its page is set up with; its behaviour in a browser is
 * {@link QueryEditorBrowserTest}): its page and files all come from this server, the WebJar's bundle
 * under its version, the examples are the research query files, the prefixes the graph's, the links
 * those of the other pages; the research query pages open their query in it.
 */
class QueryEditorTest {
    private static final Pattern ASSET = Pattern.compile("<(?:script[^>]*src|link[^>]*href)=\"([^\"]+)\"");
    private static TestServer s;
    private static String version;

    @BeforeAll
    static void start() throws IOException {
        s = TestServer.sharedDefault();
        try (InputStream in = QueryEditorTest.class.getClassLoader().getResourceAsStream("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            version = p.getProperty("version");
        }
    }

    private static byte[] webJarFile(String name) throws IOException {
        try (InputStream in = QueryEditorTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/zazuko__yasgui/" + version + "/build/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return s.client.send(HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void thePageAndEverythingItLoadsComeFromThisServer() throws Exception {
        HttpResponse<String> page = s.get("/editor", "text/html");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertEquals(ActionEditor.CSP, csp);
        for (String directive : new String[] {"default-src 'none'", "script-src 'self';", "connect-src 'self';", "base-uri 'none'", "frame-ancestors 'none'"})
            assertTrue(csp.contains(directive), directive + " in " + csp);
        assertFalse(csp.contains("unsafe") || csp.contains("http") || csp.contains("*"), "no inline script or style, no eval, no other origin: " + csp);
        Matcher m = ASSET.matcher(page.body());
        List<String> assets = new ArrayList<>();
        while (m.find())
            assets.add(m.group(1));
        assertTrue(assets.contains("/editor/yasgui/" + version + "/yasgui.min.js"), "the WebJar's bundle under its version: " + assets);
        assertTrue(assets.contains("/editor/yasgui/" + version + "/yasgui.min.css"), assets.toString());
        assertTrue(assets.contains("/editor/editor.js") && assets.contains("/editor/editor.css") && assets.contains("/editor/site.css"), assets.toString());
        for (String asset : assets) {
            assertTrue(asset.startsWith("/") && !asset.startsWith("//"), "from this server: " + asset);
            HttpResponse<byte[]> r = bytes(asset);
            assertEquals(200, r.statusCode(), asset);
            String type = TestServer.contentType(r);
            assertTrue(asset.endsWith(".js") ? type.startsWith("text/javascript") : type.startsWith("text/css"), asset + ": " + type);
            assertTrue(r.body().length > 0, asset);
        }
        HttpResponse<byte[]> bundle = bytes("/editor/yasgui/" + version + "/yasgui.min.js");
        assertArrayEquals(webJarFile("yasgui.min.js"), bundle.body(), "the WebJar's own bundle");
        assertEquals("public, max-age=31536000, immutable", bundle.headers().firstValue("Cache-Control").orElse(""),
                "its path changes with its version, so it is cached for good");
        assertEquals(200, bytes("/editor/yasgui/" + version + "/yasgui.min.js.LICENSE.txt").statusCode(), "the page links the licences");
        // a browser without JavaScript gets a plain form, which works
        assertTrue(page.body().contains("<form method=\"post\" action=\"/kg/sparql\">"), "the form in <noscript>");
        HttpResponse<String> csv = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(s.server.site().startQuery().text(), StandardCharsets.UTF_8)
                        + "&format=csv")).build());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("resource,code,label"), csv.body());
    }

    @Test
    void nothingElseOfTheWebJarIsServed() {
        for (String path : new String[] {"/editor/yasgui/" + version + "/yasgui.min.js.map", "/editor/yasgui/" + version + "/package.json",
                "/editor/yasgui/0.0.1/yasgui.min.js", "/editor/yasgui/" + version + "/editor.js", "/editor/app.js", "/editor/nothing"}) {
            HttpResponse<String> r = s.get(path, "application/json");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("\"not-found\""), path + ": " + r.body());
        }
    }

    @Test
    void theExamplesAreTheResearchQueryFilesAndANewTabStartsWithTheServiceQuery() {
        JsonObject config = JSON.parse(s.get("/editor/config.json", "application/json").body());
        assertEquals("/kg/sparql", config.get("endpoint").getAsString().value());
        assertEquals(s.server.site().startQuery().text(), config.get("startQuery").getAsString().value());
        List<QueryFile> library = List.copyOf(s.server.site().research().all());
        List<JsonValue> examples = config.get("examples").getAsArray();
        assertEquals(library.stream().map(QueryFile::id).toList(),
                examples.stream().map(e -> e.getAsObject().get("id").getAsString().value()).toList(), "every research query, in order");
        for (int i = 0; i < library.size(); i++) {
            QueryFile q = library.get(i);
            JsonObject e = examples.get(i).getAsObject();
            assertEquals(q.text(), e.get("query").getAsString().value(), q.id() + ": the file's text");
            assertEquals(q.get("ja"), e.get("ja").getAsString().value(), q.id());
            assertEquals(q.get("en"), e.get("en").getAsString().value(), q.id());
            assertEquals("/query/" + q.id(), e.get("page").getAsString().value(), q.id());
        }
    }

    @Test
    void theJsonFilesAreRevalidatedByTheirETag() throws Exception {
        for (String path : new String[] {"/editor/config.json", "/editor/prefixes.json"}) {
            HttpResponse<String> first = s.get(path, "application/json");
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = s.send(HttpRequest.newBuilder(URI.create(s.url(path))).header("If-None-Match", etag).GET().build());
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
        }
    }

    @Test
    void aFileTheJarLacksIsNotRemembered() {
        JarFiles files = new JarFiles("aigb/editor/");
        assertNotNull(files.get("editor.js"));
        assertEquals(null, files.get("no-such-file.js"));
        assertEquals(null, files.get("another-missing-file.js"));
        assertEquals(1, files.size(), "names asked for in requests do not fill the memory");
    }

    @Test
    void theResultsLinkIrisAsThePagesDo() {
        JsonObject config = JSON.parse(s.get("/editor/config.json", "application/json").body());
        Map<String, String> rules = new LinkedHashMap<>();
        for (JsonValue v : config.get("links").getAsArray())
            rules.put(v.getAsObject().get("iri").getAsString().value(), v.getAsObject().get("path").getAsString().value());
        for (String iri : new String[] {"https://w3id.org/aigb/id/item/D-2-i", "https://w3id.org/aigb/id/eu-ai-act/role/deployer",
                "https://w3id.org/aigb/ontology#ActorItem", "https://w3id.org/aigb/ontology", "https://w3id.org/aigb/ontology/fy2025",
                "https://w3id.org/aigb/graph/guideline", "https://w3id.org/aigb/dataset/class/ActorItem"}) {
            // what editor.js does with the table: the first IRI prefix that matches, its path + the rest
            String local = rules.entrySet().stream().filter(r -> iri.startsWith(r.getKey())).findFirst()
                    .map(r -> r.getValue() + iri.substring(r.getKey().length())).orElse(null);
            assertEquals(Links.href(iri), local, iri);
            assertTrue(local.startsWith("/"), "read on this deployment: " + local);
        }
        assertTrue(rules.keySet().stream().noneMatch("http://www.w3.org/2004/02/skos/core#closeMatch"::startsWith), "other IRIs link to themselves");
    }

    @Test
    void thePrefixesAreTheGraphsLongestNamespaceFirst() {
        JsonObject prefixes = JSON.parse(s.get("/editor/prefixes.json", "application/json").body());
        Map<String, String> served = new LinkedHashMap<>();
        prefixes.entrySet().forEach(e -> served.put(e.getKey(), e.getValue().getAsString().value()));
        assertEquals(Prefixes.get().getNsPrefixMap(), served);
        List<String> namespaces = List.copyOf(served.values());
        for (int i = 1; i < namespaces.size(); i++)
            assertTrue(namespaces.get(i - 1).length() >= namespaces.get(i).length(), "the table abbreviates with the first that matches: " + namespaces);
        assertTrue(namespaces.indexOf(served.get("euart")) < namespaces.indexOf(served.get("euact")), "euart:14, not euact:article/14");
    }

    @Test
    void theStylesTheCspAllowsAreTheOnesTheBundleAdds() throws Exception {
        String bundle = new String(webJarFile("yasgui.min.js"), StandardCharsets.UTF_8);
        // the column resizer's rules, as a string literal of the bundle (its tab written \t)
        assertTrue(bundle.contains("\"" + ActionEditor.RESIZER_STYLES.get(0).replace("\t", "\\t") + "\""), "the resizer's rules are in the bundle");
        // the cursor while dragging: "*{cursor:" + dragCursor + "!important}", dragCursor "col-resize" by default
        assertTrue(bundle.contains("\"*{cursor:\"+") && bundle.contains("dragCursor:\"col-resize\""), "the dragging cursor");
        assertEquals("*{cursor:col-resize!important}", ActionEditor.RESIZER_STYLES.get(1));
        for (String css : ActionEditor.RESIZER_STYLES) {
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
            assertTrue(ActionEditor.CSP.contains("'sha256-" + hash + "'"), css);
        }
        // what editor.js switches off is there to be switched off: prefix.cc and the Linked Open Vocabularies look-ups
        assertTrue(bundle.contains("prefix.cc/popular/all.file.json") && bundle.contains("lov.linkeddata.es/dataset/lov/api"));
        String script = Files.readString(TestKG.repo("server/src/main/resources/aigb/editor/editor.js"));
        assertTrue(script.contains("prefixCcApi: new URL(`${BASE}/prefixes.json`") && script.contains("autocompleters = ['variables', 'prefixes']"), "editor.js");
    }

    @Test
    void researchQueryPagesOpenTheirQueryInTheEditorAndTheSiteLinksToIt() {
        HttpResponse<String> page = s.get("/query/q45-roles-to-eu-roles", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<a href=\"/editor?example=q45-roles-to-eu-roles\">クエリエディタで開く / Open in the query editor</a>"));
        assertFalse(page.body().contains("/kg/sparql?query="), "no more raw answer from the endpoint");
        for (QueryFile q : s.server.site().research().all()) // the link does not depend on the answer
            assertTrue(QueryPage.render(q, null).contains("href=\"/editor?example=" + q.id() + "\""), q.id());
        String home = s.get("/", "text/html").body();
        assertTrue(home.contains("<a href=\"/editor\">SPARQL</a>"), "the site's navigation");
        assertTrue(home.contains("<a href=\"/editor\">クエリエディタ / Query editor</a>"), "the home page's SPARQL section");
        // (a GET of the endpoint's own address answers its service description; a request with parameters but no query is told how to send one)
        HttpResponse<String> noQuery = s.get("/kg/sparql?default-graph-uri=urn:x", "application/json");
        assertEquals(400, noQuery.statusCode());
        assertTrue(noQuery.body().contains("/editor"), "the endpoint's own address says where the editor is: " + noQuery.body());
    }
}
