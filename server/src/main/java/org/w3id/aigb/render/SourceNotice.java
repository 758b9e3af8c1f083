package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.Table;

/**
 * What every page says about the source the graph rests on (an {@code aigb:SourceNotice} of the
 * data, read by {@code queries/service/source-notice.rq}): the source and its status, that it is not
 * legal advice, and the ministries' publication pages. Kept as data so that its wording is reviewed
 * with the rest of the content; this class only carries it to the page footer.
 */
public record SourceNotice(String textJa, String textEn, String disclaimerJa, String disclaimerEn, List<Page> pages) {

    /** An official page where the source is published. */
    public record Page(String url, String labelJa, String labelEn) {}

    /** No notice: the footer then says only what the project says of itself. */
    public static final SourceNotice NONE = new SourceNotice("", "", "", "", List.of());

    public SourceNotice {
        pages = List.copyOf(pages);
    }

    public boolean isEmpty() {
        return textJa.isEmpty() && textEn.isEmpty() && disclaimerJa.isEmpty() && disclaimerEn.isEmpty() && pages.isEmpty();
    }

    /** The notice of {@code dataset}, by {@code query} (the service query above); {@link #NONE} if it holds none. */
    public static SourceNotice read(Dataset dataset, QueryFile query) {
        return from(QueryRunner.withoutTimeLimit(dataset).select(query));
    }

    /** The first notice of the rows (one row per publication page). */
    static SourceNotice from(Table table) {
        if (table.isEmpty())
            return NONE;
        QuerySolution first = table.rows().get(0);
        String notice = Table.text(first, "notice");
        List<Page> pages = new ArrayList<>();
        for (QuerySolution row : table.rows())
            if (Table.text(row, "notice").equals(notice) && !Table.text(row, "page").isEmpty())
                pages.add(new Page(Table.text(row, "page"), Table.text(row, "pageJa"), Table.text(row, "pageEn")));
        return new SourceNotice(Table.text(first, "textJa"), Table.text(first, "textEn"),
                Table.text(first, "disclaimerJa"), Table.text(first, "disclaimerEn"), pages);
    }

    /** The notice as footer paragraphs (empty for {@link #NONE}). */
    String toHtml() {
        if (isEmpty())
            return "";
        StringBuilder b = new StringBuilder();
        paragraph(b, textJa, "ja");
        paragraph(b, textEn, "en");
        if (!pages.isEmpty()) {
            List<String> links = new ArrayList<>();
            for (Page p : pages)
                links.add(Html.link(p.url(), p.labelJa().isEmpty() ? p.url() : p.labelJa())
                        + (p.labelEn().isEmpty() ? "" : " <span class=\"en\">(" + Html.esc(p.labelEn()) + ")</span>"));
            b.append("<p class=\"source-pages\">公表ページ / Official pages: ").append(String.join(" · ", links)).append("</p>\n");
        }
        if (!disclaimerJa.isEmpty() || !disclaimerEn.isEmpty())
            b.append("<p class=\"disclaimer\"><strong>").append(Html.esc(disclaimerJa)).append("</strong> <span lang=\"en\">")
                    .append(Html.esc(disclaimerEn)).append("</span></p>\n");
        return b.toString();
    }

    private static void paragraph(StringBuilder b, String text, String lang) {
        if (!text.isEmpty())
            b.append("<p lang=\"").append(lang).append("\">").append(Html.esc(text)).append("</p>\n");
    }
}
