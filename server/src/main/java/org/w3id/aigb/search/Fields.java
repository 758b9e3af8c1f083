package org.w3id.aigb.search;

/**
 * Field names of the ranked index: one Lucene document per resource, with {@code label.ja},
 * {@code label.en}, {@code text.ja}, {@code text.en}, {@code about.ja}, {@code about.en}
 * (morphological / stemmed), their Japanese character-bigram twins {@code label.gram},
 * {@code text.gram}, {@code about.gram}, and {@code code} (exact).
 */
final class Fields {
    static final String IRI = "iri";
    static final String CODE = "code";
    /** The kinds of analysed field: what it is called, what it says, what it is about. */
    static final java.util.List<String> KINDS = java.util.List.of("label", "text", "about");

    private Fields() {}

    /** {@code kind} is one of {@link #KINDS}. */
    static String text(String kind, Lang lang) {
        return kind + "." + lang.tag();
    }

    static String gram(String kind) {
        return kind + ".gram";
    }
}
