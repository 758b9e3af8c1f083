package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.testing.TestKG;

/**
 * The story the profile builder exists for, in a real browser: a travel agency that offers a booking AI
 * agent to consumers builds its profile from the questionnaire alone (its corporate number's error shown
 * at the field, a missing fact asked by the side panel), sees its roles and checklist, downloads both,
 * and later loads the profile again to update a measure.
 */
@ExtendWith(Browser.Installed.class)
class BuilderStoryBrowserTest {
    private static TestServer server;
    private static Browser browser;
    private static ObligationEngine engine;
    private BuilderUser user;

    @BeforeAll
    static void start() {
        server = TestServer.sharedDefault();
        browser = new Browser("story");
        engine = ObligationEngine.create(Sources.classpath(), TestKG.get());
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.close();
    }

    /** Every test starts from an empty questionnaire in Japanese, as a first visit would. */
    @BeforeEach
    void freshVisit() {
        user = new BuilderUser(browser);
        browser.driver.get(server.url("/profiles/new"));
        browser.script("localStorage.clear()");
        browser.driver.navigate().refresh();
        user.open();
        browser.severeLog(); // what the last test left in the log
    }

    /** A 法人番号: twelve digits after their check digit (the National Tax Agency's rule, as in the shapes). */
    static String corporateNumber(String base12) {
        int sum = 0;
        for (int n = 1; n <= 12; n++)
            sum += (base12.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        return (9 - sum % 9) + base12;
    }

    private static ChecklistView derive(Graph profile) {
        ObligationEngine.Outcome o = engine.check(profile);
        assertTrue(o.conforms(), "conforms: " + o.report().entries());
        return ChecklistView.of(o);
    }

    private static String statusOf(ChecklistView d, String code) {
        return d.flat().stream().filter(e -> e.resource().code().equals(code)).map(ChecklistView.Entry::statusCode).findFirst().orElse(null);
    }

    private void chooseMeasure(String code, String status, String text) {
        String row = "fieldset.measure[data-code='" + code + "']";
        WebElement fieldset = browser.find(row);
        WebElement notes = fieldset.findElements(By.xpath("ancestor::details[1]")).stream().findFirst().orElse(null);
        if (notes != null && notes.getAttribute("open") == null)
            notes.findElement(By.xpath("./summary")).click();
        String id = fieldset.getAttribute("id");
        user.click("#" + id + "-" + status);
        if (status.equals("not-applicable"))
            user.type("#" + id + "-reason", text);
        else
            user.type("#" + id + "-evidence", text);
    }

    @Test
    void aTravelAgencyBuildsItsProfileSeesItsChecklistDownloadsItAndUpdatesItLater() throws Exception {
        browser.shot("travel-start");
        user.next();
        // The organisation, with a corporate number mistyped first: the shapes' check digit error appears at the field.
        user.type("#org-name-ja", "さくら旅行株式会社");
        user.type("#org-name-en", "Sakura Travel Co., Ltd.");
        user.click("#org-kind-company");
        user.tick("#org-sectors-personal-services-amusement");
        String number = corporateNumber("301234567890");
        String wrong = (char) ('1' + (number.charAt(0) - '0') % 9) + number.substring(1);
        user.type("#org-corporateNumber", wrong);
        user.settled();
        WebElement error = browser.find("#org-corporateNumber-error");
        browser.waiting().until(d -> error.isDisplayed());
        assertTrue(error.getText().contains("チェックデジット"), error.getText());
        WebElement numberField = browser.find("#org-corporateNumber");
        assertEquals("true", numberField.getAttribute("aria-invalid"));
        assertTrue(numberField.getAttribute("aria-describedby").contains("org-corporateNumber-error"), "the error is tied to its field");
        browser.shot("travel-corporate-number-error");
        user.type("#org-corporateNumber", number);
        user.settled();
        assertFalse(browser.find("#org-corporateNumber-error").isDisplayed(), "a right number clears it");
        assertEquals(null, browser.find("#org-corporateNumber").getAttribute("aria-invalid"));

        // The booking agent: what the agency does with it, and for whom.
        user.next();
        user.type("#sys0-name-ja", "旅行予約AIエージェント");
        user.type("#sys0-name-en", "Travel booking AI agent");
        for (String activity : List.of("api-integration", "system-provision", "operation-and-monitoring"))
            user.tick("#sys0-activities-" + activity);
        user.tick("#sys0-aiTypes-generative-ai");
        user.tick("#sys0-aiTypes-ai-agent");
        user.tick("#sys0-userGroups-consumers");
        user.click("#sys0-processesPersonalData-true");
        user.click("#sys0-hasPhysicalActuation-false");
        user.click("#sys0-isAdvancedAISystem-false");
        user.settled();
        WebElement provider = browser.find("#panel-roles li[data-role='AIProvider']");
        String rule = BuilderPageBrowserTest.label("<https://w3id.org/aigb/id/rule/system-provision-provider>", "ja");
        assertTrue(provider.getText().contains(rule), "the role and the rule that gives it: " + provider.getText());
        // The agent's tools are not given yet: the panel asks for them, and its button leads to the question.
        WebElement question = browser.find("#panel-questions li[data-fact='https://w3id.org/aigb/ontology#actsOn']");
        assertTrue(question.getText().contains("P-2-i-tool-whitelist"), question.getText());
        browser.shot("travel-question");
        question.findElement(By.tagName("button")).click();
        assertEquals("sys0-actsOn-add", browser.driver.switchTo().activeElement().getAttribute("id"), "the answer button focuses the question");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        user.type("#sys0-actsOn-0", "航空券・宿泊予約システム");
        user.click("#sys0-actsOn-add");
        user.type("#sys0-actsOn-1", "決済サービス");
        user.settled();
        assertTrue(browser.all("#panel-questions li[data-fact='https://w3id.org/aigb/ontology#actsOn']").isEmpty(), "answered");
        browser.shot("travel-systems");

        // Measures for the items that apply.
        user.next();
        chooseMeasure("P-2-i-human-judgment", "implemented", "予約の確定前に、利用者が日程と料金を確認して承認する。");
        chooseMeasure("P-2-i-tool-whitelist", "planned", "エージェントが呼び出せるAPIを許可リストに限る作業を来期に行う。");
        chooseMeasure("C-1-risk-mitigation-research-provider", "not-applicable", "研究開発は行わず、提供元の研究成果に従う。");
        user.settled();
        browser.shot("travel-measures");

        // Roles and checklist; the downloads.
        user.next();
        user.settled();
        WebElement checklist = browser.find("#checklist");
        assertEquals("addressed", checklist.findElement(By.cssSelector("li[data-code='P-2-i-human-judgment']")).getAttribute("data-status"));
        assertEquals("planned", checklist.findElement(By.cssSelector("li[data-code='P-2-i-tool-whitelist']")).getAttribute("data-status"));
        browser.shot("travel-results");
        user.click("#download-jsonld");
        Path jsonld = browser.awaitDownload(".jsonld");
        user.click("#download-turtle");
        Path turtle = browser.awaitDownload(".ttl");
        JsonObject doc = JSON.parse(Files.readString(jsonld));
        assertEquals("https://w3id.org/aigb/context/profile.jsonld", doc.getString("@context"), "the published context");
        Graph fromJsonLd = new ProfileReader().read(jsonld);
        assertTrue(IsoMatcher.isomorphic(fromJsonLd, new ProfileReader().read(turtle)), "the Turtle says what the JSON-LD says");
        ChecklistView d = derive(fromJsonLd);
        assertEquals(List.of("AIProvider"), d.roles().stream().map(r -> r.role().code()).toList());
        assertEquals("addressed", statusOf(d, "P-2-i-human-judgment"));
        assertEquals("planned", statusOf(d, "P-2-i-tool-whitelist"));
        assertEquals("not-applicable", statusOf(d, "C-1-risk-mitigation-research-provider"));
        assertTrue(d.undecided().stream().noneMatch(u -> u.resource().code().equals("P-2-i-tool-whitelist")));

        Map<String, String> checklists = Map.of("html", "<html", "md", "P-2-i-tool-whitelist", "json", "\"roles\"");
        for (Map.Entry<String, String> c : checklists.entrySet()) {
            user.click("#download-checklist-" + c.getKey());
            Path file = browser.awaitDownload("-checklist." + c.getKey());
            assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(c.getValue()), c.getKey() + " checklist");
        }
        // CSV: one row per item and note, with the status the engine gives the downloaded profile
        user.click("#download-checklist-csv");
        List<List<String>> csv = Csv.parse(Files.readString(browser.awaitDownload("-checklist.csv"), StandardCharsets.UTF_8));
        assertEquals("source", csv.get(0).get(0), "a header, after the byte-order mark a spreadsheet needs for UTF-8");
        int section = csv.get(0).indexOf("section"), code = csv.get(0).indexOf("code"), status = csv.get(0).indexOf("status");
        Map<String, String> rows = new java.util.TreeMap<>();
        csv.stream().skip(1).filter(r -> r.get(section).equals("item")).forEach(r -> rows.put(r.get(code), r.get(status)));
        Map<String, String> engine = new java.util.TreeMap<>();
        d.flat().forEach(e -> engine.put(e.resource().code(), e.statusCode()));
        assertEquals(engine, rows, "the CSV's items and statuses are the checklist's");
        assertEquals("planned", rows.get("P-2-i-tool-whitelist"));
        assertTrue(csv.stream().anyMatch(r -> r.get(section).equals("item") && r.get(code).equals("C-1-risk-mitigation-research-provider")
                && r.get(csv.get(0).indexOf("not_applicable_reason")).equals("研究開発は行わず、提供元の研究成果に従う。")), "with the reason an item does not apply");

        // The printable checklist opens in a new tab, in the page's language only (English here), for A4.
        user.click("#language");
        browser.waiting().until(dr -> "en".equals(dr.findElement(By.tagName("html")).getAttribute("lang")));
        String builder = browser.driver.getWindowHandle();
        user.click("#open-checklist");
        browser.waiting().until(dr -> dr.getWindowHandles().size() > 1);
        browser.driver.switchTo().window(browser.driver.getWindowHandles().stream().filter(h -> !h.equals(builder)).findFirst().orElseThrow());
        browser.waiting().until(dr -> dr.findElements(By.cssSelector("section.profile")).size() > 0);
        assertEquals("en", browser.find("html").getAttribute("lang"), "the checklist in English");
        String page = browser.find("main").getText();
        assertTrue(page.contains("Checklist: Sakura Travel Co., Ltd.") && page.contains("why not applicable: "), page);
        assertTrue(!page.contains("主体") && !page.contains("未対応"), "no Japanese of ours on the English page");
        assertTrue(browser.driver.getPageSource().contains("@page{size:A4"), "printed on A4");
        browser.shot("travel-printable-en");
        browser.driver.close();
        browser.driver.switchTo().window(builder);
        user.click("#language");
        browser.waiting().until(dr -> "ja".equals(dr.findElement(By.tagName("html")).getAttribute("lang")));

        // Later: everything cleared, the Turtle loaded again, a measure updated.
        user.step("start");
        user.click("#clear");
        user.click("#clear-yes");
        user.settled();
        browser.find("#load-file").sendKeys(turtle.toAbsolutePath().toString());
        browser.waiting().until(dr -> !dr.findElement(By.id("load-status")).getText().isBlank());
        assertTrue(browser.find("#load-text").getAttribute("value").contains("さくら旅行株式会社"), "the file's text is shown");
        user.settled();
        browser.shot("travel-reloaded");
        user.step("organisation");
        assertEquals("Sakura Travel Co., Ltd.", browser.find("#org-name-en").getAttribute("value"));
        user.step("measures");
        user.settled();
        WebElement planned = browser.find("fieldset.measure[data-code='P-2-i-tool-whitelist']");
        String id = planned.getAttribute("id");
        assertTrue(browser.find("#" + id + "-planned").isSelected(), "the loaded measure is shown");
        chooseMeasure("P-2-i-tool-whitelist", "implemented", "エージェントが呼び出せるAPIを許可リストに限っている。");
        user.step("results");
        user.settled();
        user.click("#download-jsonld");
        ChecklistView updated = derive(new ProfileReader().read(browser.awaitDownload(".jsonld")));
        assertEquals("addressed", statusOf(updated, "P-2-i-tool-whitelist"), "the measure is updated");
        assertEquals("addressed", statusOf(updated, "P-2-i-human-judgment"), "and the others kept");
        browser.shot("travel-updated");
        assertEquals(List.of(), browser.severeLog().stream().filter(m -> !m.contains("favicon.ico")).toList(), "no script error");
    }

}
