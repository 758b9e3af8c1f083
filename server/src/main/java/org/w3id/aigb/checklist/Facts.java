package org.w3id.aigb.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * What is said about one node: by the derivation (its class, and its values by property local name,
 * {@code forSystem}), or by the view query about a resource of the guideline (by a word,
 * {@code principle}). Filled while read, then only read.
 */
final class Facts {
    /** No facts. */
    static final Facts NONE = new Facts();

    private Node type;
    private final Map<String, List<Node>> values = new LinkedHashMap<>();

    void add(Node type, String fact, Node value) {
        if (type != null)
            this.type = type;
        if (fact != null && value != null) {
            List<Node> list = values.computeIfAbsent(fact, k -> new ArrayList<>(2));
            if (!list.contains(value))
                list.add(value);
        }
    }

    Node type() {
        return type;
    }

    List<Node> all(String fact) {
        return values.getOrDefault(fact, List.of());
    }

    Node one(String fact) {
        List<Node> v = all(fact);
        return v.isEmpty() ? null : v.get(0);
    }

    /** A literal of {@code fact} in {@code lang} (any language when null), as {@link #literal(List, String)} chooses. */
    String literal(String fact, String lang) {
        return literal(all(fact), lang);
    }

    /** The lexical form of a literal fact (a number, a boolean), or null. */
    String lexical(String fact) {
        Node n = one(fact);
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    /**
     * The literal among {@code values} in {@code lang} (or in any language when null). A tag of that
     * language with a region or script ({@code ja-JP}, {@code en-GB}) counts: the exact tag is preferred,
     * then such a tag, each time the first in the order of the lexical forms, so that the choice does
     * not depend on the order the parser met them.
     */
    static String literal(List<Node> values, String lang) {
        String exact = null, tagged = null;
        for (Node o : values) {
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
    }
}
