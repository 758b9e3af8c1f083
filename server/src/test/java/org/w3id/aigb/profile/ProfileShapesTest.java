package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.testing.TestKG;

/**
 * The shapes themselves: every check has messages in Japanese and English, and every structural
 * shape is proved to catch something by a fixture named after it (an invalid example in
 * data/examples/profiles, or a file in broken/profile/) that fails it and no other shape.
 */
class ProfileShapesTest {
    private static final List<String> SHAPE_FILES = List.of("shapes/profile.ttl", "shapes/profile-boundary.ttl");

    static Graph shapes() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String f : SHAPE_FILES)
            RDFParser.source(TestKG.repo(f)).parse(g);
        return g;
    }

    /** Named shapes that report (they carry a message): the building blocks without one only serve others. */
    static Stream<Node> reportingShapes() {
        Graph g = shapes();
        return g.find(Node.ANY, SHACL.message, Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(Node::isURI).sorted((a, b) -> a.getURI().compareTo(b.getURI()));
    }

    static Stream<Node> structuralShapes() {
        Graph g = shapes();
        return reportingShapes().filter(s -> !g.contains(s, SHACL.severity, SHACL.Warning));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportingShapes")
    void everyShapeHasOneMessageInJapaneseAndOneInEnglish(Node shape) {
        List<String> langs = shapes().find(shape, SHACL.message, Node.ANY).mapWith(t -> t.getObject().getLiteralLanguage()).toList();
        assertEquals(List.of("en", "ja"), langs.stream().sorted().toList(), shape + " messages");
    }

    @Test
    void noSparqlConstraintCarriesItsOwnMessage() {
        // jena-shacl keeps only one sh:message on a SPARQL constraint and drops its language: the
        // messages belong on the shape (see the header of shapes/profile.ttl).
        Graph g = shapes();
        List<Node> constraints = g.find(Node.ANY, SHACL.sparql, Node.ANY).mapWith(Triple::getObject).toList();
        assertFalse(constraints.isEmpty(), "the shapes use SPARQL constraints");
        for (Node c : constraints)
            assertFalse(g.contains(c, SHACL.message, Node.ANY), "SPARQL constraint of a shape carries a message");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralShapes")
    void everyStructuralShapeHasAFixtureThatFailsItAndNoOther(Node shape) {
        String kebab = ProfileFixtures.kebab(shape.getLocalName());
        Path example = ProfileFixtures.examples().resolve("invalid-" + kebab + ".ttl");
        Path broken = ProfileFixtures.resource("broken/profile").resolve(kebab + ".ttl");
        Path fixture = Files.isRegularFile(example) ? example : broken;
        assertTrue(Files.isRegularFile(fixture), "no fixture for " + shape + ": add " + broken + " or " + example);
        ProfileReport report = ProfileFixtures.validate(fixture);
        assertEquals(Set.of(shape.getLocalName()), ProfileFixtures.shapes(report, Severity.Violation), fixture.getFileName().toString());
    }

    @Test
    void everyBrokenFixtureIsNamedAfterAShape() {
        Set<String> shapes = reportingShapes().map(s -> ProfileFixtures.kebab(s.getLocalName())).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>();
        for (Path p : ProfileFixtures.files(ProfileFixtures.resource("broken/profile"), ".ttl"))
            if (!shapes.contains(p.getFileName().toString().replaceFirst("\\.ttl$", "")))
                orphans.add(p.getFileName().toString());
        assertEquals(Set.of(), orphans, "broken fixtures that name no shape");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralShapes")
    void messagesComeOutInBothLanguagesInEveryForm(Node shape) {
        // The report view and the SHACL report graph both carry the two messages: SPARQL-based shapes
        // (CorporateNumberCheckDigit, MeasureCode, KnownTerm, GuidelineStatements) included.
        String kebab = ProfileFixtures.kebab(shape.getLocalName());
        Path example = ProfileFixtures.examples().resolve("invalid-" + kebab + ".ttl");
        Path fixture = Files.isRegularFile(example) ? example : ProfileFixtures.resource("broken/profile").resolve(kebab + ".ttl");
        ProfileReport report = ProfileFixtures.validate(fixture);
        Set<String> expectedJa = shapes().find(shape, SHACL.message, Node.ANY).filterKeep(t -> "ja".equals(t.getObject().getLiteralLanguage()))
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet();
        for (ProfileReport.Entry e : report.entries()) {
            if (!e.sourceShape().equals(shape))
                continue;
            assertEquals(expectedJa, Set.of(e.messageJa()), "Japanese message of " + shape);
            assertTrue(!e.messageEn().isBlank() && e.messageEn().chars().allMatch(c -> c < 0x3000), "English message of " + shape + ": " + e.messageEn());
        }
        Graph g = report.graph();
        Set<String> langs = new TreeSet<>();
        g.find(Node.ANY, SHACL.sourceShape, shape).forEach(t ->
                g.find(t.getSubject(), SHACL.resultMessage, Node.ANY).forEach(m -> langs.add(m.getObject().getLiteralLanguage())));
        assertEquals(Set.of("en", "ja"), langs, "languages of sh:resultMessage in the report graph for " + shape);
    }
}
