package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;

/**
 * The guided search ({@code queries/search/guided.rq}) against the guideline: exact sets of items
 * and notes, grouped by principle, for choices whose answer the source fixes.
 */
class GuidedSearchTest {
    private static Search search;

    @BeforeAll
    static void build() {
        search = Search.build(TestKG.get(), Sources.classpath(), Limits.defaults());
    }

    /** principle code → sorted names of its entries ("*" marks an entry specific to an AI type or process). */
    private static Map<String, Set<String>> groups(Map<String, List<String>> filters) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Guided.Group g : search.run(new SearchRequest("", filters, null, 10)).groups()) {
            Set<String> names = new TreeSet<>();
            g.entries().forEach(e -> names.add(e.resource().name() + (e.specific() ? "*" : "")));
            out.put(g.code(), names);
        }
        return out;
    }

    @Test
    void aProviderImplementingAnAiAgentGetsThePart4ImplementationItemsAndTheAgentNotes() {
        // 第4部 AIシステム実装時 (P-2-i … P-6-i), their 別添4 notes and the provider's C-1 notes. The physical-AI
        // footnote of P-4-i concerns physical AI only, so it does not apply to an agent; notes naming no AI
        // type (guardrails, prompt design, data minimisation, RAG source citation) apply to every kind of AI.
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("role", List.of("AIProvider"));
        f.put("stage", List.of("system-implementation"));
        f.put("aitype", List.of("ai-agent"));
        Map<String, Set<String>> expected = sorted(Map.of(
                "C-1", Set.of("note:C-1-alignment-provider", "note:C-1-risk-mitigation-research-provider"),
                "C-2", Set.of("item:P-2-i", "note:P-2-i-data-minimisation", "note:P-2-i-guardrails", "note:P-2-i-human-judgment*",
                        "note:P-2-i-incident-prevention", "note:P-2-i-safe-prompt-design", "note:P-2-i-tool-whitelist*"),
                "C-3", Set.of("item:P-3-i"),
                "C-4", Set.of("item:P-4-i"),
                "C-5", Set.of("item:P-5-i", "note:P-5-i-least-privilege*", "note:P-5-i-oss-provenance"),
                "C-6", Set.of("item:P-6-i", "note:P-6-i-rag-source-citation")));
        assertEquals(expected, groups(f));
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> m) {
        Map<String, Set<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new TreeSet<>(v)));
        return out;
    }

    @Test
    void physicalAiBringsThePhysicalAiFootnoteAndDropsTheAgentOnlyNotes() {
        Map<String, Set<String>> g = groups(Map.of("role", List.of("AIProvider"), "aitype", List.of("physical-ai")));
        assertEquals(Set.of("item:P-4-i", "item:P-4-ii", "note:P-4-i-physical-ai-device-data*"), g.get("C-4"));
        assertEquals(Set.of("item:P-5-i", "item:P-5-ii", "note:P-5-i-oss-provenance"), g.get("C-5"), "least privilege is for agents only");
    }

    @Test
    void aRiskTopicFollowsTheRiskMappingTable() {
        // 別添1 B mapping excerpt: バイアスのある出力 → C-2 (…, U-2-i) and C-3 (…, U-3-i); a business user gets those
        // items and the notes of U-2-i (of which only the code-generation note names an AI type).
        Map<String, Set<String>> g = groups(Map.of("role", List.of("AIBusinessUser"), "topic", List.of("biased-output")));
        assertEquals(Set.of("C-2", "C-3"), g.keySet());
        assertEquals(Set.of("item:U-3-i*"), g.get("C-3"), "U-3-i names the process it concerns (inference)");
        assertEquals(Set.of("item:U-2-i", "note:U-2-i-code-generation-maintainability*", "note:U-2-i-data-minimisation",
                "note:U-2-i-human-judgment", "note:U-2-i-proper-use-context"), g.get("C-2"));
    }

    @Test
    void severalRolesGetTheItemsOfEachRole() {
        // C-7: P-7-i, P-7-ii (第4部) and U-7-i, U-7-ii (第5部); no developer item
        Map<String, Set<String>> g = groups(Map.of("role", List.of("AIProvider", "AIBusinessUser"), "topic", List.of("C-7")));
        assertEquals(Map.of("C-7", Set.of("item:P-7-i", "item:P-7-ii", "item:U-7-i", "item:U-7-ii")), g);
    }

    @Test
    void aRiskPrintedInTheMappingExcerptIsGuidedByTheRowsOfEitherReading() {
        // ハルシネーション… is printed beside the 2) and 3) rows of the excerpt: under the as-printed reading of
        // the table (the merged-cell reading gives those rows to the bias rows) a user gets U-2-i and U-3-i.
        Map<String, Set<String>> g = groups(Map.of("role", List.of("AIBusinessUser"), "topic", List.of("hallucination")));
        assertEquals(Set.of("C-2", "C-3"), g.keySet());
        assertEquals(Set.of("item:U-3-i*"), g.get("C-3"));
    }

    @Test
    void aRiskTheMappingExcerptDoesNotShowHasNoGuidedAnswer() {
        // The update document shows only an excerpt of the mapping table; misuse is not in it.
        assertEquals(Map.of(), groups(Map.of("topic", List.of("misuse"))));
    }
}
