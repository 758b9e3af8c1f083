package org.w3id.aigb.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One element of an {@code Accept} header (RFC 9110 §12.5.1): a media range ({@code text/turtle},
 * {@code text/*} or {@code *}{@code /*}) with its parameters and its weight {@code q} (0 to 1;
 * 0 means "not acceptable"). Types are compared without regard to case.
 *
 * @param type       the type, lower case, or {@code *}
 * @param subtype    the subtype, lower case, or {@code *}
 * @param parameters how many parameters other than {@code q} it has (a range with parameters is more specific)
 * @param q          its weight, 0 to 1
 * @param position   its place in the header, from 0: the client's order breaks ties
 */
public record MediaRange(String type, String subtype, int parameters, double q, int position) {

    /**
     * The ranges of an Accept header, in the header's order. An element that is not a media range
     * ({@code a;;b}, {@code text}, {@code *}{@code /html}, a weight that is not a number from 0 to 1)
     * is left out: it names nothing, so a header of nothing else accepts nothing.
     */
    public static List<MediaRange> parse(String header) {
        List<MediaRange> out = new ArrayList<>();
        for (String element : split(header, ',')) {
            MediaRange r = parseOne(element, out.size());
            if (r != null)
                out.add(r);
        }
        return out;
    }

    private static MediaRange parseOne(String element, int position) {
        List<String> parts = split(element, ';');
        if (parts.isEmpty())
            return null;
        String range = parts.get(0).strip().toLowerCase(Locale.ROOT);
        int slash = range.indexOf('/');
        if (slash <= 0 || slash == range.length() - 1)
            return null;
        String type = range.substring(0, slash);
        String subtype = range.substring(slash + 1);
        if (!isToken(type) || !isToken(subtype) || type.equals("*") && !subtype.equals("*"))
            return null;
        double q = 1;
        int parameters = 0;
        for (String p : parts.subList(1, parts.size())) {
            int eq = p.indexOf('=');
            if (eq <= 0)
                return null;
            String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (name.equals("q")) {
                if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?"))
                    return null;
                q = Double.parseDouble(value);
            } else {
                parameters++;
            }
        }
        return new MediaRange(type, subtype, parameters, q, position);
    }

    /**
     * How specifically this range names {@code mediaType} (a bare {@code type/subtype}, lower case):
     * -1 when it does not match it; 0 for {@code *}{@code /*}, 1 for {@code type/*}, 2 and more for the
     * type itself (more with parameters).
     */
    public int specificity(String mediaType) {
        int slash = mediaType.indexOf('/');
        String t = mediaType.substring(0, slash);
        String s = mediaType.substring(slash + 1);
        if (type.equals("*"))
            return 0;
        if (!type.equals(t))
            return -1;
        if (subtype.equals("*"))
            return 1;
        return subtype.equals(s) ? 2 + parameters : -1;
    }

    /** A media type without its parameters, lower case: {@code Text/Turtle; charset=UTF-8} is {@code text/turtle}. */
    public static String bare(String mediaType) {
        if (mediaType == null)
            return "";
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isToken(String s) {
        return s.equals("*") || s.matches("[a-z0-9!#$&^_.+\\-]+");
    }

    /** Splits on {@code separator} outside double quotes (a parameter's quoted value may hold one). */
    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        if (s == null)
            return out;
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"')
                quoted = !quoted;
            if (c == separator && !quoted) {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder part) {
        if (!part.toString().isBlank())
            out.add(part.toString());
    }
}
