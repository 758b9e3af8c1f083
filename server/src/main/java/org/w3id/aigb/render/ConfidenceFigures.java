package org.w3id.aigb.render;

import org.w3id.aigb.query.Table;

/**
 * The dataset page's block on how far the graph's statements are checked: per class, how many
 * resources quote the source and how many are Verified, Verified from a secondary source, Inferred
 * and From memory. The figures are the answer of the research query that computes them, so the page
 * and the query cannot disagree.
 */
public final class ConfidenceFigures {
    public static final String QUERY_ID = "q64-confidence-by-class";

    private ConfidenceFigures() {}

    public static String html(Table answer) {
        return "<h2 id=\"confidence\">確度と出典の引用 / Confidence and quotes of the source, per class</h2>\n"
                + "<p>A resource is <em>Verified</em> only where it quotes the source's own words (aigb:sourceQuote), "
                + "each quote checked against the FY2025 update document by the tests; the others say why in "
                + "aigb:confidenceNote or aigb:downgradeReason. The last row counts every resource once. From research query "
                + Html.link("/query/" + QUERY_ID, QUERY_ID) + ".</p>\n"
                + Cells.table(answer);
    }
}
