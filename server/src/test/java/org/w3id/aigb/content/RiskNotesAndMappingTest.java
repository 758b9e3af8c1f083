package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * The FY2025 risk notes (guidelines-facts.md §10, CL-07…CL-33) and the risk → principle → item mapping (§7.3).
 * (That a note a change adds to a risk is about that risk, and that every added note has its change record,
 * are integrity checks: queries/checks/40-*, 41-*.)
 */
class RiskNotesAndMappingTest {
    private static final Map<String, String> RISK_OF_ROW = Map.of("R02", "biased-output", "R07", "discriminatory-output");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
    private static final Pattern ITEMS = Pattern.compile("([DPU])-(\\d+)\\) (.+)");

    @Test
    void notesCoverTheAiTypesAndProcessesTheUpdateNames() {
        // agents, physical AI, multimodal, code generation (CL-07…CL-12), generative AI (CL-30, CL-31, CL-33), agentic AI (CL-12)
        assertSameSet("AI types of the FY2025 risk notes", Set.of("ai-agent", "agentic-ai", "physical-ai", "multimodal-generative-ai",
                "code-generation-ai", "generative-ai"),
                TestKG.values("SELECT ?t WHERE { ?n a aigb:RiskNote ; aigb:concernsAIType ?i BIND (STRAFTER(STR(?i), \"/ai-type/\") AS ?t) }", "t"));
        assertSameSet("risk notes on RAG (indirect prompt injection, RAG abuse)", Set.of("https://w3id.org/aigb/id/risk-note/attacks-indirect-prompt-injection-and-rag-abuse"),
                TestKG.values("SELECT ?n WHERE { ?n a aigb:RiskNote ; aigb:concernsProcess term:rag }", "n"));
    }

    @Test
    void mappingRowsAreExactlyThoseTheSourceShows() {
        Set<String> expected = new TreeSet<>();
        for (List<String> row : FactsTable.rows("R0[27].*")) {
            if (!row.get(1).matches("\\d+\\).*"))
                continue; // a §7.2 row
            String risk = RISK_OF_ROW.get(row.get(0).substring(0, 3));
            String principle = "C-" + row.get(1).replaceFirst("\\).*", "");
            List<String> parts = new ArrayList<>();
            row.get(1).codePoints().mapToObj(Character::toString).filter(c -> CIRCLED.contains(c))
                    .forEach(c -> parts.add(principle + "-" + (CIRCLED.indexOf(c) + 1)));
            for (int col = 2; col <= 4; col++)
                parts.addAll(items(row.get(col)));
            String confidence = row.get(5).contains("INF") ? "INF" : "VS";
            expected.add(risk + " " + principle + " " + new TreeSet<>(parts) + " " + confidence);
        }
        Map<String, String> head = new TreeMap<>();
        Map<String, Set<String>> parts = new TreeMap<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?m ?risk ?p ?conf ?x WHERE { ?m aigb:mappedRisk ?r ; aigb:relatedPrinciple ?pr ; aigb:confidence/skos:notation ?conf ;
                      aigb:underReading reading:risk-mapping-merged-cells .
                  BIND (STRAFTER(STR(?r), "/risk/") AS ?risk) BIND (STRAFTER(STR(?pr), "/principle/") AS ?p)
                  OPTIONAL { ?m aigb:relatedSubItem|aigb:relatedItem ?i BIND (REPLACE(STR(?i), "^.*/", "") AS ?x) } }""")) {
            String m = row.getResource("m").getURI();
            head.put(m, row.getLiteral("risk").getString() + " " + row.getLiteral("p").getString());
            Set<String> ps = parts.computeIfAbsent(m, k -> new TreeSet<>());
            ps.add("conf:" + row.getLiteral("conf").getString());
            if (row.contains("x"))
                ps.add(row.getLiteral("x").getString());
        }
        Set<String> actual = new TreeSet<>();
        head.forEach((m, h) -> {
            Set<String> ps = new TreeSet<>(parts.get(m));
            String conf = ps.stream().filter(x -> x.startsWith("conf:")).findFirst().orElseThrow().substring(5);
            ps.removeIf(x -> x.startsWith("conf:"));
            actual.add(h + " " + ps + " " + conf);
        });
        // §7.3 records the merged-cell reading of the excerpt; the as-printed reading is checked against the
        // seed itself in FaithfulnessCorrectionsTest.
        assertEquals(7, expected.size(), "§7.3 shows 7 rows");
        assertSameSet("§7.3 mapping rows (risk, principle, sub-items and items, confidence)", expected, actual);
    }

    private static List<String> items(String cell) {
        Matcher m = ITEMS.matcher(cell);
        if (!m.matches())
            return List.of();
        List<String> out = new ArrayList<>();
        for (String roman : m.group(3).split(",\\s*"))
            out.add(m.group(1) + "-" + m.group(2) + "-" + roman.strip());
        return out;
    }
}
