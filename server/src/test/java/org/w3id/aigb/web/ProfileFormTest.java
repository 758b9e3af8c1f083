package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * The page {@code /profiles}: its form, the examples it loads, and the form's post to
 * {@code /profiles/obligations} (the checklist as a page), with the same refusals as a plain body.
 */
class ProfileFormTest {
    private static final TestServer s = TestServer.sharedDefault();

    private static String example(String name) throws Exception {
        return Files.readString(TestKG.repo("data/examples/profiles/" + name + ".ttl"));
    }

    private static HttpResponse<String> postForm(String profile, String syntax) {
        String form = "profile=" + URLEncoder.encode(profile, StandardCharsets.UTF_8)
                + (syntax == null ? "" : "&syntax=" + URLEncoder.encode(syntax, StandardCharsets.UTF_8));
        return s.send(HttpRequest.newBuilder(URI.create(s.url(ActionObligations.PATH))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    @Test
    void thePageHasTheFormAndLoadsAnExampleEscaped() throws Exception {
        HttpResponse<String> empty = s.get(ActionProfileForm.PATH, "text/html");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("<form method=\"post\" action=\"/profiles/obligations\">"), empty.body());
        assertTrue(empty.body().contains("href=\"/profiles?example=company-z\""), "the examples are offered");
        assertTrue(!empty.body().contains("company-z.expected"), "not their expected results");

        HttpResponse<String> loaded = s.get(ActionProfileForm.PATH + "?example=company-z", "text/html");
        assertEquals(200, loaded.statusCode());
        String turtle = example("company-z");
        assertTrue(loaded.body().contains(org.w3id.aigb.render.Html.esc(turtle)), "the example, escaped, in the text area");

        HttpResponse<String> unknown = s.get(ActionProfileForm.PATH + "?example=../../pom", "application/json");
        assertEquals(404, unknown.statusCode());
        assertEquals("no-such-example", JSON.parse(unknown.body()).getString("code"));
        assertTrue(s.get("/", "text/html").body().contains("href=\"/profiles\""), "the home page links to it");
    }

    @Test
    void theFormGivesTheChecklistPage() throws Exception {
        HttpResponse<String> r = postForm(example("company-z"), "ttl");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(TestServer.contentType(r).startsWith("text/html"), TestServer.contentType(r));
        assertTrue(r.body().contains("Z社") && r.body().contains("P-2-i"), r.body());

        HttpResponse<String> invalid = postForm(example("invalid-measure-code"), null); // Turtle by default
        assertEquals(200, invalid.statusCode(), "violations are findings, shown on the page");
        assertTrue(invalid.body().contains("violation"), invalid.body());
    }

    @Test
    void theFormCanAskWhatTheUpdateChanged() throws Exception {
        assertTrue(s.get(ActionProfileForm.PATH, "text/html").body().contains("<input type=\"checkbox\" name=\"changes\" value=\"true\">"));
        String form = "profile=" + URLEncoder.encode(example("consumer-rag-assistant"), StandardCharsets.UTF_8) + "&syntax=ttl&changes=true";
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(s.url(ActionObligations.PATH))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("What the update changed") && r.body().contains(">P-6-i-rag-source-citation</a>"), r.body());
    }

    @Test
    void aLargeFormIsReadWithinTheProfileCap() throws Exception {
        String big = example("company-z") + "\n# " + "x".repeat(300_000) + "\n"; // above Jetty's usual 200 KB form limit
        HttpResponse<String> r = postForm(big, "ttl");
        assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(500, r.body().length())));
        assertTrue(r.body().contains("Z社"));
    }

    @Test
    void aBadFormIsA400NamingTheField() {
        HttpResponse<String> noProfile = postForm("  ", "ttl");
        assertEquals(400, noProfile.statusCode());
        assertTrue(noProfile.body().contains("profile"), noProfile.body());
        HttpResponse<String> badSyntax = postForm("<a> <b> <c> .", "docx");
        assertEquals(400, badSyntax.statusCode());
        assertTrue(badSyntax.body().contains("syntax must be ttl, jsonld, rdf or nt"), badSyntax.body());
        HttpResponse<String> broken = postForm("@prefix ex: <http://example.org/> .\nex:a ex:b .", "ttl");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("form") && broken.body().contains("line 2"), broken.body());
    }
}
