package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** The definitions, processes and AI types of the FY2025 update (guidelines-facts.md §10 CL-01 … CL-03, CL-41 … CL-44, §11). */
class DefinitionsTest {

    /** §11 and §14: the definitions the FY2025 update adds, by Japanese label. */
    static final Set<String> FY2025_DEFINITIONS = Set.of(
            "学習", "事前学習", "事後学習", "アライメント", "推論", "自律",
            "訓練データ", "検証データ", "テストデータ", "推論用データ",
            "リスクベースアプローチ", "自動化バイアス",
            "AIエージェント", "フィジカルAI", "エージェンティックAI");

    /** (Each has a ja and en definition, is in v1.2 only and has the update's date: queries/checks/24-*.) */
    @Test
    void theFy2025DefinitionsAreThoseOfTheFactsFile() {
        assertSameSet("defined terms added in FY2025 (q07)", FY2025_DEFINITIONS,
                ResearchQueries.tuples("q07-fy2025-definitions", "label"));
    }

    @Test
    void learningIsPreTrainingPlusPostTrainingAndExcludesInContextLearning() {
        // CL-41, CL-42: 学習 = 事前学習 + 事後学習; ファインチューニング is post-training; ICL is not 学習.
        assertSameSet("narrower than learning", Set.of("pre-training", "post-training", "fine-tuning"),
                TestKG.values("SELECT ?p WHERE { ?t skos:broader+ term:learning BIND (STRAFTER(STR(?t), '/term/') AS ?p) }", "p"));
        assertTrue(TestKG.ask("ASK { term:fine-tuning skos:broader term:post-training }"));
        assertTrue(TestKG.ask("ASK { term:in-context-learning aigb:excludedFrom term:learning }"));
        assertTrue(TestKG.ask("ASK { term:alignment skos:related term:post-training FILTER NOT EXISTS { term:alignment skos:broader ?any } }"),
                "alignment is related to post-training, not under it: providers align through guardrails and prompts");
    }

    @Test
    void inferenceIncludesRagAndEachDataKindHasItsProcess() {
        // CL-43, CL-44, §11.1.
        assertTrue(TestKG.ask("ASK { term:rag skos:broader term:inference }"));
        assertSameSet("data kind | process", Set.of("training-data | learning", "validation-data | learning",
                "test-data | learning", "inference-data | inference"), TestKG.values("""
                SELECT ?t WHERE { ?d a aigb:DataKind ; aigb:usedInProcess ?p
                    BIND (CONCAT(STRAFTER(STR(?d), '/term/'), ' | ', STRAFTER(STR(?p), '/term/')) AS ?t) }""", "t"));
    }

    @Test
    void theStagesOfEachRoleAndTheProcessesInThem() {
        // §4 stage headings; CL-34/CL-42 (post-training is the developer's), CL-40 (RAG is the provider's), CL-43 (inference).
        assertSameSet("q11 rows", Set.of(
                "AIDeveloper | 1 | data-preprocessing-and-training",
                "AIDeveloper | 2 | ai-development",
                "AIDeveloper | 3 | after-development",
                "AIProvider | 4 | system-implementation",
                "AIProvider | 5 | after-provision",
                "AIBusinessUser | 6 | use"), ResearchQueries.tuples("q11-stages-of-each-role", "role", "sequence", "stage"));
        assertSameSet("stage | process", Set.of(
                "data-preprocessing-and-training | learning", "data-preprocessing-and-training | pre-training",
                "data-preprocessing-and-training | post-training", "after-development | post-training",
                "system-implementation | rag", "use | inference"), TestKG.values("""
                SELECT ?t WHERE { ?s aigb:includesProcess ?p
                    BIND (CONCAT(STRAFTER(STR(?s), '/stage/'), ' | ', STRAFTER(STR(?p), '/term/')) AS ?t) }""", "t"));
    }

    @Test
    void aiTypesWithTheirBroaderTypeDefinitionAndStatus() {
        // §11, CL-01 … CL-03: AI agent, physical AI and agentic AI are defined by the FY2025 update.
        assertSameSet("q15 rows (type | broader | defined | status)", Set.of(
                "advanced-ai-system |  | false | stable",
                "agentic-ai |  | true | added",
                "ai-agent |  | true | added",
                "code-generation-ai | generative-ai | false | stable",
                "conventional-ai |  | false | stable",
                "generative-ai |  | false | stable",
                "multimodal-generative-ai | generative-ai | false | stable",
                "physical-ai |  | true | added",
                "text-generation-ai | generative-ai | false | added"),
                ResearchQueries.tuples("q15-ai-types", "aiType", "broader", "defined", "status"));
    }

    @Test
    void theAiAgentDefinitionCitesIso22989AndAgenticAiKeepsTheDraftSpelling() {
        // CL-01: reference definition of ISO/IEC 22989:2022; CL-03: S1 spells 「エージェントックAI」, definition deferred.
        assertTrue(TestKG.ask("""
                ASK { aitype:ai-agent dcterms:references doc:iso-iec-22989-2022 ; aigb:referenceDefinition ?ja , ?en .
                      doc:iso-iec-22989-2022 a aigb:ReferenceDocument . FILTER (lang(?ja) = 'ja' && lang(?en) = 'en') }"""));
        assertTrue(TestKG.ask("""
                ASK { aitype:agentic-ai rdfs:label "エージェンティックAI"@ja ; skos:altLabel "エージェントックAI"@ja ;
                      skos:related aitype:ai-agent ; aigb:confidenceNote ?note ; aigb:knownGap ?gap }"""));
    }
}
