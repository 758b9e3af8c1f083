package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * The reviewers' page: a page with no data and no inline script, a policy that allows only its own
 * script, a script that writes server values as text only, no cookie anywhere in the registry, and
 * user text escaped in the HTML of a version; the registry's pages carry the source notice as every page does.
 */
class ReviewPageTest {
    private static TestServer server;
    private static RegistryClient client;

    @BeforeAll
    static void start() {
        server = TestServer.withStore(TdbStore.inMemory());
        client = new RegistryClient(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void thePageLoadsOnlyItsOwnScriptUnderAPolicyThatForbidsInlineScript() {
        HttpResponse<String> page = server.get("/review", "text/html");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.matches(".*script-src[^;]*unsafe.*"), policy);
        assertTrue(policy.contains("connect-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(page.body().contains("<script src=\"/review/review.js\" defer></script>"));
        assertEquals(1, page.body().split("<script").length - 1, "one script element, with a src");
        HttpResponse<String> script = server.get("/review/review.js", null);
        assertEquals(200, script.statusCode());
        assertTrue(TestServer.contentType(script).startsWith("text/javascript"));
        for (String sink : new String[] {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "document.cookie"})
            assertFalse(script.body().contains(sink), "the script never uses " + sink);
        assertTrue(script.body().contains("sessionStorage") && script.body().contains("\"Authorization\": \"Bearer \""), "token in the tab, sent as Bearer");
        assertEquals(404, server.get("/review/other.js", null).statusCode());
    }

    @Test
    void noRegistryAnswerSetsACookieAndUserTextIsEscapedInAVersionsHtml() {
        Organisation o = client.organisation("escape");
        byte[] profile = RegistryFixture.unique(RegistryFixture.example("company-q"), o.id());
        profile = new String(profile, StandardCharsets.UTF_8).replace("\"Q社\"@ja", "\"<script>alert(1)</script>Q社\"@ja").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> submitted = client.submit(o.token(), profile, null);
        assertEquals(201, submitted.statusCode(), submitted.body());
        String location = submitted.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> html = client.get(location, o.token(), "text/html");
        assertFalse(html.body().contains("<script>alert(1)</script>"), "escaped");
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        for (HttpResponse<String> r : java.util.List.of(submitted, html, server.get("/review", "text/html"), client.get("/submissions/" + o.id(), o.token(), null)))
            assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), r.uri().toString());
    }

    @Test
    void theRegistrysPagesShowTheSourceNoticeInTheirFooter() {
        Organisation o = client.organisation("notice");
        String location = client.submitExample(o, "company-q").headers().firstValue("Location").orElseThrow();
        assertEquals(200, client.post(location + "/publish", o.token(), null, null).statusCode());
        for (HttpResponse<String> page : java.util.List.of(server.get("/review", "text/html"), client.get(location, o.token(), "text/html"),
                server.get("/id/submission/" + o.id() + "/1", "text/html"), server.get("/id/submission/" + o.id(), "text/html"),
                server.get("/id/submission/" + o.id() + "/2", "text/html"))) {
            assertTrue(TestServer.contentType(page).startsWith("text/html"), page.uri() + " " + TestServer.contentType(page));
            assertTrue(page.body().contains("法的助言ではありません") && page.body().contains("not legal advice"), page.uri() + ": " + page.body());
        }
    }
}
