package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** The sizes of the core graph against the completeness checklist, guidelines-facts.md §14. */
class GuidelineCountsTest {

    @Test
    void fourRolesAndTheWiderStakeholderNotion() {
        // §14: actors D/P/U + 業務外利用者 = 3 + 1; §1.3: ステークホルダー covers them all.
        assertSameSet("roles", Set.of("AIDeveloper", "AIProvider", "AIBusinessUser", "NonBusinessUser", "Stakeholder"),
                TestKG.values("SELECT ?c WHERE { ?r a aigb:Role ; aigb:code ?c }", "c"));
        assertSameSet("roles under Stakeholder", Set.of("AIDeveloper", "AIProvider", "AIBusinessUser", "NonBusinessUser"),
                TestKG.values("SELECT ?c WHERE { ?r skos:broader role:Stakeholder ; aigb:code ?c }", "c"));
    }

    @Test
    void threeBasicPhilosophies() {
        // §14 and §2: 基本理念 = 3.
        assertSameSet("basic philosophies", Set.of("dignity", "diversity-and-inclusion", "sustainability"),
                TestKG.values("SELECT ?p WHERE { ?i a aigb:BasicPhilosophy BIND (STRAFTER(STR(?i), '/philosophy/') AS ?p) }", "p"));
    }

    @Test
    void tenCommonGuidingPrinciples() {
        // §14 and §3: C-1 … C-10.
        assertSameSet("principles", Set.of("C-1", "C-2", "C-3", "C-4", "C-5", "C-6", "C-7", "C-8", "C-9", "C-10"),
                TestKG.values("SELECT ?c WHERE { ?p a aigb:GuidingPrinciple ; aigb:code ?c }", "c"));
    }

    @Test
    void twentyFourSubItemsForPrinciplesOneToSevenAndKnownGapsForEightAndTen() {
        // §3.1 and §14: 1)=6, 2)=3, 3)=2, 4)=1, 5)=2, 6)=4, 7)=6; 8) and 10) left out as known gaps.
        assertSameSet("sub-items per principle (q06)",
                Set.of("C-1 | 6", "C-2 | 3", "C-3 | 2", "C-4 | 1", "C-5 | 2", "C-6 | 4", "C-7 | 6", "C-8 | 0", "C-9 | 0", "C-10 | 0"),
                ResearchQueries.tuples("q06-principles-with-sub-items", "code", "subItems"));
        assertEquals(24, TestKG.count("SELECT (COUNT(?s) AS ?n) WHERE { ?s a aigb:PrincipleSubItem }", "n"));
        assertSameSet("principles whose sub-items are a recorded known gap", Set.of("C-8", "C-9", "C-10"),
                TestKG.values("SELECT ?c WHERE { ?p a aigb:GuidingPrinciple ; aigb:code ?c ; aigb:knownGap ?ja , ?en "
                        + "FILTER (lang(?ja) = 'ja' && lang(?en) = 'en') }", "c"));
    }

    @Test
    void itemsPerRoleAndPerStage() {
        // §14 and §4: D = 12 over 3 stages, P = 12 stated (11 recalled) over 2 stages, U = 7 over 1 stage.
        assertSameSet("items per role and stage (q01)", Set.of(
                "AIDeveloper | data-preprocessing-and-training | 2",
                "AIDeveloper | ai-development | 5",
                "AIDeveloper | after-development | 5",
                "AIProvider | system-implementation | 5",
                "AIProvider | after-provision | 6",
                "AIBusinessUser | use | 7"),
                ResearchQueries.tuples("q01-items-per-role-and-stage", "role", "stage", "items"));
        List<String> order = ResearchQueries.rows("q01-items-per-role-and-stage").stream().map(r -> r.get("stage")).toList();
        assertEquals(List.of("data-preprocessing-and-training", "ai-development", "after-development",
                "system-implementation", "after-provision", "use"), order, "stages in lifecycle order (aigb:sequence)");
    }

    @Test
    void theStatedProviderCountIsTwelveAndTheMissingItemIsARecordedGap() {
        // §4.2, §14: Part 4 has 12 items per S5, 11 are recalled; the 12th is not invented.
        assertSameSet("stated vs recorded items per part (q13)",
                Set.of("本編 第3部 | 12 | 12", "本編 第4部 | 12 | 11", "本編 第5部 | 7 | 7"),
                ResearchQueries.tuples("q13-stated-and-recorded-item-counts", "part", "stated", "recorded"));
        assertEquals(Set.of("本編 第4部"), TestKG.values("SELECT ?part WHERE { ?s aigb:statedItemCount ?n ; aigb:code ?part ; "
                + "aigb:knownGap ?ja , ?en FILTER (lang(?ja) = 'ja' && lang(?en) = 'en') }", "part"),
                "only Part 4 records a known gap, in ja and en");
    }
}
