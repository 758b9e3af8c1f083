package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;

/**
 * The example profiles and their derivations as served in the named graph
 * {@code https://w3id.org/aigb/graph/profiles}: the research questions over it (q50, q51) answer what
 * the seed says, q52 (which kinds of organisation gained the most in the FY2025 update) counts what the
 * comparisons say, and each profile's results there are exactly those of its own derivations (under
 * both editions) and their comparison: the profiles' facts do not leak into one another's (Y社 is in
 * two cases; H社 names two companies).
 */
class ServedProfilesTest {
    private static Graph served;
    private static KnowledgeGraph kg;

    @BeforeAll
    static void derive() {
        served = ExampleProfiles.derive(Sources.classpath(), ObligationFixtures.engine());
        kg = TestKG.get().withNamedGraph(Graphs.PROFILES, served);
    }

    private static List<QuerySolution> research(String id) {
        try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(QueryLibrary.research(Sources.classpath()).get(id).query()).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void theServedGraphHoldsEveryConformingExampleAndNothingElseOfTheKnowledgeGraph() {
        Set<String> orgs = new TreeSet<>();
        served.find(Node.ANY, AIGB.property("holder").asNode(), Node.ANY).forEach(t -> orgs.add(t.getObject().getURI()));
        assertEquals(ObligationFixtures.validExamples().size(), orgs.size(), "one organisation per conforming example profile: " + orgs);
        assertEquals(TestKG.get().size(), kg.size(), "the profiles stay out of the default (union) graph");
        assertTrue(TestKG.get().tripleCounts().keySet().stream().noneMatch(Graphs.PROFILES::equals), "the loaded graph is not changed");
    }

    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");

    @Test
    void eachProfilesResultsInTheServedGraphAreThoseOfItsOwnDerivation() {
        List<String> problems = new ArrayList<>();
        for (var file : ObligationFixtures.validExamples()) {
            EditionComparison alone = ObligationFixtures.engine()
                    .compare(new ProfileReader().read(file), ObligationEngine.nameBasedIri(ExampleProfiles.FOLDER + "/" + file.getFileName())).comparison();
            Node org = alone.later().profile().find(Node.ANY, RDF.type.asNode(), ORGANIZATION).next().getSubject();
            Set<String> own = resources(alone.graph(), org), inServed = resources(served, org);
            if (!own.equals(inServed))
                problems.add(file.getFileName() + ": " + own.size() + " results alone, " + inServed.size() + " in the served graph");
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> resources(Graph g, Node org) {
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, AIGB.property("holder").asNode(), org).forEach(t -> {
            Node result = t.getSubject();
            g.find(result, RDF.type.asNode(), Node.ANY).forEach(type -> out.add(type.getObject().getLocalName() + " "
                    + g.find(result, AIGB.property("applicableResource").asNode(), Node.ANY).mapWith(x -> x.getObject().toString()).toSet()
                    + g.find(result, AIGB.property("ofRole").asNode(), Node.ANY).mapWith(x -> x.getObject().toString()).toSet()));
        });
        return out;
    }

    @Test
    void q51TheSeedsTableRolesAreAllDerivedAndOnlyEsDeveloperRoleIsAddedByTheRuleItsCaseIllustrates() {
        Set<String> notDerived = new TreeSet<>(), added = new TreeSet<>();
        for (QuerySolution row : research("q51-case-roles-seed-and-derived")) {
            String who = row.getLiteral("organisation").getString() + " " + row.getLiteral("role").getString();
            boolean seed = row.getLiteral("inSeedTable").getBoolean(), derived = row.getLiteral("derived").getBoolean();
            if (seed && !derived)
                notDerived.add(who);
            if (derived && !seed)
                added.add(who + " (" + row.getLiteral("illustratedBy").getString() + ")");
        }
        assertEquals(Set.of(), notDerived, "roles of the seed's table the engine does not derive");
        // 別添1 A: E社 fine-tunes and provides; the FY2025 rule the case illustrates makes it AI開発者 too.
        assertEquals(Set.of("E社 AIDeveloper (社内ナレッジ検索支援AI)"), added);
    }

    @Test
    void q50SaysWhichItemsApplyToEachCaseOrganisationAndWhy() {
        Set<String> orgs = new TreeSet<>();
        List<String> rows = new ArrayList<>();
        for (QuerySolution row : research("q50-items-applying-to-case-organisations")) {
            orgs.add(row.getLiteral("organisation").getString());
            rows.add(row.getLiteral("organisation").getString() + " " + row.getLiteral("code").getString() + " " + row.getLiteral("reasons").getString()
                    + " " + row.getLiteral("status").getString());
        }
        // the 15 case organisations with a business role (the traveller, a non-business user, has none)
        assertEquals(15, orgs.size(), orgs.toString());
        assertTrue(rows.contains("Z社 P-2-i-tool-whitelist condition addressed"), "Z社's agent with tools: the tool whitelist applies by its condition");
        assertTrue(rows.contains("E社 D-2-iii through-note gap"), "E社 post-trains: D-2-iii applies through its note");
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("I社 ") && !(r.startsWith("I社 C-") || r.startsWith("I社 U-"))), "I社 is a pure business user");
    }

    @Test
    void q52CountsWhatEachKindOfOrganisationGainedAsTheComparisonsSay() {
        // what each example organisation gained and lost, from its own comparison (not through the query)
        Map<String, int[]> byRoles = new TreeMap<>();
        for (var file : ObligationFixtures.validExamples()) {
            EditionComparison c = ChangesExpectationsTest.compare(file);
            String roles = ObligationFixtures.view(c.later()).roles().stream().map(r -> r.role().code()).filter(r -> !r.equals("NonBusinessUser")).collect(Collectors.joining(" "));
            int[] n = byRoles.computeIfAbsent(roles.isEmpty() ? "NonBusinessUser" : roles, k -> new int[3]);
            n[0]++;
            ComparedLines.of(c).forEach((k, line) -> {
                String kind = k.kind().substring(k.kind().lastIndexOf('/') + 1);
                if (Set.of("added", "moved-in", "newly-applicable").contains(kind) && line.appliesAfter())
                    n[1]++;
                if (Set.of("removed", "moved-out", "no-longer-applicable").contains(kind) && line.appliesBefore())
                    n[2]++;
            });
        }
        Map<String, int[]> answered = new TreeMap<>();
        List<Double> averages = new ArrayList<>();
        for (QuerySolution row : research("q52-organisations-gaining-most-in-fy2025")) {
            answered.put(row.getLiteral("roles").getString(), new int[] {row.getLiteral("organisations").getInt(), row.getLiteral("itemsGained").getInt(),
                    row.getLiteral("itemsLost").getInt()});
            averages.add(row.getLiteral("averageGained").getDouble());
        }
        assertEquals(render(byRoles), render(answered));
        List<Double> sorted = new ArrayList<>(averages);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, averages, "the kinds that gained the most come first");
        // a business user only gains far less than an organisation that develops, provides and uses; a non-business user nothing
        assertTrue(answered.get("AIBusinessUser")[1] / answered.get("AIBusinessUser")[0]
                < answered.get("AIDeveloper AIProvider AIBusinessUser")[1] / answered.get("AIDeveloper AIProvider AIBusinessUser")[0]);
        assertEquals(0, answered.get("NonBusinessUser")[1]);
    }

    private static String render(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + java.util.Arrays.toString(e.getValue())).collect(Collectors.joining("\n"));
    }
}
