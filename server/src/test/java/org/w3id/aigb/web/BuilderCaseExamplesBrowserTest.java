package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.testing.TestKG;

/**
 * The organisations of the case examples, built in a real browser from the questionnaire alone (a
 * person's clicks, typing and keyboard, with the facts the example states), give the same roles (for
 * the same systems), the same applicable items and the same undecided items as the example file:
 * both the downloaded profile and the example are derived here, through the obligation engine.
 */
@ExtendWith(Browser.Installed.class)
class BuilderCaseExamplesBrowserTest {
    private static TestServer server;
    private static Browser browser;
    private static ObligationEngine engine;

    @BeforeAll
    static void start() {
        server = TestServer.sharedDefault();
        browser = new Browser("case-examples");
        engine = ObligationEngine.create(Sources.classpath(), TestKG.get());
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.close();
    }

    /** What is compared: role → the systems it is held for; applicable items and notes; undecided ones. */
    record Outcome(Map<String, Set<String>> roles, Set<String> applicable, Set<String> undecided) {}

    static Outcome outcome(Graph profile, String what) {
        ObligationEngine.Outcome o = engine.check(profile);
        assertTrue(o.conforms(), what + " conforms: " + o.report().entries());
        ChecklistView d = ChecklistView.of(o);
        Map<String, Set<String>> roles = new TreeMap<>();
        for (ChecklistView.Role r : d.roles())
            roles.put(r.role().code(), r.systems().stream().map(s -> s.ja() + " / " + s.en()).collect(Collectors.toCollection(TreeSet::new)));
        return new Outcome(roles,
                d.flat().stream().map(ob -> ob.resource().code()).collect(Collectors.toCollection(TreeSet::new)),
                d.undecided().stream().map(u -> u.resource().code()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"company-g", "company-q", "company-h-automaker", "local-government-chatbot", "frontier-model-developer", "annotated-example"})
    void theQuestionnaireGivesTheExamplesRolesAndItems(String name) {
        Path example = TestKG.repo("data/examples/profiles/" + name + ".ttl");
        BuilderUser.Facts facts = BuilderUser.facts(example);
        BuilderUser user = new BuilderUser(browser);
        browser.driver.get(server.url("/profiles/new"));
        user.open();
        // a fresh start: the previous example's answers are kept until cleared, so clear them as a person would
        user.step("start");
        user.click("#clear");
        user.click("#clear-yes");
        user.settled();

        user.next();
        user.fillOrganisation(facts);
        browser.shot(name + "-organisation");
        user.next();
        user.fillSystems(facts.systems());
        user.settled();
        browser.shot(name + "-systems");
        user.step("results");
        user.settled();
        assertEquals(List.of(), browser.all("#panel-problems li").stream().map(e -> e.getText()).toList(), "no problem left");
        browser.shot(name + "-results");
        user.click("#download-jsonld");
        Path downloaded = browser.awaitDownload(".jsonld");

        Outcome built = outcome(new ProfileReader().read(downloaded), "the downloaded profile");
        Outcome expected = outcome(new ProfileReader().read(example), name);
        assertEquals(expected.roles(), built.roles(), name + ": the roles, system by system");
        assertEquals(expected.applicable(), built.applicable(), name + ": the applicable items and notes");
        assertEquals(expected.undecided(), built.undecided(), name + ": the undecided items");
        // and the panel showed those roles while the questionnaire was being filled
        Set<String> shown = browser.all("#panel-roles li[data-role]").stream().map(e -> e.getAttribute("data-role")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected.roles().keySet(), shown, "the roles in the side panel");
        assertEquals(List.of(), browser.severeLog().stream().filter(m -> !m.contains("favicon.ico")).toList(), "no script error");
    }
}
