package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;

import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChangesView.Line;

/**
 * What an update changed for one organisation, as rows of one table (what {@link ChecklistCsv} writes
 * for a profile's {@link ChangesView}, under these {@link #COLUMNS}): a row per difference, its
 * {@code section} the group it is in ({@code roles}, {@code items}, {@code information}), with the
 * change records it cites, the sections, the roles before and after, where moved content was or went,
 * the declared status, the AI types, the risk categories and whether either side is undecided.
 */
final class ChangesCsv {
    static final List<String> COLUMNS = List.of("source", "section", "kind", "code", "title_ja", "title_en", "kind_ja", "kind_en", "change_records",
            "sections", "roles_before", "roles_after", "moved_from_or_to", "declared_status", "ai_types", "category_before", "category_after",
            "undecided_before", "undecided_after", "earlier_edition", "later_edition");

    private ChangesCsv() {}

    static List<ChecklistCsv.Row> rows(String source, ChangesView v) {
        List<ChecklistCsv.Row> out = new ArrayList<>();
        for (Line l : v.lines())
            out.add(new ChecklistCsv.Row(COLUMNS, source, l.group().code()).set("kind", l.kind()).set("code", l.code()).set("title_ja", l.titleJa())
                    .set("title_en", l.titleEn()).set("kind_ja", l.kindJa()).set("kind_en", l.kindEn())
                    .set("change_records", String.join(" ", l.changeRecords().stream().map(ChangesView.ChangeRecord::code).toList()))
                    .set("sections", String.join(" ", l.sections())).set("roles_before", String.join(" ", l.rolesBefore()))
                    .set("roles_after", String.join(" ", l.rolesAfter())).set("moved_from_or_to", l.moved()).set("declared_status", l.status())
                    .set("ai_types", String.join(" ", l.aiTypes())).set("category_before", l.categoryBeforeJa()).set("category_after", l.categoryAfterJa())
                    .set("undecided_before", String.valueOf(l.undecidedBefore())).set("undecided_after", String.valueOf(l.undecidedAfter()))
                    .set("earlier_edition", v.earlier().code()).set("later_edition", v.later().code()));
        return out;
    }
}
