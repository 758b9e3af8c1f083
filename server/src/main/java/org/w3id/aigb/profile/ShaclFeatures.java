package org.w3id.aigb.profile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Which parts of SHACL a shapes graph needs (Core, SHACL-SPARQL, the SHACL Advanced Features), which
 * it declares in its header ({@code dcterms:conformsTo} on its {@code owl:Ontology}), and whether an
 * engine evaluates them all. An engine that does not know a constraint component may skip it and
 * report conformance: the boundary check of a profile would then vanish without a word, and jena-shacl
 * itself parses {@code sh:rule} and ignores it. Shapes are therefore checked against the engine before
 * they are used, and refused with a message naming the shape and the feature.
 */
public final class ShaclFeatures {
    /** Parts of SHACL, each named by the specification section that defines it. */
    public enum Feature {
        CORE("SHACL Core", "https://www.w3.org/TR/shacl/#core-components"),
        SPARQL("SHACL-SPARQL (SPARQL-based constraints)", "https://www.w3.org/TR/shacl/#sparql-constraints"),
        AF_TARGETS("SHACL-AF targets (sh:target)", "https://www.w3.org/TR/shacl-af/#targets"),
        AF_RULES("SHACL-AF rules (sh:rule)", "https://www.w3.org/TR/shacl-af/#rules"),
        JS("SHACL-JS", "https://www.w3.org/TR/shacl-js/");

        private final String title;
        private final Node iri;

        Feature(String title, String iri) {
            this.title = title;
            this.iri = NodeFactory.createURI(iri);
        }

        public String title() {
            return title;
        }

        public Node iri() {
            return iri;
        }
    }

    /** What jena-shacl evaluates: Core, SPARQL-based constraints and targets; not rules (ignored), not JavaScript. */
    public static final Set<Feature> JENA = EnumSet.of(Feature.CORE, Feature.SPARQL, Feature.AF_TARGETS);

    private static final String SH = "http://www.w3.org/ns/shacl#";
    /** Predicates whose use on a shape needs a feature beyond Core. */
    private static final Map<Node, Feature> MARKERS = new LinkedHashMap<>();
    static {
        MARKERS.put(sh("sparql"), Feature.SPARQL);
        MARKERS.put(sh("validator"), Feature.SPARQL);
        MARKERS.put(sh("nodeValidator"), Feature.SPARQL);
        MARKERS.put(sh("propertyValidator"), Feature.SPARQL);
        MARKERS.put(sh("target"), Feature.AF_TARGETS);
        MARKERS.put(sh("rule"), Feature.AF_RULES);
        MARKERS.put(sh("js"), Feature.JS);
        MARKERS.put(sh("jsFunctionName"), Feature.JS);
    }

    private ShaclFeatures() {}

    /** The features the shapes use, Core always among them. */
    public static Set<Feature> required(Graph shapes) {
        Set<Feature> out = EnumSet.of(Feature.CORE);
        uses(shapes).values().forEach(out::addAll);
        return out;
    }

    /** The features the shapes graph's header says it needs ({@code dcterms:conformsTo} on its owl:Ontology). */
    public static Set<Feature> declared(Graph shapes) {
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        shapes.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode()).forEach(header ->
                shapes.find(header.getSubject(), DCTerms.conformsTo.asNode(), Node.ANY).forEach(t -> {
                    for (Feature f : Feature.values())
                        if (f.iri().equals(t.getObject()))
                            out.add(f);
                }));
        return out;
    }

    /** One line per shape and feature the engine does not evaluate: what would silently be skipped. */
    public static List<String> unsupported(Graph shapes, Set<Feature> engine) {
        List<String> out = new ArrayList<>();
        uses(shapes).forEach((shape, features) -> {
            for (Feature f : features)
                if (!engine.contains(f))
                    out.add(name(shape) + " needs " + f.title() + ", which the engine does not evaluate: its check would be skipped, not failed");
        });
        return out;
    }

    /** Refuses shapes the engine would partly skip; {@code file} names them in the message. */
    public static void requireSupported(String file, Graph shapes, Set<Feature> engine) {
        List<String> problems = unsupported(shapes, engine);
        if (!problems.isEmpty())
            throw new AigbException("unsupported-shapes", file + ": " + String.join("; ", problems));
    }

    /** For each shape (named, or the named shape a blank one hangs from), the features beyond Core it uses. */
    private static Map<String, Set<Feature>> uses(Graph shapes) {
        Map<String, Set<Feature>> out = new LinkedHashMap<>();
        MARKERS.forEach((predicate, feature) -> shapes.find(Node.ANY, predicate, Node.ANY).forEach(t ->
                out.computeIfAbsent(owner(shapes, t.getSubject()), k -> new TreeSet<>()).add(feature)));
        return out;
    }

    /** The IRI of a shape, or of the named resource a blank shape is nested in (for messages). */
    private static String owner(Graph shapes, Node shape) {
        Node n = shape;
        for (int depth = 0; n.isBlank() && depth < 1000; depth++) {
            List<Triple> up = shapes.find(Node.ANY, Node.ANY, n).toList();
            if (up.isEmpty())
                return "a blank shape";
            n = up.get(0).getSubject();
        }
        return n.isURI() ? n.getURI() : "a blank shape";
    }

    private static String name(String iri) {
        String s = iri.startsWith("http") ? Prefixes.get().shortForm(iri) : iri;
        return s == null ? iri : s;
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }
}
