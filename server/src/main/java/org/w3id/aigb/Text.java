package org.w3id.aigb;

/**
 * Text from a profile (or any request) on its way into a page, a checklist or a report: made safe to show,
 * and cut to a length, so that one long literal cannot make an answer large and a name cannot
 * change how the text around it reads.
 * <ul>
 * <li>{@link #safe}: control characters (NUL and the other C0 and C1 controls, but not line breaks
 * and tabs) and the bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C), which can reverse the reading order of what follows them (an evidence text could
 * make "gap" read as "addressed"), are each replaced by U+FFFD, so their presence stays visible.</li>
 * <li>{@link #cut}: at most {@code max} characters, with "…" where it was cut; {@link #cap}: both.</li>
 * </ul>
 */
public final class Text {
    /** Longest name (organisation, AI system) shown in a checklist or as a short label in JSON. */
    public static final int NAME = 80;
    /** Longest free text (evidence, a reason not applicable, a term or message of a validation result) shown in a checklist or report. */
    public static final int PASSAGE = 500;
    /** Most systems named in one sentence or list of a checklist; the rest are counted. */
    public static final int SYSTEMS_NAMED = 5;

    private Text() {}

    /** {@code s} with control and bidirectional formatting characters replaced; null stays null. */
    public static String safe(String s) {
        if (s == null)
            return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = replacement(c);
            if (r != c && sb == null)
                sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null)
                sb.append(r);
        }
        return sb == null ? s : sb.toString();
    }

    private static char replacement(char c) {
        if (c == '\n' || c == '\r' || c == '\t')
            return c;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
            return '\uFFFD';
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C')
            return '\uFFFD';
        return c;
    }

    /** {@link #safe} text of at most {@code max} characters (a surrogate pair is not split); null stays null. */
    public static String cap(String s, int max) {
        return safe(cut(s, max));
    }

    /**
     * {@code s} cut to at most {@code max} characters, with "…" where it was cut (a surrogate pair is not
     * split), and otherwise unchanged: for messages and data that quote their input; null stays null.
     */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max)
            return s;
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "…";
    }

    /** A name from a profile as a checklist shows it. */
    public static String name(String s) {
        return cap(s, NAME);
    }
}
