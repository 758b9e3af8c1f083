package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.TempFiles;

/**
 * Submitting from the profile builder, in a real browser, to a server whose registry is an embedded
 * TDB2 store in a temporary directory: no Submit step while the registry has no organisation; an
 * organisation registered through the registry's API submits its profile (201, the version at its
 * Location), is refused with a wrong token and a reviewer's (the answers and the form intact), loses an
 * answer on the network and retries (the same Idempotency-Key, one version), and sees the registry's
 * violations at the questions they concern; the token is never kept beyond the tab.
 */
@ExtendWith(Browser.Installed.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuilderSubmitBrowserTest {
    /**
     * Records the Idempotency-Key of every POST to /submissions; loses the answer of the next one when
     * {@code __loseNext} is set (the registry stores it, the page sees a network failure); answers the
     * next ones from {@code __fake} ({status, code, message}) without sending them.
     */
    private static final String NETWORK = """
            window.__keys = [];
            window.__fake = [];
            const real = window.fetch;
            window.fetch = async (url, options = {}) => {
              if (String(url) !== '/submissions' || options.method !== 'POST') return real(url, options);
              if (window.__fake.length) {
                const f = window.__fake.shift();
                return new Response(JSON.stringify({ code: f.code, message: f.message }), { status: f.status, headers: { 'Content-Type': 'application/json' } });
              }
              window.__keys.push(options.headers['Idempotency-Key']);
              const response = await real(url, options);
              if (window.__loseNext) { window.__loseNext = false; await response.text(); throw new TypeError('Failed to fetch'); }
              return response;
            };""";

    private static Path directory;
    private static TestServer server;
    private static RegistryClient registry;
    private static Browser browser;
    private BuilderUser user;

    @BeforeAll
    static void start() {
        directory = RegistryFixture.tempDir("aigb-builder-submit");
        server = TestServer.withStore(TdbStore.open(directory.resolve("store")));
        registry = new RegistryClient(server);
        browser = new Browser("submit");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null)
                browser.close();
        } finally {
            if (server != null)
                server.close();
            TempFiles.delete(directory);
        }
    }

    /** A first visit: nothing kept in this browser, the page in Japanese. */
    private void freshVisit() {
        user = new BuilderUser(browser);
        browser.driver.get(server.url("/profiles/new"));
        browser.script("localStorage.clear(); sessionStorage.clear()");
        browser.driver.navigate().refresh();
        user.open();
        browser.severeLog();
    }

    private List<Long> versions(RegistryClient.Organisation o) {
        HttpResponse<String> history = registry.get(ActionSubmissions.PATH + "/" + o.id(), o.token(), "application/json");
        assertEquals(200, history.statusCode(), history.body());
        return JSON.parse(history.body()).get("versions").getAsArray().stream().map(v -> v.getAsObject().get("version").getAsNumber().value().longValue())
                .toList();
    }

    /** Everything this page keeps in the browser's storage, as text. */
    private String kept(String storage) {
        return (String) browser.script("return JSON.stringify(Object.entries(" + storage + "))");
    }

    private void fillProfile(String name, String corporateNumber) {
        user.next();
        user.type("#org-name-ja", name);
        user.click("#org-kind-company");
        if (corporateNumber != null)
            user.type("#org-corporateNumber", corporateNumber);
        user.next();
        user.type("#sys0-name-ja", "旅行予約AIエージェント");
        for (String activity : List.of("api-integration", "system-provision"))
            user.tick("#sys0-activities-" + activity);
        user.tick("#sys0-aiTypes-ai-agent");
        user.tick("#sys0-userGroups-consumers");
        user.click("#sys0-isAdvancedAISystem-false");
        user.settled();
    }

    private void submitWith(String token) {
        user.type("#submit-token", token);
        user.click("#submit-button");
        awaitAnswer();
    }

    /** Waits until the page has the registry's answer (the button is enabled again and something is said). */
    private void awaitAnswer() {
        browser.waiting().until(d -> "".equals(d.findElement(By.id("submit-status")).getText())
                && d.findElement(By.id("submit-button")).isEnabled()
                && (!d.findElements(By.cssSelector("#submit-answer > *")).isEmpty() || d.findElement(By.id("submit-token-error")).isDisplayed()));
    }

    private String answerText() {
        return browser.find("#submit-answer").getText();
    }

    @Test
    @Order(1)
    void withoutAnOrganisationInTheRegistryThereIsNoSubmitStep() {
        assertFalse(server.server.registry().accounts().anyOrganisation(), "this test runs first, on an empty registry");
        freshVisit();
        assertTrue(browser.all("#step-submit").isEmpty(), "no Submit step where no submission can be accepted");
        assertFalse(browser.find("main").getText().contains("登録簿"), "nor a word about a registry");
        browser.shot("no-registry");
        registry.organisation("first");
        browser.driver.navigate().refresh();
        user.open();
        assertEquals("提出", browser.find("#step-submit").getText().replaceAll("^\\d+\\s*", ""), "an organisation registered: the step is offered");
        assertTrue(browser.find("main").getText().contains("登録簿に保存されます"), "and the start says what a submission keeps");
    }

    @Test
    @Order(2)
    void anOrganisationSubmitsItsProfileAndARetryNeverMakesASecondVersion() throws Exception {
        String number = BuilderStoryBrowserTest.corporateNumber("401234567890");
        RegistryClient.Organisation sakura = registry.organisation("sakura", number);
        freshVisit();
        fillProfile("さくら旅行株式会社", number);

        // The first submission: 201, the version and where it is.
        user.step("submit");
        browser.shot("submit-step");
        submitWith(sakura.token());
        WebElement done = browser.find("#submit-done");
        assertEquals("1", done.getAttribute("data-version"), answerText());
        assertTrue(answerText().contains("第 1 版") && answerText().contains(sakura.id()), answerText());
        String location = browser.find("#submit-location").getAttribute("href");
        assertTrue(location.endsWith("/submissions/" + sakura.id() + "/1"), location);
        browser.shot("submitted");
        HttpResponse<String> version = registry.get(location.substring(server.url("").length()), sakura.token(), "application/json");
        assertEquals(200, version.statusCode(), "the version is at its Location: " + version.body());
        JsonObject submission = JSON.parse(version.body()).get("submission").getAsObject();
        assertEquals(1, submission.get("version").getAsNumber().value().intValue());
        assertEquals("application/ld+json", submission.getString("mediaType"), "sent as the builder writes it");
        String sent = registry.get(location.substring(server.url("").length()) + "/profile", sakura.token(), null).body();
        assertTrue(sent.contains("\"@context\": \"https://w3id.org/aigb/context/profile.jsonld\"") && sent.contains("さくら旅行株式会社"), sent);
        user.click("#submit-location");
        String checklist = Files.readString(browser.awaitDownload(sakura.id() + "-1.html"), StandardCharsets.UTF_8);
        assertTrue(checklist.contains("<html") && checklist.contains("さくら旅行株式会社"), "the link opens the version with the token: " + checklist);
        assertFalse(kept("localStorage").contains(sakura.token()), "the token is never kept in localStorage");
        assertFalse(kept("sessionStorage").contains(sakura.token()), "nor in the tab, unless asked");
        assertFalse(browser.driver.getCurrentUrl().contains(sakura.token()), "nor in the address");

        // A wrong token: 401, said at the token, in the page's language; the answers and the token typed kept.
        String secret = sakura.token();
        String wrong = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
        submitWith(wrong);
        WebElement tokenError = browser.find("#submit-token-error");
        assertTrue(tokenError.isDisplayed() && tokenError.getText().contains("トークンが受け付けられませんでした"), tokenError.getText());
        assertEquals("true", browser.find("#submit-token").getAttribute("aria-invalid"));
        assertEquals("submit-token", browser.driver.switchTo().activeElement().getAttribute("id"), "the token field has the focus");
        browser.shot("wrong-token");
        user.click("#language");
        browser.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(browser.find("#submit-token-error").getText().contains("The token was not accepted"), "said again in English");
        user.click("#language");
        browser.waiting().until(d -> "ja".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals(wrong, browser.find("#submit-token").getAttribute("value"), "the token typed is kept");
        user.step("organisation");
        assertEquals("さくら旅行株式会社", browser.find("#org-name-ja").getAttribute("value"), "the answers are intact");
        assertEquals(number, browser.find("#org-corporateNumber").getAttribute("value"));
        assertEquals(List.of(1L), versions(sakura), "nothing stored");

        // A changed answer, sent; the answer is lost on the way back: the page says so, and submitting
        // again (a double click) sends the same bytes with the same key: one new version, not two.
        user.step("systems");
        user.tick("#sys0-aiTypes-generative-ai");
        user.settled();
        user.step("submit");
        assertTrue(browser.find("#submit-changed").isDisplayed(), "the answers changed since version 1");
        browser.script(NETWORK + "\nwindow.__loseNext = true;");
        submitWith(secret);
        assertTrue(browser.find("#submit-error").getText().contains("サーバーに接続できませんでした"), answerText());
        browser.shot("answer-lost");
        assertEquals(List.of(1L, 2L), versions(sakura), "the registry did store it");
        browser.script("const b = document.getElementById('submit-button'); b.click(); b.click();");
        awaitAnswer();
        assertEquals("2", browser.find("#submit-done").getAttribute("data-version"), answerText());
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) browser.script("return window.__keys");
        assertEquals(2, keys.size(), "a double click sends once: " + keys);
        assertEquals(keys.get(0), keys.get(1), "the retry carries the first attempt's Idempotency-Key");
        assertEquals(List.of(1L, 2L), versions(sakura), "no second version for a retry");

        // The same answers again, after a reload: the registry answers with version 2; the token was not kept.
        browser.driver.navigate().refresh();
        user.open();
        assertEquals("submit", user.currentStep());
        assertTrue(answerText().contains("前回の提出") && answerText().contains("第 2 版"), answerText());
        assertEquals("", browser.find("#submit-token").getAttribute("value"), "a reload forgets a token not remembered");
        submitWith(secret);
        assertTrue(answerText().contains("新しい版は作られていません") && answerText().contains("第 2 版"), answerText());
        assertEquals(List.of(1L, 2L), versions(sakura));
        browser.shot("already-submitted");

        // The registry's violations, at the questions they concern; nothing stored.
        user.step("organisation");
        String mistyped = (char) ('1' + (number.charAt(0) - '0') % 9) + number.substring(1);
        user.type("#org-corporateNumber", mistyped);
        user.settled();
        user.step("submit");
        assertTrue(browser.find("#submit-problems").isDisplayed(), "the live check's problems are announced on the step");
        submitWith(secret);
        WebElement violation = browser.find("#submit-violations li");
        assertTrue(browser.find("#submit-error").getText().contains("受け付けませんでした") && violation.getText().contains("チェックデジット"),
                browser.find("#submit-error").getText());
        browser.shot("violations");
        violation.findElement(By.tagName("button")).click();
        browser.waiting().until(d -> "organisation".equals(user.currentStep()));
        assertEquals("org-corporateNumber", browser.driver.switchTo().activeElement().getAttribute("id"), "the question is focused");
        assertEquals("true", browser.find("#org-corporateNumber").getAttribute("aria-invalid"));
        assertEquals(mistyped, browser.find("#org-corporateNumber").getAttribute("value"), "the answer is kept to be corrected");
        assertEquals(List.of(1L, 2L), versions(sakura), "nothing stored");

        // A reviewer's token: 403.
        user.type("#org-corporateNumber", number);
        user.settled();
        user.step("submit");
        submitWith(registry.reviewer());
        assertTrue(browser.find("#submit-token-error").getText().contains("審査者のトークン"), browser.find("#submit-token-error").getText());
        assertEquals(List.of(1L, 2L), versions(sakura));
        assertEquals(List.of(), browser.severeLog().stream().filter(m -> !m.contains("favicon.ico") && !m.contains("/submissions")).toList(),
                "no script error (the refusals themselves are logged by the browser as failed requests)");
    }

    @Test
    @Order(3)
    void theTokenIsKeptInTheTabOnlyWhenAskedAndEveryAnswerIsSaid() throws Exception {
        RegistryClient.Organisation org = registry.organisation("tab");
        freshVisit();
        fillProfile("記憶確認株式会社", null);
        user.step("submit");
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.script("return [...document.querySelectorAll('#step input, #step select, #step textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id || e.outerHTML.slice(0, 60))");
        assertEquals(List.of(), unlabelled, "every control of the step has a label");
        user.tick("#submit-remember");
        user.type("#submit-token", org.token());
        assertTrue(kept("sessionStorage").contains(org.token()), "remembered for this tab");
        assertFalse(kept("localStorage").contains(org.token()), "never in localStorage");
        browser.driver.navigate().refresh();
        user.open();
        assertEquals(org.token(), browser.find("#submit-token").getAttribute("value"), "still there after a reload of the tab");
        assertTrue(browser.find("#submit-remember").isSelected());

        // What the registry may answer besides: each said in the page's language, nothing typed lost.
        browser.script(NETWORK + """
                window.__fake.push({ status: 409, code: 'write-refused', message: 'The version was not stored' },
                  { status: 413, code: 'too-large', message: 'The body is larger than 5 MB' },
                  { status: 503, code: 'store-unavailable', message: 'The registry store did not answer' });""");
        for (String expected : List.of("他の書き込みと重なった", "大きさを超えています", "記憶装置が今は使えない")) {
            user.click("#submit-button");
            awaitAnswer();
            String said = browser.find("#submit-error").getText();
            assertTrue(said.contains(expected), said);
        }
        assertEquals("記憶確認株式会社", ((String) browser.script("return JSON.parse(localStorage.getItem('aigb.builder.state')).doc.name.ja")));

        // Turtle, as the builder downloads it.
        user.click("#submit-format-ttl");
        user.click("#submit-button");
        awaitAnswer();
        assertEquals("1", browser.find("#submit-done").getAttribute("data-version"), answerText());
        HttpResponse<String> profile = registry.get(ActionSubmissions.PATH + "/" + org.id() + "/1/profile", org.token(), null);
        assertTrue(TestServer.contentType(profile).startsWith("text/turtle") && profile.body().contains("記憶確認株式会社"), profile.body());

        // Forgetting: the field, the tab's copy; and clearing everything forgets it too.
        user.click("#submit-forget");
        assertEquals("", browser.find("#submit-token").getAttribute("value"));
        assertFalse(kept("sessionStorage").contains(org.token()));
        user.tick("#submit-remember");
        user.type("#submit-token", org.token());
        user.step("start");
        user.click("#clear");
        user.click("#clear-yes");
        assertFalse(kept("sessionStorage").contains(org.token()), "clearing everything forgets the token");
        assertNull(browser.script("return sessionStorage.getItem('aigb.builder.token')"));
        browser.shot("forgotten");
    }
}
