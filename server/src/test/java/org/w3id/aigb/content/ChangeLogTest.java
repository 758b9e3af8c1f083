package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** The FY2025 change log against guidelines-facts.md §10 (60 records, 7 topics) and the developments it cites. */
class ChangeLogTest {
    private static final Pattern TOPIC = Pattern.compile("#(\\d) (\\S+) \\(([^)]+)\\)");
    private static final Set<String> MIC = Set.of("mic-ai-network-society-council", "mic-ai-governance-study-group");
    private static final Set<String> METI = Set.of("meti-ai-guidelines-study-group");

    @Test
    void sixtyChangeRecordsEachUnderTheTopicsOfTheFactsFile() {
        Set<String> expected = new TreeSet<>();
        for (List<String> row : FactsTable.rows("CL-\\d\\d"))
            expected.add(row.get(0) + " " + new TreeSet<>(List.of(row.get(1).split("\\+"))));
        Map<String, Set<String>> topics = new java.util.TreeMap<>();
        TestKG.select("SELECT ?code ?topic WHERE { ?c a aigb:ChangeRecord ; aigb:code ?code ; aigb:updateTopic/aigb:code ?topic }")
                .forEach(r -> topics.computeIfAbsent(r.getLiteral("code").getString(), k -> new TreeSet<>()).add(r.getLiteral("topic").getString()));
        Set<String> actual = new TreeSet<>();
        topics.forEach((code, t) -> actual.add(code + " " + t));
        assertEquals(60, expected.size(), "§10 has 60 rows");
        assertSameSet("change records with their topics (§10)", expected, actual);
    }

    @Test
    void sevenTopicsWithTheBodiesThatRaisedThem() {
        Set<String> expected = new TreeSet<>();
        Matcher m = TOPIC.matcher(FactsTable.text());
        while (m.find()) {
            Set<String> bodies = new TreeSet<>();
            String who = m.group(3);
            if (who.startsWith("MIC") || who.startsWith("both"))
                bodies.addAll(MIC);
            if (who.startsWith("METI") || who.startsWith("both"))
                bodies.addAll(METI);
            if (who.contains("事業者アンケート"))
                bodies.add("business-survey");
            expected.add(m.group(1) + " " + m.group(2) + " " + bodies);
        }
        Map<String, String> titles = new java.util.TreeMap<>();
        Map<String, Set<String>> raised = new java.util.TreeMap<>();
        TestKG.select("""
                SELECT ?code ?title ?body WHERE { ?t a aigb:UpdateTopic ; aigb:code ?code ; rdfs:label ?title ; aigb:raisedBy ?b .
                  FILTER (LANG(?title) = "ja") BIND (STRAFTER(STR(?b), "/body/") AS ?body) }""").forEach(r -> {
            titles.put(r.getLiteral("code").getString(), r.getLiteral("title").getString());
            raised.computeIfAbsent(r.getLiteral("code").getString(), k -> new TreeSet<>()).add(r.getLiteral("body").getString());
        });
        Set<String> actual = new TreeSet<>();
        titles.forEach((code, title) -> actual.add(code + " " + title + " " + raised.get(code)));
        assertEquals(7, expected.size(), "§10 names 7 topics");
        assertSameSet("update topics (§10)", expected, actual);
    }

    @Test
    void removalsMovesAndReclassificationsAreTheOnesTheSourceDescribes() {
        assertSameSet("kinds other than added/modified", Set.of("CL-28 Reclassified", "CL-39 Removed", "CL-40 Moved"),
                TestKG.values("""
                        SELECT ?x WHERE { ?c aigb:code ?code ; aigb:changeKind ?k FILTER (?k NOT IN (aigb:Added, aigb:Modified))
                          BIND (CONCAT(?code, " ", STRAFTER(STR(?k), "#")) AS ?x) }""", "x"));
    }

    @Test
    void q22FindsTheRagNoteMovedFromDeveloperToProvider() {
        List<String[]> rows = ResearchQueries.cells("q22-changes-moving-content-between-roles");
        assertSameSet("q22 (code, from role, from, to role, to)",
                Set.of("CL-40 AIDeveloper https://w3id.org/aigb/id/note/D-6-i-rag-transparency AIProvider https://w3id.org/aigb/id/note/P-6-i-rag-source-citation"),
                rows.stream().map(c -> String.join(" ", c[0], c[2], c[3], c[5], c[6])).toList());
    }

    @Test
    void theDevelopmentsTheUpdateCitesHaveTheirDates() {
        assertSameSet("developments and their dates (§10 CL-47…CL-51, seed)", Set.of(
                "ai-promotion-act 2025-06", "ai-appropriateness-guideline 2025-12-19", "mic-municipal-ai-guidebook-4 2025-12",
                "mic-ai-security-technical-guideline 2026-03", "digital-agency-genai-procurement-guideline 2025-05-27",
                "reporting-framework/hiroshima 2024-12"),
                TestKG.values("""
                        SELECT ?x WHERE { ?c aigb:code ?code ; aigb:newState ?d . ?d dcterms:issued|dcterms:created ?date .
                          FILTER (?code IN ("CL-47", "CL-48", "CL-49", "CL-50", "CL-51"))
                          BIND (REPLACE(STR(?d), "^https://w3id.org/aigb/id/(doc/)?", "") AS ?name)
                          BIND (CONCAT(?name, " ", STR(?date)) AS ?x) }""", "x"));
    }
}
