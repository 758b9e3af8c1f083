package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.OwlCheck;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * The research queries on submissions (q70–q77), run on the public endpoint over a fixture
 * registry: the case profile of 別添1 A's Q社 (provides an AI agent, declares no human-judgment
 * measure; its second version, which adds one, is not published), the annotated example (provides
 * an agent with a human-judgment measure, uses an Annex III 4(a) system), one organisation whose
 * profile is never published and one whose publication was withdrawn. Expected answers come from
 * the profiles (which systems, types and areas they state) and, for gaps and missing facts, from
 * the engine's own derivation of the published profiles: publication must lose nothing and add
 * nothing, and what is not published must count nowhere. The published graph, with the guideline,
 * is OWL 2 DL and consistent, as the served graph is ({@code ServedGraphOwlDlTest}).
 */
class SubmissionResearchQueriesTest {
    private static TestServer server;
    private static RegistryClient client;
    private static final List<byte[]> PUBLISHED = new ArrayList<>();

    @BeforeAll
    static void fixtureRegistry() {
        server = TestServer.withStore(TdbStore.inMemory());
        client = new RegistryClient(server);
        Organisation q = client.organisation("research-q");
        byte[] qProfile = RegistryFixture.unique(RegistryFixture.example("company-q"), q.id());
        publish(q, client.submit(q.token(), qProfile, null).headers().firstValue("Location").orElseThrow());
        PUBLISHED.add(qProfile);
        client.submit(q.token(), RegistrySuite.withMeasure(q), null); // version 2, never published
        Organisation annotated = client.organisation("research-annotated");
        byte[] annotatedProfile = RegistryFixture.unique(RegistryFixture.example("annotated-example"), annotated.id());
        publish(annotated, client.submit(annotated.token(), annotatedProfile, null).headers().firstValue("Location").orElseThrow());
        PUBLISHED.add(annotatedProfile);
        Organisation hidden = client.organisation("research-hidden");
        client.submit(hidden.token(), RegistrySuite.withMeasure(hidden), null);
        Organisation withdrawn = client.organisation("research-withdrawn");
        String location = client.submitExample(withdrawn, "company-x").headers().firstValue("Location").orElseThrow();
        publish(withdrawn, location);
        assertEquals(200, client.post(location + "/withdraw", withdrawn.token(), null, null).statusCode());
    }

    private static void publish(Organisation o, String location) {
        assertEquals(200, client.post(location + "/publish", o.token(), null, null).statusCode());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void q70HalfOfTheAgentProvidersDeclareAHumanJudgmentMeasure() {
        List<Map<String, String>> rows = run("q70-submissions-agent-providers-human-judgment");
        assertEquals(List.of(Map.of("agentProviders", "2", "declaring", "1", "share", "0.5")), rows,
                "Q社 (no measure) and the annotated example (P-2-i-human-judgment implemented); the unpublished ones do not count");
    }

    @Test
    void q71CountsTheOrganisationsOfEachRole() {
        Map<String, String> byRole = new TreeMap<>();
        run("q71-submissions-roles").forEach(r -> byRole.put(r.get("code"), r.get("organisations")));
        assertEquals(Map.of("AIProvider", "2", "AIBusinessUser", "2", "AIDeveloper", "1"), byRole,
                "Q社 provides and uses; the annotated example also fine-tunes (AI開発者)");
    }

    @Test
    void q72CountsEachGapOncePerOrganisationAsTheEngineDerivesIt() {
        Map<String, String> expected = new TreeMap<>();
        for (Graph derived : derivedFromPublished())
            derived.find(Node.ANY, AIGB.property("obligationStatus").asNode(), NodeFactory.createURI("https://w3id.org/aigb/id/obligation-status/gap"))
                    .mapWith(t -> derived.find(t.getSubject(), AIGB.property("applicableResource").asNode(), Node.ANY).next().getObject().getURI())
                    .toSet().forEach(resource -> expected.merge(resource, "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1)));
        Map<String, String> actual = new TreeMap<>();
        run("q72-submissions-common-gaps").forEach(r -> actual.put(r.get("resource"), r.get("organisations")));
        assertEquals(expected, actual);
        assertEquals("1", actual.get("https://w3id.org/aigb/id/note/P-2-i-human-judgment"), "a gap for Q社 only");
    }

    @Test
    void q73CountsOrganisationsAndSystemsOfEachAiType() {
        Map<String, String> byType = new TreeMap<>();
        run("q73-submissions-ai-types").forEach(r -> byType.put(r.get("aiType").replace("https://w3id.org/aigb/id/ai-type/", ""),
                r.get("organisations") + " organisations, " + r.get("systems") + " systems"));
        assertEquals(Map.of("ai-agent", "2 organisations, 3 systems", "generative-ai", "1 organisations, 2 systems"), byType,
                "Q社: its own agent and X社's agent builder; the example: a support agent (generative, agent) and a screening assistant (generative)");
    }

    @Test
    void q74FindsTheOneAnnexIiiPoint() {
        List<Map<String, String>> rows = run("q74-submissions-annex-iii");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("https://w3id.org/aigb/id/eu-ai-act/annex-iii/4-a", rows.get(0).get("area"));
        assertEquals("1", rows.get(0).get("organisations"));
    }

    @Test
    void q75CountsTheMissingFactsAsTheEngineDerivesThem() {
        Map<String, Integer> expected = new TreeMap<>();
        for (Graph derived : derivedFromPublished())
            derived.find(Node.ANY, AIGB.property("missingFact").asNode(), Node.ANY).mapWith(t -> t.getObject().getURI()).toSet()
                    .forEach(f -> expected.merge(f, 1, Integer::sum));
        Map<String, Integer> actual = new TreeMap<>();
        run("q75-submissions-missing-facts").forEach(r -> actual.put(r.get("missingFact"), Integer.parseInt(r.get("organisations"))));
        assertEquals(expected, actual);
    }

    @Test
    void q76ListsOnlyTheSeriesWithAPublishedVersion() {
        List<Map<String, String>> rows = run("q76-submissions-publication-history");
        assertEquals(2, rows.size(), "Q社 and the example; not the unpublished nor the withdrawn: " + rows);
        for (Map<String, String> r : rows) {
            assertEquals("1", r.get("publishedVersions"));
            assertEquals("1", r.get("latestVersion"), "Q社's version 2 is not published");
            assertEquals("https://w3id.org/aigb/id/edition/v1.2", r.get("edition"));
        }
    }

    @Test
    void q77CountsTheItemsTheUpdateAddedOrChangedByKindOfOrganisationAsTheEngineMarksThem() {
        // the engine's own marks (aigb:updatedBy) in the derivations of the published profiles
        List<Integer> marked = new ArrayList<>();
        for (Graph derived : derivedFromPublished())
            marked.add(derived.find(Node.ANY, AIGB.property("updatedBy").asNode(), Node.ANY)
                    .filterKeep(t -> derived.contains(t.getSubject(), RDF.type.asNode(), AIGB.resource("Applicability").asNode()))
                    .mapWith(t -> derived.find(t.getSubject(), AIGB.property("applicableResource").asNode(), Node.ANY).next().getObject()).toSet().size());
        Map<String, String> byRoles = new TreeMap<>();
        run("q77-submissions-items-new-in-fy2025").forEach(r -> byRoles.put(r.get("roles"), r.get("organisations") + " " + r.get("itemsNewOrChanged")));
        // Q社 provides and uses; the annotated example also fine-tunes; the unpublished and withdrawn ones do not count
        assertEquals(Map.of("AIProvider AIBusinessUser", "1 " + marked.get(0), "AIDeveloper AIProvider AIBusinessUser", "1 " + marked.get(1)), byRoles);
        assertTrue(marked.get(0) > 0 && marked.get(1) > marked.get(0), "the update added items for both, more for the one that also develops: " + marked);
    }

    @Test
    void thePublishedGraphWithTheGuidelineIsOwl2DlAndConsistent() {
        // What a researcher loads into a reasoner: the guideline's graphs and the published submissions
        // (the entailments are left out: they add nothing to check and double the reasoner's time).
        DatasetGraph served = server.server.site().kg().dataset().asDatasetGraph();
        Graph submissions = served.getGraph(Graphs.SUBMISSIONS);
        assertTrue(submissions.size() > 1000, "the two published versions: " + submissions.size());
        Graph all = GraphFactory.createDefaultGraph();
        for (Node name : List.of(Graphs.ONTOLOGY, Graphs.GUIDELINE, Graphs.CROSSREFS, Graphs.SUBMISSIONS))
            served.getGraph(name).find().forEach(all::add);
        OwlCheck check = OwlCheck.of(all);
        assertEquals(List.of(), check.dlViolations(OwlCheck.FileIndex.of("ontology", "data/guideline", "data/crossrefs")),
                "OWL 2 DL profile violations with the published submissions");
        assertEquals(List.of(), check.consistencyProblems());
    }

    private static List<Graph> derivedFromPublished() {
        ObligationEngine engine = RegistryFixture.engine();
        List<Graph> out = new ArrayList<>();
        for (byte[] profile : PUBLISHED) {
            Graph g = new ProfileReader().read(new ByteArrayInputStream(profile), ProfileSyntax.TURTLE, "fixture");
            out.add(engine.check(g).derivation().derived());
            assertEquals(1, g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization")).toList().size());
        }
        return out;
    }

    /** Runs a research query of the library on the public endpoint; each row as variable → value. */
    private static List<Map<String, String>> run(String id) {
        JsonObject result = client.sparql(QueryLibrary.research(Sources.classpath()).get(id).text());
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonValue b : result.get("results").getAsObject().get("bindings").getAsArray()) {
            Map<String, String> row = new TreeMap<>();
            b.getAsObject().entrySet().forEach(e -> row.put(e.getKey(), e.getValue().getAsObject().getString("value")));
            rows.add(row);
        }
        return rows;
    }
}
