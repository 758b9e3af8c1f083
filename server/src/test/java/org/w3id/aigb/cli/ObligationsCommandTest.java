package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.cli.MainTest.Run;
import org.w3id.aigb.testing.TestKG;

/**
 * {@code obligations} end to end through {@link Main}: the checklist in each format, batches of files
 * and directories, and the exit codes (0 all conform, 1 a profile with violations, 2 unreadable input
 * or bad usage, before anything is written).
 */
class ObligationsCommandTest {
    static Run obligations(String... args) {
        return MainTest.run(Stream.concat(Stream.of("obligations"), Stream.of(args)).toArray(String[]::new));
    }

    static String example(String name) {
        return TestKG.repo("data/examples/profiles/" + name).toString();
    }

    @Test
    void theChecklistIsMarkdownByDefaultWithAStatusPerItemAndWhyItApplies() {
        Run r = obligations(example("company-z.ttl"));
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("# チェックリスト：Z社 / Checklist: Company Z"), r.out());
        assertTrue(r.out().contains("- [x] **P-2-i-tool-whitelist**"), "an addressed note is ticked");
        assertTrue(r.out().contains("- [ ] **P-2-i** "), "an item with a gap is not");
        assertTrue(r.out().contains("理由 / why: AI提供者の事項で、「AIシステム実装時」に掲げられています。"), "each item says why it applies");
        assertTrue(r.out().contains("## 未対応の事項 / Gaps ("), "a summary of the gaps");
    }

    @Test
    void theChecklistAsCsvOrInOneLanguage() {
        Run csv = obligations(example("company-z.ttl"), "--format", "csv");
        assertEquals(Main.OK, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("\uFEFFsource,section,kind,code,") && csv.out().contains(",item,item,P-2-i,"), csv.out());
        Run en = obligations(example("company-z.ttl"), "--lang", "en");
        assertEquals(Main.OK, en.code(), en.err());
        assertTrue(en.out().startsWith("# Checklist: Company Z") && en.out().contains("## Roles") && !en.out().contains("主体"), en.out());
        Run bad = obligations(example("company-z.ttl"), "--lang", "fr");
        assertEquals(Main.BAD_INPUT, bad.code(), bad.err());
        assertTrue(bad.err().contains("choose ja, en or both"), bad.err());
    }

    @Test
    void severalFilesAndADirectoryGiveAJsonArray(@TempDir Path dir) throws Exception {
        Files.copy(Path.of(example("company-i.ttl")), dir.resolve("i.ttl"));
        Files.copy(Path.of(example("private-traveller.ttl")), dir.resolve("traveller.ttl"));
        Files.writeString(dir.resolve("i.expected.ttl"), "not a profile: expectations files are skipped");
        Run r = obligations(dir.toString(), example("company-a.ttl"), "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        JsonArray all = JSON.parseAny(r.out()).getAsArray();
        assertEquals(3, all.size());
        JsonObject traveller = all.get(1).getAsObject();
        assertEquals(false, traveller.get("businessActor").getAsBoolean().value());
        assertEquals(0, traveller.get("items").getAsArray().size());
        assertTrue(traveller.get("statement").getAsObject().get("en").getAsString().value().contains("No item is addressed to non-business users"));
        JsonObject i = all.get(0).getAsObject();
        assertEquals("AIBusinessUser", i.get("roles").getAsArray().get(0).getAsObject().get("code").getAsString().value());
    }

    @Test
    void aProfileWithViolationsGetsItsReportAndExitsOne() {
        Run r = obligations(example("company-a.ttl"), example("invalid-measure-code.ttl"));
        assertEquals(Main.FINDINGS, r.code(), r.err());
        assertTrue(r.out().contains("invalid-measure-code.ttl：プロファイルが適合しません / the profile does not conform (1 violations)"), r.out());
        assertTrue(r.out().contains("# チェックリスト：A社"), "the conforming one still gets its checklist");
    }

    @Test
    void aMalformedFileAmongSeveralIsReportedAndTheOthersAreCheckedWithExitTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        Run r = obligations(broken.toString(), example("company-a.ttl"));
        assertEquals(Main.BAD_INPUT, r.code(), "exit 2 says a file was skipped");
        assertTrue(r.out().contains("broken.ttl：読み込めません / cannot be read") && r.out().contains("`parse-error`"), r.out());
        assertTrue(r.out().contains("# チェックリスト：A社"), "the file after the broken one is checked: " + r.out());
        assertTrue(r.err().contains("broken.ttl line 2") && r.err().contains("(parse-error)"), r.err());
        Run json = obligations(broken.toString(), example("company-a.ttl"), "--format", "json");
        JsonArray all = JSON.parseAny(json.out()).getAsArray();
        assertEquals("parse-error", all.get(0).getAsObject().get("error").getAsObject().get("code").getAsString().value());
        assertEquals(true, all.get(1).getAsObject().get("conforms").getAsBoolean().value());
        Run alone = obligations(broken.toString());
        assertEquals(Main.BAD_INPUT, alone.code());
        assertEquals("", alone.out(), "a lone unreadable file writes nothing");
        assertEquals(Main.BAD_INPUT, obligations(example("company-a.ttl"), "--format", "pdf").code());
    }

    @Test
    void turtleIsTheDerivationAsRdfWithItsProvenance() {
        Run r = obligations(example("company-e.ttl"), "--format", "ttl");
        assertEquals(Main.OK, r.code(), r.err());
        Graph g = RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        Node derivation = g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/aigb/ontology#ObligationDerivation")).next().getSubject();
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy"), derivation));
        assertTrue(g.contains(derivation, NodeFactory.createURI("http://www.w3.org/ns/prov#used"),
                NodeFactory.createURI("https://w3id.org/aigb/id/rule/fine-tuning-and-provision")), "the rule the case illustrates is among the rules used");
        assertTrue(g.contains(NodeFactory.createURI("https://example.org/aigb/examples/company-e#org"), RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/org#Organization")), "the profile is part of the output");
    }
}
