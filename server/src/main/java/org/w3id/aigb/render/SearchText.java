package org.w3id.aigb.render;

import org.w3id.aigb.search.Hit;
import org.w3id.aigb.search.Resource;
import org.w3id.aigb.search.SearchResult;
import org.w3id.aigb.search.Snippet;

/** A search result as plain text for the terminal ({@code search --format text}); matches in «…». */
public final class SearchText {
    private SearchText() {}

    public static String write(SearchResult result) {
        StringBuilder sb = new StringBuilder();
        int rank = 0;
        for (Hit h : result.hits()) {
            Resource r = h.resource();
            sb.append(String.format("%2d. %-40s %-18s score %.3f%n", ++rank, r.codeOrName(), shortType(r), h.score()));
            sb.append("    ").append(r.labelJa()).append(" / ").append(r.labelEn()).append('\n');
            if (!r.section().isEmpty())
                sb.append("    ").append(r.sectionTitle()).append('\n');
            if (h.via() != null)
                sb.append("    via ").append(h.via().codeOrName()).append('\n');
            if (h.snippet() != null)
                sb.append("    ").append(marked(h.snippet())).append('\n');
            sb.append("    ").append(r.iri()).append('\n');
        }
        result.groups().forEach(g -> {
            sb.append(g.code()).append(' ').append(g.labelJa()).append(" / ").append(g.labelEn()).append('\n');
            g.entries().forEach(e -> sb.append("  ").append(e.kind().equals("note") ? "  note " : "")
                    .append(e.resource().codeOrName()).append("  ").append(e.resource().labelJa())
                    .append(e.specific() ? "  [specific]" : "").append('\n'));
        });
        if (result.hits().isEmpty() && result.groups().isEmpty())
            sb.append("no results\n");
        return sb.toString();
    }

    private static String shortType(Resource r) {
        return r.type().substring(r.type().lastIndexOf('#') + 1);
    }

    private static String marked(Snippet s) {
        StringBuilder sb = new StringBuilder();
        s.segments().forEach(seg -> sb.append(seg.marked() ? "«" + seg.text() + "»" : seg.text()));
        return sb.toString();
    }
}
