package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The whole graph conforms to every integrity shape file, and every broken fixture under
 * {@code src/test/resources/broken/} is rejected by exactly the shapes its header names
 * ({@code # expect: aigbsh:Shape [path]}): a check that catches nothing would fail here.
 */
class KgShapesTest {
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (\\S+)(?: (\\S+))?\\s*$");

    @Test
    void theWholeGraphConformsToEveryKgShapeFile() {
        assertTrue(KgValidation.shapeFiles().contains("shapes/kg.ttl"), "shapes/kg.ttl is found: " + KgValidation.shapeFiles());
        ValidationReport report = KgValidation.validate(KgValidation.asserted());
        if (!report.conforms())
            fail(report.getEntries().size() + " violations:\n" + report.getEntries().stream()
                    .map(KgShapesTest::describe).sorted().collect(Collectors.joining("\n")));
    }

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        URL dir = KgShapesTest.class.getClassLoader().getResource("broken");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aBrokenFixtureIsRejectedByTheShapeMeantToCatchIt(String fixture) throws IOException {
        String text = read(fixture);
        Set<String> expected = expectations(text);
        assertFalse(expected.isEmpty(), fixture + " has no '# expect: aigbsh:Shape [path]' header");
        ValidationReport report = KgValidation.validate(KgValidation.assertedPlus(open(fixture)));
        // Only what the fixture describes counts: the rest of the graph is checked by the test above.
        Graph own = GraphFactory.createDefaultGraph();
        try (InputStream in = open(fixture)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(own);
        }
        // One "shape path" per report entry; an expectation without a path matches on the shape alone.
        Set<String> actual = report.getEntries().stream()
                .filter(e -> own.contains(e.focusNode(), Node.ANY, Node.ANY))
                .map(e -> shortForm(e.source()) + " " + (e.resultPath() == null ? "-" : shortPath(e)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = expected.stream()
                .filter(x -> actual.stream().noneMatch(a -> matches(x, a)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unexpected = actual.stream()
                .filter(a -> expected.stream().noneMatch(x -> matches(x, a)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), fixture + ": not rejected by " + missing
                + "; also rejected by " + unexpected + "\n"
                + report.getEntries().stream().map(KgShapesTest::describe).collect(Collectors.joining("\n")));
    }

    private static boolean matches(String expectation, String actual) {
        return expectation.contains(" ") ? actual.equals(expectation) : actual.startsWith(expectation + " ");
    }

    @Test
    void everyConstraintOfKgTtlHasABrokenFixture() throws Exception {
        Graph shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = Sources.classpath().open("shapes/kg.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        Set<String> constraints = new TreeSet<>();
        Set<String> grouping = Set.of("property", "targetClass", "targetSubjectsOf", "path", "message", "rdf-type");
        shapes.find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            String local = p.startsWith("http://www.w3.org/ns/shacl#") ? p.substring(p.indexOf('#') + 1)
                    : p.endsWith("#type") ? "rdf-type" : "other";
            if (t.getSubject().isURI() && !"other".equals(local) && !grouping.contains(local) && !"declare".equals(local))
                constraints.add(shortForm(t.getSubject()));
        });
        Set<String> exercised = new TreeSet<>();
        for (String fixture : fixtures().toList())
            expectations(read(fixture)).forEach(x -> exercised.add(x.split(" ")[0]));
        Set<String> untested = new TreeSet<>(constraints);
        untested.removeAll(exercised);
        assertEquals(Set.of(), untested, "shapes of shapes/kg.ttl with no broken fixture under src/test/resources/broken/");
    }

    private static Set<String> expectations(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = EXPECT.matcher(text);
        while (m.find())
            out.add(m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2));
        return out;
    }

    private static String read(String fixture) throws IOException {
        try (InputStream in = open(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String fixture) {
        return KgShapesTest.class.getClassLoader().getResourceAsStream("broken/" + fixture);
    }

    private static String shortForm(Node n) {
        return n.isURI() ? Prefixes.get().shortForm(n.getURI()) : n.toString();
    }

    private static String shortPath(ReportEntry e) {
        return Prefixes.get().shortForm(e.resultPath().toString().replaceAll("^<|>$", ""));
    }

    private static String describe(ReportEntry e) {
        return shortForm(e.focusNode()) + " " + e.resultPath() + " [" + shortForm(e.source()) + "] " + e.message();
    }
}
