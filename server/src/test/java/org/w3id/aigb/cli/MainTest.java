package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
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

    // ---- what the command line once got wrong ---------------------------------------------------

    @Test
    void globalOptionsMayComeBeforeTheCommandAndDotDirectoriesWork() {
        // the tests run in server/: the checkout is ".."; "./.." and "../." once failed ("No file ...")
        for (String dir : List.of("./..", "../.", "../", "..")) {
            Run r = run("--dir", dir, "queries");
            assertEquals(Main.OK, r.code(), dir + ": " + r.err());
            assertTrue(r.out().contains("q01-items-per-role-and-stage"), dir);
        }
        assertEquals(Main.OK, run("--verbose", "queries", "--dir", "..").code());
        Run notGlobal = run("--format", "csv", "query", "q01");
        assertEquals(Main.BAD_INPUT, notGlobal.code());
        assertTrue(notGlobal.err().contains("not a global option"), notGlobal.err());
    }

    @Test
    void aShortQueryIdRunsTheQuery() {
        Run byShortId = run("query", "q01", "--format", "csv");
        assertEquals(Main.OK, byShortId.code(), byShortId.err());
        assertEquals(run("query", "q01-items-per-role-and-stage", "--format", "csv").out(), byShortId.out());
        assertTrue(byShortId.out().lines().count() > 5, byShortId.out());
    }

    @Test
    void aQueryOfTheRegistrysSubmissionsSaysItNeedsTheServerInsteadOfAnsweringNothing(@TempDir Path dir) throws Exception {
        Run q71 = run("query", "q71");
        assertEquals(Main.BAD_INPUT, q71.code(), q71.out());
        assertEquals("", q71.out(), "no empty table");
        assertTrue(q71.err().contains("(server-only-graph)") && q71.err().contains("/query/q71-submissions-roles"), q71.err());
        Path inExists = Files.writeString(dir.resolve("exists.rq"),
                "ASK { ?s ?p ?o FILTER EXISTS { GRAPH <https://w3id.org/aigb/graph/submissions> { ?s ?q ?r } } }");
        assertEquals(Main.BAD_INPUT, run("query", inExists.toString()).code(), "named anywhere in the query");
        Path profiles = Files.writeString(dir.resolve("profiles.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/aigb/graph/profiles> { ?s ?p ?o } }");
        Run examples = run("query", profiles.toString(), "--format", "csv");
        assertEquals(Main.OK, examples.code(), examples.err() + " (the example profiles' graph the command line has)");
        assertTrue(!examples.out().contains("\r\n0\r\n"), examples.out());
    }

    @Test
    void aRefusedQueryOrATimeoutIsBadInputNotAnInternalError(@TempDir Path dir) throws Exception {
        Path service = Files.writeString(dir.resolve("service.rq"), "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        Run refused = run("query", service.toString());
        assertEquals(Main.BAD_INPUT, refused.code(), refused.err());
        assertTrue(refused.err().contains("(query-refused)"), refused.err());
        Path slow = Files.writeString(dir.resolve("slow.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        for (String timeout : List.of("0.2", "200ms")) {
            Run r = run("query", slow.toString(), "--timeout", timeout);
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("(query-timeout)") && r.err().contains("the limit is 0.2 s: --timeout"), r.err());
        }
        Run obligations = run("obligations", TestKG.repo("data/examples/profiles/company-z.ttl").toString(), "--timeout", "1ms");
        assertEquals(Main.BAD_INPUT, obligations.code(), obligations.err());
        assertTrue(obligations.err().contains("(query-timeout)"), obligations.err());
    }

    @Test
    void theExitCodeOfAnErrorIsChosenByItsType() {
        assertEquals(Main.BAD_INPUT, Main.exitCode(new AigbException.QueryRefused("x")));
        assertEquals(Main.BAD_INPUT, Main.exitCode(new AigbException.Usage("x")));
        assertEquals(Main.BAD_INPUT, Main.exitCode(Limits.defaults().exceeded(Limits.Limit.TIMEOUT, "x")));
        assertEquals(Main.INTERNAL, Main.exitCode(new AigbException.NotReady("x")));
        assertEquals(Main.INTERNAL, Main.exitCode(new AigbException("usage", "x")), "by type, not by code");
    }
}
