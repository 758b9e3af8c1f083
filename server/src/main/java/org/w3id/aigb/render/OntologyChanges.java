package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The term-by-term changes between two editions of the ontology, computed from their documents (as
 * DPV's changelog is from its releases): the {@code aigb:} terms and concept-scheme members added,
 * removed, and changed in what a reader relies on (type, labels, definition, domain, range, place in
 * the hierarchy, scheme, notation).
 */
public final class OntologyChanges {
    /** One term that differs, and in which properties. */
    public record Change(String iri, Kind kind, List<String> properties) {}

    public enum Kind { ADDED, REMOVED, CHANGED }

    private static final List<Property> WATCHED = List.of(RDF.type, RDFS.label, SKOS.definition, RDFS.domain, RDFS.range,
            RDFS.subClassOf, RDFS.subPropertyOf, OWL2.inverseOf, SKOS.inScheme, SKOS.broader, SKOS.notation);

    private OntologyChanges() {}

    /** The changes from {@code older} to {@code newer}, sorted by kind then IRI. */
    public static List<Change> between(Model older, Model newer) {
        Set<String> before = terms(older);
        Set<String> after = terms(newer);
        List<Change> out = new ArrayList<>();
        for (String iri : after)
            if (!before.contains(iri))
                out.add(new Change(iri, Kind.ADDED, List.of()));
        for (String iri : before)
            if (!after.contains(iri))
                out.add(new Change(iri, Kind.REMOVED, List.of()));
        for (String iri : after) {
            if (!before.contains(iri))
                continue;
            List<String> differing = new ArrayList<>();
            for (Property p : WATCHED)
                if (!values(older, iri, p).equals(values(newer, iri, p)))
                    differing.add(Prefixes.shortName(p.getURI()));
            if (!differing.isEmpty())
                out.add(new Change(iri, Kind.CHANGED, differing));
        }
        out.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.iri().compareTo(b.iri()));
        return out;
    }

    /** Counts per kind, for a summary line. */
    public static Map<Kind, Integer> counts(List<Change> changes) {
        Map<Kind, Integer> out = new TreeMap<>();
        changes.forEach(c -> out.merge(c.kind(), 1, Integer::sum));
        return out;
    }

    /** The documented terms of an edition: aigb: terms, and members of the schemes it defines. */
    private static Set<String> terms(Model m) {
        Set<String> out = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type).forEach(r -> {
            if (OntologyDoc.isOwn(r))
                out.add(r.getURI());
        });
        m.listSubjectsWithProperty(SKOS.inScheme).forEach(r -> {
            if (r.isURIResource())
                out.add(r.getURI());
        });
        return out;
    }

    /** The values of a property on a term, blank nodes (lists, restrictions) compared as one marker. */
    private static Set<String> values(Model m, String iri, Property p) {
        Set<String> out = new TreeSet<>();
        Resource r = m.createResource(iri);
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
            out.add(n.isAnon() ? "[]" : n.toString());
        return out;
    }
}
