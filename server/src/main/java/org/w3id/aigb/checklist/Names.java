package org.w3id.aigb.checklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.Text;
import org.w3id.aigb.vocab.AIGB;

/**
 * Names the nodes of one derivation for the checklist: the code and the Japanese and English labels of
 * a guideline resource ({@code aigb:code}, {@code rdfs:label}), or the names a profile gives its own
 * nodes ({@code skos:prefLabel}, {@code rdfs:label}), made safe and cut to {@link Text#NAME}
 * characters: whatever a profile names, no name it gives makes the checklist long. A guideline
 * resource without {@code aigb:code} (a practice note, a concept) is coded by the last segment of its
 * IRI ({@code P-2-i-tool-whitelist}), as in {@code aigb:addressesCode}. Not thread-safe: one per view.
 */
final class Names {
    private static final String ID = "https://w3id.org/aigb/id/";

    private final Graph profile;
    private final Graph guideline;
    private final Map<Node, Name> cache = new HashMap<>();

    Names(Graph profile, Graph guideline) {
        this.profile = profile;
        this.guideline = guideline;
    }

    Name of(Node n) {
        return n == null ? null : cache.computeIfAbsent(n, this::lookup);
    }

    /** The distinct nodes named, in the guideline's order of their codes (a profile's nodes by IRI). */
    List<Name> of(Collection<Node> nodes) {
        List<Name> out = new ArrayList<>();
        for (Node n : new LinkedHashSet<>(nodes))
            out.add(of(n));
        out.sort(Comparator.comparing(Name::sortKey));
        return List.copyOf(out);
    }

    private Name lookup(Node n) {
        String code = literal(guideline, n, AIGB.code.asNode(), null);
        String ja = literal(guideline, n, RDFS.label.asNode(), "ja"), en = literal(guideline, n, RDFS.label.asNode(), "en");
        boolean ofGuideline = code != null || ja != null || en != null;
        if (code == null && n.isURI() && n.getURI().startsWith(ID))
            code = n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
        else if (code == null && n.isURI() && n.getURI().startsWith(AIGB.NS))
            code = "aigb:" + n.getURI().substring(AIGB.NS.length());
        if (ofGuideline)
            return new Name(n, code, ja, en, false);
        // a node of the profile: its own names, cut short
        ja = profileLabel(n, "ja");
        en = profileLabel(n, "en");
        if (ja == null && en == null)
            en = profileLabel(n, null); // a name in another language (or none) rather than the IRI
        if (ja == null && en == null && n.isURI())
            en = n.getURI();
        return new Name(n, code, Text.name(ja), Text.name(en), true);
    }

    /** A profile's node named in full, for the one place each is written whole: its names, else a name in any language, else its IRI. */
    ChecklistView.Party party(Node n, String key) {
        String ja = profileLabel(n, "ja"), en = profileLabel(n, "en");
        if (ja == null && en == null)
            en = profileLabel(n, null);
        if (ja == null && en == null && n.isURI())
            en = n.getURI();
        return new ChecklistView.Party(n, key, ja, en);
    }

    private String profileLabel(Node n, String lang) {
        String l = literal(profile, n, SKOS.prefLabel.asNode(), lang);
        return l != null ? l : literal(profile, n, RDFS.label.asNode(), lang);
    }

    private static String literal(Graph g, Node s, Node p, String lang) {
        List<Node> values = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return Facts.literal(values, lang);
    }
}
