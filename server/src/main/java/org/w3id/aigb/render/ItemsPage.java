package org.w3id.aigb.render;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.vocab.Prefixes;

/** The actor-specific items grouped by role, then by lifecycle stage, in the guideline's order. */
public final class ItemsPage {
    private ItemsPage() {}

    /** @param rows rows of {@code queries/service/items-by-role-and-stage.rq}, already ordered */
    public static String render(Table rows) {
        Map<String, String> labels = new HashMap<>();
        StringBuilder b = new StringBuilder("<h1>主体毎の事項（主体・段階別）</h1>\n<p class=\"en\">Actor-specific items by role and lifecycle stage</p>\n");
        if (rows.isEmpty())
            return Html.page("Items by role and stage", null, b.append("<p class=\"muted\">The graph holds no actor-specific items yet.</p>").toString());
        Map<String, Map<String, StringBuilder>> grid = new LinkedHashMap<>();
        for (QuerySolution row : rows.rows()) {
            String iri = Table.text(row, "item");
            String code = Table.text(row, "code");
            labels.put(Table.text(row, "role"), Table.text(row, "roleJa") + " / " + Table.text(row, "roleEn"));
            labels.put(Table.text(row, "stage"), Table.text(row, "stageJa") + " / " + Table.text(row, "stageEn"));
            grid.computeIfAbsent(Table.text(row, "role"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(Table.text(row, "stage"), k -> new StringBuilder())
                    .append("<li>").append(Html.link(Links.href(iri), code.isEmpty() ? Prefixes.shortName(iri) : code)).append(" ")
                    .append(Html.esc(Table.text(row, "labelJa"))).append(" <span class=\"en\">")
                    .append(Html.esc(Table.text(row, "labelEn"))).append("</span></li>\n");
        }
        grid.forEach((role, stages) -> {
            b.append("<h2>").append(Html.link(Links.href(role), labels.getOrDefault(role, Prefixes.shortName(role)))).append("</h2>\n");
            stages.forEach((stage, items) -> b.append("<h3>").append(Html.link(Links.href(stage), labels.getOrDefault(stage, Prefixes.shortName(stage))))
                    .append("</h3>\n<ul>\n").append(items).append("</ul>\n"));
        });
        return Html.page("Items by role and stage", null, b.toString());
    }
}
