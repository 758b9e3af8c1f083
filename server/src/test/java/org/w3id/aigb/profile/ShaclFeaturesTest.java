package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ShaclFeatures.Feature;

/**
 * Every shapes file says which parts of SHACL it needs, truthfully; the shapes use the plainest form
 * that works across engines (one SPARQL constraint per shape, no sequence path inside
 * sh:alternativePath); and the profile boundary check cannot vanish on an engine that lacks
 * SHACL-SPARQL: such a run is told which shape it cannot evaluate instead of reporting conformance.
 */
class ShaclFeaturesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    static Stream<String> shapeFiles() {
        return Sources.classpath().list("shapes", ".ttl").stream();
    }

    private static Graph shapes(String file) {
        return RDFParser.fromString(Sources.classpath().read(file), Lang.TURTLE).base("https://w3id.org/aigb/").toGraph();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeFiles")
    void eachShapesFileDeclaresExactlyTheFeaturesItUses(String file) {
        Graph g = shapes(file);
        assertEquals(ShaclFeatures.required(g), ShaclFeatures.declared(g),
                file + ": the dcterms:conformsTo of its owl:Ontology header must list the SHACL features its shapes use");
        ShaclFeatures.requireSupported(file, g, ShaclFeatures.JENA); // and jena-shacl evaluates them all
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapeFiles")
    void oneSparqlConstraintPerShapeAndNoSequenceInsideAnAlternativePath(String file) {
        Graph g = shapes(file);
        Map<String, Integer> several = new TreeMap<>();
        g.find(Node.ANY, sh("sparql"), Node.ANY).mapWith(Triple::getSubject).toSet().forEach(shape -> {
            int n = g.find(shape, sh("sparql"), Node.ANY).toList().size();
            if (n > 1)
                several.put(shape.toString(), n);
        });
        assertEquals(Map.of(), several, file + ": shapes with more than one sh:sparql");
        for (Triple alt : g.find(Node.ANY, sh("alternativePath"), Node.ANY).toList())
            for (Node member : list(g, alt.getObject()))
                assertFalse(member.isBlank() && g.contains(member, RDF.first.asNode(), Node.ANY),
                        file + ": a sequence path inside sh:alternativePath; use sh:or of plain paths instead");
    }

    @Test
    void aCoreOnlyRunIsToldOfTheBoundaryCheckRatherThanFindingConformance() {
        Graph boundary = shapes(ProfileValidator.BOUNDARY_SHAPES);
        // Its target is SHACL Core, so an engine that lacks SHACL-SPARQL reaches the shape ...
        assertFalse(ShaclFeatures.required(boundary).contains(Feature.AF_TARGETS), "the boundary shape's target must be SHACL Core");
        // ... and is told that it cannot evaluate it.
        List<String> unsupported = ShaclFeatures.unsupported(boundary, EnumSet.of(Feature.CORE));
        assertEquals(1, unsupported.size(), unsupported.toString());
        assertTrue(unsupported.get(0).startsWith("aigbsh:GuidelineStatements needs SHACL-SPARQL"), unsupported.get(0));
        AigbException refused = assertThrows(AigbException.class,
                () -> ShaclFeatures.requireSupported(ProfileValidator.BOUNDARY_SHAPES, boundary, EnumSet.of(Feature.CORE)));
        assertEquals("unsupported-shapes", refused.code());
        assertTrue(refused.getMessage().contains("shapes/profile-boundary.ttl") && refused.getMessage().contains("aigbsh:GuidelineStatements"),
                refused.getMessage());

        // What the check prevents: the same run with the SHACL-SPARQL constraint dropped, as a Core engine
        // drops it, finds a profile that declares an item of its own conformant.
        Graph coreOnly = GraphFactory.createDefaultGraph();
        boundary.find().filterDrop(t -> t.getPredicate().equals(sh("sparql"))).forEach(coreOnly::add);
        Graph profile = RDFDataMgr.loadGraph(ProfileFixtures.examples().resolve("invalid-guideline-statements.ttl").toString());
        assertTrue(ShaclValidator.get().validate(Shapes.parse(coreOnly), profile).conforms(), "a Core engine sees nothing wrong");
        ValidationReport full = ShaclValidator.get().validate(Shapes.parse(boundary), profile);
        assertFalse(full.conforms(), "with SHACL-SPARQL the boundary check rejects the profile");
        assertEquals(Set.of("https://w3id.org/aigb/id/item/P-9-z"),
                Set.copyOf(full.getEntries().stream().map(e -> e.value().getURI()).toList()), "the offending resource is the value");
    }

    @Test
    void shapesThatJenaWouldSilentlyIgnoreAreRefusedNamingTheShape() {
        Graph withRule = shapes(ProfileValidator.SHAPES);
        Node rule = NodeFactory.createBlankNode();
        withRule.add(NodeFactory.createURI("https://w3id.org/aigb/shapes#KnownTerm"), sh("rule"), rule);
        withRule.add(rule, RDF.type.asNode(), sh("SPARQLRule"));
        AigbException refused = assertThrows(AigbException.class,
                () -> ShaclFeatures.requireSupported(ProfileValidator.SHAPES, withRule, ShaclFeatures.JENA));
        assertTrue(refused.getMessage().contains("aigbsh:KnownTerm needs SHACL-AF rules"), refused.getMessage());
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    private static List<Node> list(Graph g, Node head) {
        java.util.ArrayList<Node> out = new java.util.ArrayList<>();
        for (Node n = head; n != null && !n.equals(RDF.nil.asNode()); ) {
            Node cur = n;
            g.find(cur, RDF.first.asNode(), Node.ANY).forEach(t -> out.add(t.getObject()));
            List<Triple> rest = g.find(cur, RDF.rest.asNode(), Node.ANY).toList();
            n = rest.isEmpty() ? null : rest.get(0).getObject();
        }
        return out;
    }
}
