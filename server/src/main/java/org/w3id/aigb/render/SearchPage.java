package org.w3id.aigb.render;

import java.util.List;

import org.w3id.aigb.search.Facets;
import org.w3id.aigb.search.Guided;
import org.w3id.aigb.search.Hit;
import org.w3id.aigb.search.Lang;
import org.w3id.aigb.search.Resource;
import org.w3id.aigb.search.SearchRequest;
import org.w3id.aigb.search.SearchResult;
import org.w3id.aigb.search.Snippet;

/**
 * {@code /search} as HTML: the form (free text, language, role(s), stage, AI type, topic) filled
 * with the request, then the ranked hits (each linking to its {@code /id/} page, with its snippet)
 * or the guided selection grouped by principle. Every value is escaped by {@link Html}.
 */
public final class SearchPage {
    private SearchPage() {}

    /** @param result null when nothing was asked yet */
    public static String render(Facets facets, SearchRequest request, SearchResult result) {
        StringBuilder b = new StringBuilder("<h1>ガイドラインを探す</h1>\n<p class=\"en\">Search the guideline: type a question in Japanese or English, "
                + "or choose your role, stage, AI type and topic</p>\n");
        form(b, facets, request);
        if (result != null) {
            if (!result.hits().isEmpty() || request.hasText())
                hits(b, result);
            else
                groups(b, result.groups());
            b.append("<p class=\"muted\">").append(String.format("%.1f", result.millis())).append(" ms · JSON: ")
                    .append("add <code>format=json</code> or send <code>Accept: application/json</code></p>\n");
        }
        return Html.page(request.hasText() ? request.text() + " — search" : "Search", null, b.toString());
    }

    private static void form(StringBuilder b, Facets facets, SearchRequest r) {
        b.append("<form method=\"get\" action=\"/search\" class=\"search\">\n<p><input type=\"search\" name=\"q\" size=\"60\" value=\"")
                .append(Html.esc(r.text())).append("\" placeholder=\"例: AIエージェントに外部ツールを連携させる時の注意点 / least privilege\"> ")
                .append("<select name=\"lang\">").append(option("", "auto", r.lang() == null))
                .append(option("ja", "日本語", r.lang() == Lang.JA)).append(option("en", "English", r.lang() == Lang.EN))
                .append("</select> <button type=\"submit\">検索 / Search</button></p>\n<p>");
        b.append("<span>主体 / role: ");
        for (Facets.Choice c : facets.of("role"))
            b.append("<label><input type=\"checkbox\" name=\"role\" value=\"").append(Html.esc(c.key())).append('"')
                    .append(r.filters().getOrDefault("role", List.of()).stream().anyMatch(k -> k.equalsIgnoreCase(c.key())) ? " checked" : "")
                    .append("> ").append(Html.esc(c.labelJa())).append("</label> ");
        b.append("</span></p>\n<p>");
        select(b, facets, r, "stage", "段階 / stage");
        select(b, facets, r, "aitype", "AIの種類・手法 / AI type");
        select(b, facets, r, "topic", "原則・リスク / topic");
        b.append("</p>\n</form>\n");
    }

    private static void select(StringBuilder b, Facets facets, SearchRequest r, String facet, String label) {
        List<String> chosen = r.filters().getOrDefault(facet, List.of());
        b.append("<label>").append(Html.esc(label)).append(" <select name=\"").append(facet).append("\">").append(option("", "—", chosen.isEmpty()));
        for (Facets.Choice c : facets.of(facet))
            b.append(option(c.key(), (c.code().isEmpty() ? "" : c.code() + " ") + c.labelJa() + " / " + c.labelEn(),
                    chosen.stream().anyMatch(k -> k.equalsIgnoreCase(c.key()))));
        b.append("</select></label> ");
    }

    private static String option(String value, String text, boolean selected) {
        return "<option value=\"" + Html.esc(value) + "\"" + (selected ? " selected" : "") + ">" + Html.esc(text) + "</option>";
    }

    private static void hits(StringBuilder b, SearchResult result) {
        b.append("<h2>").append(result.hits().size()).append(" 件 / hits</h2>\n");
        if (result.hits().isEmpty()) {
            b.append("<p class=\"muted\">該当なし / Nothing matched.</p>\n");
            return;
        }
        b.append("<ol class=\"hits\">\n");
        for (Hit h : result.hits()) {
            Resource r = h.resource();
            b.append("<li><p>").append(Html.link(Links.href(r.iri()), r.codeOrName())).append(" <strong>").append(Html.esc(r.labelJa()))
                    .append("</strong> <span class=\"en\">").append(Html.esc(r.labelEn())).append("</span></p>\n<p class=\"muted\">")
                    .append(Html.esc(r.typeJa())).append(" / ").append(Html.esc(r.typeEn()));
            if (!r.section().isEmpty())
                b.append(" · ").append(Html.link(Links.href(r.section()), r.sectionTitle()));
            if (h.via() != null)
                b.append(" · via ").append(Html.link(Links.href(h.via().iri()), h.via().codeOrName()));
            b.append(" · score ").append(String.format("%.2f", h.score())).append("</p>\n");
            if (h.snippet() != null)
                b.append("<p class=\"snippet\" lang=\"").append(h.snippet().lang().tag()).append("\">").append(snippet(h.snippet())).append("</p>\n");
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    static String snippet(Snippet s) {
        StringBuilder sb = new StringBuilder();
        for (Snippet.Segment seg : s.segments())
            sb.append(seg.marked() ? "<mark>" + Html.esc(seg.text()) + "</mark>" : Html.esc(seg.text()));
        return sb.toString();
    }

    private static void groups(StringBuilder b, List<Guided.Group> groups) {
        if (groups.isEmpty()) {
            b.append("<p class=\"muted\">この組合せに当てはまる事項はありません / No item or note applies to this combination.</p>\n");
            return;
        }
        for (Guided.Group g : groups) {
            b.append("<h2>").append(Html.link(Links.href(g.principle()), g.code() + " " + g.labelJa())).append(" <span class=\"en\">")
                    .append(Html.esc(g.labelEn())).append("</span></h2>\n<ul>\n");
            for (Guided.Entry e : g.entries()) {
                Resource r = e.resource();
                b.append(e.kind().equals("note") ? "<li class=\"note\">◇ " : "<li>").append(Html.link(Links.href(r.iri()), r.codeOrName())).append(' ')
                        .append(Html.esc(r.labelJa())).append(" <span class=\"en\">").append(Html.esc(r.labelEn())).append("</span>");
                if (e.kind().equals("note"))
                    b.append(" <span class=\"muted\">(").append(Html.esc(e.anchor())).append(")</span>");
                if (e.specific())
                    b.append(" <span class=\"muted\">[").append(Html.esc("AIの種類・手法に固有 / specific")).append("]</span>");
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }
}
