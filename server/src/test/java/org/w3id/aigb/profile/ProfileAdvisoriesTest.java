package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.vocab.AIGB;

/**
 * The guideline advisories (sh:Warning): each fires on the crafted profiles
 * {@code profile/advisories/<shape>.fires*.ttl} and stays quiet on {@code <shape>.quiet*.ttl}; a
 * warning never makes a profile fail, and each names the guideline item or section it is based on.
 */
class ProfileAdvisoriesTest {
    static Path dir() {
        return ProfileFixtures.resource("profile/advisories");
    }

    static Stream<Path> fixtures() {
        return ProfileFixtures.files(dir(), ".ttl").stream();
    }

    static Set<String> advisoryShapes() {
        Graph g = ProfileShapesTest.shapes();
        return g.find(Node.ANY, SHACL.severity, SHACL.Warning).mapWith(Triple::getSubject)
                .mapWith(s -> ProfileFixtures.kebab(s.getLocalName())).toSet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void anAdvisoryFiresOnlyWhereItsFixtureSays(Path file) {
        String[] parts = file.getFileName().toString().split("\\.");
        String shape = parts[0];
        boolean fires = parts[1].startsWith("fires");
        ProfileReport report = ProfileFixtures.validate(file);
        Set<String> warned = ProfileFixtures.shapes(report, Severity.Warning).stream().map(ProfileFixtures::kebab).collect(Collectors.toSet());
        assertTrue(report.conforms(), file.getFileName() + ": fixtures have no violations, got " + ProfileFixtures.shapes(report, Severity.Violation));
        assertEquals(fires, warned.contains(shape), file.getFileName() + " warnings: " + warned);
    }

    @Test
    void everyAdvisoryHasAFiringAndAQuietFixture() {
        Set<String> names = fixtures().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String shape : advisoryShapes())
            for (String kind : List.of("fires", "quiet"))
                if (names.stream().noneMatch(n -> n.startsWith(shape + "." + kind)))
                    missing.add(shape + "." + kind + ".ttl");
        assertEquals(Set.of(), missing, "advisories without fixtures");
    }

    @Test
    void everyAdvisoryCitesTheGuideline() {
        Graph g = ProfileShapesTest.shapes();
        Node item = AIGB.property("citesItem").asNode(), section = AIGB.property("citesSection").asNode();
        g.find(Node.ANY, SHACL.severity, SHACL.Warning).mapWith(Triple::getSubject).forEach(s ->
                assertTrue(g.contains(s, item, Node.ANY) || g.contains(s, section, Node.ANY), s + " cites nothing"));
    }

    @Test
    void aWarningCarriesItsCitationsIntoTheReport() {
        ProfileReport report = ProfileFixtures.validate(dir().resolve("agent-tool-whitelist.fires.ttl"));
        ProfileReport.Entry e = report.entries().stream()
                .filter(x -> x.sourceShape().getLocalName().equals("AgentToolWhitelist")).findFirst().orElseThrow();
        assertEquals(List.of("P-2-i", "P-2-i-tool-whitelist"), e.cites().stream().map(ProfileReport.Citation::code).toList());
        assertEquals("人間の生命・身体・財産、精神及び環境に配慮したリスク対策", e.cites().get(0).labelJa());
        Graph g = report.graph();
        assertFalse(g.find(Node.ANY, AIGB.property("citesItem").asNode(), e.cites().get(1).iri()).toList().isEmpty(),
                "the report graph carries aigb:citesItem on the result");
    }
}
