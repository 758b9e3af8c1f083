package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** 別添1 A 表「AIシステム・サービス例」: the 8 FY2025 cases and who holds which role (guidelines-facts.md §12). */
class CasesTest {
    /** §12 columns 2..5 in order. */
    private static final List<String> ROLE_COLUMNS = List.of("AIDeveloper", "AIProvider", "AIBusinessUser", "NonBusinessUser");
    private static final Set<String> AI_USED = Set.of("ワークフロー作成", "AIエージェント", "フィジカルAI", "テキスト生成", "コード生成");
    private static final Pattern PARTY = Pattern.compile("(\\S+?)(?: \\((.+)\\))?");

    @Test
    void theEightCasesOfTheTable() {
        assertSameSet("case examples", Set.of("AIエージェント作成サービス", "旅行先提案・予約AIエージェント", "営業・CS支援AIエージェント",
                "自動運転システム", "自律移動ロボット", "社内ナレッジ検索支援AI", "プログラミング支援AI", "売上予測AI"),
                TestKG.values("SELECT ?l WHERE { ?c a aigb:CaseExample ; rdfs:label ?l FILTER (LANG(?l) = \"ja\") }", "l"));
    }

    @Test
    void theTableColumnsGiveEachParticipantItsRoles() {
        Set<String> expected = new TreeSet<>();
        for (List<String> row : FactsTable.rows(".+")) {
            if (row.size() < 6 || !AI_USED.contains(row.get(1).replace(" [sic in S1]", "")) || !row.get(2).endsWith(")"))
                continue;
            for (int col = 0; col < ROLE_COLUMNS.size(); col++)
                for (String party : row.get(2 + col).split(" / ")) {
                    if (party.equals("—"))
                        continue;
                    Matcher m = PARTY.matcher(party);
                    if (!m.matches())
                        throw new AssertionError("unreadable §12 cell: " + party);
                    expected.add(row.get(0) + " | " + m.group(1) + " | " + (m.group(2) == null ? "-" : m.group(2)) + " | " + ROLE_COLUMNS.get(col));
                }
        }
        Set<String> actual = new TreeSet<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?case ?who ?dept ?role WHERE {
                  ?a aigb:inCase/rdfs:label ?case ; aigb:assignee/rdfs:label ?who ; aigb:assignedRole ?r ; aigb:locator ?loc .
                  FILTER (LANG(?case) = "ja" && LANG(?who) = "ja" && LANG(?loc) = "ja" && !CONTAINS(?loc, "概要"))
                  OPTIONAL { ?a aigb:department ?dept FILTER (LANG(?dept) = "ja") }
                  BIND (STRAFTER(STR(?r), "/role/") AS ?role) }"""))
            actual.add(row.getLiteral("case").getString() + " | " + row.getLiteral("who").getString() + " | "
                    + (row.contains("dept") ? row.getLiteral("dept").getString() : "-") + " | " + row.getLiteral("role").getString());
        assertEquals(8, expected.stream().map(s -> s.substring(0, s.indexOf(" | "))).distinct().count(), "§12 has 8 cases");
        assertSameSet("§12 role columns", expected, actual);
    }

    @Test
    void companyQIsAlsoProviderByTheCaseSummary() {
        assertSameSet("roles of Q社 in the agent-building case", Set.of("AIBusinessUser", "AIProvider"),
                TestKG.values("SELECT ?role WHERE { ?a aigb:assignee participant:agent-builder-service-q ; aigb:assignedRole ?r BIND (STRAFTER(STR(?r), \"/role/\") AS ?role) }", "role"));
        assertEquals(1, TestKG.count("""
                SELECT (COUNT(?a) AS ?n) WHERE { ?a aigb:assignee participant:agent-builder-service-q ; aigb:assignedRole role:AIProvider ;
                  aigb:locator ?loc FILTER (LANG(?loc) = "ja" && CONTAINS(?loc, "概要")) }""", "n"), "the provider role is stated in the summary");
    }

    @Test
    void q23ListsTheOrganisationsHoldingTwoRoles() {
        Set<String> rows = new TreeSet<>();
        for (String[] c : ResearchQueries.cells("q23-cases-with-one-organisation-holding-two-roles"))
            rows.add(c[0] + " | " + c[1] + " | " + new TreeSet<>(List.of(c[2].split(" \\+ "))));
        Map<String, String> dp = Map.of("旅行先提案・予約AIエージェント", "G社", "営業・CS支援AIエージェント", "Z社", "自動運転システム", "H社",
                "自律移動ロボット", "J社", "プログラミング支援AI", "D社");
        Set<String> expected = new TreeSet<>();
        dp.forEach((c, o) -> expected.add(c + " | " + o + " | [AIDeveloper, AIProvider]"));
        expected.add("AIエージェント作成サービス | Q社 | [AIBusinessUser, AIProvider]");
        expected.add("社内ナレッジ検索支援AI | E社 | [AIBusinessUser, AIProvider]");
        expected.add("プログラミング支援AI | H社 | [AIBusinessUser, AIProvider]");
        assertSameSet("q23 (case, organisation, roles)", expected, rows);
    }
}
