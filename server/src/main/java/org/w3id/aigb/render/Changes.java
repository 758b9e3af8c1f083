package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.aigb.obligation.EditionComparison;

/**
 * What an update changed for one organisation, as the changes renderers show it (Markdown, HTML, JSON):
 * the rows of {@code queries/service/edition-differences.rq} ({@link EditionComparison#table()}) as
 * lines, in three groups (roles; items, notes and principles; risks and information). Shared by the
 * three, as {@link Checklist} is by the checklists, so they show the same lines; nothing is decided
 * here, the comparison rules decided and the query chose what a line shows.
 */
public final class Changes {
    /** The three tables of the answer. */
    public enum Group { ROLES, ITEMS, INFORMATION }

    /** A change record a line cites: its code (CL-nn) and IRI. */
    public record ChangeRecord(String code, String iri) {}

    /**
     * One difference: its kind (notation and labels), what it is about (IRI, code, titles), the change
     * records and sections it cites, the roles before and after, where moved content was or went, the
     * status of the declared measures, the AI types and risk categories, and whether the earlier or the
     * later result is an undecided one.
     */
    public record Line(Group group, String kind, String kindJa, String kindEn, String resource, String code, String titleJa, String titleEn,
                       List<ChangeRecord> changeRecords, List<String> sections, List<String> rolesBefore, List<String> rolesAfter,
                       String moved, String status, List<String> aiTypes, String categoryBeforeJa, String categoryAfterJa,
                       boolean undecidedBefore, boolean undecidedAfter) {
        /** Both titles, Japanese first, or the one there is. */
        public String title() {
            return titleJa.isEmpty() ? titleEn : titleEn.isEmpty() ? titleJa : titleJa + " / " + titleEn;
        }

        /** The roles as the tables show them: "before → after" when they differ. */
        public String roles() {
            String before = String.join(", ", rolesBefore), after = String.join(", ", rolesAfter);
            return before.isEmpty() || before.equals(after) ? after : before + " → " + after;
        }

        /** The risk categories before and after, or "" for a line that is not about a reclassified risk. */
        public String category() {
            return categoryBeforeJa.isEmpty() && categoryAfterJa.isEmpty() ? "" : categoryBeforeJa + " → " + categoryAfterJa;
        }

        public String changeCodes() {
            return String.join(", ", changeRecords.stream().map(ChangeRecord::code).toList());
        }
    }

    private Changes() {}

    /** The comparison's differences, in the order of the query (by kind, then code). */
    public static List<Line> lines(EditionComparison c) {
        List<Line> out = new ArrayList<>();
        for (Map<String, Node> r : c.table()) {
            String kind = text(r, "kind");
            Group group = kind.startsWith("role-") ? Group.ROLES : kind.startsWith("risk-") || kind.equals("information-added") ? Group.INFORMATION : Group.ITEMS;
            out.add(new Line(group, kind, text(r, "kindJa"), text(r, "kindEn"), text(r, "resource"), text(r, "code"), text(r, "labelJa"),
                    text(r, "labelEn"), changeRecords(text(r, "changeRecords")), list(r, "sections"), list(r, "rolesBefore"), list(r, "rolesAfter"),
                    text(r, "movedOther"), text(r, "status"), list(r, "aiTypes"), text(r, "categoryBeforeJa"), text(r, "categoryAfterJa"),
                    "true".equals(text(r, "earlierUndecided")), "true".equals(text(r, "laterUndecided"))));
        }
        return out;
    }

    /** The lines by group, every group present (empty when nothing of it changed). */
    public static Map<Group, List<Line>> byGroup(List<Line> lines) {
        Map<Group, List<Line>> out = new EnumMap<>(Group.class);
        for (Group g : Group.values())
            out.put(g, new ArrayList<>());
        lines.forEach(l -> out.get(l.group()).add(l));
        return out;
    }

    /** "code IRI" lines of the query, as records ordered by code. */
    private static List<ChangeRecord> changeRecords(String lines) {
        List<ChangeRecord> out = new ArrayList<>();
        for (String line : lines.split("\n"))
            if (!line.isBlank()) {
                int space = line.indexOf(' ');
                out.add(new ChangeRecord(line.substring(0, space), line.substring(space + 1)));
            }
        out.sort(Comparator.comparing(ChangeRecord::code));
        return out;
    }

    /** A column the query concatenates with ", ", as a sorted list. */
    private static List<String> list(Map<String, Node> r, String var) {
        String s = text(r, var);
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(", ")).sorted().toList();
    }

    private static String text(Map<String, Node> r, String var) {
        Node n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
