package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** 別添1 B 表「AIによるリスク例の体系的な分類案」 against the source (guidelines-facts.md §7, §14). */
class RiskTaxonomyTest {
    private static final String RISK = "https://w3id.org/aigb/id/risk/";
    private static final String RISK_CATEGORY = "https://w3id.org/aigb/id/risk-category/";
    /** The 20 risk examples present in both editions. */
    private static final List<String> COMMON = List.of("attacks-on-ai-systems", "biased-output", "hallucination", "black-box",
            "improper-personal-data-handling", "life-threatening-accidents", "over-reliance", "misuse", "ip-infringement",
            "financial-loss", "confidential-information-leakage", "worker-unemployment", "concentration-of-data-and-profits",
            "qualification-infringement", "disinformation-spread", "harm-to-democracy", "filter-bubbles-and-echo-chambers",
            "loss-of-diversity-and-inclusion", "reproduction-of-bias", "energy-and-environmental-burden");
    /** guidelines-facts.md §7.1 codes → our category slugs. */
    private static final Map<String, String> CATEGORY = Map.of("TR1", "learning-and-input-stage", "TR2", "output-stage",
            "TR3", "post-response-stage", "SR1", "ethics-and-law", "SR2", "economic-activity", "SR3", "information-space", "SR4", "environment");

    @Test
    void twoMajorAndSevenMiddleCategoriesAsInTheTable() {
        Set<String> pairs = TestKG.values("""
                SELECT ?pair WHERE { ?m a aigb:RiskMiddleCategory ; skos:broader ?M ; rdfs:label ?ml . ?M a aigb:RiskMajorCategory ; rdfs:label ?Ml .
                  FILTER (LANG(?ml) = "ja" && LANG(?Ml) = "ja") BIND (CONCAT(?Ml, " / ", ?ml) AS ?pair) }""", "pair");
        assertSameSet("§7.1 middle categories", Set.of("技術的リスク / 学習及び入力段階のリスク", "技術的リスク / 出力段階のリスク",
                "技術的リスク / 事後対応段階のリスク", "社会的リスク / 倫理・法に関するリスク", "社会的リスク / 経済活動に関するリスク",
                "社会的リスク / 情報空間に関するリスク", "社会的リスク / 環境に関するリスク"), pairs);
        assertEquals(2, TestKG.count("SELECT (COUNT(?c) AS ?n) WHERE { ?c a aigb:RiskMajorCategory }", "n"));
    }

    @Test
    void eachEditionClassifiesTwentyOneRiskExamples() {
        Set<String> v11 = new TreeSet<>(COMMON.stream().map(s -> RISK + s).toList());
        v11.add(RISK + "triage-discrimination");
        Set<String> v12 = new TreeSet<>(COMMON.stream().map(s -> RISK + s).toList());
        v12.add(RISK + "discriminatory-output");
        assertEquals(21, v11.size());
        assertSameSet("risks classified in v1.1", v11,
                TestKG.values("SELECT DISTINCT ?r WHERE { ?c aigb:classifiedRisk ?r ; aigb:inEdition edition:v1.1 }", "r"));
        assertSameSet("risks classified in v1.2", v12,
                TestKG.values("SELECT DISTINCT ?r WHERE { ?c aigb:classifiedRisk ?r ; aigb:inEdition edition:v1.2 }", "r"));
        assertSameSet("risk resources", union(v11, v12), TestKG.values("SELECT ?r WHERE { ?r a aigb:Risk }", "r"));
    }

    @Test
    void classificationFollowsReadingAAndRecordsReadingB() {
        Map<String, String> byLabel = new HashMap<>();
        for (QuerySolution row : TestKG.select("SELECT ?r ?l WHERE { ?r a aigb:Risk ; rdfs:label ?l FILTER (LANG(?l) = \"ja\") }"))
            byLabel.put(row.getLiteral("l").getLexicalForm(), row.getResource("r").getURI());
        Set<String> expected = new TreeSet<>(), actual = new TreeSet<>();
        for (List<String> row : FactsTable.rows("R\\d\\d")) {
            if (row.get(1).matches("\\d+\\).*"))
                continue; // a row of the §7.3 mapping table
            String label = row.get(1).replaceFirst(" \\(.*$", "");
            String risk = byLabel.getOrDefault(label, "(no risk labelled " + label + ")");
            String a = CATEGORY.get(row.get(4)), b = CATEGORY.get(row.get(5));
            expected.add(risk + " v1.2 " + a + (a.equals(b) ? "" : " alt " + b));
        }
        for (QuerySolution row : TestKG.select("""
                SELECT ?r ?c ?alt WHERE { ?rec aigb:classifiedRisk ?r ; aigb:inCategory ?c ; aigb:inEdition edition:v1.2 .
                  OPTIONAL { ?rec aigb:alternativeCategory ?alt } }"""))
            actual.add(row.getResource("r").getURI() + " v1.2 " + slug(row.getResource("c").getURI())
                    + (row.contains("alt") ? " alt " + slug(row.getResource("alt").getURI()) : ""));
        assertEquals(21, expected.size(), "§7.2 has 21 rows");
        assertSameSet("§7.2 v1.2 classification (reading A, alternative B)", expected, actual);
    }

    @Test
    void theOnlyReclassificationIsDiscriminatoryOutputMovingToEthicsAndLaw() {
        // risks present in both editions keep their category; the v1.1 row of 差別的出力 was 「トリアージにおける差別」
        assertEquals(0, TestKG.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?a aigb:classifiedRisk ?r ; aigb:inEdition edition:v1.1 ; aigb:inCategory ?c1 .
                  ?b aigb:classifiedRisk ?r ; aigb:inEdition edition:v1.2 ; aigb:inCategory ?c2 . FILTER (?c1 != ?c2) }""", "n"));
        assertSameSet("triage discrimination is retired in favour of discriminatory output",
                Set.of("deprecated " + RISK + "discriminatory-output"),
                TestKG.values("SELECT ?x WHERE { risk:triage-discrimination sw:term_status ?s ; dcterms:isReplacedBy ?r BIND (CONCAT(?s, \" \", STR(?r)) AS ?x) }", "x"));
        assertSameSet("CL-28 moves 差別的出力 from the output stage to ethics and law",
                Set.of(RISK_CATEGORY + "output-stage -> " + RISK_CATEGORY + "ethics-and-law"),
                TestKG.values("SELECT ?x WHERE { change:CL-28 aigb:changeKind aigb:Reclassified ; aigb:oldState ?o ; aigb:newState ?n ; aigb:affects risk:discriminatory-output BIND (CONCAT(STR(?o), \" -> \", STR(?n)) AS ?x) }", "x"));
    }

    @Test
    void q20ListsTheEthicsAndLawRisksBeforeAndAfterFy2025() {
        assertSameSet("q20 rows (risk, in v1.1, in v1.2)", Set.of(
                RISK + "improper-personal-data-handling,true,true", RISK + "life-threatening-accidents,true,true",
                RISK + "triage-discrimination,true,false", RISK + "discriminatory-output,false,true"),
                ResearchQueries.cells("q20-risks-under-ethics-and-law-by-edition").stream().map(c -> c[0] + "," + c[2] + "," + c[3]).toList());
    }

    @Test
    void q24ListsTheRisksWhoseFy2025NotesConcernAiAgents() {
        assertSameSet("q24 risks concerning AI agents", Set.of(RISK + "attacks-on-ai-systems", RISK + "hallucination",
                RISK + "black-box", RISK + "misuse", RISK + "confidential-information-leakage"),
                ResearchQueries.cells("q24-risks-concerning-ai-agents").stream().map(c -> c[0]).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
