package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * The cross-reference resources against their sources: reference/guidelines-facts.md §5 and §9
 * (Hiroshima items, EU AI Act articles, Annex III) and the FY2025 update document (Part 2 D,
 * 別添7 B, the reporting framework). Missing and unexpected codes are reported separately.
 */
class CrossrefsContentTest {
    static final String ID = "https://w3id.org/aigb/id/";
    static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"};

    static Set<String> codes(String type) {
        return TestKG.values("SELECT ?c WHERE { ?x a " + type + " ; aigb:code ?c }", "c");
    }

    @Test
    void part2DHasTwelveItemsElevenAppliedAppropriatelyAndTwelfthFollowedByAll() {
        assertSameSet("Part 2 D items (facts §5.2, ①-⑫)", IntStream.rangeClosed(1, 12).mapToObj(n -> "2D-" + n).toList(),
                codes("aigb:HiroshimaGuidingPrinciple"));
        assertEquals(Set.of("2D-12"), TestKG.values(
                "SELECT ?c WHERE { ?x aigb:applicationMode aigb:FollowByAllActors ; aigb:code ?c }", "c"),
                "only ⑫ is to be followed by all AI actors; ①-⑪ are applied to the appropriate extent");
    }

    @Test
    void theCodeOfConductHasElevenActionsAndOnlyIAndIICarryAdditionalContent() {
        assertSameSet("code-of-conduct actions (facts §5.3, I-XI)", java.util.Arrays.stream(ROMAN).map(r -> "HCOC-" + r).toList(),
                codes("aigb:CodeOfConductAction"));
        assertEquals(Set.of("HCOC-I", "HCOC-II"), TestKG.values(
                "SELECT ?c WHERE { ?x a aigb:CodeOfConductAction ; aigb:code ?c ; aigb:additionalContent ?a }", "c"),
                "Part 3 records additional content for actions I and II only");
        assertEquals(7, TestKG.count("""
                SELECT (COUNT(?a) AS ?n) WHERE { hcoc:HCOC-I aigb:additionalContent ?a FILTER (LANG(?a) = "en" && STRSTARTS(?a, "Risk to attend to")) }""", "n"),
                "action I lists seven kinds of risk to attend to in testing");
    }

    @Test
    void checklist7BHasTwelveItemsEachCheckingThePart2DItemOfItsNumber() {
        Map<String, String> checks = new TreeMap<>();
        for (QuerySolution row : TestKG.select("SELECT ?c ?p WHERE { ?x a aigb:CheckItem ; aigb:code ?c ; aigb:checksPrinciple/aigb:code ?p }"))
            checks.put(row.getLiteral("c").getString(), row.getLiteral("p").getString());
        Map<String, String> expected = new TreeMap<>();
        IntStream.rangeClosed(1, 12).forEach(n -> expected.put("7B-" + n, "2D-" + n));
        assertEquals(expected, checks, "別添7 B check items and the Part 2 D items they check (facts §14: 12 check items)");
    }

    @Test
    void annexIIIHasEightAreasAndTwentyFivePointsEachInItsArea() {
        Map<String, String> pointToArea = new TreeMap<>();
        for (QuerySolution row : TestKG.select("SELECT ?p ?a WHERE { ?p a aigb:AnnexPoint ; aigb:inAnnexArea ?a }"))
            pointToArea.put(row.getResource("p").getURI().substring((ID + "eu-ai-act/annex-iii/").length()),
                    row.getResource("a").getURI().substring((ID + "eu-ai-act/annex-iii/").length()));
        Map<String, String> expected = new TreeMap<>();
        for (String p : "1-a 1-b 1-c 2 3-a 3-b 3-c 3-d 4-a 4-b 5-a 5-b 5-c 5-d 6-a 6-b 6-c 6-d 6-e 7-a 7-b 7-c 7-d 8-a 8-b".split(" "))
            expected.put(p, "area-" + p.charAt(0));
        assertEquals(expected, pointToArea, "Annex III points and their areas (facts §9.2: 8 areas, 25 points)");
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8"),
                TestKG.values("SELECT ?n WHERE { ?a a aigb:AnnexArea ; aigb:number ?n }", "n"));
    }

    @Test
    void theArticlesTheGuidelineRelatesToCarryTheirExactHeadings() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("3", "Definitions");
        expected.put("4", "AI literacy");
        expected.put("5", "Prohibited AI practices");
        expected.put("6", "Classification rules for high-risk AI systems");
        expected.put("9", "Risk management system");
        expected.put("10", "Data and data governance");
        expected.put("11", "Technical documentation");
        expected.put("12", "Record-keeping");
        expected.put("13", "Transparency and provision of information to deployers");
        expected.put("14", "Human oversight");
        expected.put("15", "Accuracy, robustness and cybersecurity");
        expected.put("17", "Quality management system");
        expected.put("26", "Obligations of deployers of high-risk AI systems");
        expected.put("27", "Fundamental rights impact assessment for high-risk AI systems");
        expected.put("50", "Transparency obligations for providers and deployers of certain AI systems");
        expected.put("53", "Obligations for providers of general-purpose AI models");
        expected.put("55", "Obligations of providers of general-purpose AI models with systemic risk");
        Map<String, String> actual = new TreeMap<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?n ?t WHERE { ?a a aigb:Article ; aigb:number ?n ; eli:is_part_of doc:eu-ai-act ; rdfs:label ?t FILTER (LANG(?t) = "en") }"""))
            actual.put(row.getLiteral("n").getLexicalForm(), row.getLiteral("t").getString());
        expected.forEach((n, title) -> assertEquals(title, actual.get(n), "heading of Art. " + n + " (facts §9.3)"));
        assertEquals(actual.keySet(), TestKG.values("""
                SELECT ?n WHERE { ?a a aigb:Article ; aigb:number ?n ; rdfs:label ?ja FILTER (LANG(?ja) = "ja") }""", "n"),
                "every article has a Japanese heading as well");
    }

    @Test
    void theEuRolesMatchDpvExactlyAndTheProviderDiffersFromTheJapaneseAiProvider() {
        assertSameSet("EU AI Act roles",
                Set.of("provider", "deployer", "importer", "distributor", "gpai-model-provider", "downstream-provider", "authorised-representative"),
                TestKG.values("SELECT ?r WHERE { ?r a aigb:EURole }", "r").stream()
                        .map(r -> r.substring((ID + "eu-ai-act/role/").length())).toList());
        assertEquals(Set.of("http://www.w3.org/2004/02/skos/core#relatedMatch"),
                TestKG.values("SELECT ?p WHERE { ?m a aigb:Mapping ; aigb:mappingSubject role:AIProvider ; aigb:mappingObject eurole:provider ; aigb:mappingPredicate ?p }", "p"),
                "the EU provider is not the Japanese AI provider: related, never equivalent");
        assertTrue(TestKG.ask("""
                ASK { ?m a aigb:Mapping ; aigb:mappingSubject role:AIProvider ; aigb:mappingObject eurole:provider ; aigb:justification ?j
                      FILTER CONTAINS(?j, "Not the same role") }"""), "the justification says where they differ");
    }

    @Test
    void theEuTextIsReferencedAsInformationForTheRiskBasedApproachNotAsALegalDetermination() {
        assertEquals(Set.of(ID + "eu-ai-act/annex-iii"), TestKG.values("""
                SELECT ?t WHERE { ?r a aigb:GuidelineReference ; aigb:section section:annex-2-A ;
                                     aigb:referenceRole aigb:InformativeReference ; aigb:refersTo ?t }""", "t"),
                "別添2 行動目標3-1 fn 38 cites Annex III as information (facts §6.2, CL-23)");
        assertTrue(TestKG.ask("""
                ASK { aigb:InformativeReference skos:definition ?d FILTER (LANG(?d) = "en" && CONTAINS(?d, "no legal determination")) }"""));
    }

    @Test
    void theReportingFrameworkOperatesSinceFebruary2025AndItsFiguresAreSecondary() {
        assertTrue(TestKG.ask("""
                ASK { <https://w3id.org/aigb/id/reporting-framework/hiroshima> aigb:operatingSince "2025-02" ;
                          dcterms:created "2024-12"^^xsd:gYearMonth ; aigb:confidence aigb:Verified }"""),
                "agreed by the G7 in December 2024, operating since February 2025 (facts §5.3, seed fn 11 and 59)");
        assertEquals(4, TestKG.count("""
                SELECT (COUNT(?b) AS ?n) WHERE { <https://w3id.org/aigb/id/reporting-framework/hiroshima> aigb:reportedBenefit ?b FILTER (LANG(?b) = "ja") }""", "n"));
        QuerySolution figure = TestKG.select("""
                SELECT ?orgs ?jp ?conf WHERE { <https://w3id.org/aigb/id/reporting-framework/hiroshima> aigb:participation ?f .
                    ?f aigb:organisationCount ?orgs ; aigb:japaneseCompanyCount ?jp ; aigb:confidence ?conf }""").get(0);
        assertEquals(25, figure.getLiteral("orgs").getInt());
        assertEquals(9, figure.getLiteral("jp").getInt());
        assertEquals("https://w3id.org/aigb/ontology#VerifiedSecondary", figure.getResource("conf").getURI(),
                "the seed has ● placeholders; 9 of 25 is from a secondary source");
    }
}
