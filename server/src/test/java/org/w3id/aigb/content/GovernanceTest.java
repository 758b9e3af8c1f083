package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** 別添2: the agile governance cycle, the action targets (guidelines-facts.md §6) and the FY2025 columns (CL-56). */
class GovernanceTest {

    @Test
    void sixStepsFormOneCycle() {
        assertEquals(6, TestKG.count("SELECT (COUNT(?s) AS ?n) WHERE { ?s a aigb:GovernanceStep }", "n"));
        // following aigb:nextStep six times from step 1 visits every step and comes back
        assertEquals(6, TestKG.count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?first a aigb:GovernanceStep ; aigb:code "1" .
                  ?first aigb:nextStep ?s2 . ?s2 aigb:nextStep ?s3 . ?s3 aigb:nextStep ?s4 . ?s4 aigb:nextStep ?s5 .
                  ?s5 aigb:nextStep ?s6 . ?s6 aigb:nextStep ?first .
                  VALUES ?i { 1 2 3 4 5 6 } BIND (IF(?i = 1, ?first, IF(?i = 2, ?s2, IF(?i = 3, ?s3, IF(?i = 4, ?s4, IF(?i = 5, ?s5, ?s6))))) AS ?s) }""", "n"));
    }

    @Test
    void fifteenActionTargetsWithTheTitlesOfTheFactsFile() {
        Set<String> expected = new TreeSet<>();
        for (List<String> row : FactsTable.rows("\\d-\\d(-\\d)?"))
            if (!row.get(2).startsWith("("))  // 6-2: "(not recalled; may not exist)"
                expected.add(row.get(0) + " " + row.get(1) + " " + row.get(2));
        Set<String> actual = TestKG.values("""
                SELECT ?x WHERE { ?t a aigb:ActionTarget ; aigb:code ?code ; rdfs:label ?title ; aigb:underStep/aigb:code ?step .
                  FILTER (LANG(?title) = "ja") BIND (CONCAT(?code, " ", ?step, " ", ?title) AS ?x) }""", "x");
        assertEquals(15, expected.size(), "§6.2 lists 15 targets (6-2 unknown)");
        assertSameSet("action targets (§6.2)", expected, actual);
        assertSameSet("targets verified and changed in FY2025", Set.of("3-1", "3-1-1", "3-2"), TestKG.values("""
                SELECT ?code WHERE { ?t a aigb:ActionTarget ; aigb:code ?code ; aigb:confidence aigb:Verified ; sw:term_status "changed" }""", "code"));
        assertSameSet("3-1 cites the AIGA report and EU AI Act Annex III",
                Set.of("https://w3id.org/aigb/id/doc/aiga-strategy-report", "https://w3id.org/aigb/id/eu-ai-act/annex-iii"),
                TestKG.values("SELECT ?d WHERE { target:3-1 dcterms:references ?d }", "d"));
    }

    @Test
    void governanceColumnsFiveUpdatedTwoNew() {
        assertSameSet("columns of 別添2 B (CL-56)", Set.of("changed コラム5 NECグループ", "changed コラム6 東芝グループ", "changed コラム8 富士通グループ",
                "changed コラム9 ソフトバンク", "changed コラム10 NTT DATA", "added - IBM", "added - Amazon Web Services"),
                TestKG.values("""
                        SELECT ?x WHERE { ?c a aigb:GovernanceColumn ; rdfs:label ?l ; sw:term_status ?s FILTER (LANG(?l) = "ja")
                          OPTIONAL { ?c aigb:code ?code } BIND (CONCAT(?s, " ", COALESCE(?code, "-"), " ", ?l) AS ?x) }""", "x"));
    }
}
