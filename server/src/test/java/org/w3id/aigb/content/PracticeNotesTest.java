package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** The practice notes of 別添3-5 that the FY2025 update adds or removes (guidelines-facts.md §13, CL-13 … CL-21, CL-37 … CL-40). */
class PracticeNotesTest {

    @Test
    void theNotesOfEachRole() {
        assertSameSet("notes | role", Set.of(
                "D-2-i-data-minimisation | AIDeveloper", "D-2-iii-model-authenticity | AIDeveloper",
                "D-2-iii-base-model-selection | AIDeveloper", "D-6-i-llm-rationale | AIDeveloper",
                "D-6-i-rag-transparency | AIDeveloper", "D-3-i-rag-data-handling | AIDeveloper",
                "C-1-alignment-developer | AIDeveloper",
                "C-1-alignment-provider | AIProvider", "C-1-risk-mitigation-research-provider | AIProvider",
                "P-2-i-guardrails | AIProvider", "P-2-i-safe-prompt-design | AIProvider", "P-2-i-data-minimisation | AIProvider",
                "P-2-i-tool-whitelist | AIProvider", "P-2-i-human-judgment | AIProvider", "P-2-i-incident-prevention | AIProvider",
                "P-5-i-oss-provenance | AIProvider", "P-5-i-least-privilege | AIProvider",
                "P-4-i-physical-ai-device-data | AIProvider", "P-6-i-rag-source-citation | AIProvider",
                "U-2-i-human-judgment | AIBusinessUser", "U-2-i-data-minimisation | AIBusinessUser",
                "U-2-i-code-generation-maintainability | AIBusinessUser", "U-2-i-proper-use-context | AIBusinessUser",
                "U-5-i-log-review | AIBusinessUser", "U-5-i-abnormal-operation-reporting | AIBusinessUser"),
                TestKG.values("""
                        SELECT ?t WHERE { ?n a aigb:PracticeNote ; aigb:forRole/aigb:code ?role
                            BIND (CONCAT(STRAFTER(STR(?n), '/note/'), ' | ', ?role) AS ?t) }""", "t"));
    }

    @Test
    void onlyTheAdditionsTheUpdateStatesAreFlagged() {
        // §13 bold rows and CL-37/CL-38/CL-40; context bullets, the base-model ◇ (INF) and removed methods are not flagged.
        // AI types only where the update document names one for the addition (checked against the seed in
        // FaithfulnessCorrectionsTest): the data-minimisation notes and U-2-i's human judgment name none, and
        // footnote 127 concerns code generation (§13's "agents" tags on them overstated the source).
        assertSameSet("q09 rows (role | for | note | AI types)", Set.of(
                "AIBusinessUser | U-2-i | U-2-i-code-generation-maintainability | code-generation-ai",
                "AIBusinessUser | U-2-i | U-2-i-data-minimisation | ",
                "AIBusinessUser | U-2-i | U-2-i-human-judgment | ",
                "AIBusinessUser | U-5-i | U-5-i-abnormal-operation-reporting | ai-agent physical-ai",
                "AIBusinessUser | U-5-i | U-5-i-log-review | ai-agent physical-ai",
                "AIDeveloper | C-1 | C-1-alignment-developer | ",
                "AIDeveloper | D-2-i | D-2-i-data-minimisation | ",
                "AIDeveloper | D-2-iii | D-2-iii-model-authenticity | ",
                "AIDeveloper | D-6-i | D-6-i-llm-rationale | ai-agent",
                "AIProvider | C-1 | C-1-alignment-provider | ",
                "AIProvider | P-2-i | P-2-i-data-minimisation | ",
                "AIProvider | P-2-i | P-2-i-guardrails | ",
                "AIProvider | P-2-i | P-2-i-human-judgment | ai-agent physical-ai",
                "AIProvider | P-2-i | P-2-i-safe-prompt-design | ",
                "AIProvider | P-2-i | P-2-i-tool-whitelist | ai-agent",
                "AIProvider | P-4-i | P-4-i-physical-ai-device-data | physical-ai",
                "AIProvider | P-5-i | P-5-i-least-privilege | ai-agent",
                "AIProvider | P-5-i | P-5-i-oss-provenance | ",
                "AIProvider | P-6-i | P-6-i-rag-source-citation | "),
                ResearchQueries.rows("q09-notes-added-in-fy2025").stream()
                        .map(r -> String.join(" | ", r.get("role"), r.get("for"), r.get("note"), sortedWords(r.get("aiTypes"))))
                        .toList());
    }

    @Test
    void itemsWithNotesForAiAgents() {
        // §13 "agents" rows, less those whose addition the update document ties to no AI type (data minimisation,
        // U-2-i's human judgment) or to code generation (footnote 127): D-6-i, P-2-i (2), P-5-i, U-5-i (2).
        assertSameSet("q03 rows (item | note)", Set.of(
                "D-6-i | D-6-i-llm-rationale",
                "P-2-i | P-2-i-tool-whitelist", "P-2-i | P-2-i-human-judgment",
                "P-5-i | P-5-i-least-privilege",
                "U-5-i | U-5-i-log-review", "U-5-i | U-5-i-abnormal-operation-reporting"),
                ResearchQueries.tuples("q03-items-with-ai-agent-notes", "code", "note"));
    }

    @Test
    void itemsByTheAiTypesOfTheirNotesFollowTheTypeHierarchy() {
        // A note on code-generation AI also counts for generative AI (skos:broader).
        assertSameSet("q10 rows (AI type | item | notes)", Set.of(
                "ai-agent | D-6-i | 1", "ai-agent | P-2-i | 2", "ai-agent | P-5-i | 1", "ai-agent | U-5-i | 2",
                "code-generation-ai | U-2-i | 1", "generative-ai | U-2-i | 1",
                "physical-ai | P-2-i | 1", "physical-ai | P-4-i | 1", "physical-ai | U-5-i | 2"),
                ResearchQueries.tuples("q10-items-by-ai-type-of-their-notes", "aiType", "code", "notes"));
    }

    @Test
    void itemsConcerningPostTrainingAndItemsConcerningRag() {
        // CL-13 (base model for post-training), CL-37 with CL-34 (developers align through post-training), CL-40 (RAG → P-6-i).
        assertSameSet("q04 rows (topic | item | via)", Set.of(
                "post-training | C-1 | C-1-alignment-developer",
                "post-training | D-2-iii | D-2-iii-base-model-selection",
                "rag | P-6-i | P-6-i-rag-source-citation"),
                ResearchQueries.tuples("q04-items-concerning-post-training-or-rag", "topic", "code", "via"));
    }

    @Test
    void aboutRagTheDeveloperLostTwoMethodsAndTheProviderGainedOne() {
        // CL-39: D-3-i RAG method deleted; CL-40: D-6-i RAG method moved to P-6-i.
        assertSameSet("q05 rows (role | item | note | status | editions | replaced by)", Set.of(
                "AIDeveloper | D-3-i | D-3-i-rag-data-handling | deprecated | v1.1 | ",
                "AIDeveloper | D-6-i | D-6-i-rag-transparency | deprecated | v1.1 | P-6-i-rag-source-citation",
                "AIProvider | P-6-i | P-6-i-rag-source-citation | added | v1.2 | "),
                ResearchQueries.tuples("q05-rag-from-developer-to-provider", "role", "item", "note", "status", "editions", "replacedBy"));
    }

    @Test
    void whatAppliedUnderVersion11StaysAnswerable() {
        // D-6-i: the RAG method under v1.1, the LLM-rationale method under v1.2 (CL-14, CL-40); D-3-i loses its RAG method (CL-39).
        Set<String> rows = ResearchQueries.tuples("q14-notes-by-edition", "for", "edition", "note");
        assertSameSet("q14 rows for D-6-i and D-3-i",
                Set.of("D-6-i | v1.1 | D-6-i-rag-transparency", "D-6-i | v1.2 | D-6-i-llm-rationale", "D-3-i | v1.1 | D-3-i-rag-data-handling"),
                rows.stream().filter(r -> r.startsWith("D-6-i ") || r.startsWith("D-3-i ")).toList());
        // 19 notes added (v1.2), 4 context notes (v1.1 and v1.2: the base-model ◇ of D-2-iii is not marked as
        // added, so it counts as context), 2 removed (v1.1).
        assertEquals(19 + 2 * 4 + 2, rows.size(), "note-edition rows");
    }

    @Test
    void alignmentIsCarriedOutThroughPostTrainingByDevelopersAndGuardrailsAndPromptsByProviders() {
        // CL-37, CL-38.
        assertSameSet("q16 rows (role | for | note)", Set.of(
                "AIDeveloper | C-1 | C-1-alignment-developer",
                "AIProvider | C-1 | C-1-alignment-provider",
                "AIProvider | P-2-i | P-2-i-guardrails",
                "AIProvider | P-2-i | P-2-i-safe-prompt-design"),
                ResearchQueries.tuples("q16-alignment-by-role", "role", "for", "note"));
    }

    private static String sortedWords(String s) {
        return String.join(" ", new java.util.TreeSet<>(java.util.Arrays.asList(s.isBlank() ? new String[0] : s.split(" "))));
    }
}
