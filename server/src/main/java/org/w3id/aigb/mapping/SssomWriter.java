package org.w3id.aigb.mapping;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes a mapping set back from the graph as SSSOM TSV: the inverse of {@link MappingGraph}, so
 * that what a reader of the RDF dump sees can be checked against the TSV source (they round-trip).
 * CURIEs use the project's prefixes ({@link Prefixes}); rows are sorted by subject, predicate, object.
 */
public final class SssomWriter {
    static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "object_id", "object_label",
            "mapping_justification", "confidence", "author_id", "mapping_date", "comment");

    private SssomWriter() {}

    /** IRIs of the mapping sets in {@code g}, sorted. */
    public static List<String> sets(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), AIGB.resource("MappingSet").asNode())
                .mapWith(t -> t.getSubject().getURI()).toList().stream().sorted().toList();
    }

    public static void write(Graph g, String setIri, Writer out) {
        Node set = NodeFactory.createURI(setIri);
        if (!g.contains(set, RDF.type.asNode(), AIGB.resource("MappingSet").asNode()))
            throw new AigbException.NotFound("no-such-mapping-set", "No mapping set " + setIri);
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> used = new TreeMap<>();
        for (Node m : g.find(Node.ANY, AIGB.property("inMappingSet").asNode(), set).mapWith(Triple::getSubject).toList())
            rows.add(row(g, m, used));
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(2)).thenComparing(r -> r.get(3)));
        List<String> creators = new ArrayList<>();
        for (Node c : values(g, set, DCTerms.creator.asNode()))
            creators.add(curie(c.getURI(), used));

        PrintWriter w = new PrintWriter(out);
        w.println("# mapping_set_id: " + setIri);
        one(g, set, RDFS.label.asNode()).ifPresent(v -> w.println("# mapping_set_title: \"" + v + "\""));
        one(g, set, DCTerms.description.asNode()).ifPresent(v -> w.println("# mapping_set_description: \"" + v + "\""));
        one(g, set, OWL2.versionInfo.asNode()).ifPresent(v -> w.println("# mapping_set_version: \"" + v + "\""));
        values(g, set, DCTerms.license.asNode()).forEach(l -> w.println("# license: " + l.getURI()));
        w.println("# creator_id:");
        creators.forEach(c -> w.println("#   - " + c));
        w.println("# curie_map:");
        used.forEach((prefix, ns) -> w.println("#   " + prefix + ": " + ns));
        w.println(String.join("\t", COLUMNS));
        rows.forEach(r -> w.println(String.join("\t", r)));
        w.flush();
    }

    private static List<String> row(Graph g, Node m, Map<String, String> used) {
        return List.of(
                curie(uri(g, m, MappingGraph.SUBJECT), used),
                one(g, m, AIGB.property("subjectLabel").asNode()).orElse(""),
                curie(uri(g, m, MappingGraph.PREDICATE), used),
                curie(uri(g, m, MappingGraph.OBJECT), used),
                one(g, m, AIGB.property("objectLabel").asNode()).orElse(""),
                curie(uri(g, m, AIGB.property("mappingJustification").asNode()), used),
                one(g, m, AIGB.property("mappingConfidence").asNode()).orElseThrow(),
                curie(uri(g, m, DCTerms.creator.asNode()), used),
                one(g, m, DCTerms.date.asNode()).orElseThrow(),
                one(g, m, AIGB.property("justification").asNode()).orElseThrow());
    }

    /** The CURIE of {@code iri} with the longest matching project prefix, recorded in {@code used}. */
    static String curie(String iri, Map<String, String> used) {
        PrefixMapping pm = Prefixes.get();
        String best = null;
        for (Map.Entry<String, String> e : pm.getNsPrefixMap().entrySet())
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()
                    && (best == null || e.getValue().length() > pm.getNsPrefixURI(best).length()))
                best = e.getKey();
        if (best == null)
            throw new AigbException("no-prefix", "No project prefix for " + iri + ": add one to vocab.Prefixes");
        used.put(best, pm.getNsPrefixURI(best));
        return best + ":" + iri.substring(pm.getNsPrefixURI(best).length());
    }

    private static List<Node> values(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static String uri(Graph g, Node s, Node p) {
        return values(g, s, p).get(0).getURI();
    }

    private static java.util.Optional<String> one(Graph g, Node s, Node p) {
        return values(g, s, p).stream().findFirst().map(n -> n.getLiteralLexicalForm());
    }
}
