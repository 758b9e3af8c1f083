package org.w3id.aigb.render;

import java.util.List;
import java.util.function.Function;

import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChangesView.Group;
import org.w3id.aigb.checklist.ChangesView.Line;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * What an update changed for one organisation, as a printable HTML section (what {@link ChecklistHtml}
 * writes for a profile's {@link ChangesView}): the tables of {@link ChangesMarkdown}, with what each
 * line is about and the change records it cites linked to their pages (root-relative on the server,
 * their IRIs elsewhere). In Japanese with the English beside it, or in the one language chosen. Every
 * text goes through {@link Html#esc}.
 */
final class ChangesHtml {
    private final RenderTarget h;
    private final Language language;

    private ChangesHtml(RenderTarget h, Language language) {
        this.h = h;
        this.language = language;
    }

    static void write(RenderTarget h, Language language, String source, ChangesView v) {
        new ChangesHtml(h, language).write(source, v);
    }

    private void write(String source, ChangesView v) {
        String org = v.organisation() == null ? "—" : Html.esc(Text.name(v.organisation().label(language.ja())));
        h.append("<section class=\"profile\">\n<h1>").append(org).append(language == Language.EN ? ": " : "：")
                .append(bi("更新で変わったこと", "What the update changed")).append("</h1>\n<p class=\"muted\">").append(edition(v.earlier())).append(" → ")
                .append(edition(v.later())).append(". Source: <code>").append(Html.esc(source)).append("</code>; comparison <code>")
                .append(Html.esc(v.comparison().getURI())).append("</code></p>\n");
        if (v.lines().isEmpty()) {
            h.append("<p>").append(bi("この組織については、更新による違いはありません。", "The update changes nothing for this organisation.")).append("</p>\n</section>\n");
            return;
        }
        table(bi("主体", "Roles"), List.of(bi("違い", "Difference"), bi("主体", "Role"), bi("変更記録", "Change records"), bi("節", "Sections")),
                v.group(Group.ROLES), l -> List.of(kind(l), link(l.resource(), l.code()), changes(l), Html.esc(String.join(", ", l.sections()))));
        table(bi("事項・留意事項・指針", "Items, notes and principles"),
                List.of(bi("違い", "Difference"), bi("コード", "Code"), bi("表題", "Title"), bi("主体", "Role"), bi("移動元・移動先", "Moved from, to"),
                        bi("申告状況", "Declared status"), bi("変更記録", "Change records"), bi("節", "Sections")),
                v.group(Group.ITEMS), l -> List.of(kind(l), link(l.resource(), l.code()), title(l), Html.esc(l.roles()), Html.esc(l.moved()),
                        l.status().isEmpty() ? "" : "<span class=\"st st-" + Html.esc(l.status()) + "\">" + Html.esc(l.status()) + "</span>", changes(l),
                        Html.esc(String.join(", ", l.sections()))));
        table(bi("リスクと参考情報", "Risks and information"),
                List.of(bi("違い", "Difference"), bi("対象", "What"), bi("AIの種類", "AI types"), bi("分類", "Category"), bi("変更記録", "Change records"),
                        bi("節", "Sections")),
                v.group(Group.INFORMATION), l -> List.of(kind(l), link(l.resource(), language.pick(nullIfEmpty(l.titleJa()), nullIfEmpty(l.titleEn()))),
                        Html.esc(String.join(", ", l.aiTypes())), Html.esc(l.category(language.ja())), changes(l), Html.esc(String.join(", ", l.sections()))));
        h.append("</section>\n");
    }

    private void table(String title, List<String> headers, List<Line> lines, Function<Line, List<String>> cells) {
        if (lines.isEmpty())
            return;
        h.append("<h2>").append(title).append("</h2>\n<table>\n<tr>");
        headers.forEach(head -> h.append("<th>").append(head).append("</th>"));
        h.append("</tr>\n");
        for (Line l : lines) {
            h.append("<tr>");
            cells.apply(l).forEach(c -> h.append("<td>").append(c).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private String kind(Line l) {
        String undecided = l.undecidedAfter() ? "（" + bi("判定できない", "undecided") + "）"
                : l.undecidedBefore() ? "（" + bi("前の版で判定できない", "undecided before") + "）" : "";
        return bi(Html.esc(l.kindJa()), Html.esc(l.kindEn())) + undecided;
    }

    private String title(Line l) {
        if (l.titleJa().isEmpty() || l.titleEn().isEmpty())
            return Html.esc(l.titleJa().isEmpty() ? l.titleEn() : l.titleJa());
        return bi(Html.esc(l.titleJa()), Html.esc(l.titleEn()));
    }

    private String changes(Line l) {
        return String.join(", ", l.changeRecords().stream().map(c -> link(c.iri(), c.code())).toList());
    }

    private String edition(Name e) {
        return link(e.iri().getURI(), language.pick(e.ja(), e.en()));
    }

    /** A guideline resource as a link; anything else as escaped text. */
    private String link(String iri, String text) {
        if (!iri.startsWith("https://w3id.org/aigb/"))
            return Html.esc(text);
        return Html.link(h.rootRelative() ? Links.href(iri) : iri, text);
    }

    /** Markup in Japanese with the English beside it, or in the language chosen; both arguments are escaped markup. */
    private String bi(String ja, String en) {
        return switch (language) {
            case BOTH -> ja + " <span class=\"en\" lang=\"en\">" + en + "</span>";
            case JA -> ja;
            case EN -> en;
        };
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
