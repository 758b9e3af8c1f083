package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Statements a review found to say more than the FY2025 update document shows, each checked against
 * the document itself (../shared/seed; skipped where it is absent) and against the graph: the
 * risk-mapping excerpt read both ways, D-2-iii's single addition, the explicit reclassification of
 * 差別的出力, the discriminatory-output case, AI-type tags the source does not give, the governance
 * columns' shared themes, the section of the 官公庁・自治体 references, topic 6's 「AI法」, the DPV
 * mapping of AI agents, and the source's spelling of agentic AI.
 */
class FaithfulnessCorrectionsTest {
    private static final String MAPPING_SLIDE = "③一部リスクの分類見直し（表「AIによるリスク例と共通の指針及び主体毎に重要となる事項のマッピング」）";
    /** The risk labels as the excerpt prints them (with its struck words), and the risk examples they are. */
    private static final Map<String, String> PRINTED_RISK = Map.of(
            "バイアスのある出力、差別的出力、一貫性のない出力等", "biased-output",
            "ハルシネーション等による誤った出力", "hallucination",
            "差別的出力、トリアージにおける差別", "discriminatory-output",
            "過度な依存", "over-reliance");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";
    private static final Pattern ROMAN = Pattern.compile("(?:^|\\s)(iii|ii|iv|i|v)\\.\\s");

    // ---------------------------------------------------------------------------------------------
    // The risk-mapping excerpt: each reading its own row set, no printed risk example left unmapped
    // ---------------------------------------------------------------------------------------------

    /** The excerpt's rows as "risk C-n [sub-items and items]", grouped the way {@code mergedCells} says. */
    private static Set<String> excerptRows(boolean mergedCells) {
        List<String> lines = SeedText.text().lines().toList();
        int start = lines.indexOf(MAPPING_SLIDE);
        assertTrue(start >= 0, "the seed has the mapping slide");
        Set<String> rows = new TreeSet<>();
        String current = null;
        for (String line : lines.subList(start, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 3 || !cells[2].strip().matches("\\d+\\).*")) {
                if (current != null && !line.isBlank() && !line.startsWith("\t"))
                    break; // past the table
                continue;
            }
            String label = SeedText.normalise(cells[1]);
            boolean newGroup = !cells[0].isBlank();
            if (!label.isEmpty() && (!mergedCells || newGroup))
                current = PRINTED_RISK.get(label);
            assertTrue(current != null, "a printed risk label the test does not know: " + cells[1]);
            String principle = cells[2].strip();
            int n = Integer.parseInt(principle.substring(0, principle.indexOf(')')));
            Set<String> parts = new TreeSet<>();
            principle.codePoints().mapToObj(Character::toString).filter(CIRCLED::contains)
                    .forEach(c -> parts.add("C-" + n + "-" + (CIRCLED.indexOf(c) + 1)));
            String[] actors = {"D", "P", "U"};
            for (int a = 0; a < 3 && 3 + a < cells.length; a++) {
                Matcher m = ROMAN.matcher(" " + cells[3 + a]);
                while (m.find())
                    parts.add(actors[a] + "-" + n + "-" + m.group(1));
            }
            rows.add(current + " C-" + n + " " + parts);
        }
        return rows;
    }

    private static Set<String> graphRows(String reading) {
        Map<String, Set<String>> parts = new java.util.TreeMap<>();
        for (var row : TestKG.select("""
                SELECT ?m ?risk ?p ?x WHERE { ?m aigb:mappedRisk ?r ; aigb:relatedPrinciple ?pr ; aigb:underReading reading:%s .
                  BIND (STRAFTER(STR(?r), "/risk/") AS ?risk) BIND (STRAFTER(STR(?pr), "/principle/") AS ?p)
                  OPTIONAL { ?m aigb:relatedSubItem|aigb:relatedItem ?i BIND (REPLACE(STR(?i), "^.*/", "") AS ?x) } }""".formatted(reading))) {
            String key = row.getLiteral("risk").getString() + " " + row.getLiteral("p").getString();
            Set<String> ps = parts.computeIfAbsent(key, k -> new TreeSet<>());
            if (row.contains("x"))
                ps.add(row.getLiteral("x").getString());
        }
        Set<String> out = new TreeSet<>();
        parts.forEach((k, v) -> out.add(k + " " + v));
        return out;
    }

    @Test
    void theMappingExcerptIsRecordedUnderEachReadingAsTheSeedPrintsIt() {
        Set<String> asPrinted = excerptRows(false), merged = excerptRows(true);
        assertEquals(7, asPrinted.size(), "the excerpt prints seven principle rows: " + asPrinted);
        assertSameSet("rows under reading:risk-mapping-as-printed", asPrinted, graphRows("risk-mapping-as-printed"));
        assertSameSet("rows under reading:risk-mapping-merged-cells", merged, graphRows("risk-mapping-merged-cells"));
        Set<String> both = new TreeSet<>(asPrinted);
        both.retainAll(merged);
        assertSameSet("rows the readings agree on are the Verified ones", both, TestKG.values("""
                SELECT ?t WHERE { ?m a aigb:RiskMapping ; aigb:confidence aigb:Verified ; aigb:mappedRisk ?r ; aigb:relatedPrinciple ?p .
                  BIND (CONCAT(STRAFTER(STR(?r), "/risk/"), " ", STRAFTER(STR(?p), "/principle/")) AS ?t) }""", "t").stream()
                .map(t -> asPrinted.stream().filter(r -> r.startsWith(t + " ")).findFirst().orElse(t)).toList());
    }

    @Test
    void noRiskExamplePrintedInTheExcerptIsLeftUnmappedAndAQueryCanAskForEitherReading() {
        for (String risk : PRINTED_RISK.values())
            assertTrue(TestKG.ask("ASK { ?m aigb:mappedRisk risk:" + risk + " }"), risk + " has no mapping row under any reading");
        assertEquals(Set.of("risk-mapping-as-printed", "risk-mapping-merged-cells"),
                ResearchQueries.tuples("q25-risk-principle-item-mapping", "reading"));
        assertTrue(ResearchQueries.tuples("q25-risk-principle-item-mapping", "reading", "risk", "principle")
                .contains("risk-mapping-as-printed | ハルシネーション等による誤った出力 | C-2"));
    }

    // ---------------------------------------------------------------------------------------------
    // D-2-iii: only model authenticity is marked as added
    // ---------------------------------------------------------------------------------------------

    @Test
    void dTwoThreeAddsOnlyModelAuthenticity() {
        String seed = SeedText.text();
        int slide = seed.indexOf("D-2) iii. 適正利用に資する開発");
        int next = seed.indexOf("D-2) i. 適切なデータの学習", slide);
        String block = seed.substring(slide, next);
        List<String> added = block.lines().filter(l -> l.startsWith("●") && l.contains("旨を追記")).toList();
        assertEquals(1, added.size(), "one addition is stated for D-2) iii: " + added);
        assertTrue(added.get(0).contains("真正性") && !added.get(0).contains("事後学習") && !added.get(0).contains("学習済"), added.get(0));
        assertTrue(block.contains("事前学習済の AI モデルに対する事後学習を行う場合に、学習済 AI モデルを適切に選択する"),
                "the base-model bullet is printed there, without an addition of its own");

        assertEquals(Set.of("https://w3id.org/aigb/id/note/D-2-iii-model-authenticity"),
                TestKG.values("SELECT ?n WHERE { change:CL-13 aigb:newState ?n }", "n"), "CL-13 adds model authenticity only");
        assertTrue(TestKG.ask("""
                ASK { note:D-2-iii-base-model-selection sw:term_status "stable" ; aigb:explicitlyFlagged false ;
                        aigb:inEdition edition:v1.1 , edition:v1.2 FILTER NOT EXISTS { note:D-2-iii-base-model-selection dcterms:created ?d } }"""),
                "the base-model note is context, not an addition");
        for (String lang : List.of("ja", "en")) {
            String description = TestKG.values("SELECT ?d WHERE { item:D-2-iii dcterms:description ?d FILTER (lang(?d) = '" + lang + "') }", "d")
                    .iterator().next();
            assertFalse(description.contains("事後学習") || description.contains("post-training"), "D-2-iii's description: " + description);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 差別的出力: reclassification stated explicitly; the case summary
    // ---------------------------------------------------------------------------------------------

    @Test
    void theReclassificationOfDiscriminatoryOutputIsVerifiedAsTheSourceStatesIt() {
        assertTrue(SeedText.contains("「**差別的出力**」を「**倫理・法に関するリスク**」へと再分類"));
        assertTrue(TestKG.ask("""
                ASK { riskclass:discriminatory-output-in-ethics-and-law aigb:classifiedRisk risk:discriminatory-output ;
                        aigb:inCategory riskcat:ethics-and-law ; aigb:confidence aigb:Verified .
                      change:CL-28 aigb:newState riskcat:ethics-and-law ; aigb:confidence aigb:Verified }"""));
    }

    @Test
    void theDiscriminatoryOutputCaseEndsAsTheSourceSays() {
        // The company tried to fix the program, but stopped using it because the fix would create another discrimination.
        assertTrue(SeedText.contains("女性を差別しないようにプログラムの改善を試みたものの別の差別を生むとして運用を取りやめる結果になった"));
        String ja = TestKG.values("SELECT ?s WHERE { risk:discriminatory-output aigb:incidentSummary ?s FILTER (lang(?s) = 'ja') }", "s").iterator().next();
        String en = TestKG.values("SELECT ?s WHERE { risk:discriminatory-output aigb:incidentSummary ?s FILTER (lang(?s) = 'en') }", "s").iterator().next();
        assertTrue(ja.contains("改善を試み") && ja.contains("別の差別") && !ja.contains("困難"), ja);
        assertTrue(en.contains("another discrimination") && !en.contains("hard"), en);
    }

    // ---------------------------------------------------------------------------------------------
    // AI-type tags only where the source names an AI type
    // ---------------------------------------------------------------------------------------------

    @Test
    void notesWhoseAdditionNamesNoAiTypeCarryNone() {
        // The statements of the additions, as the seed writes them: none names an AI type.
        for (String statement : List.of("意図しないデータ外部送信リスクの被害を抑えるため、扱うデータを必要最小限に限定する旨を追記",
                "意図しないデータの漏洩リスクの被害を抑えるため、データ最小化が重要である旨を追記",
                "出力によって重大な影響又は被害が生じ得る場合、人間の判断を介在させる仕組みに基づいた判断が重要である旨を追記")) {
            assertTrue(SeedText.contains(statement), statement);
            for (String type : List.of("エージェント", "フィジカル", "生成AI", "マルチモーダル"))
                assertFalse(statement.contains(type), statement);
        }
        assertEquals(Set.of(), TestKG.values("""
                SELECT ?n WHERE { VALUES ?n { note:D-2-i-data-minimisation note:P-2-i-data-minimisation note:U-2-i-data-minimisation
                                              note:U-2-i-human-judgment }
                                  ?n aigb:concernsAIType ?t }""", "n"), "AI-type tags on notes whose addition names no AI type");
        // Footnote 127 is about code made with (code-)generation AI; agents are only why code generation got easier.
        assertTrue(SeedText.contains("さらにコード生成 AI の利用においては、作成者の意図やコード構造の把握が難しくなり"));
        assertEquals(Set.of("https://w3id.org/aigb/id/ai-type/code-generation-ai"),
                TestKG.values("SELECT ?t WHERE { note:U-2-i-code-generation-maintainability aigb:concernsAIType ?t }", "t"));
        // The provider's human-judgment note does name AI agents and physical AI: its tags stay.
        assertTrue(SeedText.contains("AIエージェントやフィジカルAIは自律的に動作するため、人間の判断を介在させる仕組みの構築が重要である旨を追記"));
        assertEquals(2, TestKG.count("SELECT (COUNT(?t) AS ?n) WHERE { note:P-2-i-human-judgment aigb:concernsAIType ?t }", "n"));
    }

    // ---------------------------------------------------------------------------------------------
    // Governance columns, 官公庁・自治体, topic 6, DPV, agentic AI
    // ---------------------------------------------------------------------------------------------

    @Test
    void theUpdatedColumnsShareTheThemesTheSourceStatesForAllFive() {
        String seed = SeedText.text();
        int list = seed.indexOf("＜既存コラムの更新＞");
        int theme = seed.indexOf("✓ リスク分析の体制・進め方・具体例や", list);
        int fifth = seed.indexOf("コラム10（NTT DATA）", list);
        assertTrue(list >= 0 && fifth > list && theme > fifth, "the theme follows the list of the five columns");
        assertTrue(seed.substring(theme, seed.indexOf('\n', theme)).contains("等に関する取組を反映"), "the themes end with 等");
        Set<String> ja = TestKG.values("""
                SELECT ?d WHERE { VALUES ?c { column:nec column:toshiba column:fujitsu column:softbank column:ntt-data }
                  ?c dcterms:description ?d FILTER (lang(?d) = "ja") }""", "d");
        assertEquals(1, ja.size(), "the five updated columns are described alike, not one by one: " + ja);
        assertTrue(ja.iterator().next().contains("5つの既存コラムについてまとめて") && ja.iterator().next().contains("個別には示されていない"));
    }

    @Test
    void theReferencesForPublicBodiesSitInAppendixTwoWithoutAnActionTarget() {
        String seed = SeedText.text();
        int heading = seed.indexOf("(別添2.「E.ガバナンスの構築」)");
        int list = seed.indexOf("官公庁・自治体", heading);
        assertTrue(heading >= 0 && list > heading && !seed.substring(heading, list).contains("行動目標"),
                "the seed gives the 官公庁・自治体 references under 別添2 with no action target");
        assertEquals(Set.of(), TestKG.values("""
                SELECT ?g WHERE { VALUES ?g { sectorguide:local-government-municipal-guidebook sectorguide:local-government-digital-agency-guideline
                                              sectorguide:public-agency-digital-agency-guideline }
                  { ?g aigb:section section:annex-2-A } UNION { ?g aigb:locator ?l FILTER (CONTAINS(?l, "行動目標") || CONTAINS(?l, "action target")) } }""", "g"));
        assertEquals(3, TestKG.count("""
                SELECT (COUNT(?g) AS ?n) WHERE { ?g a aigb:SectorGuidance ; aigb:section section:annex-2 }""", "n"));
    }

    @Test
    void topicSixsAiActIsJapansAiPromotionAct() {
        String seed = SeedText.text();
        assertTrue(SeedText.contains("✓ AI法や広島AIプロセスの動向等、国内外動向において注視すべき最新状況を追記"));
        String law = "人工知能関連技術の研究開発及び活用の推進に関する法律";
        assertTrue(seed.contains("①内閣府「" + law + "」"), "the first domestic development of topic 6 is Japan's act");
        assertTrue(TestKG.ask("ASK { topic:6 dcterms:references doc:ai-promotion-act . doc:ai-promotion-act rdfs:label \"" + law + "\"@ja }"));
        String en = TestKG.values("SELECT ?d WHERE { topic:6 dcterms:description ?d FILTER (lang(?d) = 'en') }", "d").iterator().next();
        assertTrue(en.contains("Japan's AI Promotion Act") && en.contains("not the EU AI Act"), en);
    }

    @Test
    void aiAgentsFallUnderDpvsBroaderConceptAndTheRowSaysSo() {
        var rows = TestKG.select("""
                SELECT DISTINCT ?why WHERE { ?m a aigb:Mapping ; ?s aitype:ai-agent ; ?o <https://w3id.org/dpv/ai#AIAgent> ; aigb:justification ?why }""");
        assertEquals(1, rows.size(), "one mapping row from AI agent to DPV's AI Agent");
        assertTrue(TestKG.ask("ASK { aitype:ai-agent skos:broadMatch <https://w3id.org/dpv/ai#AIAgent> }"), "DPV's concept is the broader one");
        assertTrue(rows.get(0).getLiteral("why").getString().contains("broader"), rows.get(0).getLiteral("why").getString());
        assertFalse(TestKG.ask("ASK { aitype:ai-agent skos:closeMatch <https://w3id.org/dpv/ai#AIAgent> }"));
    }

    @Test
    void agenticAiIsAlsoWrittenAsTheSourceWritesIt() {
        assertTrue(SeedText.contains("エージェントックAI"), "the seed's spelling");
        assertFalse(SeedText.contains("エージェンティック"), "the seed never writes the normalised spelling");
        assertTrue(TestKG.ask("ASK { aitype:agentic-ai skos:altLabel \"エージェントックAI\"@ja ; rdfs:label \"エージェンティックAI\"@ja }"));
    }

    @Test
    void theSourceNoticeNamesTheDeckItsDraftStatusThePagesAndTheDisclaimer() {
        assertTrue(SeedText.contains("(令和8年3月12日)") && SeedText.contains("詳細 (案)"), "the deck's date and draft mark");
        var rows = TestKG.select("""
                SELECT ?ja ?en ?dja ?den (COUNT(?page) AS ?pages) WHERE {
                  ?n a aigb:SourceNotice ; dcterms:source edition:fy2025-update ; aigb:publicationPage ?page ;
                     dcterms:description ?ja , ?en ; aigb:disclaimer ?dja , ?den .
                  FILTER (lang(?ja) = "ja" && lang(?en) = "en" && lang(?dja) = "ja" && lang(?den) = "en") }
                GROUP BY ?ja ?en ?dja ?den""");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getLiteral("en").getString().contains("12 March 2026") && rows.get(0).getLiteral("en").getString().contains("draft"));
        assertTrue(rows.get(0).getLiteral("den").getString().contains("not legal advice"));
        assertTrue(rows.get(0).getLiteral("dja").getString().contains("法的助言ではありません"));
        assertEquals(Set.of("https://www.soumu.go.jp/main_sosiki/kenkyu/ai_network/02ryutsu20_04000019.html",
                "https://www.meti.go.jp/shingikai/mono_info_service/ai_shakai_jisso/index.html"),
                TestKG.values("SELECT ?p WHERE { ?n a aigb:SourceNotice ; aigb:publicationPage ?p . ?p a aigb:OfficialWebPage ; dcterms:publisher ?who }", "p"));
    }

    /** Every change record whose wording before and after is quoted has both (a removal has only the old). */
    @Test
    void changesWithRedlinedWordingHaveTheWordingBeforeAndAfter() {
        Set<String> rows = ResearchQueries.tuples("q36-changes-old-and-new-wording", "code");
        assertTrue(rows.containsAll(List.of("CL-10", "CL-26", "CL-27", "CL-28", "CL-29", "CL-30", "CL-33", "CL-40", "CL-52", "CL-53", "CL-59")), rows.toString());
        List<String> incomplete = new ArrayList<>();
        for (var row : ResearchQueries.rows("q36-changes-old-and-new-wording")) {
            boolean removal = row.get("kind").equals("Removed");
            boolean old = !row.get("oldWording").isBlank() || !row.get("oldText").isBlank();
            boolean neu = !row.get("newWording").isBlank() || !row.get("newText").isBlank();
            if (!old || !(neu || removal))
                incomplete.add(row.get("code"));
        }
        assertEquals(List.of(), incomplete, "change records with only one side of the wording");
    }
}
