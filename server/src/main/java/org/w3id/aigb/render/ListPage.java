package org.w3id.aigb.render;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.vocab.Prefixes;

/** A page listing resources (code, labels, status), e.g. all resources of one class. */
public final class ListPage {
    private ListPage() {}

    /** @param rows rows of {@code queries/service/instances.rq} */
    public static String render(String titleJa, String titleEn, String classIri, Table rows) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(titleJa)).append("</h1>\n<p class=\"en\">").append(Html.esc(titleEn)).append("</p>\n")
                .append("<p class=\"muted\">").append(rows.rows().size()).append(" resources of class ")
                .append(Html.link(Links.href(classIri), Prefixes.shortName(classIri))).append("</p>\n")
                .append("<table>\n<tr><th>code</th><th>label</th><th>status</th></tr>\n");
        for (QuerySolution row : rows.rows()) {
            String iri = Table.text(row, "resource");
            String code = Table.text(row, "code");
            b.append("<tr><td>").append(Html.link(Links.href(iri), code.isEmpty() ? Prefixes.shortName(iri) : code))
                    .append("</td><td>").append(Html.esc(Table.text(row, "labelJa"))).append("<br><span class=\"en\">")
                    .append(Html.esc(Table.text(row, "labelEn"))).append("</span></td><td>")
                    .append(Html.esc(Table.text(row, "status"))).append("</td></tr>\n");
        }
        return Html.page(titleEn, null, b.append("</table>\n").toString());
    }
}
