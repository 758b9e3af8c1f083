package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.TestKG;

/**
 * The server side of the profile builder, over HTTP: its page and files (from the jar, with a CSP that
 * allows no inline script, and scripts that fetch nothing from elsewhere and write no markup), the
 * vocabulary it is built from (the graph's own lists), and {@code POST /profiles/convert}, which loads
 * a profile into it and writes it as Turtle without losing a statement.
 */
class ProfileBuilderHttpTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final Pattern IMPORT = Pattern.compile("from '([^']+)'");
    /** A message of the page named in a script: {@code t('key'}, or a key of a map of message keys ({@code : 'submit.error.x'}). */
    private static final Pattern MESSAGE_KEY = Pattern.compile("(?:\\bt\\(|key: |: )'([a-z]+(?:\\.[a-zA-Z]+)+)'");

    private static HttpResponse<String> post(String path, String contentType, String accept, String body) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Graph read(String text, ProfileSyntax syntax) {
        return new ProfileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax, "test");
    }

    @Test
    void thePageAllowsOnlyItsOwnScriptsAndStyles() {
        HttpResponse<String> page = s.get("/profiles/new", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(TestServer.contentType(page).startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && csp.contains("connect-src 'self'"), csp);
        assertFalse(csp.contains("unsafe"), "no inline script or style: " + csp);
        String html = page.body();
        assertTrue(html.contains("<html lang=\"ja\">"), "the language of the page is set");
        assertFalse(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(), "no inline script");
        assertFalse(html.contains("<style") || html.contains(" style="), "no inline style");
        assertTrue(html.contains("<main") && html.contains("<aside") && html.contains("<nav"), "landmarks");
        // other pages keep the strict policy of the site
        assertTrue(s.get("/profiles", "text/html").headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        assertTrue(s.get("/profiles", "text/html").body().contains("href=\"/profiles/new\""), "the paste-RDF page links to the builder");
        assertTrue(s.get("/", "text/html").body().contains("href=\"/profiles/new\""), "so does the home page");
    }

    /** Every module the page loads, followed through its imports: all served from the jar, none fetching or writing markup. */
    @Test
    void theScriptsComeFromTheJarFetchOnlyThisServerAndWriteNoMarkup() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("app.js"));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name))
                continue;
            HttpResponse<String> r = s.get("/profiles/new/" + name, "*/*");
            assertEquals(200, r.statusCode(), name);
            assertTrue(TestServer.contentType(r).startsWith("text/javascript"), name + ": " + TestServer.contentType(r));
            String js = r.body();
            Matcher m = IMPORT.matcher(js);
            while (m.find()) {
                assertTrue(m.group(1).startsWith("./"), name + " imports from this server only: " + m.group(1));
                todo.add(m.group(1).substring(2));
            }
            assertFalse(Pattern.compile("fetch\\(\\s*['`](?!/)").matcher(js).find(), name + " fetches from this server only");
            for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"))
                assertFalse(js.contains(sink), name + " uses " + sink);
        }
        assertTrue(seen.size() >= 8, "the modules: " + seen);
        for (String file : List.of("site.css", "builder.css", "messages.json"))
            assertEquals(200, s.get("/profiles/new/" + file, "*/*").statusCode(), file);
        JsonObject messages = JSON.parse(s.get("/profiles/new/messages.json", "application/json").body());
        assertEquals(messages.get("ja").getAsObject().keys(), messages.get("en").getAsObject().keys(), "every message in both languages");
        for (String name : seen) {
            Matcher key = MESSAGE_KEY.matcher(s.get("/profiles/new/" + name, "*/*").body());
            while (key.find())
                assertTrue(messages.get("ja").getAsObject().hasKey(key.group(1)), name + " says '" + key.group(1) + "', which messages.json lacks");
        }
        for (String bad : List.of("/profiles/new/nothing.js", "/profiles/new/..%2Fpom.xml", "/profiles/new/app.js.bak", "/profiles/new/sub/app.js"))
            assertEquals(404, s.get(bad, "application/json").statusCode(), bad);
    }

    /**
     * The page states where the registry accepts submissions, and only when it has an organisation to
     * accept them from: the builder offers its Submit step by this, never by trying.
     */
    @Test
    void thePageStatesWhetherTheRegistryAcceptsSubmissions() throws Exception {
        String main = "<main id=\"builder\" tabindex=\"-1\" aria-busy=\"true\"";
        try (TestServer own = TestServer.withStore(TdbStore.inMemory())) {
            String empty = own.get("/profiles/new", "text/html").body();
            assertTrue(empty.contains(main + ">"), "a registry without an organisation accepts nothing: " + empty);
            new RegistryClient(own).organisation("builder-page");
            HttpResponse<String> page = own.get("/profiles/new", "text/html");
            assertTrue(page.body().contains(main + " data-submissions=\"/submissions\">"), page.body());
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""), "asked again on every visit");
            // where it says is where a profile is posted, with a token
            HttpResponse<String> options = own.send(HttpRequest.newBuilder(URI.create(own.url("/submissions")))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
            assertTrue(options.headers().firstValue("Allow").orElse("").contains("POST"), options.headers().map().toString());
            HttpResponse<String> anonymous = own.send(HttpRequest.newBuilder(URI.create(own.url("/submissions")))
                    .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("")).build());
            assertEquals(401, anonymous.statusCode());
        }
    }

    private static List<JsonObject> rows(JsonObject vocabulary, String key) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : vocabulary.get(key).getAsArray())
            out.add(v.getAsObject());
        return out;
    }

    @Test
    void theVocabularyIsTheGraphs() {
        HttpResponse<String> r = s.get("/profiles/vocabulary", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject v = JSON.parse(r.body());
        Set<String> activities = new HashSet<>();
        for (JsonObject row : rows(v, "activities"))
            activities.add(row.getString("activity"));
        assertEquals(TestKG.values("SELECT ?a WHERE { ?a a aigb:Activity }", "a"), new java.util.TreeSet<>(activities), "every activity of the graph, no other");
        JsonObject fineTuning = rows(v, "activities").stream().filter(o -> o.getString("value").equals("fine-tuning")).findFirst().orElseThrow();
        assertEquals(BuilderPageBrowserTest.label("activity:fine-tuning", "ja"), fineTuning.get("label").getAsObject().getString("ja"));
        assertEquals("https://w3id.org/aigb/id/activity/post-training", fineTuning.getString("broader"));
        assertEquals("https://w3id.org/aigb/id/role/AIDeveloper", fineTuning.getString("role"), "fine-tuning alone makes an AI developer");

        Set<String> points = new HashSet<>();
        for (JsonObject row : rows(v, "annex-iii"))
            if (row.hasKey("point"))
                points.add(row.getString("point"));
        assertEquals(TestKG.values("SELECT ?p WHERE { ?p a aigb:AnnexPoint }", "p"), new java.util.TreeSet<>(points), "every Annex III point");

        List<String> kinds = rows(v, "choices").stream().filter(o -> o.getString("list").endsWith("#organisationKind"))
                .map(o -> o.getString("value")).toList();
        assertEquals(List.of("company", "local-government", "public-agency", "other"), kinds);
        long sectors = rows(v, "choices").stream().filter(o -> o.getString("list").endsWith("#sector")).count();
        assertEquals(TestKG.count("SELECT (COUNT(?s) AS ?n) WHERE { ?s a aigb:Sector }", "n"), sectors);
        JsonObject actsOn = rows(v, "terms").stream().filter(o -> o.getString("term").endsWith("#actsOn")).findFirst().orElseThrow();
        assertEquals(BuilderPageBrowserTest.label("aigb:actsOn", "ja"), actsOn.get("label").getAsObject().getString("ja"));
        assertTrue(actsOn.get("help").getAsObject().getString("en").startsWith("An external tool"));

        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = s.send(HttpRequest.newBuilder(URI.create(s.url("/profiles/vocabulary"))).header("If-None-Match", etag).GET().build());
        assertEquals(304, again.statusCode());
    }

    @Test
    void everyExampleConvertsToJsonLdAndTurtleWithoutLosingAStatement() throws Exception {
        List<Path> examples = ProfileFixtures.files(TestKG.repo("data/examples/profiles"), ".ttl", ".jsonld");
        assertTrue(examples.size() > 20);
        for (Path example : examples) {
            Graph original = new ProfileReader().read(example);
            String type = ProfileSyntax.ofFileName(example.getFileName().toString()).mediaType();
            HttpResponse<String> jsonld = post("/profiles/convert", type, "application/ld+json", Files.readString(example));
            assertEquals(200, jsonld.statusCode(), example + ": " + jsonld.body());
            assertEquals("0", jsonld.headers().firstValue(ActionConvertProfile.OMITTED).orElse(""), example.toString());
            JsonObject doc = JSON.parse(jsonld.body());
            assertEquals("https://w3id.org/aigb/context/profile.jsonld", doc.getString("@context"), "the published context");
            if (!example.getFileName().toString().startsWith("invalid-organisation-count")) {
                assertEquals("Organization", doc.getString("type"), example + ": framed on the organisation");
                assertTrue(doc.get("aiSystems") == null || doc.get("aiSystems").isArray(), example.toString());
            }
            assertTrue(IsoMatcher.isomorphic(original, read(jsonld.body(), ProfileSyntax.JSONLD)), example + ": the JSON-LD says the same");
            HttpResponse<String> turtle = post("/profiles/convert", "application/ld+json", "text/turtle", jsonld.body());
            assertEquals(200, turtle.statusCode(), turtle.body());
            assertTrue(TestServer.contentType(turtle).startsWith("text/turtle"));
            assertTrue(IsoMatcher.isomorphic(original, read(turtle.body(), ProfileSyntax.TURTLE)), example + ": the Turtle says the same");
        }
    }

    @Test
    void theJsonLdIsThePlainShapeTheFormEdits() {
        Graph g = new ProfileReader().read(TestKG.repo("data/examples/profiles/annotated-example.ttl"));
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        RDFDataMgr.write(xml, g, Lang.RDFXML);
        HttpResponse<String> r = post("/profiles/convert", "application/rdf+xml", "application/ld+json", xml.toString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject doc = JSON.parse(r.body());
        assertEquals("company", doc.getString("kind"));
        assertEquals("株式会社サンプルAIサービス", doc.get("name").getAsObject().getString("ja"));
        JsonObject agent = null;
        for (JsonValue sys : doc.get("aiSystems").getAsArray())
            if (sys.getAsObject().getString("id").endsWith("#support-agent"))
                agent = sys.getAsObject();
        assertTrue(agent != null);
        JsonArray activities = agent.get("activities").getAsArray();
        assertTrue(activities.contains(new org.apache.jena.atlas.json.JsonString("fine-tuning")), activities.toString());
        assertTrue(agent.get("isAdvancedAISystem").isBoolean(), "booleans as JSON booleans: " + agent.get("isAdvancedAISystem"));
        assertTrue(agent.get("processesPersonalData").getAsBoolean().value());
    }

    @Test
    void whatTheTreeCannotHoldIsCountedAndBadInputIsRefused() {
        String orphan = "@prefix aigb: <https://w3id.org/aigb/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .\n"
                + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "<#org> a org:Organization ; skos:prefLabel \"X\"@en .\n<#elsewhere> skos:prefLabel \"not connected\"@en .\n";
        HttpResponse<String> r = post("/profiles/convert", "text/turtle", "application/ld+json", orphan);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("1", r.headers().firstValue(ActionConvertProfile.OMITTED).orElse(""), "one statement is not under the organisation");

        StringBuilder big = new StringBuilder(orphan);
        for (int i = 0; i < Limit.TRIPLES.defaultValue(); i++)
            big.append("<#org> skos:altLabel \"name ").append(i).append("\"@en .\n");
        HttpResponse<String> tooMany = post("/profiles/convert", "text/turtle", "application/json", big.toString());
        assertEquals(413, tooMany.statusCode(), "the profile limits hold here too");
        assertEquals("too-many-triples", JSON.parse(tooMany.body()).getString("code"));
        // what framing allows when --max-triples is raised: ProfileWriterTest
        HttpResponse<String> png = post("/profiles/convert", "text/turtle", "image/png", orphan);
        assertEquals(406, png.statusCode(), png.body());
        assertEquals("application/json", TestServer.contentType(post("/profiles/convert", "text/turtle", "application/json", orphan)).split(";")[0],
                "JSON-LD is JSON");

        HttpResponse<String> broken = post("/profiles/convert", "text/turtle", "application/json", "<#org> a <x> ;\n  <y> \"unclosed .\n");
        assertEquals(400, broken.statusCode());
        JsonObject error = JSON.parse(broken.body());
        assertEquals("parse-error", error.getString("code"));
        assertTrue(error.hasKey("line"), broken.body());

        HttpResponse<String> remote = post("/profiles/convert", "application/ld+json", "application/json",
                "{\"@context\": \"https://example.org/context.jsonld\", \"name\": \"x\"}");
        assertEquals(400, remote.statusCode());
        assertEquals("remote-context-refused", JSON.parse(remote.body()).getString("code"));
        assertEquals(415, post("/profiles/convert", "text/plain", "application/json", "x").statusCode());
        assertEquals(405, s.get("/profiles/convert", "application/json").statusCode());
        assertEquals(405, s.send(HttpRequest.newBuilder(URI.create(s.url("/profiles/vocabulary")))
                .POST(HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/turtle").build()).statusCode());
    }
}
