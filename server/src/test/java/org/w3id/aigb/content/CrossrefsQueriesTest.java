package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.aigb.query.QueryFile;

/** The research queries of the cross-references (q40-q59), each asserting the exact answer. */
class CrossrefsQueriesTest {
    static final String ID = "https://w3id.org/aigb/id/";

    @Test
    void q40TheGuidelineItemsCorrespondingToArticle14() {
        assertEquals(Set.of(ID + "item/P-2-i", ID + "item/U-2-i", ID + "principle/C-3-2"),
                ResearchQueries.tuples("q40-items-for-eu-ai-act-art-14", "guideline"),
                "items and principle sub-items mapped to Art. 14 human oversight (data/crossrefs/guideline-euaiact.sssom.tsv)");
    }

    @Test
    void q41TheHiroshimaPrincipleOnContentAuthenticationIsItem7() {
        List<QuerySolution> rows = ResearchQueries.solutions("q41-hiroshima-principle-content-authentication");
        assertEquals(1, rows.size(), "exactly one Part 2 D item concerns content authentication");
        assertEquals(ID + "hiroshima-principle/2D-7", rows.get(0).getResource("principle").getURI());
        assertEquals(ID + "hcoc-action/HCOC-VII", rows.get(0).getResource("action").getURI());
        assertEquals(ID + "check-item/7B-7", rows.get(0).getResource("checkItem").getURI());
    }

    @Test
    void q42FromP2iThroughItsArticlesToTheDpvConcepts() {
        Set<String> paths = new TreeSet<>();
        for (QuerySolution row : ResearchQueries.solutions("q42-item-to-eu-article-to-dpv"))
            if (row.getResource("item").getURI().equals(ID + "item/P-2-i"))
                paths.add(row.getLiteral("articleNotation").getString() + " -> "
                        + row.getResource("dpvConcept").getURI().replace("https://w3id.org/dpv/legal/eu/aiact#", "eu-aiact:"));
        assertEquals(Set.of(
                "Art. 14 -> eu-aiact:DeployerHumanOversightMeasure",
                "Art. 14 -> eu-aiact:HumanOverseer",
                "Art. 14 -> eu-aiact:ProviderHumanOversightMeasure",
                "Art. 9 -> eu-aiact:RiskManagementSystem"), paths);
    }

    @Test
    void q44EveryAnnexIIIPointHasItsAreaItsDpvConceptAndTheGuidelinesInformativeUse() {
        List<QuerySolution> rows = ResearchQueries.solutions("q44-annex-iii-areas-and-points");
        assertEquals(25, rows.size());
        assertEquals(Set.of("Informative reference"), ResearchQueries.tuples("q44-annex-iii-areas-and-points", "guidelineUse"));
        for (QuerySolution row : rows) {
            String point = row.getResource("point").getURI().substring((ID + "eu-ai-act/annex-iii/").length());
            assertEquals("https://w3id.org/dpv/legal/eu/aiact#HighRiskAISystem-AnnexIII-" + point, row.getResource("dpvConcept").getURI());
        }
    }

    @Test
    void q45TheJapaneseAiProviderIsOnlyRelatedToTheEuProvider() {
        Set<String> pairs = new TreeSet<>();
        for (QuerySolution row : ResearchQueries.solutions("q45-roles-to-eu-roles"))
            pairs.add(row.getResource("role").getLocalName() + " " + row.getResource("relation").getLocalName() + " "
                    + row.getResource("euRole").getURI().substring((ID + "eu-ai-act/role/").length()));
        assertEquals(Set.of(
                "AIBusinessUser closeMatch deployer",
                "AIDeveloper relatedMatch gpai-model-provider",
                "AIDeveloper relatedMatch provider",
                "AIProvider relatedMatch downstream-provider",
                "AIProvider relatedMatch provider"), pairs);
    }

    @Test
    void q46ItemTwelveHasNoCodeOfConductAction() {
        List<QuerySolution> rows = ResearchQueries.solutions("q46-hiroshima-checklist");
        assertEquals(12, rows.size());
        Set<String> withoutAction = new TreeSet<>();
        rows.stream().filter(r -> !r.contains("action")).forEach(r -> withoutAction.add(r.getLiteral("checkCode").getString()));
        assertEquals(Set.of("7B-12"), withoutAction);
    }

    /** Every crossrefs query parses, states its question in both languages and runs. */
    @TestFactory
    List<DynamicTest> everyCrossrefsQueryHasAHeaderAndAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QueryFile q : ResearchQueries.library().all()) {
            String id = q.id();
            // q50-q59 ask about the served example profiles (graph/profiles, see ServedProfilesTest), not the crossrefs
            if (id.compareTo("q40") < 0 || id.compareTo("q50") >= 0)
                continue;
            tests.add(DynamicTest.dynamicTest(id, () -> {
                for (String key : List.of("ja", "en", "section", "row"))
                    assertFalse(q.get(key).isBlank(), id + " header lacks '" + key + "'");
                assertFalse(ResearchQueries.solutions(id).isEmpty(), id + " returns no rows");
            }));
        }
        assertFalse(tests.isEmpty());
        return tests;
    }
}
