package org.w3id.aigb.render;

import java.util.Collection;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.vocab.AIGB;

/**
 * The home page: entry points into the graph (every class that has resources, items by role and
 * stage, the FY2025 changes, the ontology), a SPARQL query form, the research query library and
 * the downloads. Everything listed is computed from the graph and the query files.
 */
public final class HomePage {
    private static final String EXAMPLE = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX aigb: <https://w3id.org/aigb/ontology#>
            SELECT ?resource ?code ?label WHERE {
              ?resource aigb:code ?code ; rdfs:label ?label .
              FILTER(lang(?label) = "ja")
            } ORDER BY ?code LIMIT 50""";

    private HomePage() {}

    /**
     * @param classes       rows of the research query that counts resources per class (may be null)
     * @param changesQuery  id of the research query listing FY2025 changes, or null
     */
    public static String render(Table classes, String changesQuery, Collection<QueryFile> queries, long triples) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>AI事業者ガイドライン 知識グラフ</h1>\n<p class=\"en\">AI Guidelines for Business (MIC &amp; METI) as linked data — ")
                .append(triples).append(" triples</p>\n");
        b.append("<h2 id=\"browse\">入口 / Entry points</h2>\n<ul>\n")
                .append("<li>").append(Html.link("/items", "主体・段階別の事項 / Items by role and stage")).append("</li>\n");
        if (changesQuery != null)
            b.append("<li>").append(Html.link("/query/" + changesQuery, "令和7年度更新による変更 / FY2025 changes")).append("</li>\n");
        b.append("<li>").append(Html.link(BuilderPage.BASE, "プロファイルの作成：質問に答えて、どの事項が適用されるかを知る / Build a profile: answer questions, see which items apply to us")).append("</li>\n")
                .append("<li>").append(Html.link("/profiles", "プロファイルの確認：どの事項が適用されるか / Check a profile: which items apply to us")).append("</li>\n")
                .append("<li>").append(Html.link("/search", "検索 / Search the guideline")).append("</li>\n");
        b.append("<li>").append(Html.link("/ontology", "オントロジー / The ontology (classes and properties)")).append("</li>\n")
                .append("<li>").append(Html.link("#queries", "研究用クエリ（相互参照を含む）/ Research queries, cross-references included")).append("</li>\n</ul>\n");
        if (classes != null && !classes.isEmpty()) {
            b.append("<table>\n<tr><th>種類 / type</th><th>resources</th></tr>\n");
            for (QuerySolution row : classes.rows()) {
                String iri = Table.text(row, "class");
                if (!iri.startsWith(AIGB.NS))
                    continue;
                String local = iri.substring(AIGB.NS.length());
                b.append("<tr><td>").append(Html.link("/list/" + local, Table.text(row, "labelJa").isEmpty() ? local : Table.text(row, "labelJa")))
                        .append(" <span class=\"en\">").append(Html.esc(Table.text(row, "labelEn"))).append("</span></td><td>")
                        .append(Html.esc(Table.text(row, "resources"))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<h2 id=\"sparql\">SPARQL</h2>\n<form method=\"get\" action=\"/kg/sparql\">\n")
                .append("<textarea name=\"query\" rows=\"8\">").append(Html.esc(EXAMPLE)).append("</textarea>\n")
                .append("<p><label>results <select name=\"format\"><option value=\"text\">text table</option>")
                .append("<option value=\"json\">JSON</option><option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option>")
                .append("<option value=\"xml\">XML</option></select></label> <button type=\"submit\">Run</button></p>\n</form>\n")
                .append("<p class=\"muted\">Endpoint <code>/kg/sparql</code> (SPARQL 1.1 protocol, GET and POST, read-only), graph store <code>/kg/data</code>.</p>\n");
        b.append("<h2 id=\"queries\">研究用クエリ / Research queries</h2>\n").append(QueryIndex.html(queries));
        b.append("<h2 id=\"data\">Data</h2>\n<ul>\n<li>Dumps: ").append(Html.link("/dumps/aigb.ttl", "Turtle")).append(" · ")
                .append(Html.link("/dumps/aigb.nt", "N-Triples")).append(" · ").append(Html.link("/dumps/aigb.jsonld", "JSON-LD"))
                .append("</li>\n<li>").append(Html.link("/dataset", "Dataset description (VoID + DCAT)")).append("</li>\n</ul>\n");
        return Html.page("AI事業者ガイドライン 知識グラフ", null, b.toString());
    }
}
