package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;

/**
 * The derivation's RDF, pinned: for every conforming example profile, every obligation fixture, the
 * 7-system stress profile of the benchmark and ten generated profiles
 * ({@code derivations/profiles/}), the engine derives a graph isomorphic to the one in
 * {@code derivations/derived/<group>/<name>.ttl}. Those were written by the engine before the rules
 * were made faster (bench/obligations/derived-graphs.sh), so a change that is only about speed shows
 * here that it derives the same results; a change of what the rules derive updates them, with the
 * same script, and the diff shows what changed.
 * <p>
 * The derivation IRI is the name-based one of the file; the derivation's start and end times, which
 * differ at every run, are left out of the comparison.
 */
class DerivedGraphsTest {
    private static final Node STARTED = NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime");
    private static final Node ENDED = NodeFactory.createURI("http://www.w3.org/ns/prov#endedAtTime");

    /** (group, profile): the example profiles, the obligation fixtures and the benchmark's profiles. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        ObligationFixtures.validExamples().forEach(p -> out.add(Arguments.of("examples", p)));
        profiles(ProfileFixtures.resource("obligation")).forEach(p -> out.add(Arguments.of("fixtures", p)));
        profiles(ProfileFixtures.resource("derivations/profiles")).forEach(p -> out.add(Arguments.of("profiles", p)));
        return out.stream();
    }

    private static List<Path> profiles(Path dir) {
        return ProfileFixtures.files(dir, ".ttl").stream().filter(p -> !p.getFileName().toString().endsWith(".expected.ttl")).toList();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void theEngineDerivesTheReferenceGraph(String group, Path profile) {
        String name = profile.getFileName().toString();
        ObligationEngine.Outcome o = ObligationFixtures.engine().check(new ProfileReader().read(profile), ObligationEngine.nameBasedIri(name));
        assertTrue(o.conforms(), name + " conforms");
        Graph derived = GraphFactory.createDefaultGraph();
        o.derivation().derived().find().forEach(t -> {
            if (!t.getPredicate().equals(STARTED) && !t.getPredicate().equals(ENDED))
                derived.add(t);
        });
        Path referenceFile = reference(group, name);
        assertTrue(Files.isRegularFile(referenceFile), "no reference graph " + referenceFile + ": " + HOW);
        Graph reference = RDFParser.source(referenceFile).toGraph();
        if (!derived.isIsomorphicWith(reference))
            throw new AssertionError(name + ": the derived graph differs from " + referenceFile + " (" + derived.size() + " triples, reference "
                    + reference.size() + ")\n  derived, not in the reference: " + groundDifference(derived, reference)
                    + "\n  in the reference, not derived: " + groundDifference(reference, derived) + "\n" + HOW);
    }

    @Test
    void everyReferenceGraphBelongsToAProfile() {
        Set<String> expected = cases().map(a -> a.get()[0] + "/" + ((Path) a.get()[1]).getFileName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present = new TreeSet<>();
        Path root = ProfileFixtures.resource("derivations/derived");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(f -> present.add(root.relativize(f).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(expected, present, "one reference graph per profile, and none left over");
        assertTrue(expected.size() >= 40, "the examples, the fixtures and the benchmark's profiles: " + expected.size());
    }

    private static final String HOW = "if the rules or the guideline data were changed on purpose, write the reference graphs again with "
            + "bench/obligations/derived-graphs.sh and review the diff";

    private static Path reference(String group, String profileName) {
        return ProfileFixtures.resource("derivations/derived").resolve(group).resolve(profileName);
    }

    /** The triples without blank nodes of {@code a} that {@code b} lacks (blank nodes cannot be compared one by one). */
    private static String groundDifference(Graph a, Graph b) {
        List<String> out = new ArrayList<>();
        a.find().forEach(t -> {
            if (!hasBlank(t) && !b.contains(t))
                out.add(t.toString());
        });
        out.sort(null);
        return out.size() <= 20 ? out.toString() : out.subList(0, 20) + " and " + (out.size() - 20) + " more";
    }

    private static boolean hasBlank(Triple t) {
        return t.getSubject().isBlank() || t.getObject().isBlank();
    }
}
