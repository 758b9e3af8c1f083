package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Undecided;
import org.w3id.aigb.checklist.Kind;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;

/**
 * What must hold for every example profile, whatever its case: every code the engine returns names a
 * resource of the graph, every item applies through one of the organisation's roles, every
 * applicability has a reason and a status, the roles the seed's table gives the case organisation
 * are all derived (and any further role comes from a rule the case illustrates), and the derivation
 * carries its provenance.
 */
class ObligationConsistencyTest {
    private static final Node PROV_GENERATED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    static List<Path> examples() {
        return ObligationFixtures.validExamples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyCodeNamesAResourceOfTheGraphAndEveryItemOneOfTheOrganisationsRoles(Path profile) {
        ChecklistView d = ObligationFixtures.view(profile);
        Set<Node> roles = d.roles().stream().map(r -> r.role().iri()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Entry o : d.flat()) {
            String iri = o.resource().iri().getURI();
            if (!TestKG.ask("ASK { <" + iri + "> a ?type ; rdfs:label ?label . FILTER (?type IN (aigb:ActorItem, aigb:PracticeNote, aigb:GuidingPrinciple, aigb:HiroshimaGuidingPrinciple, aigb:CodeOfConductAction)) }"))
                problems.add("not a guideline resource: " + iri);
            boolean byCode = TestKG.ask("ASK { <" + iri + "> aigb:code \"" + o.resource().code() + "\" }");
            if (!byCode && !iri.equals("https://w3id.org/aigb/id/note/" + o.resource().code()))
                problems.add("code " + o.resource().code() + " is not the code of " + iri);
            if (o.role() != null && !roles.contains(o.role().iri()))
                problems.add(o.resource().code() + " is for " + o.role().code() + ", not a role of the organisation " + roles);
            for (var r : o.roles())
                if (!roles.contains(r.iri()))
                    problems.add(o.resource().code() + " applies through " + r.code() + ", not a role of the organisation");
            if (o.reasons().isEmpty())
                problems.add(o.resource().code() + " has no reason");
            if (o.status() == null)
                problems.add(o.resource().code() + " has no status");
            if (o.kind() == Kind.NOTE && TestKG.ask("ASK { <" + iri + "> sw:term_status \"deprecated\" }"))
                problems.add("a deprecated note applies: " + iri);
        }
        for (Undecided u : d.undecided())
            if (u.missingFacts().isEmpty() || u.systems().isEmpty())
                problems.add(u.resource().code() + " is undecided without saying which fact of which system is missing");
        assertEquals(List.of(), problems, profile.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theRolesTheSeedsTableGivesTheCaseOrganisationAreDerivedAndAnyOtherComesFromARuleTheCaseIllustrates(Path profile) {
        ChecklistView d = ObligationFixtures.view(profile);
        Graph g = ObligationFixtures.derive(profile).graph();
        Node org = d.organisation().iri();
        List<String> participants = g.find(org, RDFS.seeAlso.asNode(), Node.ANY).mapWith(t -> t.getObject().getURI())
                .filterKeep(u -> u.startsWith("https://w3id.org/aigb/id/case-participant/")).toList();
        if (participants.isEmpty())
            return; // not one of the seed's case organisations
        String values = participants.stream().map(p -> "<" + p + ">").collect(Collectors.joining(" "));
        Set<String> seed = TestKG.values("SELECT ?role WHERE { VALUES ?p { " + values + " } ?a aigb:assignee ?p ; aigb:assignedRole ?role }", "role");
        Set<String> cases = TestKG.values("SELECT ?case WHERE { VALUES ?p { " + values + " } ?p aigb:inCase ?case }", "case");
        Set<String> derived = d.roles().stream().map(r -> r.role().iri().getURI()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(seed);
        missing.removeAll(derived);
        assertEquals(Set.of(), missing, profile.getFileName() + ": roles the seed's table gives but the engine does not derive");
        for (ChecklistView.Role role : d.roles()) {
            if (seed.contains(role.role().iri().getURI()))
                continue;
            boolean illustrated = role.reasons().stream().anyMatch(r -> r.illustratingCase() != null && cases.contains(r.illustratingCase().iri().getURI()));
            assertTrue(illustrated, profile.getFileName() + ": " + role.role().code() + " is not in the seed's table, and no rule the case illustrates gives it");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyDerivedResultSaysWhereItComesFromAndTheDerivationWhatItUsed(Path profile) {
        Derivation d = ObligationFixtures.derive(profile);
        ChecklistView view = ObligationFixtures.view(profile);
        Graph g = d.derived();
        Node org = view.organisation().iri();
        List<String> problems = new ArrayList<>();
        g.find(Node.ANY, AIGB.property("holder").asNode(), org).forEach(t -> {
            if (!g.contains(t.getSubject(), PROV_GENERATED, d.iri()) || !g.contains(t.getSubject(), PROV_DERIVED, org))
                problems.add("no PROV for " + t.getSubject());
        });
        assertEquals(List.of(), problems);
        assertTrue(g.contains(d.iri(), RDF.type.asNode(), AIGB.resource("ObligationDerivation").asNode()));
        for (String time : List.of("startedAtTime", "endedAtTime"))
            assertTrue(g.find(d.iri(), NodeFactory.createURI("http://www.w3.org/ns/prov#" + time), Node.ANY).hasNext(), time);
        Set<String> ran = g.find(d.iri(), AIGB.property("ruleQuery").asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
        assertEquals(ObligationFixtures.engine().rules().rules().stream().map(q -> q.name()).collect(Collectors.toSet()), ran);
        Set<Node> used = g.find(d.iri(), NodeFactory.createURI("http://www.w3.org/ns/prov#used"), Node.ANY).mapWith(t -> t.getObject()).toSet();
        for (ChecklistView.Role r : view.roles())
            for (ChecklistView.RuleReason reason : r.reasons())
                assertTrue(used.contains(reason.rule().iri()), "the derivation names the rule it used: " + reason.rule().code());
        assertFalse(view.roles().isEmpty());
    }
}
