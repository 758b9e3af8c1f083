package org.w3id.aigb.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;

/** The one way a query runs: bound by name, within the time limit, a refused or timed-out query told by its type. */
class QueryRunnerTest {
    private static final Graph GRAPH = GraphFactory.createDefaultGraph();

    static {
        for (int i = 0; i < 200; i++)
            GRAPH.add(Triple.create(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o" + i % 7)));
    }

    private static QueryFile file(String text) {
        return QueryFile.parse("test", "test.rq", text);
    }

    @Test
    void variablesAreBoundByName() {
        Table t = QueryRunner.over(GRAPH, Limits.defaults()).select(file("SELECT ?s WHERE { ?s <urn:x:p> ?o }"),
                Map.of("o", ResourceFactory.createResource("urn:x:o3")));
        assertEquals(29, t.rows().size());
        assertTrue(t.rows().stream().allMatch(r -> Integer.parseInt(Table.text(r, "s").substring("urn:x:s".length())) % 7 == 3));
    }

    @Test
    void aQueryPastTheTimeLimitIsStoppedAndToldAsTheLimit() {
        QueryFile cartesian = file("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        Limits.LimitExceeded e = assertThrows(Limits.LimitExceeded.class,
                () -> QueryRunner.over(GRAPH, Limits.defaults().with(Limit.TIMEOUT, 50)).select(cartesian));
        assertEquals(Limit.TIMEOUT, e.limit());
        assertEquals("query-timeout", e.code());
        assertTrue(e.getMessage().contains("test") && e.getMessage().contains("0.05 s: --timeout"), e.getMessage());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(Limits.LimitExceeded.class,
                () -> QueryRunner.over(GRAPH, Limits.defaults().with(Limit.TIMEOUT, 50)).write(cartesian.query(), Format.CSV, out));
    }

    @Test
    void aWrittenQueryIsCheckedAndItsAnswerWrittenInAFormatOfItsForm() {
        QueryRunner runner = QueryRunner.over(GRAPH, Limits.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(AigbException.QueryRefused.class,
                () -> runner.write(file("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } }").query(), Format.CSV, out));
        assertEquals("bad-format", assertThrows(AigbException.BadInput.class,
                () -> runner.write(file("CONSTRUCT WHERE { ?s ?p ?o }").query(), Format.CSV, out)).code());
        assertEquals("bad-format", assertThrows(AigbException.BadInput.class,
                () -> runner.write(file("ASK { ?s ?p ?o }").query(), Format.TTL, out)).code());
        runner.write(file("CONSTRUCT WHERE { <urn:x:s1> ?p ?o }").query(), Format.TEXT, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("<urn:x:s1>"), "text is Turtle for a graph");
    }

    @Test
    void theFormatsOfAnAnswerFollowItsForm() {
        assertEquals(QueryRunner.TABLES, QueryRunner.formatsOf(file("ASK { }").query()));
        assertEquals(QueryRunner.GRAPHS, QueryRunner.formatsOf(file("DESCRIBE <urn:x:s1>").query()));
    }
}
