package org.w3id.aigb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.OwlCheck;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Graphs;

/**
 * The ontology (every file of {@code ontology/}, as loaded into its named graph) is OWL 2 DL as the
 * OWL API's profile checker sees it, drops no triple, and HermiT finds it consistent with every class
 * satisfiable. The whole served graph is checked the same way by {@code web.ServedGraphOwlDlTest}.
 */
class OwlDlTest {
    private static final String AIGB = "https://w3id.org/aigb/ontology#";

    static Graph ontology() {
        return TestKG.get().dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY);
    }

    @Test
    void theOntologyIsOwl2Dl() {
        OwlCheck check = OwlCheck.of(ontology());
        assertTrue(check.axiomCount() > 2000, "the ontology reads as OWL axioms: " + check.axiomCount());
        assertEquals(List.of(), check.dlViolations(OwlCheck.FileIndex.of("ontology")), "OWL 2 DL profile violations of ontology/*.ttl");
    }

    @Test
    void theOntologyIsConsistentAndEveryClassSatisfiable() {
        assertEquals(List.of(), OwlCheck.of(ontology()).reasonerProblems());
    }

    @Test
    void reservedVocabularyIsReportedWithItsAxiomAndFile() {
        // The defects this check exists for: an rdf:Statement superclass and reification triples.
        Graph broken = copy(ontology());
        add(broken, """
                <%1$sBrokenMapping> a owl:Class ; rdfs:subClassOf rdf:Statement .
                <https://w3id.org/aigb/id/mapping/broken/1> a <%1$sBrokenMapping> ; rdf:subject <https://w3id.org/aigb/id/role/AIProvider> .
                """.formatted(AIGB));
        List<String> violations = OwlCheck.of(broken).dlViolations(OwlCheck.FileIndex.of("ontology"));
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("UseOfReservedVocabularyForClassIRI")
                && v.contains("SubClassOf(<" + AIGB + "BrokenMapping> rdf:Statement)")), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("UnparsedTriple") && v.contains("22-rdf-syntax-ns#subject")),
                "a reification triple the OWL API drops is reported: " + String.join("\n", violations));
        // An undeclared external term is named, with the file of the entity that uses it.
        Graph undeclared = copy(ontology());
        add(undeclared, "<%sForRole2> a owl:ObjectProperty ; rdfs:subPropertyOf <http://example.org/undeclared#relation> .".formatted(AIGB));
        List<String> found = OwlCheck.of(undeclared).dlViolations(OwlCheck.FileIndex.of("ontology"));
        assertTrue(found.stream().anyMatch(v -> v.contains("http://example.org/undeclared#relation")), String.join("\n", found));
    }

    @Test
    void aMonthOutsideTheYearMonthPatternMakesTheGraphInconsistent() {
        // Proves HermiT reads the facts and the aigb:YearMonth datatype: "2026-3" is not YYYY-MM.
        Graph broken = copy(ontology());
        add(broken, "<https://w3id.org/aigb/id/reporting-framework/broken> <%sasOf> \"2026-3\" .".formatted(AIGB));
        List<String> problems = OwlCheck.of(broken).reasonerProblems();
        assertFalse(problems.isEmpty(), "a malformed month goes unnoticed by HermiT");
        assertTrue(problems.get(0).contains("inconsistent"), problems.toString());
    }

    @Test
    void aLiteralOutsideItsPropertysRangeMakesTheGraphInconsistent() {
        // aigb:sequence has range xsd:integer: HermiT reads the data's facts, not only the axioms.
        Graph broken = copy(ontology());
        add(broken, "<https://w3id.org/aigb/id/stage/use> <%ssequence> \"sixth\" .".formatted(AIGB));
        assertEquals(List.of("HermiT finds the ontology inconsistent (no model satisfies its axioms and facts)"),
                OwlCheck.of(broken).reasonerProblems());
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(out::add);
        return out;
    }

    private static void add(Graph g, String turtle) {
        RDFParser.fromString("""
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                """ + turtle, Lang.TURTLE).parse(g);
    }
}
