package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.testing.TestKG;

class MainTest {
    record Run(int code, String out, String err) {}

    static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportWritesTheWholeAssertedGraphAsTurtle() {
        Run r = run("export", "--format", "ttl");
        assertEquals(Main.OK, r.code(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        long asserted = TestKG.get().tripleCounts().entrySet().stream()
                .filter(e -> !e.getKey().getURI().endsWith("/inferred")).mapToLong(e -> e.getValue()).sum();
        assertTrue(m.size() > 0 && m.size() <= asserted, "export size " + m.size() + " vs asserted " + asserted);
        assertTrue(m.containsResource(m.createResource("https://w3id.org/aigb/ontology")));
    }

    @Test
    void queryRunsAFileAndWritesCsv(@TempDir Path dir) throws Exception {
        Path q = dir.resolve("q.rq");
        Files.writeString(q, "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nSELECT ?o WHERE { ?o a owl:Ontology }");
        Run r = run("query", q.toString(), "--format", "csv");
        assertEquals(Main.OK, r.code(), r.err());
        assertEquals("o\r\nhttps://w3id.org/aigb/ontology\r\n", r.out());
    }

    @Test
    void aMalformedQueryIsABadInputWithItsPosition(@TempDir Path dir) throws Exception {
        Path q = dir.resolve("bad.rq");
        Files.writeString(q, "SELECT ?x WHERE { ?x ?y }");
        Run r = run("query", q.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.rq") && r.err().contains("line 1"), r.err());
        assertTrue(r.err().contains("query-parse-error"), r.err());
    }

    @Test
    void usageErrorsExitWithTwoAndAMessage() {
        assertEquals(Main.BAD_INPUT, run("frobnicate").code());
        assertEquals(Main.BAD_INPUT, run().code());
        Run unknownOption = run("export", "--colour", "red");
        assertEquals(Main.BAD_INPUT, unknownOption.code());
        assertTrue(unknownOption.err().contains("Unknown option --colour"), unknownOption.err());
        Run badFormat = run("export", "--format", "xml");
        assertEquals(Main.BAD_INPUT, badFormat.code());
        assertTrue(badFormat.err().contains("choose one of ttl, nt, jsonld"), badFormat.err());
        Run missingQuery = run("query", "no-such-file.rq");
        assertEquals(Main.BAD_INPUT, missingQuery.code());
        assertTrue(missingQuery.err().contains("no-such-query"), missingQuery.err());
    }

    @Test
    void aSelectCannotBeWrittenAsTurtle(@TempDir Path dir) throws Exception {
        Path q = dir.resolve("q.rq");
        Files.writeString(q, "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        Run r = run("query", q.toString(), "--format", "ttl");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().contains("writes a table"), r.err());
    }
}
