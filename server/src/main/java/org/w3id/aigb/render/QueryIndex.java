package org.w3id.aigb.render;

import java.util.Collection;

import org.w3id.aigb.query.QueryFile;

/**
 * The research query library as a list, generated from the queries' own headers: Markdown for the
 * README (checked by a test) and HTML for the home page. One source: the {@code .rq} files.
 */
public final class QueryIndex {
    private QueryIndex() {}

    public static String markdown(Collection<QueryFile> queries) {
        StringBuilder b = new StringBuilder("| id | question (ja) | question (en) |\n|---|---|---|\n");
        for (QueryFile q : queries)
            b.append("| [`").append(q.id()).append("`](queries/research/").append(q.id()).append(".rq) | ")
                    .append(cell(q.get("ja"))).append(" | ").append(cell(q.get("en"))).append(" |\n");
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    public static String html(Collection<QueryFile> queries) {
        if (queries.isEmpty())
            return "<p class=\"muted\">No research queries yet.</p>\n";
        StringBuilder b = new StringBuilder("<table>\n<tr><th>query</th><th>question</th><th>section</th></tr>\n");
        for (QueryFile q : queries)
            b.append("<tr><td>").append(Html.link("/query/" + q.id(), q.id())).append("</td><td>")
                    .append(Html.esc(q.get("ja"))).append("<br><span class=\"en\">").append(Html.esc(q.get("en")))
                    .append("</span></td><td>").append(Html.esc(q.get("section"))).append("</td></tr>\n");
        return b.append("</table>\n").toString();
    }
}
