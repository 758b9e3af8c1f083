package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.AIGB;

/**
 * Names things for the renderers: the code and the Japanese and English labels of a guideline
 * resource ({@code aigb:code}, {@code rdfs:label}) or of a profile's own node ({@code skos:prefLabel}).
 * A practice note's code is its identifier ({@code P-2-i-tool-whitelist}, the last segment of its
 * IRI), as in {@code aigb:addressesCode}.
 */
final class Labels {
    private final Graph profile;
    private final Graph guideline;
    private final Map<Node, Derivation.Named> cache = new ConcurrentHashMap<>();

    Labels(Graph profile, Graph guideline) {
        this.profile = profile;
        this.guideline = guideline;
    }

    Derivation.Named named(Node n) {
        if (n == null)
            return null;
        return cache.computeIfAbsent(n, this::lookup);
    }

    List<Derivation.Named> named(List<Node> nodes) {
        List<Derivation.Named> out = new ArrayList<>();
        for (Node n : nodes)
            out.add(named(n));
        out.sort(Comparator.comparing(Derivation.Named::sortKey));
        return out;
    }

    private Derivation.Named lookup(Node n) {
        String code = literal(guideline, n, AIGB.code.asNode(), null);
        if (code == null && n.isURI() && n.getURI().startsWith("https://w3id.org/aigb/id/"))
            code = n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
        else if (code == null && n.isURI() && n.getURI().startsWith(AIGB.NS))
            code = "aigb:" + n.getURI().substring(AIGB.NS.length());
        String ja = label(n, "ja"), en = label(n, "en");
        if (ja == null && en == null)
            en = label(n, null); // a name in another language (or none) rather than the IRI
        if (ja == null && en == null && n.isURI())
            en = n.getURI();
        return new Derivation.Named(n, code, ja, en);
    }

    private String label(Node n, String lang) {
        String l = literal(guideline, n, RDFS.label.asNode(), lang);
        if (l == null)
            l = literal(profile, n, SKOS.prefLabel.asNode(), lang);
        if (l == null)
            l = literal(profile, n, RDFS.label.asNode(), lang);
        return l;
    }

    /**
     * The literal of {@code s p} in {@code lang} (or any language when null). A tag of that language
     * with a region or script ({@code ja-JP}, {@code en-GB}) counts: the exact tag is preferred, then
     * the first such tag in the order of the lexical forms, so the choice does not depend on the
     * order the parser met them.
     */
    static String literal(Graph g, Node s, Node p, String lang) {
        String exact = null, tagged = null;
        var it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral())
                    continue;
                String tag = o.getLiteralLanguage();
                String text = o.getLiteralLexicalForm();
                if (lang == null || lang.equalsIgnoreCase(tag))
                    exact = exact == null || text.compareTo(exact) < 0 ? text : exact;
                else if (tag.regionMatches(true, 0, lang, 0, lang.length()) && tag.length() > lang.length() && tag.charAt(lang.length()) == '-')
                    tagged = tagged == null || text.compareTo(tagged) < 0 ? text : tagged;
            }
            return exact != null ? exact : tagged;
        } finally {
            it.close();
        }
    }

    Graph guideline() {
        return guideline;
    }

    Graph profile() {
        return profile;
    }
}
