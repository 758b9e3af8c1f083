package org.w3id.aigb.render;

import java.util.List;
import java.util.Map;

import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.EditionComparison;

/**
 * What an update changed for one organisation, as Markdown: the lines of {@link Changes} in three
 * tables (roles; items, notes and principles; risks and information), each citing its change records,
 * sections and the status of the measures the organisation declared. Every fact shown is in the RDF
 * answer; this class only lays it out.
 */
final class ChangesMarkdown {
    private ChangesMarkdown() {}

    static String of(String source, EditionComparison c) {
        Derivation.Named org = c.later().organisation();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(ChecklistMarkdown.esc(org.ja())).append(" / ").append(ChecklistMarkdown.esc(org.en()))
                .append("：更新で変わったこと / What the update changed\n\n");
        md.append("- 比較 / Comparison: ").append(c.earlier().guidelineEdition().ja()).append(" → ").append(c.later().guidelineEdition().ja())
                .append(" (").append(ChecklistMarkdown.esc(source)).append("; `").append(c.iri().getURI()).append("`)\n");
        List<Changes.Line> lines = Changes.lines(c);
        md.append("- 違い / Differences: ").append(lines.size()).append("\n\n");
        if (lines.isEmpty())
            return md.append("この組織については、更新による違いはありません。 / The update changes nothing for this organisation.\n").toString();
        Map<Changes.Group, List<Changes.Line>> groups = Changes.byGroup(lines);
        table(md, "## 主体 / Roles", "| 違い / Difference | 主体 / Role | 変更記録 / Change records | 節 / Sections |", groups.get(Changes.Group.ROLES),
                l -> cells(kind(l), l.code(), l.changeCodes(), String.join(", ", l.sections())));
        table(md, "## 事項・留意事項・指針 / Items, notes and principles",
                "| 違い / Difference | コード / Code | 表題 / Title | 主体 / Role | 移動元・移動先 / Moved from, to | 申告状況 / Declared status | 変更記録 / Change records | 節 / Sections |",
                groups.get(Changes.Group.ITEMS), l -> cells(kind(l), l.code(), l.title(), l.roles(), l.moved(), l.status(), l.changeCodes(),
                        String.join(", ", l.sections())));
        table(md, "## リスクと参考情報 / Risks and information",
                "| 違い / Difference | 対象 / What | AIの種類 / AI types | 分類 / Category | 変更記録 / Change records | 節 / Sections |",
                groups.get(Changes.Group.INFORMATION), l -> cells(kind(l), l.title(), String.join(", ", l.aiTypes()), l.category(), l.changeCodes(),
                        String.join(", ", l.sections())));
        return md.toString();
    }

    private static void table(StringBuilder md, String title, String header, List<Changes.Line> lines, java.util.function.Function<Changes.Line, String> row) {
        if (lines.isEmpty())
            return;
        md.append(title).append("\n\n").append(header).append('\n').append(header.replaceAll("[^|]+", "---")).append('\n');
        lines.forEach(l -> md.append(row.apply(l)));
        md.append('\n');
    }

    private static String kind(Changes.Line l) {
        String undecided = l.undecidedAfter() ? "（判定できない / undecided）" : l.undecidedBefore() ? "（前の版で判定できない / undecided before）" : "";
        return l.kindJa() + " / " + l.kindEn() + undecided;
    }

    private static String cells(String... values) {
        StringBuilder sb = new StringBuilder("|");
        for (String v : values)
            sb.append(' ').append(ChecklistMarkdown.esc(v)).append(" |");
        return sb.append('\n').toString();
    }
}
