package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.EditionComparison;

/**
 * What an update changed for one organisation, as Markdown: a thin rendering of the comparison's
 * RDF, row by row as {@code queries/service/edition-differences.rq} reads it
 * ({@link EditionComparison#table()}), in three tables (roles; items, notes and principles; risks
 * and information). Every fact shown is in the RDF answer; this class only lays it out.
 */
final class ChangesMarkdown {
    private ChangesMarkdown() {}

    static String of(String source, EditionComparison c) {
        Derivation.Named org = c.later().organisation();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(ChecklistMarkdown.esc(org.ja())).append(" / ").append(ChecklistMarkdown.esc(org.en()))
                .append("：令和7年度更新で変わったこと / What the FY2025 update changed\n\n");
        md.append("- 比較 / Comparison: ").append(name(c.earlier().edition())).append(" → ").append(name(c.later().edition()))
                .append(" (").append(ChecklistMarkdown.esc(source)).append(")\n");
        List<Map<String, Node>> rows = c.table();
        md.append("- 違い / Differences: ").append(rows.size()).append("\n\n");
        if (rows.isEmpty())
            return md.append("この組織については、更新による違いはありません。 / The update changes nothing for this organisation.\n").toString();
        List<Map<String, Node>> roles = new ArrayList<>(), items = new ArrayList<>(), information = new ArrayList<>();
        for (Map<String, Node> row : rows) {
            String kind = text(row, "kind");
            (kind.startsWith("role-") ? roles : kind.startsWith("risk-") || kind.equals("information-added") ? information : items).add(row);
        }
        if (!roles.isEmpty()) {
            md.append("## 主体 / Roles\n\n| 違い / Difference | 主体 / Role | 変更記録 / Change records | 節 / Sections |\n|---|---|---|---|\n");
            for (Map<String, Node> r : roles)
                md.append(cells(kind(r), text(r, "code"), text(r, "changes"), text(r, "sections")));
            md.append('\n');
        }
        if (!items.isEmpty()) {
            md.append("## 事項・留意事項・指針 / Items, notes and principles\n\n| 違い / Difference | コード / Code | 表題 / Title | 主体 / Role | 移動元・移動先 / Moved from, to | 申告状況 / Declared status | 変更記録 / Change records | 節 / Sections |\n|---|---|---|---|---|---|---|---|\n");
            for (Map<String, Node> r : items)
                md.append(cells(kind(r), text(r, "code"), title(r), roles(r), text(r, "movedOther"), text(r, "status"), text(r, "changes"), text(r, "sections")));
            md.append('\n');
        }
        if (!information.isEmpty()) {
            md.append("## リスクと参考情報 / Risks and information\n\n| 違い / Difference | 対象 / What | AIの種類 / AI types | 分類 / Category | 変更記録 / Change records | 節 / Sections |\n|---|---|---|---|---|---|\n");
            for (Map<String, Node> r : information)
                md.append(cells(kind(r), title(r), text(r, "aiTypes"), category(r), text(r, "changes"), text(r, "sections")));
            md.append('\n');
        }
        return md.toString();
    }

    private static String kind(Map<String, Node> r) {
        String undecided = bool(r, "laterUndecided") ? "（判定できない / undecided）" : bool(r, "earlierUndecided") ? "（前の版で判定できない / undecided before）" : "";
        return text(r, "kindJa") + " / " + text(r, "kindEn") + undecided;
    }

    private static String title(Map<String, Node> r) {
        String ja = text(r, "labelJa"), en = text(r, "labelEn");
        return ja.isEmpty() ? en : en.isEmpty() ? ja : ja + " / " + en;
    }

    private static String roles(Map<String, Node> r) {
        String before = text(r, "rolesBefore"), after = text(r, "rolesAfter");
        return before.isEmpty() || before.equals(after) ? after : before + " → " + after;
    }

    private static String category(Map<String, Node> r) {
        String before = text(r, "categoryBeforeJa"), after = text(r, "categoryAfterJa");
        return before.isEmpty() && after.isEmpty() ? "" : before + " → " + after;
    }

    private static String cells(String... values) {
        StringBuilder sb = new StringBuilder("|");
        for (String v : values)
            sb.append(' ').append(ChecklistMarkdown.esc(v)).append(" |");
        return sb.append('\n').toString();
    }

    private static String text(Map<String, Node> r, String var) {
        Node n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static boolean bool(Map<String, Node> r, String var) {
        return "true".equals(text(r, var));
    }

    /** An edition's short name: the end of its IRI ({@code id/edition/v1.1}). */
    private static String name(Node edition) {
        String s = edition.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
