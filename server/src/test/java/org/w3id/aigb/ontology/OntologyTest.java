package org.w3id.aigb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Inference;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.AigbId;
import org.w3id.aigb.vocab.Graphs;

/** The ontology is consistent with the data, declares every term the data uses, and documents each term in ja and en. */
class OntologyTest {

    private static Graph ontology() {
        return TestKG.get().dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY);
    }

    /** Everything asserted outside the ontology graph: the guideline data and the cross-references. */
    private static Graph data() {
        DatasetGraph dsg = TestKG.get().dataset().asDatasetGraph();
        Graph g = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Graphs.ONTOLOGY) && !name.equals(Graphs.INFERRED))
                dsg.getGraph(name).find().forEachRemaining(g::add);
        });
        return g;
    }

    private static List<String> problems(ValidityReport report) {
        List<String> out = new ArrayList<>();
        report.getReports().forEachRemaining(r -> out.add(r.toString()));
        return out;
    }

    @Test
    void theGraphIsConsistentUnderTheOwlRuleReasoner() {
        ValidityReport report = Inference.bind(ontology(), data()).validate();
        assertTrue(report.isValid(), "OWL Micro finds inconsistencies: " + problems(report));
    }

    @Test
    void aLiteralOutsideItsPropertysRangeMakesTheGraphInconsistent() {
        // Proves the consistency check above can fail: aigb:sequence has range xsd:integer.
        Graph broken = data();
        broken.add(Triple.create(NodeFactory.createURI(AigbId.iri("stage", "use")),
                AIGB.property("sequence").asNode(), NodeFactory.createLiteralString("sixth")));
        ValidityReport report = Inference.bind(ontology(), broken).validate();
        assertFalse(report.isValid(), "a string where an integer is required goes unnoticed");
        assertTrue(problems(report).toString().contains("range check"), problems(report).toString());
    }

    @Test
    void everyAigbTermUsedInTheDataIsDeclaredInTheOntology() {
        Graph ontology = ontology();
        Set<String> undeclared = new TreeSet<>();
        data().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI() && n.getURI().startsWith(AIGB.NS) && !ontology.contains(n, RDF.type.asNode(), Node.ANY))
                    undeclared.add(n.getURI());
        });
        assertEquals(Set.of(), undeclared, "aigb: terms used in data/ but not declared in ontology/");
    }

    @Test
    void everyClassAndPropertyHasLabelsAndDefinitionsInJapaneseAndEnglish() {
        Set<String> terms = TestKG.values("""
                SELECT ?t WHERE { GRAPH <%s> {
                    ?t a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty }
                    FILTER (STRSTARTS(STR(?t), STR(aigb:))) } }""".formatted(Graphs.ONTOLOGY.getURI()), "t");
        assertTrue(terms.size() > 40, "the ontology declares its classes and properties: " + terms.size());
        Set<String> lacking = TestKG.values("""
                SELECT ?t WHERE { GRAPH <%s> {
                    ?t a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty }
                    FILTER (STRSTARTS(STR(?t), STR(aigb:)))
                    VALUES (?p ?lang) { (rdfs:label "ja") (rdfs:label "en") (skos:definition "ja") (skos:definition "en") }
                    FILTER NOT EXISTS { ?t ?p ?v FILTER (lang(?v) = ?lang) } } }""".formatted(Graphs.ONTOLOGY.getURI()), "t");
        assertEquals(Set.of(), lacking, "classes/properties without rdfs:label and skos:definition in both ja and en");
        Set<String> notDefinedBy = TestKG.values("""
                SELECT ?t WHERE { GRAPH <%s> {
                    ?t a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
                    FILTER (STRSTARTS(STR(?t), STR(aigb:)))
                    FILTER NOT EXISTS { ?t rdfs:isDefinedBy <https://w3id.org/aigb/ontology> } } }""".formatted(Graphs.ONTOLOGY.getURI()), "t");
        assertEquals(Set.of(), notDefinedBy, "classes/properties without rdfs:isDefinedBy the ontology");
    }

    @Test
    void everyGuidelineResourceHasALabelInJapaneseAndInEnglish() {
        long resources = TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a/rdfs:subClassOf* aigb:GuidelineResource }", "n");
        assertTrue(resources >= 150, "the core graph alone has 150+ guideline resources, found " + resources);
        Set<String> lacking = TestKG.values("""
                SELECT ?r WHERE { ?r a/rdfs:subClassOf* aigb:GuidelineResource .
                    VALUES ?lang { "ja" "en" }
                    FILTER NOT EXISTS { ?r rdfs:label ?l FILTER (lang(?l) = ?lang) } }""", "r");
        assertEquals(Set.of(), lacking, "guideline resources without both a ja and an en rdfs:label");
    }
}
