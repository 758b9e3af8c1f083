package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.w3id.aigb.testing.SetAssert.assertContainsAll;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.testing.KgValidation;

/**
 * The whole graph conforms to every integrity shape file ({@code shapes/kg*.ttl}), and every broken
 * fixture under {@code src/test/resources/broken/} (recursively; {@code broken/profile/} belongs to
 * ProfileShapesTest), added to the asserted graph, is rejected by exactly the shapes its header names:
 * one line {@code # expect: aigbsh:Shape [path] ["message fragment"]} per kind of violation. A check that
 * catches nothing, or a constraint no fixture exercises, fails here.
 */
class KgShapesTest {
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (\\S+)(?: ([^\\s\"]+))?(?: \"([^\"]+)\")?\\s*$");
    private static final String BROKEN = "broken/";
    /** The violations each fixture adds, computed once for both tests that need them. */
    private static final Map<String, List<ReportEntry>> FIRED = new ConcurrentHashMap<>();
    /** The entries of the graph without any fixture: none while the whole-graph test passes. */
    private static Set<String> baseline;

    /** One header line: the named shape, optionally the path and a fragment of the message. */
    record Expectation(String shape, String path, String message) {
        boolean matches(ReportEntry e) {
            return shape.equals(KgValidation.shape(e)) && (path == null || path.equals(KgValidation.path(e)))
                    && (message == null || e.messages().stream().anyMatch(m -> m.isLiteral() && m.getLiteralLexicalForm().contains(message)));
        }

        @Override
        public String toString() {
            return shape + (path == null ? "" : " " + path) + (message == null ? "" : " \"" + message + "\"");
        }
    }

    @Test
    void theWholeGraphConformsToEveryKgShapeFile() {
        assertTrue(KgValidation.shapeFiles().containsAll(List.of("shapes/kg.ttl", "shapes/kg-content.ttl", "shapes/kg-crossrefs.ttl")),
                "the integrity shape files are found: " + KgValidation.shapeFiles());
        assertConforms(KgValidation.validate(KgValidation.asserted()));
    }

    /** The entailments add no violation either (a value entailed by a sub-property can break a maxCount). */
    @Test
    void theGraphWithItsEntailmentsConformsToo() {
        assertConforms(KgValidation.validate(KgValidation.withEntailments()));
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(KgShapesTest.class.getClassLoader().getResource(BROKEN).toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("profile/")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aBrokenFixtureIsRejectedByTheShapeMeantToCatchIt(String fixture) {
        List<Expectation> expected = expectations(fixture);
        assertFalse(expected.isEmpty(), fixture + " has no '# expect: aigbsh:Shape [path] [\"message\"]' header");
        List<ReportEntry> entries = fired(fixture);
        Set<String> missing = expected.stream().filter(x -> entries.stream().noneMatch(x::matches))
                .map(Expectation::toString).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unexpected = entries.stream().filter(e -> expected.stream().noneMatch(x -> x.matches(e)))
                .map(e -> KgValidation.shape(e) + " " + KgValidation.path(e) + ": " + e.message()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), fixture + ": not rejected by " + missing
                + "; also rejected by " + unexpected + "\n"
                + entries.stream().map(KgValidation::describe).collect(Collectors.joining("\n")));
    }

    /** Every constraint of every kg shape file is exercised by a fixture whose header names it. */
    @Test
    void everyConstraintOfTheKgShapesHasABrokenFixture() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (String fixture : fixtures().toList()) {
            List<Expectation> expected = expectations(fixture);
            fired(fixture).stream().filter(e -> expected.stream().anyMatch(x -> x.matches(e)))
                    .forEach(e -> covered.add(KgValidation.constraint(e)));
        }
        assertContainsAll("constraints of shapes/kg*.ttl with a broken fixture under " + BROKEN, KgValidation.constraints(), covered);
    }

    /**
     * The violations a fixture adds to the asserted graph: every entry of validating both that the graph
     * alone does not have (while the graph conforms, every entry), wherever its focus node.
     */
    private static List<ReportEntry> fired(String fixture) {
        return FIRED.computeIfAbsent(fixture, f -> KgValidation.validate(KgValidation.assertedPlus(KgValidation.turtle(BROKEN + f)))
                .getEntries().stream().filter(e -> !baseline().contains(key(e))).toList());
    }

    private static synchronized Set<String> baseline() {
        if (baseline == null)
            baseline = KgValidation.validate(KgValidation.asserted()).getEntries().stream().map(KgShapesTest::key).collect(Collectors.toSet());
        return baseline;
    }

    private static String key(ReportEntry e) {
        return KgValidation.describe(e) + " " + e.value();
    }

    private static List<Expectation> expectations(String fixture) {
        List<Expectation> out = new ArrayList<>();
        Matcher m = EXPECT.matcher(read(BROKEN + fixture));
        while (m.find())
            out.add(new Expectation(m.group(1), m.group(2), m.group(3)));
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = KgValidation.open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertConforms(ValidationReport report) {
        if (!report.conforms())
            fail(report.getEntries().size() + " violations:\n" + report.getEntries().stream()
                    .map(KgValidation::describe).sorted().collect(Collectors.joining("\n")));
    }
}
