package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.cli.MainTest.Run;
import org.w3id.aigb.testing.TestKG;

/**
 * {@code validate} end to end through {@link Main}: exit codes 0 (conforms, warnings allowed),
 * 1 (violations), 2 (unreadable input: one stderr line with file, line and column), and the formats.
 */
class ValidateCommandTest {
    static Run validate(String... args) {
        String[] argv = Stream.concat(Stream.of("validate"), Stream.of(args)).toArray(String[]::new);
        return MainTest.run(argv);
    }

    static String example(String name) {
        return TestKG.repo("data/examples/profiles/" + name).toString();
    }

    @Test
    void aConformingProfileExitsZero() {
        Run r = validate(example("annotated-example.ttl"));
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("annotated-example.ttl: conforms (0 violations, 0 warnings)"), r.out());
    }

    @Test
    void warningsAreReportedButDoNotFail() {
        Run r = validate(example("company-j.ttl"));
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("WARNING aigbsh:PhysicalDeviceData"), r.out());
        assertTrue(r.out().contains("cites: P-4-i") && r.out().contains("ja: フィジカルAIを提供していますが") && r.out().contains("en: You provide physical AI"), r.out());
    }

    @Test
    void violationsExitOne() {
        Run r = validate(example("company-a.ttl"), example("invalid-corporate-number-check-digit.ttl"));
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains("invalid-corporate-number-check-digit.ttl: DOES NOT CONFORM (1 violations"), r.out());
        assertTrue(r.out().contains("VIOLATION aigbsh:CorporateNumberCheckDigit"), r.out());
        assertTrue(r.out().contains("company-a.ttl: conforms"), "every file is reported: " + r.out());
    }

    @Test
    void anUnparseableFileExitsTwoWithOneLineNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ex:d .\n");
        Run r = validate(bad.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("", r.out(), "nothing is reported when the only input cannot be read");
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().matches("aigb validate: .*broken\\.ttl line 2, column \\d+: .* \\(parse-error\\)\\R"), r.err());
    }

    @Test
    void aMalformedFileAmongSeveralIsReportedAndTheOthersAreValidated(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(example("company-a.ttl")), dir.resolve("a.ttl"));
        Files.writeString(dir.resolve("b-broken.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ex:d .\n");
        Files.copy(Path.of(example("invalid-measure-code.ttl")), dir.resolve("c.ttl"));
        Run r = validate(dir.toString(), "--format", "json");
        assertEquals(Main.BAD_INPUT, r.code(), "a skipped file makes the run exit 2, even with violations elsewhere");
        JsonArray reports = JSON.parseAny(r.out()).getAsArray();
        assertEquals(3, reports.size(), r.out());
        assertEquals(true, reports.get(0).getAsObject().get("conforms").getAsBoolean().value());
        JsonObject error = reports.get(1).getAsObject().get("error").getAsObject();
        assertEquals("parse-error", error.get("code").getAsString().value());
        assertEquals(2, error.get("line").getAsNumber().value().intValue());
        assertEquals(false, reports.get(2).getAsObject().get("conforms").getAsBoolean().value(), "the file after the broken one is validated");
        assertTrue(r.err().contains("b-broken.ttl line 2") && r.err().contains("going on with the other files"), r.err());
        Run text = validate(dir.toString());
        assertTrue(text.out().contains("b-broken.ttl: CANNOT BE READ:") && text.out().contains("c.ttl: DOES NOT CONFORM"), text.out());
    }

    @Test
    void otherUnreadableInputExitsTwo(@TempDir Path dir) throws Exception {
        Run missing = validate("no-such-profile.ttl");
        assertEquals(Main.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no-such-file"), missing.err());
        Path txt = Files.writeString(dir.resolve("profile.txt"), "x");
        assertTrue(validate(txt.toString()).err().contains("unsupported-file-type"));
        for (String flag : List.of("--max-profile-bytes", "--max-bytes")) { // the second is the old name, still accepted
            Run tooLarge = validate(example("company-a.ttl"), flag, "100");
            assertEquals(Main.BAD_INPUT, tooLarge.code());
            assertTrue(tooLarge.err().contains("the limit is 100 bytes: --max-profile-bytes) (profile-too-large)"), tooLarge.err());
        }
        assertEquals(Main.BAD_INPUT, validate().code(), "no file is a usage error");
        assertTrue(validate(example("company-a.ttl"), "--format", "xml").err().contains("bad-format"));
        // nesting that once overflowed the parser's stack: exit 3, "internal error"
        Path deepTurtle = Files.writeString(dir.resolve("deep.ttl"), "<http://example.org/a> <http://example.org/p> "
                + "[ <http://example.org/p> ".repeat(5000) + "\"x\"" + " ]".repeat(5000) + " .");
        Path deepJsonLd = Files.writeString(dir.resolve("deep.jsonld"), "{\"@id\": \"http://example.org/a\", \"http://example.org/p\": "
                + "{\"http://example.org/p\": ".repeat(2000) + "\"x\"" + "}".repeat(2000) + "}");
        for (Path deep : List.of(deepTurtle, deepJsonLd)) {
            Run r = validate(deep.toString());
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("(too-deep)") && r.err().lines().count() == 1, r.err());
        }
    }

    @Test
    void jsonGivesTheSummaryWithBothLanguagesAndCitations() {
        Run r = validate(example("company-g.ttl"), "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        JsonObject report = JSON.parse(r.out());
        assertEquals(true, report.get("conforms").getAsBoolean().value());
        assertEquals(2, report.get("warnings").getAsNumber().value().intValue());
        JsonObject first = report.get("results").getAsArray().get(0).getAsObject();
        assertEquals("Warning", first.get("severity").getAsString().value());
        assertEquals("https://example.org/aigb/examples/company-g#travel-agent", first.get("focusNode").getAsString().value());
        assertTrue(first.get("message").getAsObject().get("ja").getAsString().value().contains("AIエージェント"));
        assertTrue(first.get("message").getAsObject().get("en").getAsString().value().contains("AI agent"));
        assertTrue(first.get("cites").getAsArray().stream().anyMatch(c -> c.getAsObject().get("code").getAsString().value().startsWith("P-")));
    }

    @Test
    void jsonForSeveralFilesIsAnArray() {
        Run r = validate(example("company-a.ttl"), example("company-p.ttl"), "--format", "json");
        JsonArray reports = JSON.parseAny(r.out()).getAsArray();
        assertEquals(2, reports.size());
        assertTrue(reports.get(1).getAsObject().get("source").getAsString().value().endsWith("company-p.ttl"));
    }

    @Test
    void aDirectoryStandsForItsProfileFilesInNameOrder(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(example("company-p.ttl")), dir.resolve("b.ttl"));
        Files.copy(Path.of(example("invalid-measure-code.ttl")), dir.resolve("a.ttl"));
        Files.writeString(dir.resolve("b.expected.ttl"), "not a profile: expectations files are skipped");
        Files.writeString(dir.resolve("notes.txt"), "not a profile either");
        Run r = validate(dir.toString(), "--format", "json");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        JsonArray reports = JSON.parseAny(r.out()).getAsArray();
        assertEquals(2, reports.size(), r.out());
        assertTrue(reports.get(0).getAsObject().get("source").getAsString().value().endsWith("a.ttl"));
        assertEquals(false, reports.get(0).getAsObject().get("conforms").getAsBoolean().value());
        assertTrue(reports.get(1).getAsObject().get("source").getAsString().value().endsWith("b.ttl"));

        Run empty = validate(Files.createDirectory(dir.resolve("empty")).toString());
        assertEquals(Main.BAD_INPUT, empty.code());
        assertTrue(empty.err().contains("No profile files in"), empty.err());
    }

    @Test
    void turtleIsTheShaclReport() {
        Run r = validate(example("invalid-measure-item.ttl"), "--format", "ttl");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        Graph g = RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        assertEquals(1, g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).toList().size());
        assertEquals(1, g.find(Node.ANY, SHACL.sourceShape, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/aigb/shapes#MeasureItem")).toList().size());
    }
}
