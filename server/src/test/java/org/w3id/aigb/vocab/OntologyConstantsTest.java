package org.w3id.aigb.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Every constant of the Java code that names a term of the aigb ontology exists in the ontology: it is
 * declared (has an rdf:type) and has an rdfs:label in Japanese and in English. The constants are found
 * by reflection over every class of the main code ({@code target/classes}): static fields holding a
 * Jena {@link RDFNode} (Resource, Property) or {@link Node}, a String, or a collection of them, whose
 * value is an IRI of the aigb namespace ({@link AIGB#NS}). A term renamed or removed in
 * {@code ontology/} while the code still names it fails here, not in front of a user.
 */
class OntologyConstantsTest {

    @Test
    void everyOntologyTermTheCodeNamesIsDeclaredWithLabels() {
        Map<String, Set<String>> constants = ontologyConstants();
        assertTrue(constants.containsKey(AIGB.ActorItem.getURI()), "the vocabulary class is scanned: " + constants.keySet());
        assertTrue(constants.size() >= 20, "constants naming ontology terms are found across the code: " + constants.keySet());
        Map<String, Set<String>> undeclared = new TreeMap<>();
        constants.forEach((iri, fields) -> {
            if (!declaredWithLabels(iri))
                undeclared.put(iri, fields);
        });
        assertEquals(Map.of(), undeclared, "ontology terms named in the code (by the fields shown) but not declared with ja and en labels in ontology/");
    }

    /** The test can fail: a name the ontology does not have, or has without its labels, is not declared. */
    @Test
    void aTermTheOntologyLacksIsNotDeclared() {
        assertTrue(declaredWithLabels(AIGB.ActorItem.getURI()));
        assertFalse(declaredWithLabels(AIGB.NS + "ActorItems"));
        assertFalse(declaredWithLabels(AIGB.NS), "the namespace itself is no term");
    }

    private static boolean declaredWithLabels(String iri) {
        Graph ontology = TestKG.get().dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY);
        Node term = NodeFactory.createURI(iri);
        return ontology.contains(term, RDF.type.asNode(), Node.ANY)
                && Stream.of("ja", "en").allMatch(lang -> ontology.find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())));
    }

    /** IRI of the aigb namespace → the static fields that hold it ("Class.FIELD"). */
    static Map<String, Set<String>> ontologyConstants() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Class<?> c : mainClasses())
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || !mayHoldATerm(f.getType()))
                    continue;
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(null);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(c.getName() + "." + f.getName(), e);
                }
                for (Object v : value instanceof Collection<?> coll ? coll : List.of(value == null ? "" : value)) {
                    String iri = iriOf(v);
                    if (iri != null && iri.startsWith(AIGB.NS) && iri.length() > AIGB.NS.length())
                        out.computeIfAbsent(iri, k -> new TreeSet<>()).add(c.getSimpleName() + "." + f.getName());
                }
            }
        return out;
    }

    private static boolean mayHoldATerm(Class<?> type) {
        return RDFNode.class.isAssignableFrom(type) || Node.class.isAssignableFrom(type) || type == String.class
                || Collection.class.isAssignableFrom(type);
    }

    private static String iriOf(Object v) {
        if (v instanceof RDFNode n && n.isURIResource())
            return n.asResource().getURI();
        if (v instanceof Node n && n.isURI())
            return n.getURI();
        return v instanceof String s ? s : null;
    }

    /** Every class compiled from src/main/java (they are all under the package of {@link AIGB}'s parent). */
    private static List<Class<?>> mainClasses() {
        try {
            Path root = Path.of(AIGB.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.isDirectory(root), "the main classes are a directory (target/classes): " + root);
            try (Stream<Path> files = Files.walk(root.resolve("org/w3id/aigb"))) {
                return files.filter(p -> p.toString().endsWith(".class"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", ""))
                        .sorted().map(OntologyConstantsTest::load).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OntologyConstantsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
