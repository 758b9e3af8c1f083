package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** 別添1 B 図「企業活動におけるAIによる便益の例」 and the benefit statements (guidelines-facts.md §10 CL-04…CL-06). */
class BenefitsTest {

    @Test
    void eightBusinessFunctionsEachWithExamplesInBothRowGroups() {
        assertSameSet("business functions", Set.of("開発", "マーケティング", "販売", "物流・流通", "顧客対応", "法務", "ファイナンス", "人事"),
                TestKG.values("SELECT ?l WHERE { ?f a aigb:BusinessFunction ; rdfs:label ?l FILTER (LANG(?l) = \"ja\") }", "l"));
        assertEquals(16, TestKG.count("""
                SELECT (COUNT(DISTINCT ?cell) AS ?n) WHERE { ?b aigb:businessFunction ?f ; aigb:benefitGroup ?g BIND (CONCAT(STR(?f), STR(?g)) AS ?cell) }""", "n"),
                "every function has examples in both row groups");
        assertSameSet("AI generation of the examples that already existed", Set.of("conventional-ai"), TestKG.values("""
                SELECT ?t WHERE { ?b aigb:benefitGroup benefitgroup:existing ; aigb:aiGeneration ?i BIND (STRAFTER(STR(?i), "/ai-type/") AS ?t) }""", "t"));
    }

    @Test
    void theExamplesAddedInFy2025IncludeEveryOneCl06NamesAndNoOther() {
        Set<String> added = TestKG.values("""
                SELECT ?l WHERE { ?b a aigb:BenefitExample ; sw:term_status "added" ; rdfs:label ?l FILTER (LANG(?l) = "ja") }""", "l");
        // CL-06: coding assistant, SNS agent, in-store robot, delivery robots/drones, case law, investment report, expense/hiring assistants, career plan
        for (String named : new String[] { "コーディングアシスタント", "SNS運用エージェント", "店頭ロボット", "自律搬送ロボット・ドローン", "判例",
                "投資レポート", "経費精算アシスタント", "AI採用アシスタント", "キャリアプラン" })
            assertTrue(added.stream().anyMatch(l -> l.contains(named)), "no added example for " + named + " in " + added);
        assertSameSet("examples added = examples CL-06 adds", added, TestKG.values("""
                SELECT ?l WHERE { change:CL-06 aigb:newState ?b . ?b rdfs:label ?l FILTER (LANG(?l) = "ja") }""", "l"));
        assertSameSet("AI generation of the added agent and robot examples",
                Set.of("marketing-sns-operation-agent ai-agent", "sales-in-store-robot-sales physical-ai", "logistics-autonomous-delivery-robots-and-drones physical-ai"),
                new TreeSet<>(TestKG.values("""
                        SELECT ?x WHERE { ?b a aigb:BenefitExample ; aigb:aiGeneration ?t FILTER (?t IN (aitype:ai-agent, aitype:physical-ai))
                          BIND (CONCAT(STRAFTER(STR(?b), "/benefit/"), " ", STRAFTER(STR(?t), "/ai-type/")) AS ?x) }""", "x")));
    }

    @Test
    void agentAndPhysicalAiBenefitStatements() {
        assertSameSet("benefit statements (CL-04, CL-05)", Set.of("ai-agent-benefits ai-agent", "physical-ai-benefits physical-ai"),
                TestKG.values("""
                        SELECT ?x WHERE { ?b a aigb:BenefitStatement ; aigb:aiGeneration ?t
                          BIND (CONCAT(STRAFTER(STR(?b), "/benefit/"), " ", STRAFTER(STR(?t), "/ai-type/")) AS ?x) }""", "x"));
    }
}
