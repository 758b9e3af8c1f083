package org.w3id.aigb.render;

import java.util.List;
import java.util.Map;

import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.EditionComparison;

/**
 * What an update changed for one organisation, as a printable HTML section: the tables of
 * {@link ChangesMarkdown}, with what each line is about and the change records it cites linked to their
 * pages (root-relative on the server, their IRIs elsewhere). Every text goes through {@link Html#esc}.
 */
final class ChangesHtml {
    private final boolean rootRelative;

    private ChangesHtml(boolean rootRelative) {
        this.rootRelative = rootRelative;
    }

    static String section(String source, EditionComparison c, boolean rootRelative) {
        return new ChangesHtml(rootRelative).write(source, c);
    }

    private String write(String source, EditionComparison c) {
        Derivation.Named org = c.later().organisation();
        StringBuilder h = new StringBuilder("<section class=\"profile\">\n<h1>").append(Html.esc(org.ja())).append("：更新で変わったこと <span class=\"en\">")
                .append(Html.esc(org.en())).append(": what the update changed</span></h1>\n<p class=\"muted\">")
                .append(link(c.earlier().guidelineEdition().iri().getURI(), c.earlier().guidelineEdition().ja())).append(" → ")
                .append(link(c.later().guidelineEdition().iri().getURI(), c.later().guidelineEdition().ja())).append(". Source: <code>")
                .append(Html.esc(source)).append("</code>; comparison <code>").append(Html.esc(c.iri().getURI())).append("</code></p>\n");
        List<Changes.Line> lines = Changes.lines(c);
        if (lines.isEmpty())
            return h.append("<p>この組織については、更新による違いはありません。 <span class=\"en\">The update changes nothing for this organisation.</span></p>\n</section>\n")
                    .toString();
        Map<Changes.Group, List<Changes.Line>> groups = Changes.byGroup(lines);
        table(h, "主体", "Roles", List.of("違い|Difference", "主体|Role", "変更記録|Change records", "節|Sections"), groups.get(Changes.Group.ROLES),
                l -> List.of(kind(l), resource(l, l.code()), changes(l), Html.esc(String.join(", ", l.sections()))));
        table(h, "事項・留意事項・指針", "Items, notes and principles",
                List.of("違い|Difference", "コード|Code", "表題|Title", "主体|Role", "移動元・移動先|Moved from, to", "申告状況|Declared status", "変更記録|Change records",
                        "節|Sections"),
                groups.get(Changes.Group.ITEMS), l -> List.of(kind(l), resource(l, l.code()), Html.esc(l.title()), Html.esc(l.roles()), Html.esc(l.moved()),
                        l.status().isEmpty() ? "" : "<span class=\"st st-" + Html.esc(l.status()) + "\">" + Html.esc(l.status()) + "</span>", changes(l),
                        Html.esc(String.join(", ", l.sections()))));
        table(h, "リスクと参考情報", "Risks and information",
                List.of("違い|Difference", "対象|What", "AIの種類|AI types", "分類|Category", "変更記録|Change records", "節|Sections"),
                groups.get(Changes.Group.INFORMATION), l -> List.of(kind(l), resource(l, l.title()), Html.esc(String.join(", ", l.aiTypes())),
                        Html.esc(l.category()), changes(l), Html.esc(String.join(", ", l.sections()))));
        return h.append("</section>\n").toString();
    }

    private static void table(StringBuilder h, String ja, String en, List<String> headers, List<Changes.Line> lines,
                              java.util.function.Function<Changes.Line, List<String>> cells) {
        if (lines.isEmpty())
            return;
        h.append("<h2>").append(Html.esc(ja)).append(" <span class=\"en\">").append(Html.esc(en)).append("</span></h2>\n<table>\n<tr>");
        for (String header : headers)
            h.append("<th>").append(Html.esc(header.substring(0, header.indexOf('|')))).append(" <span class=\"en\">")
                    .append(Html.esc(header.substring(header.indexOf('|') + 1))).append("</span></th>");
        h.append("</tr>\n");
        for (Changes.Line l : lines) {
            h.append("<tr>");
            cells.apply(l).forEach(c -> h.append("<td>").append(c).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String kind(Changes.Line l) {
        String undecided = l.undecidedAfter() ? "（判定できない <span class=\"en\">undecided</span>）"
                : l.undecidedBefore() ? "（前の版で判定できない <span class=\"en\">undecided before</span>）" : "";
        return Html.esc(l.kindJa()) + " <span class=\"en\">" + Html.esc(l.kindEn()) + "</span>" + undecided;
    }

    private String resource(Changes.Line l, String text) {
        return link(l.resource(), text);
    }

    private String changes(Changes.Line l) {
        return String.join(", ", l.changeRecords().stream().map(c -> link(c.iri(), c.code())).toList());
    }

    /** A guideline resource as a link; anything else as escaped text. */
    private String link(String iri, String text) {
        if (!iri.startsWith("https://w3id.org/aigb/"))
            return Html.esc(text);
        return Html.link(rootRelative ? Links.href(iri) : iri, text);
    }
}
