package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** Each actor-specific item of Parts 3-5 against guidelines-facts.md §4: code, title, role, stage, principles. */
class ActorItemsTest {

    /** One row of the §4 tables: principles are the primary one first, then the others its ◇ text cites. */
    record Row(String code, String title, String role, String stage, List<String> principles) {
        String asTuple() {
            return String.join(" | ", code, title, role, stage, String.join(",", new TreeSet<>(principles)));
        }
    }

    // guidelines-facts.md §4.1 (第3部 AI開発者), §4.2 (第4部 AI提供者, 11 of 12 recalled), §4.3 (第5部 AI利用者).
    static final List<Row> EXPECTED = List.of(
            new Row("D-2-i", "適切なデータの学習", "AIDeveloper", "data-preprocessing-and-training", List.of("C-2", "C-4", "C-5")),
            new Row("D-3-i", "データに含まれるバイアスへの配慮", "AIDeveloper", "data-preprocessing-and-training", List.of("C-3")),
            new Row("D-2-ii", "人間の生命・身体・財産、精神及び環境に配慮した開発", "AIDeveloper", "ai-development", List.of("C-2")),
            new Row("D-2-iii", "適正利用に資する開発", "AIDeveloper", "ai-development", List.of("C-2")),
            new Row("D-3-ii", "AIモデルのアルゴリズム等に含まれるバイアスへの配慮", "AIDeveloper", "ai-development", List.of("C-3")),
            new Row("D-5-i", "セキュリティ対策のための仕組みの導入", "AIDeveloper", "ai-development", List.of("C-5")),
            new Row("D-6-i", "検証可能性の確保", "AIDeveloper", "ai-development", List.of("C-6", "C-2")),
            new Row("D-6-ii", "関連するステークホルダーへの情報提供", "AIDeveloper", "after-development", List.of("C-6")),
            new Row("D-7-i", "AI提供者への「共通の指針」の対応状況の説明", "AIDeveloper", "after-development", List.of("C-7")),
            new Row("D-7-ii", "開発関連情報の文書化", "AIDeveloper", "after-development", List.of("C-7")),
            new Row("D-5-ii", "最新動向への留意", "AIDeveloper", "after-development", List.of("C-5")),
            new Row("D-10-i", "イノベーションの機会創造への貢献", "AIDeveloper", "after-development", List.of("C-10")),
            new Row("P-2-i", "人間の生命・身体・財産、精神及び環境に配慮したリスク対策", "AIProvider", "system-implementation", List.of("C-2")),
            new Row("P-3-i", "AIシステム・サービスの構成及びデータに含まれるバイアスへの配慮", "AIProvider", "system-implementation", List.of("C-3")),
            new Row("P-4-i", "プライバシー保護のための仕組み及び対策の導入", "AIProvider", "system-implementation", List.of("C-4")),
            new Row("P-5-i", "セキュリティ対策のための仕組みの導入", "AIProvider", "system-implementation", List.of("C-5")),
            new Row("P-6-i", "システムアーキテクチャ等の文書化", "AIProvider", "system-implementation", List.of("C-6")),
            new Row("P-2-ii", "適正利用に資する提供", "AIProvider", "after-provision", List.of("C-2")),
            new Row("P-4-ii", "プライバシー侵害への対策", "AIProvider", "after-provision", List.of("C-4")),
            new Row("P-5-ii", "脆弱性への対応", "AIProvider", "after-provision", List.of("C-5")),
            new Row("P-6-ii", "関連するステークホルダーへの情報提供", "AIProvider", "after-provision", List.of("C-6")),
            new Row("P-7-i", "AI利用者への「共通の指針」の対応状況の説明", "AIProvider", "after-provision", List.of("C-7")),
            new Row("P-7-ii", "サービス規約等の文書化", "AIProvider", "after-provision", List.of("C-7")),
            new Row("U-2-i", "安全を考慮した適正利用", "AIBusinessUser", "use", List.of("C-2")),
            new Row("U-3-i", "入力データ又はプロンプトに含まれるバイアスへの配慮", "AIBusinessUser", "use", List.of("C-3")),
            new Row("U-4-i", "個人情報の不適切入力及びプライバシー侵害への対策", "AIBusinessUser", "use", List.of("C-4")),
            new Row("U-5-i", "セキュリティ対策の実施", "AIBusinessUser", "use", List.of("C-5")),
            new Row("U-6-i", "関連するステークホルダーへの情報提供", "AIBusinessUser", "use", List.of("C-6")),
            new Row("U-7-i", "関連するステークホルダーへの説明", "AIBusinessUser", "use", List.of("C-7")),
            new Row("U-7-ii", "提供された文書の活用及び規約の遵守", "AIBusinessUser", "use", List.of("C-7")));

    /** The graph's items, one tuple each: code | ja title | role | stage | implemented principles. */
    private static Set<String> graphItems() {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : TestKG.select("""
                SELECT ?code ?title ?role ?stage (GROUP_CONCAT(?p; separator=",") AS ?principles) WHERE {
                    ?i a aigb:ActorItem ; aigb:code ?code ; rdfs:label ?title ; aigb:forRole/aigb:code ?role ;
                       aigb:atStage ?s ; aigb:implementsPrinciple/aigb:code ?p .
                    FILTER (lang(?title) = 'ja') BIND (STRAFTER(STR(?s), '/stage/') AS ?stage)
                } GROUP BY ?code ?title ?role ?stage""")) {
            String principles = Arrays.stream(s.getLiteral("principles").getString().split(","))
                    .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
            out.add(String.join(" | ", s.getLiteral("code").getString(), s.getLiteral("title").getString(),
                    s.getLiteral("role").getString(), s.getLiteral("stage").getString(), principles));
        }
        return out;
    }

    @Test
    void everyItemHasTheCodeTitleRoleStageAndPrinciplesOfSection4() {
        assertEquals(30, EXPECTED.size());
        assertSameSet("items (code | title | role | stage | principles)",
                EXPECTED.stream().map(Row::asTuple).toList(), graphItems());
    }

    @Test
    void thePrimaryPrincipleIsTheNumberInTheCode() {
        Set<String> expected = EXPECTED.stream().map(r -> r.code() + " | " + r.principles().get(0)).collect(Collectors.toSet());
        assertSameSet("item | primary principle", expected, TestKG.values(
                "SELECT ?t WHERE { ?i aigb:code ?c ; aigb:primaryPrinciple/aigb:code ?p BIND (CONCAT(?c, ' | ', ?p) AS ?t) }", "t"));
    }

    private static final Pattern FACT_ROW = Pattern.compile("^\\| ([DPU])-(\\d+)\\) (i{1,3}) \\| ([^|]+?) \\| [^|]* \\| ([^|]+?) \\| ([^|]+?) \\|");

    @Test
    void theSection4TablesOfTheFactFileMatchTheGraph() throws IOException {
        Path facts = TestKG.shared("reference/guidelines-facts.md").orElse(null);
        Assumptions.assumeTrue(facts != null, "../shared/reference/guidelines-facts.md is not available");
        String text = Files.readString(facts);
        String section4 = text.substring(text.indexOf("\n## 4."), text.indexOf("\n## 5."));
        Map<String, String> stageByHeading = Map.of("データ前処理・学習時", "data-preprocessing-and-training",
                "AI開発時", "ai-development", "AI開発後", "after-development", "AIシステム実装時", "system-implementation",
                "AIシステム・サービス提供後", "after-provision", "利用時", "use");
        List<String> fromFacts = new ArrayList<>();
        for (String line : section4.split("\n")) {
            Matcher m = FACT_ROW.matcher(line);
            if (!m.find())
                continue;
            String code = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
            String role = Map.of("D", "AIDeveloper", "P", "AIProvider", "U", "AIBusinessUser").get(m.group(1));
            String stage = stageByHeading.get(m.group(5).strip());
            Set<String> principles = Arrays.stream(m.group(6).split(","))
                    .map(p -> "C-" + p.replaceAll("[^0-9]", "")).collect(Collectors.toCollection(TreeSet::new));
            fromFacts.add(String.join(" | ", code, m.group(4).strip(), role, stage, String.join(",", principles)));
        }
        assertEquals(30, fromFacts.size(), "rows read from §4 of " + facts);
        assertSameSet("items of guidelines-facts.md §4 (code | title | role | stage | principles)", fromFacts, graphItems());
    }

    @Test
    void providerItemsAtSystemImplementationWithTheirPrinciples() {
        // §4.2: the five items under AIシステム実装時, each with the principle of its number.
        assertSameSet("q02 rows", Set.of(
                "P-2-i | 人間の生命・身体・財産、精神及び環境に配慮したリスク対策 | C-2 | 安全性 | C-2",
                "P-3-i | AIシステム・サービスの構成及びデータに含まれるバイアスへの配慮 | C-3 | 公平性 | C-3",
                "P-4-i | プライバシー保護のための仕組み及び対策の導入 | C-4 | プライバシー保護 | C-4",
                "P-5-i | セキュリティ対策のための仕組みの導入 | C-5 | セキュリティ確保 | C-5",
                "P-6-i | システムアーキテクチャ等の文書化 | C-6 | 透明性 | C-6"),
                ResearchQueries.tuples("q02-provider-items-at-system-implementation", "code", "title", "primary", "primaryTitle", "principles"));
    }

    @Test
    void itemsImplementingEachPrincipleIncludeThoseWhoseTextOnlyCitesIt() {
        // §4.1: D-2-i cites 2), 4), 5); D-6-i cites 2), 6). Every other item implements only its own number.
        Set<String> expected = new TreeSet<>();
        for (Row r : EXPECTED)
            for (String p : r.principles())
                expected.add(p + " | " + r.code() + " | " + p.equals(r.principles().get(0)));
        assertSameSet("q08 rows (principle | item | primary)", expected,
                ResearchQueries.tuples("q08-items-implementing-each-principle", "principle", "item", "primary"));
        assertTrue(expected.contains("C-4 | D-2-i | false") && expected.contains("C-2 | D-6-i | false"));
    }

    @Test
    void itemsStillToVerifyAreThoseNotMarkedVerifiedInSection4() {
        // §4: VS rows are D-2-i, D-3-i, D-2-iii, D-6-i, P-2-i, P-6-i, U-2-i, U-3-i, U-5-i; P-4-i and P-5-i have an
        // inferred stage (INF); every other row is partly or wholly from memory (MU).
        // U-2-i, U-3-i and U-5-i: their titles are verified, but the stage heading they sit under (§4.3) is
        // recalled from memory, so the items are not Verified either (the lowest confidence of their facts).
        Set<String> verified = Set.of("D-2-i", "D-3-i", "D-2-iii", "D-6-i", "P-2-i", "P-6-i");
        Set<String> expected = new TreeSet<>();
        for (Row r : EXPECTED)
            if (!verified.contains(r.code()))
                expected.add(r.code() + " | " + (Set.of("P-4-i", "P-5-i").contains(r.code()) ? "INF" : "MU"));
        assertSameSet("q12 rows (item | confidence)", expected, ResearchQueries.tuples("q12-items-to-verify", "code", "confidence"));
    }
}
