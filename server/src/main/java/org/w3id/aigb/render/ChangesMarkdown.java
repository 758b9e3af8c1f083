package org.w3id.aigb.render;

import java.util.List;
import java.util.function.Function;

import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChangesView.Group;
import org.w3id.aigb.checklist.ChangesView.Line;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * What an update changed for one organisation, as Markdown (what {@link ChecklistMarkdown} writes for a
 * profile's {@link ChangesView}): the lines in three tables (roles; items, notes and principles; risks
 * and information), each citing its change records, sections and the status of the measures the
 * organisation declared. In Japanese and English, or in one of them. Every fact shown is in the RDF
 * answer; this only lays it out.
 */
final class ChangesMarkdown {
    private final RenderTarget md;
    private final Language language;

    private ChangesMarkdown(RenderTarget md, Language language) {
        this.md = md;
        this.language = language;
    }

    static void write(RenderTarget md, Language language, String source, ChangesView v) {
        new ChangesMarkdown(md, language).write(source, v);
    }

    private void write(String source, ChangesView v) {
        String org = v.organisation() == null ? "—" : ChecklistMarkdown.esc(Text.name(v.organisation().label(language.ja())));
        md.append("# ").append(org).append(language == Language.EN ? ": " : "：").append(bi("更新で変わったこと", "What the update changed")).append("\n\n");
        md.append("- ").append(bi("比較", "Comparison")).append(": ").append(language.pick(v.earlier().ja(), v.earlier().en())).append(" → ")
                .append(language.pick(v.later().ja(), v.later().en())).append(" (").append(ChecklistMarkdown.esc(source)).append("; `")
                .append(v.comparison().getURI()).append("`)\n");
        md.append("- ").append(bi("違い", "Differences")).append(": ").text(v.lines().size()).append("\n\n");
        if (v.lines().isEmpty()) {
            md.append(bi("この組織については、更新による違いはありません。", "The update changes nothing for this organisation.")).append("\n");
            return;
        }
        table(bi("主体", "Roles"), List.of(bi("違い", "Difference"), bi("主体", "Role"), bi("変更記録", "Change records"), bi("節", "Sections")),
                v.group(Group.ROLES), l -> List.of(kind(l), l.code(), l.changeCodes(), String.join(", ", l.sections())));
        table(bi("事項・留意事項・指針", "Items, notes and principles"),
                List.of(bi("違い", "Difference"), bi("コード", "Code"), bi("表題", "Title"), bi("主体", "Role"), bi("移動元・移動先", "Moved from, to"),
                        bi("申告状況", "Declared status"), bi("変更記録", "Change records"), bi("節", "Sections")),
                v.group(Group.ITEMS), l -> List.of(kind(l), l.code(), title(l), l.roles(), l.moved(), l.status(), l.changeCodes(),
                        String.join(", ", l.sections())));
        table(bi("リスクと参考情報", "Risks and information"),
                List.of(bi("違い", "Difference"), bi("対象", "What"), bi("AIの種類", "AI types"), bi("分類", "Category"), bi("変更記録", "Change records"),
                        bi("節", "Sections")),
                v.group(Group.INFORMATION), l -> List.of(kind(l), title(l), String.join(", ", l.aiTypes()), l.category(language.ja()), l.changeCodes(),
                        String.join(", ", l.sections())));
    }

    private void table(String title, List<String> header, List<Line> lines, Function<Line, List<String>> cells) {
        if (lines.isEmpty())
            return;
        md.append("## ").append(title).append("\n\n|");
        header.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|");
        header.forEach(c -> md.append("---|"));
        md.append('\n');
        for (Line l : lines) {
            md.append('|');
            cells.apply(l).forEach(c -> md.append(' ').append(ChecklistMarkdown.esc(c)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private String kind(Line l) {
        String undecided = l.undecidedAfter() ? "（" + bi("判定できない", "undecided") + "）"
                : l.undecidedBefore() ? "（" + bi("前の版で判定できない", "undecided before") + "）" : "";
        return bi(l.kindJa(), l.kindEn()) + undecided;
    }

    /** Both titles, Japanese first, or the one of the language chosen (the other when it has none). */
    private String title(Line l) {
        if (l.titleJa().isEmpty() || l.titleEn().isEmpty())
            return l.titleJa().isEmpty() ? l.titleEn() : l.titleJa();
        return bi(l.titleJa(), l.titleEn());
    }

    private String bi(String ja, String en) {
        return language.both(ja, en, " / ");
    }
}
