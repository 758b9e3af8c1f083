package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.testing.TestKG;

/**
 * The query editor (YASGUI at {@code /editor}) in a real browser: a research query chosen from the
 * examples runs and fills the results table, whose IRIs of this graph open their pages on this
 * deployment; every research query runs in it; a research query's page opens its query in the editor,
 * run; a prefixed name typed gets its prefix declared from the graph's prefixes; an error shows the
 * endpoint's message; and nothing any page loads comes from another origin or is refused by the
 * pages' Content-Security-Policy.
 */
@ExtendWith(Browser.Installed.class)
class QueryEditorBrowserTest {
    /** Its answer links guideline roles to EU AI Act roles: IRIs of this graph, and SKOS relations of another. */
    private static final String EXAMPLE = "q45-roles-to-eu-roles";
    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.sharedDefault();
        // every research query runs here, q50 and q51 on the example profiles' derivations: built first,
        // so that no query waits for them within its time limit
        server.server.awaitStartupTasks();
        browser = new Browser("editor");
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.close();
    }

    /** Every test starts from an editor this browser has never used (YASGUI keeps its tabs in local storage). */
    @BeforeEach
    void freshVisit() {
        browser.driver.get(server.url("/editor"));
        browser.script("localStorage.clear()");
        browser.driver.navigate().refresh();
        ready();
        browser.severeLog(); // what the last test left in the log
    }

    private void ready() {
        browser.waiting().until(d -> "false".equals(d.findElement(By.id("yasgui")).getAttribute("aria-busy")));
        browser.find(".tabPanel.active .CodeMirror");
    }

    private static QueryFile example(String id) {
        return server.server.site().research().get(id);
    }

    /** The rows of a research query's answer, as the service computes it for its page. */
    private static int rowsOf(QueryFile q) {
        return server.server.site().select(q, Map.of()).rows().size();
    }

    /** The triples of a graph query's answer. */
    private static int triplesOf(QueryFile q) {
        try (QueryExecution qe = QueryExecution.dataset(server.server.site().dataset()).query(q.query()).build()) {
            return (int) qe.execConstruct().size();
        }
    }

    private String activeTab() {
        return (String) browser.script("return window.aigbEditor.getTab().getName()");
    }

    private String editorText() {
        return (String) browser.script("return window.aigbEditor.getTab().getQuery()");
    }

    /** Waits for the active tab's results table to have {@code n} rows, and returns them. */
    private List<WebElement> awaitRows(int n) {
        By rows = By.cssSelector(".tabPanel.active .yasr table.dataTable tbody tr");
        browser.waiting().until(d -> d.findElements(rows).size() == n);
        return browser.driver.findElements(rows);
    }

    /** The error the active tab's results area shows (the endpoint's own message, not "[object Object]"), or "". */
    private String errorShown() {
        return (String) browser.script("const e = document.querySelector('.tabPanel.active .yasr .errorResult'); return e ? e.textContent : ''");
    }

    private List<String> problems() {
        return browser.severeLog().stream().filter(m -> !m.contains("favicon.ico")).toList();
    }

    @Test
    void aResearchQueryChosenRunsAndItsIrisOpenThePagesOfThisDeployment() throws Exception {
        QueryFile q = example(EXAMPLE);
        new Select(browser.find("#examples")).selectByValue(EXAMPLE);
        browser.waiting().until(d -> EXAMPLE.equals(activeTab()));
        assertEquals(q.text(), editorText(), "the research query's file, as it is");
        assertTrue(browser.find("#example-about").getText().contains(q.get("en")), "its question is shown");
        browser.shot("example-chosen");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton"))).click();
        List<WebElement> rows = awaitRows(rowsOf(q));
        assertFalse(rows.isEmpty());
        browser.shot("example-run");

        // the graph's IRIs, abbreviated with the graph's prefixes (the most specific), open their pages here
        WebElement deployer = browser.driver.findElement(By.xpath("//div[contains(@class,'tabPanel') and contains(@class,'active')]"
                + "//a[contains(@class,'iri') and text()='eurole:deployer']"));
        assertEquals(server.url("/id/eu-ai-act/role/deployer"), deployer.getAttribute("href"));
        assertEquals("https://w3id.org/aigb/id/eu-ai-act/role/deployer", deployer.getAttribute("title"), "the IRI itself on hover");
        List<WebElement> ours = browser.all(".tabPanel.active .yasr a.iri.here");
        assertTrue(ours.size() >= rows.size() * 2, "both IRI columns of every row: " + ours.size());
        for (WebElement a : ours)
            assertTrue(a.getAttribute("href").startsWith(server.url("/id/")), a.getAttribute("href"));
        // another vocabulary's IRI links to itself
        assertTrue(browser.all(".tabPanel.active .yasr a.iri").stream()
                .anyMatch(a -> a.getAttribute("href").equals("http://www.w3.org/2004/02/skos/core#closeMatch")), "skos:closeMatch");

        // the table downloads as CSV, named after its tab
        browser.find(".tabPanel.active .yasr_downloadIcon").click();
        Path csv = browser.awaitDownload(".csv");
        try {
            List<String> lines = Files.readAllLines(csv);
            assertEquals(rows.size() + 1, lines.size(), "a header and every row: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains("https://w3id.org/aigb/id/eu-ai-act/role/deployer")), "the IRIs themselves");
        } finally {
            Files.deleteIfExists(csv);
        }

        String editor = browser.driver.getWindowHandle();
        deployer.click();
        browser.waiting().until(d -> d.getWindowHandles().size() == 2);
        String page = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(editor)).findFirst().orElseThrow();
        browser.driver.switchTo().window(page);
        try {
            browser.waiting().until(d -> d.getCurrentUrl().equals(server.url("/id/eu-ai-act/role/deployer")));
            String h1 = browser.find("h1").getText();
            assertTrue(h1.contains(TestKG.values("SELECT ?l WHERE { eurole:deployer rdfs:label ?l FILTER (lang(?l) = 'ja') }", "l").iterator().next()),
                    "the resource's page: " + h1);
            browser.shot("iri-page");
        } finally {
            browser.driver.close();
            browser.driver.switchTo().window(editor);
        }
        assertEquals(List.of(), problems(), "no script error, nothing refused");
    }

    @Test
    void aResearchQueryPageOpensItsQueryInTheEditorAndRunsIt() {
        QueryFile q = example(EXAMPLE);
        browser.driver.get(server.url("/query/" + EXAMPLE));
        browser.driver.findElement(By.linkText("クエリエディタで開く / Open in the query editor")).click();
        ready();
        awaitRows(rowsOf(q));
        assertEquals(EXAMPLE, activeTab());
        assertEquals(q.text(), editorText());
        assertEquals(EXAMPLE, new Select(browser.find("#examples")).getFirstSelectedOption().getAttribute("value"));
        assertEquals(server.url("/editor"), browser.driver.getCurrentUrl(), "a reload keeps the tab without opening it again");
        assertEquals(0L, browser.script("return (window.aigbEditor.getTab().getRequestConfig().args || []).length"),
                "the page's address is not sent with the query");
        browser.shot("from-query-page");
        // an id that is no research query is said so, and the editor still works
        browser.driver.get(server.url("/editor?example=q99-no-such-query"));
        ready();
        assertTrue(browser.find("#example-about").getText().contains("q99-no-such-query"), browser.find("#example-about").getText());
        assertEquals(List.of(), problems());
    }

    @Test
    void aPrefixedNameTypedGetsItsPrefixDeclaredFromTheGraphsPrefixes() {
        browser.script("const y = window.aigbEditor.getTab().getYasqe(); y.setValue('SELECT * WHERE { ?role a '); y.focus();"
                + " y.setCursor(y.lastLine(), 1000)");
        browser.find(".tabPanel.active .CodeMirror textarea").sendKeys("aigb:EURole }");
        browser.waiting().until(d -> editorText().contains("PREFIX aigb: <https://w3id.org/aigb/ontology#>"));
        browser.shot("prefix-declared");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabPanel.active .yasqe_queryButton"))).click();
        awaitRows((int) TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a aigb:EURole }", "n"));
        assertEquals(List.of(), problems());
    }

    /**
     * Every research query, as the editor's examples give it, runs in the editor: its answer has as many
     * rows as the service's own answer for the query's page (a graph query: some triples), and no error.
     */
    @Test
    void everyResearchQueryRunsInTheEditor() {
        JsonObject config = JSON.parse((String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('/editor/config.json').then(r => r.text()).then(done)"));
        List<QueryFile> library = List.copyOf(server.server.site().research().all());
        List<JsonValue> examples = config.get("examples").getAsArray();
        assertEquals(library.size(), examples.size());
        QueryFile graph = null;
        for (int i = 0; i < library.size(); i++) {
            QueryFile q = library.get(i);
            assertEquals(q.id(), examples.get(i).getAsObject().get("id").getAsString().value());
            Object answer = browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const tab = window.aigbEditor.getTab();
                    tab.setQuery(arguments[0]);
                    tab.query().catch(() => {}).then(() => {
                      const results = tab.getYasr().results;
                      done(results.hasError() ? 'error: ' + results.getError().text : results.getBindings().length);
                    });""", examples.get(i).getAsObject().get("query").getAsString().value());
            assertEquals(q.query().isSelectType() ? (long) rowsOf(q) : (long) triplesOf(q), answer, q.id() + ": " + answer);
            if (q.query().isConstructType())
                graph = q;
        }
        browser.shot("last-research-query");
        assertEquals(List.of(), problems());
        // a graph's triples fill the table too, their IRIs linked here
        assertNotNull(graph, "the library has a CONSTRUCT query");
        browser.script("window.aigbEditor.getTab().setQuery(arguments[0])", graph.text());
        browser.find(".tabPanel.active .yasqe_queryButton").click();
        awaitRows(Math.min(50, triplesOf(graph)));
        assertTrue(browser.all(".tabPanel.active .yasr thead th").stream().map(WebElement::getText).toList().containsAll(List.of("subject", "predicate", "object")));
        assertFalse(browser.all(".tabPanel.active .yasr a.iri.here").isEmpty(), "the triples' IRIs of this graph link here");
        browser.shot("graph-as-table");
        assertEquals(List.of(), problems(), "nothing refused");
    }

    @Test
    void aRefusedQueryShowsTheEndpointsMessage() {
        browser.script("window.aigbEditor.getTab().setQuery(arguments[0])",
                "SELECT * WHERE {\n  SERVICE <http://example.org/sparql> { ?s ?p ?o }\n}");
        browser.find(".tabPanel.active .yasqe_queryButton").click();
        browser.waiting().until(d -> errorShown().contains("query-refused"));
        browser.script("window.aigbEditor.getTab().setQuery(arguments[0])", "SELECT * WHERE {\n  ?s ?p ?o ;\n} LIMIT 1 OFFSET x");
        browser.find(".tabPanel.active .yasqe_queryButton").click();
        browser.waiting().until(d -> errorShown().contains("query-parse-error"));
        assertTrue(errorShown().contains("line 3"), "with its line: " + errorShown());
        browser.shot("error");
        // the endpoint's answer is an error status, which the browser logs; nothing else
        assertEquals(List.of(), problems().stream().filter(m -> !m.contains("/kg/sparql - Failed to load resource")).toList());
    }

    @Test
    void nothingAPageLoadsComesFromAnotherOrigin() {
        // the editor with a table drawn and a column resized (the resizer adds its own style elements)
        browser.find(".tabPanel.active .yasqe_queryButton").click();
        awaitRows(50);
        WebElement grip = browser.find(".tabPanel.active .grip-handle .grip-resizable");
        new Actions(browser.driver).clickAndHold(grip).moveByOffset(60, 0).release().perform();
        browser.shot("column-resized");
        List<String> elsewhere = new ArrayList<>(fromElsewhere("/editor"));
        for (String path : new String[] {"/", "/query/" + EXAMPLE, "/id/role/AIProvider", "/ontology", "/profiles/new", "/search?q=RAG"}) {
            browser.driver.get(server.url(path));
            browser.find("footer");
            elsewhere.addAll(fromElsewhere(path));
        }
        assertEquals(List.of(), elsewhere);
        assertEquals(List.of(), problems(), "no script error, nothing refused by a Content-Security-Policy");
    }

    /** What the page now shown loaded (itself, its files, its requests) from another origin than this server's. */
    private List<String> fromElsewhere(String path) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.script("return performance.getEntries()"
                + ".filter(e => e.entryType === 'navigation' || e.entryType === 'resource').map(e => e.name)");
        assertFalse(loaded.isEmpty(), path);
        String origin = server.url("/");
        return loaded.stream().filter(u -> !u.startsWith(origin)).map(u -> path + ": " + u).toList();
    }
}
