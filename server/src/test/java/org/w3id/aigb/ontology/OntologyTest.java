package org.w3id.aigb.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;

/**
 * The ontology declares every term the data uses and documents each term in ja and en, with labels no
 * other term has. (Its consistency with the data is HermiT's to check: {@link OwlDlTest} and
 * {@code web.ServedGraphOwlDlTest}.)
 */
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

    /**
     * No two terms of the ontology share a label in one language (case aside): a reader choosing a term
     * by its label in a list, a form or a documentation page must be able to tell them apart.
     */
    @Test
    void everyTermOfTheOntologyHasLabelsNoOtherTermHas() {
        List<QuerySolution> shared = TestKG.select("""
                SELECT ?lang ?key (GROUP_CONCAT(STR(?t); separator=" ") AS ?terms) WHERE { GRAPH <%s> {
                    ?t rdfs:label ?l FILTER (STRSTARTS(STR(?t), STR(aigb:)))
                    BIND (LANG(?l) AS ?lang) BIND (LCASE(STR(?l)) AS ?key) } }
                GROUP BY ?lang ?key HAVING (COUNT(DISTINCT ?t) > 1)""".formatted(Graphs.ONTOLOGY.getURI()));
        assertEquals(List.of(), shared.stream().map(r -> r.get("lang") + " \"" + r.get("key") + "\": " + r.get("terms")).toList(),
                "ontology terms sharing a label");
        Set<String> twoPerLanguage = TestKG.values("""
                SELECT ?t WHERE { GRAPH <%s> { ?t rdfs:label ?a , ?b FILTER (STRSTARTS(STR(?t), STR(aigb:)) && ?a != ?b && LANG(?a) = LANG(?b)) } }"""
                .formatted(Graphs.ONTOLOGY.getURI()), "t");
        assertEquals(Set.of(), twoPerLanguage, "ontology terms with two labels in one language");
    }

    /** Members of one concept scheme defined in the ontology are told apart by their labels too. */
    @Test
    void membersOfAConceptSchemeHaveLabelsNoOtherMemberHas() {
        List<QuerySolution> shared = TestKG.select("""
                SELECT ?scheme ?key (GROUP_CONCAT(STR(?c); separator=" ") AS ?members) WHERE { GRAPH <%s> {
                    ?c skos:inScheme ?scheme ; rdfs:label ?l BIND (LCASE(STR(?l)) AS ?key) BIND (LANG(?l) AS ?lang) } }
                GROUP BY ?scheme ?lang ?key HAVING (COUNT(DISTINCT ?c) > 1)""".formatted(Graphs.ONTOLOGY.getURI()));
        assertEquals(List.of(), shared.stream().map(r -> r.get("scheme") + " \"" + r.get("key") + "\": " + r.get("members")).toList());
    }
}
