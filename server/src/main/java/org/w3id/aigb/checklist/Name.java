package org.w3id.aigb.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * A named thing of the checklist: a guideline resource (with its code) or a node of the profile
 * ({@code ofProfile}: its names are the profile's, made safe and cut short, {@link org.w3id.aigb.Text#name}).
 * Either label may be null.
 */
public record Name(Node iri, String code, String jaOrNull, String enOrNull, boolean ofProfile) {
    /** Japanese label, else English, else the code. */
    public String ja() {
        return jaOrNull != null ? jaOrNull : enOrNull != null ? enOrNull : code;
    }

    /** English label, else Japanese, else the code. */
    public String en() {
        return enOrNull != null ? enOrNull : jaOrNull != null ? jaOrNull : code;
    }

    /** The label in one language ({@code ja} when true), with the other as fallback. */
    public String label(boolean ja) {
        return ja ? ja() : en();
    }

    /**
     * Names in one language ({@code ja} when true), joined by 「、」 or ", ", "—" for none; a profile's
     * nodes (already cut short) at most {@link org.w3id.aigb.Text#SYSTEMS_NAMED}, the rest counted.
     */
    public static String list(List<Name> names, boolean ja) {
        return Sentences.list(names, ja);
    }

    /** The codes of the names (a label where one has none), joined by 「、」; "—" for none. */
    public static String codes(List<Name> names) {
        return names.isEmpty() ? "—" : String.join("、", names.stream().map(n -> n.code() != null ? n.code() : n.ja()).distinct().toList());
    }

    /** Orders codes as the guideline numbers them: D-2-ii before D-10-i, C-2 before C-10, HCOC-IV before HCOC-X; a profile's nodes by IRI. */
    public String sortKey() {
        return code != null ? SORT_KEYS.computeIfAbsent(code, Name::sortKey) : iri.toString();
    }

    /** Sort keys of the guideline's codes (a closed set), computed once. */
    private static final Map<String, String> SORT_KEYS = new ConcurrentHashMap<>();
    private static final Pattern TOKEN = Pattern.compile("\\d+|[A-Za-z]+|[^A-Za-z\\d]+");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    /** A sort key: numbers padded, roman numerals (i … xii, I … XII) as numbers. */
    static String sortKey(String code) {
        StringBuilder sb = new StringBuilder();
        Matcher m = TOKEN.matcher(code);
        while (m.find()) {
            String t = m.group();
            int roman = ROMAN.indexOf(t.toLowerCase(Locale.ROOT)) + 1;
            if (Character.isDigit(t.charAt(0)))
                sb.append(String.format(Locale.ROOT, "%08d", Long.parseLong(t.length() > 8 ? t.substring(0, 8) : t)));
            else if (roman > 0)
                sb.append(String.format(Locale.ROOT, "%08d", roman));
            else
                sb.append(t);
        }
        return sb.toString();
    }
}
