package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The passage of a resource's text that matched, cut into plain and marked segments, so that each
 * writer (HTML, JSON, terminal) escapes and marks it its own way.
 *
 * @param field {@code label} or {@code text}
 * @param lang  language of the passage
 */
public record Snippet(String field, Lang lang, List<Segment> segments) {
    /** A run of the passage, marked when it is a matched word. */
    public record Segment(String text, boolean marked) {}

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    /** The passage without marks. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** Parses a highlighter fragment whose matches are wrapped in {@link #OPEN} … {@link #CLOSE}. */
    static Snippet parse(String field, Lang lang, String fragment) {
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == OPEN || c == CLOSE) {
                if (run.length() > 0)
                    add(out, new Segment(run.toString(), marked));
                run.setLength(0);
                marked = c == OPEN;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0)
            add(out, new Segment(run.toString(), marked));
        return new Snippet(field, lang, List.copyOf(out));
    }

    /** Adds a segment, joining it to the previous one when both are marked (最小|権限 → 最小権限). */
    private static void add(List<Segment> out, Segment s) {
        int last = out.size() - 1;
        if (s.marked() && last >= 0 && out.get(last).marked())
            out.set(last, new Segment(out.get(last).text() + s.text(), true));
        else
            out.add(s);
    }
}
