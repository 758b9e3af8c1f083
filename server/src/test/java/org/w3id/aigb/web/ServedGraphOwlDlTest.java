package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.OwlCheck;
import org.w3id.aigb.vocab.Graphs;

/**
 * The whole graph as the service serves it (every named graph: ontology, guideline, cross-references,
 * entailments, the example profiles with their derivations, and any graph added later) is OWL 2 DL
 * and consistent under HermiT. Read from the shared test server, so the example derivations are the
 * served ones, computed once per test run.
 */
class ServedGraphOwlDlTest {
    private static OwlCheck check;
    private static List<String> graphs;

    @BeforeAll
    static void read() {
        DatasetGraph served = TestServer.sharedDefault().server.site().kg().dataset().asDatasetGraph();
        Graph all = GraphFactory.createDefaultGraph();
        graphs = new java.util.ArrayList<>();
        served.listGraphNodes().forEachRemaining(name -> {
            graphs.add(name.getURI());
            served.getGraph(name).find().forEach(all::add);
        });
        check = OwlCheck.of(all);
    }

    @Test
    void everyServedNamedGraphIsRead() {
        assertTrue(graphs.containsAll(List.of(Graphs.ONTOLOGY.getURI(), Graphs.GUIDELINE.getURI(), Graphs.CROSSREFS.getURI(),
                Graphs.INFERRED.getURI(), Graphs.PROFILES.getURI())), graphs.toString());
        assertTrue(check.axiomCount() > 20_000, "the whole graph reads as OWL axioms: " + check.axiomCount());
    }

    @Test
    void theWholeGraphIsOwl2Dl() {
        assertEquals(List.of(), check.dlViolations(OwlCheck.FileIndex.of("ontology", "data/guideline", "data/crossrefs")),
                "OWL 2 DL profile violations of the served graph");
    }

    @Test
    void theWholeGraphIsConsistent() {
        assertEquals(List.of(), check.consistencyProblems());
    }
}
