package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.testing.TestKG;

/**
 * The profile builder's page in a real browser, beyond the happy path: a broken file is refused with
 * its error and its text kept (and other syntaxes are detected); the page language switches and is
 * remembered; a reload mid-way continues where it was; every control is labelled, every description
 * exists, focus is visible and the keyboard reaches the steps.
 */
@ExtendWith(Browser.Installed.class)
class BuilderPageBrowserTest {
    private static TestServer server;
    private static Browser browser;
    private BuilderUser user;

    @BeforeAll
    static void start() {
        server = TestServer.sharedDefault();
        browser = new Browser("page");
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

    @Test
    void aBrokenFileShowsItsErrorAndKeepsTheText() throws Exception {
        user.next();
        user.type("#org-name-ja", "壊れたファイルの会社");
        user.step("start");
        String broken = "@prefix aigb: <https://w3id.org/aigb/ontology#> .\n<#org> a <http://www.w3.org/ns/org#Organization> ;\n    aigb:organisationKind \"unclosed .\n";
        Path file = Files.createTempFile("broken", ".ttl");
        Files.writeString(file, broken);
        browser.find("#load-file").sendKeys(file.toAbsolutePath().toString());
        WebElement error = browser.find("#load-error");
        browser.waiting().until(d -> error.isDisplayed());
        assertTrue(error.getText().contains("line 4"), "the line: " + error.getText());
        WebElement text = browser.find("#load-text");
        assertEquals(broken, text.getAttribute("value"), "the text is kept");
        assertEquals("true", text.getAttribute("aria-invalid"));
        assertTrue(text.getAttribute("aria-describedby").contains("load-error"));
        browser.shot("broken-file");
        browser.driver.navigate().refresh();
        user.open();
        assertEquals(broken, browser.find("#load-text").getAttribute("value"), "and kept over a reload");
        user.step("organisation");
        assertEquals("壊れたファイルの会社", browser.find("#org-name-ja").getAttribute("value"), "the answers were not touched");
        // a paste in JSON-LD is detected as such
        user.step("start");
        WebElement paste = browser.find("#load-text");
        paste.clear();
        paste.sendKeys("{\"@context\": \"https://w3id.org/aigb/context/profile.jsonld\", \"type\": \"Organization\", \"name\": {\"en\": \"Pasted\"}");
        user.click("#load-button");
        browser.waiting().until(d -> d.findElement(By.id("load-error")).isDisplayed());
        assertTrue(browser.find("#load-error").getText().contains("JSON-LD"), "read as JSON-LD: " + browser.find("#load-error").getText());
        paste.sendKeys("}");
        user.click("#load-button");
        browser.waiting().until(d -> !d.findElement(By.id("load-status")).getText().isBlank());
        user.step("organisation");
        assertEquals("Pasted", browser.find("#org-name-en").getAttribute("value"));
        user.step("start");
        user.click("#load-undo");
        user.step("organisation");
        assertEquals("壊れたファイルの会社", browser.find("#org-name-ja").getAttribute("value"), "the load is undone");
        // and a paste in RDF/XML too
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        RDFDataMgr.write(xml, new ProfileReader().read(TestKG.repo("data/examples/profiles/company-g.ttl")), Lang.RDFXML);
        user.step("start");
        WebElement again = browser.find("#load-text");
        again.clear();
        // pasted (typing a whole file key by key would take minutes): the text arrives at once, with its input event
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", again, xml.toString(StandardCharsets.UTF_8));
        user.click("#load-button");
        browser.waiting().until(d -> d.findElement(By.id("load-status")).getText().contains("RDF/XML"));
        user.step("systems");
        assertTrue(browser.find("#sys0-activities-pre-training").isSelected(), "company-g's activities, from RDF/XML");
    }

    /** The label of a term in the graph, in one language. */
    static String label(String term, String lang) {
        return TestKG.values("SELECT ?l WHERE { " + term + " rdfs:label ?l FILTER (lang(?l) = \"" + lang + "\") }", "l").iterator().next();
    }

    @Test
    void theLanguageSwitchesAndIsRemembered() {
        user.next();
        assertEquals("ja", browser.find("html").getAttribute("lang"));
        assertEquals(label("aigb:organisationKind", "ja"), browser.find("#org-kind legend").getText(), "the label is the graph's");
        user.click("#language");
        browser.waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("language", browser.driver.switchTo().activeElement().getAttribute("id"), "focus stays on the switch");
        assertEquals(label("aigb:organisationKind", "en").toLowerCase(), browser.find("#org-kind legend").getText().toLowerCase(), "the graph's English label");
        assertTrue(browser.find("label[for='org-kind-local-government']").getText().contains(label("orgkind:local-government", "en")));
        assertEquals("Organisation", browser.find("#step-heading").getText());
        browser.shot("language-en");
        browser.driver.navigate().refresh();
        user.open();
        assertEquals("en", browser.find("html").getAttribute("lang"), "remembered");
        assertTrue(browser.find("#panel h2").getText().contains("guideline"));
        user.click("#language");
        browser.waiting().until(d -> "ja".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void aReloadMidWayContinuesWhereItWas() {
        user.next();
        user.type("#org-name-ja", "途中の会社");
        user.click("#org-kind-local-government");
        user.next();
        user.type("#sys0-name-ja", "問い合わせ対応AI");
        user.tick("#sys0-activities-business-use");
        user.settled();
        browser.driver.navigate().refresh();
        user.open();
        assertEquals("systems", user.currentStep(), "the same step");
        assertTrue(browser.find("#sys0-activities-business-use").isSelected());
        assertEquals("問い合わせ対応AI", browser.find("#sys0-name-ja").getAttribute("value"));
        assertNotNull(browser.find("#panel-roles li[data-role='AIBusinessUser']"), "and the panel works it out again");
        user.tick("#sys0-activities-rag-construction");
        user.settled();
        assertNotNull(browser.find("#panel-roles li[data-role='AIProvider']"), "the answers go on from there");
        user.step("organisation");
        assertTrue(browser.find("#org-kind-local-government").isSelected());
        browser.shot("reload-continued");
    }

    /** On every step: each control has a label; the focused control shows it; the keyboard reaches the steps. */
    @Test
    void everyControlIsLabelledAndFocusIsVisible() {
        user.next();
        user.type("#org-name-ja", "ラベル確認");
        for (String step : List.of("start", "organisation", "systems", "measures", "results")) {
            user.step(step);
            user.settled();
            @SuppressWarnings("unchecked")
            List<String> unlabelled = (List<String>) browser.script("""
                    return [...document.querySelectorAll('input, select, textarea')]
                      .filter(e => e.type !== 'hidden')
                      .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                      .map(e => e.id || e.name || e.outerHTML.slice(0, 60));""");
            assertEquals(List.of(), unlabelled, step + ": controls without a label");
            @SuppressWarnings("unchecked")
            List<String> dangling = (List<String>) browser.script("""
                    return [...document.querySelectorAll('[aria-describedby]')]
                      .flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/).filter(id => !document.getElementById(id)));""");
            assertEquals(List.of(), dangling, step + ": descriptions that do not exist");
        }
        browser.find("#language").sendKeys(Keys.TAB);
        assertEquals("step-start", browser.driver.switchTo().activeElement().getAttribute("id"), "the keyboard goes from the switch to the steps");
        String outline = (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle");
        assertFalse(outline.equals("none"), "the focused control is outlined");
        List<String> stepIds = browser.all("nav.steps button").stream().map(e -> e.getAttribute("id")).collect(Collectors.toList());
        assertEquals(List.of("step-start", "step-organisation", "step-systems", "step-measures", "step-results"), stepIds);
        browser.find("#step-organisation").sendKeys(Keys.ENTER);
        browser.waiting().until(d -> "organisation".equals(user.currentStep()));
        assertEquals("step-heading", browser.driver.switchTo().activeElement().getAttribute("id"), "a new step takes the focus to its heading");
    }
}
