package org.w3id.aigb.render;

import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.Table;

/** One research query: its question, its SPARQL, its answer as a table, the other formats, and the way into the query editor. */
public final class QueryPage {
    private QueryPage() {}

    public static String render(QueryFile q, Table answer) {
        String id = q.id();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(q.get("ja").isEmpty() ? id : q.get("ja"))).append("</h1>\n")
                .append("<p class=\"en\">").append(Html.esc(q.get("en"))).append("</p>\n")
                .append("<p class=\"muted\"><code>").append(Html.esc(id)).append("</code>");
        if (!q.get("section").isEmpty())
            b.append(" — section: ").append(Html.esc(q.get("section")));
        if (!q.get("row").isEmpty())
            b.append(" — one row: ").append(Html.esc(q.get("row")));
        b.append("</p>\n");
        if (answer == null)
            b.append("<p class=\"muted\">This query builds a graph: download it as ").append(Html.link("?format=ttl", "Turtle"))
                    .append(" or ").append(Html.link("?format=jsonld", "JSON-LD")).append(".</p>\n");
        else
            b.append("<p>").append(answer.rows().size()).append(" rows — ").append(Html.link("?format=csv", "CSV")).append(" · ")
                    .append(Html.link("?format=tsv", "TSV")).append(" · ").append(Html.link("?format=json", "JSON")).append("</p>\n")
                    .append(Cells.table(answer));
        b.append("<h2>SPARQL</h2>\n<pre>").append(Html.esc(q.text())).append("</pre>\n<p>")
                .append(Html.link(EditorPage.exampleHref(id), "クエリエディタで開く / Open in the query editor"))
                .append("</p>\n");
        return Html.page(id, null, b.toString());
    }
}
