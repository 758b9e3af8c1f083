package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.testing.TestKG;

/**
 * The command line's {@code query} and the SPARQL endpoint see one dataset: every research query
 * gives the same number of rows both ways. (The command line once lacked the example profiles'
 * derivations: q50 and q51 answered nothing there, and q60 counted other graphs.)
 */
class OneDatasetTest {
    private static TestServer s;
    private static Dataset commandLine;

    @BeforeAll
    static void start() {
        s = TestServer.sharedDefault();
        s.server.awaitStartupTasks();
        // what QueryCommand runs on (Context.queryDataset), over the graph the tests load once
        commandLine = ServedDataset.forCommandLine(TestKG.get(), Sources.classpath(), Limits.defaults());
        ServedDataset.makeExamples(commandLine); // as QueryCommand does for the queries that read them: not within a query's time limit
    }

    static int rows(String csv) {
        return (int) csv.lines().count() - 1;
    }

    @Test
    void everyResearchQueryGivesTheSameRowsOnTheCommandLineAndTheEndpoint() {
        List<String> differ = new ArrayList<>();
        for (QueryFile q : QueryLibrary.research(Sources.classpath()).all()) {
            if (!q.query().isSelectType())
                continue;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryRunner.over(commandLine, Limits.defaults()).write(q.query(), Format.CSV, out);
            int cli = rows(out.toString(StandardCharsets.UTF_8));
            HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8), "text/csv");
            assertEquals(200, r.statusCode(), q.id() + " " + r.body());
            int http = rows(r.body());
            if (cli != http)
                differ.add(q.id() + ": command line " + cli + " rows, endpoint " + http);
            if (q.id().startsWith("q50") || q.id().startsWith("q51") || q.id().startsWith("q60"))
                assertTrue(cli > 0, q.id() + " answers on the command line too");
        }
        assertEquals(List.of(), differ);
    }
}
