package org.w3id.aigb.render;

import java.util.Collection;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.vocab.AIGB;

/**
 * The home page: entry points into the graph (every class that has resources, items by role and
 * stage, the FY2025 changes, the ontology), the way to the SPARQL query editor, the research query library and
 * the downloads. Everything listed is computed from the graph and the query files.
 */
public final class HomePage {
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
        b.append("<h2 id=\"sparql\">SPARQL</h2>\n<p>").append(Html.link(EditorPage.BASE, "クエリエディタ / Query editor"))
                .append("：SPARQL を書いて実行し、結果を表で見る。下の研究用クエリを例として開ける。")
                .append("<br><span class=\"en\">Write and run SPARQL, see the results as a table whose IRIs open their pages; ")
                .append("the research queries below are its examples.</span></p>\n")
                .append("<p class=\"muted\">Endpoint <code>/kg/sparql</code> (SPARQL 1.1 protocol, GET and POST, read-only), graph store <code>/kg/data</code>.</p>\n");
        b.append("<h2 id=\"queries\">研究用クエリ / Research queries</h2>\n").append(QueryIndex.html(queries));
        b.append("<h2 id=\"data\">Data</h2>\n<ul>\n<li>Dumps: ").append(Html.link("/dumps/aigb.ttl", "Turtle")).append(" · ")
                .append(Html.link("/dumps/aigb.nt", "N-Triples")).append(" · ").append(Html.link("/dumps/aigb.jsonld", "JSON-LD"))
                .append("</li>\n<li>").append(Html.link("/dataset", "Dataset description (VoID + DCAT)")).append("</li>\n</ul>\n");
        return Html.page("AI事業者ガイドライン 知識グラフ", null, b.toString());
    }
}
