package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The form is the graph's: an activity (with a role rule in force in the current edition) added to the
 * knowledge graph, and nothing else changed, is offered by the questionnaire in both languages with its description and the role
 * it gives, and choosing it gives that role in the side panel.
 */
@ExtendWith(Browser.Installed.class)
class BuilderVocabularyBrowserTest {
    private static final String EXTRA = """
            @prefix aigb:     <https://w3id.org/aigb/ontology#> .
            @prefix activity: <https://w3id.org/aigb/id/activity/> .
            @prefix edition:  <https://w3id.org/aigb/id/edition/> .
            @prefix rule:     <https://w3id.org/aigb/id/rule/> .
            @prefix role:     <https://w3id.org/aigb/id/role/> .
            @prefix scheme:   <https://w3id.org/aigb/id/scheme/> .
            @prefix stage:    <https://w3id.org/aigb/id/stage/> .
            @prefix rdfs:     <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos:     <http://www.w3.org/2004/02/skos/core#> .

            activity:model-distillation a aigb:Activity ;
                skos:inScheme scheme:activities ; skos:topConceptOf scheme:activities ;
                rdfs:label "モデルの蒸留"@ja , "Model distillation"@en ;
                skos:definition "大きなAIモデルの出力を用いて小さなAIモデルを学習させること（試験用の活動）。"@ja ,
                    "Training a small AI model on the outputs of a large one (an activity for this test)."@en ;
                aigb:occursAtStage stage:data-preprocessing-and-training .

            rule:model-distillation-developer a aigb:RoleRule ;
                rdfs:label "モデルを蒸留する者はAI開発者（試験用）"@ja , "Distilling a model makes an AI developer (test)"@en ;
                aigb:requiresActivity activity:model-distillation ;
                aigb:assignsRole role:AIDeveloper ;
                aigb:inEdition edition:v1.2 .
            """;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.withExtraGuidelineFile(ServerConfig.defaults(), "zz-test-activity.ttl", EXTRA);
        browser = new Browser("vocabulary");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null)
            browser.close();
        if (server != null)
            server.close();
    }

    @Test
    void anActivityAddedToTheGraphIsOfferedAndGivesItsRole() {
        BuilderUser user = new BuilderUser(browser);
        browser.driver.get(server.url("/profiles/new"));
        browser.script("localStorage.clear(); localStorage.setItem('aigb.builder.lang', 'ja')");
        browser.driver.navigate().refresh();
        user.open();
        user.next();
        user.type("#org-name-ja", "蒸留株式会社");
        user.click("#org-kind-company");
        user.next();
        user.type("#sys0-name-ja", "小型モデル");
        WebElement box = browser.find("#sys0-activities-model-distillation");
        WebElement label = browser.find("label[for='sys0-activities-model-distillation']");
        assertTrue(label.getText().startsWith("モデルの蒸留"), label.getText());
        assertTrue(label.getText().contains("AI開発者"), "the role its rule gives: " + label.getText());
        String hint = browser.find("#" + box.getAttribute("aria-describedby")).getText();
        assertTrue(hint.contains("小さなAIモデル"), "its description is its help: " + hint);
        user.tick("#sys0-activities-model-distillation");
        user.settled();
        WebElement developer = browser.find("#panel-roles li[data-role='AIDeveloper']");
        assertTrue(developer.getText().contains("モデルを蒸留する者はAI開発者"), developer.getText());
        browser.shot("added-activity");
        user.click("#language");
        browser.waiting().until(d -> d.findElement(By.cssSelector("label[for='sys0-activities-model-distillation']")).getText().startsWith("Model distillation"));
        assertTrue(browser.find("#sys0-activities-model-distillation").isSelected(), "still chosen");
        browser.shot("added-activity-en");
        assertEquals(java.util.List.of(), browser.severeLog().stream().filter(m -> !m.contains("favicon.ico")).toList());
        browser.find("#language").click();
    }
}
