package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.shacl.validation.Severity;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Measure;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;

/**
 * The checklist as one table for a spreadsheet (RFC 4180: comma-separated, CRLF, quoted where needed;
 * UTF-8 with a byte-order mark, so that spreadsheet programs read the Japanese right): one row per
 * applicable principle, item, note, Hiroshima principle and code-of-conduct action (a note after its
 * item, naming it in {@code attached_to}), with its status, why it applies and the measures declared;
 * then a row per undecided item with the facts missing, per stage not reached, per piece of
 * information (Annex III, risks, sector documents), per role the edition leaves open, per notice and
 * per validation warning; for a profile with violations a row per violation, for a file that could not
 * be read its error. The column {@code section} says which; {@code updated_by} names the change records
 * of the update that added or changed what a row is about, {@code edition} the edition derived under.
 * Several profiles share the one header, each row naming its {@code source}. What the update changed
 * is another table ({@link ChangesCsv}, its own header). A cell that would start with
 * {@code = + - @} (a spreadsheet formula) is written with a leading apostrophe.
 */
final class ChecklistCsv implements ChecklistRenderer {
    static final List<String> COLUMNS = List.of("source", "section", "kind", "code", "attached_to", "principle", "role", "stage", "status",
            "title_ja", "title_en", "why_ja", "why_en", "measures", "not_applicable_reason", "systems", "missing_facts", "updated_by", "open_questions",
            "classified_as", "edition");

    private final RenderTarget out;
    /** The columns of the answer written: the checklist's, or those of what the update changed. */
    private final List<String> columns;

    ChecklistCsv(RenderTarget target) {
        this.out = target;
        this.columns = target.answer() == RenderTarget.Answer.CHANGES ? ChangesCsv.COLUMNS : COLUMNS;
    }

    @Override
    public void begin() {
        out.append('\uFEFF');
        row(columns);
    }

    @Override
    public void changes(String source, Compared compared, ChangesView view) {
        ChangesCsv.rows(source, view).forEach(this::row);
    }

    @Override
    public void conforming(String source, Outcome outcome, ChecklistView v) {
        String edition = v.edition().code();
        for (Entry e : v.entries()) {
            entry(source, edition, e);
            e.notes().forEach(n -> entry(source, edition, n));
        }
        for (ChecklistView.Undecided u : v.undecided())
            row(new Row(source, "undecided").kind(u.kind().code()).code(u.resource().code()).attachedTo(code(u.target()))
                    .role(codes(u.roles())).titles(u.resource()).systems(Name.list(u.systems(), true)).missing(codes(u.missingFacts()))
                    .set("open_questions", codes(u.openQuestions())).updatedBy(u.updatedBy()).edition(edition));
        for (ChecklistView.UndecidedRole r : v.undecidedRoles())
            row(new Row(source, "undecided-role").code(r.role().code()).role(r.role().code()).titles(r.role()).systems(Name.list(r.systems(), true))
                    .set("open_questions", codes(r.openQuestions())).edition(edition));
        for (ChecklistView.StageNotReached s : v.information().stagesNotReached())
            row(new Row(source, "stage-not-reached").code(s.stage().code()).role(s.role().code()).stage(s.stage().ja()).titles(s.stage()).edition(edition));
        for (ChecklistView.Emphasis e : v.information().emphases())
            row(new Row(source, "annex-iii").code(e.area().code()).titles(e.area()).systems(Name.list(List.of(e.system()), true))
                    .why(v.information().riskBasedApproach().ja(), v.information().riskBasedApproach().en()).updatedBy(e.updatedBy()).edition(edition));
        for (ChecklistView.Risk r : v.information().risks())
            row(new Row(source, "risk").code(r.note().code()).titles(r.note()).systems(Name.list(r.systems(), true))
                    .set("classified_as", codes(r.classifications())).updatedBy(r.updatedBy()).edition(edition));
        for (ChecklistView.Guidance g : v.information().guidance())
            row(new Row(source, "sector-guidance").code(g.document().code()).titles(g.document()).why(g.locatorJa(), g.locatorEn())
                    .updatedBy(g.updatedBy()).edition(edition));
        for (ChecklistView.Notice n : v.notices())
            row(new Row(source, "notice").code(n.notice().code()).title(n.ja(), n.en()).edition(edition));
        for (ChecklistView.Warning w : v.warnings())
            row(new Row(source, "warning").kind(w.severity()).code(String.join(" ", w.cites())).title(w.messageJa(), w.messageEn()));
    }

    private void entry(String source, String edition, Entry e) {
        String measures = e.measures().stream().map(ChecklistCsv::measure).collect(Collectors.joining("\n"));
        String reasons = e.measures().stream().map(m -> m.reasonJa() != null ? m.reasonJa() : m.reasonEn()).filter(r -> r != null)
                .collect(Collectors.joining("\n"));
        row(new Row(source, "item").kind(e.kind().code()).code(e.resource().code()).attachedTo(code(e.target())).principle(code(e.principle()))
                .role(codes(e.roles().isEmpty() && e.role() != null ? List.of(e.role()) : e.roles())).stage(e.stage() == null ? null : e.stage().ja())
                .status(e.statusCode()).titles(e.resource())
                .why(e.reasons().stream().map(ChecklistView.Reason::ja).collect(Collectors.joining("\n")),
                        e.reasons().stream().map(ChecklistView.Reason::en).collect(Collectors.joining("\n")))
                .measures(measures).notApplicable(reasons).systems(Name.list(e.systems(), true)).updatedBy(e.updatedBy()).edition(edition));
    }

    private static String measure(Measure m) {
        String evidence = m.evidenceJa() != null ? m.evidenceJa() : m.evidenceEn();
        return (m.status() == null ? "" : m.status().code()) + (m.system() != null ? " (" + m.system().ja() + ")" : "")
                + (evidence != null ? ": " + evidence : "") + (m.url() != null ? " " + m.url() : "");
    }

    @Override
    public void notConforming(String source, ProfileReport report) {
        for (ProfileReport.Entry x : report.entries())
            if (x.severity().equals(Severity.Violation))
                row(new Row(columns, source, "violation").kind("Violation")
                        .code(String.join(" ", x.cites().stream().map(ProfileReport.Citation::code).toList()))
                        .title(Text.cap(x.messageJa(), Text.PASSAGE), Text.cap(x.messageEn(), Text.PASSAGE)));
    }

    @Override
    public void unreadable(String source, AigbException error) {
        row(new Row(columns, source, "error").code(error.code()).title(null, Text.cap(error.getMessage(), Text.PASSAGE)));
    }

    private static String code(Name n) {
        return n == null ? null : n.code();
    }

    private static String codes(List<Name> names) {
        return names.stream().map(Name::code).distinct().collect(Collectors.joining(" "));
    }

    /** One row, by column: of the checklist's columns, or of those given. */
    static final class Row {
        private final List<String> columns;
        private final String[] cells;

        Row(String source, String section) {
            this(COLUMNS, source, section);
        }

        Row(List<String> columns, String source, String section) {
            this.columns = columns;
            this.cells = new String[columns.size()];
            set("source", source).set("section", section);
        }

        Row set(String column, String value) {
            int i = columns.indexOf(column);
            if (i < 0)
                throw new IllegalArgumentException("no column " + column);
            cells[i] = value;
            return this;
        }

        Row kind(String v) { return set("kind", v); }
        Row code(String v) { return set("code", v); }
        Row attachedTo(String v) { return set("attached_to", v); }
        Row principle(String v) { return set("principle", v); }
        Row role(String v) { return set("role", v); }
        Row stage(String v) { return set("stage", v); }
        Row status(String v) { return set("status", v); }
        Row measures(String v) { return set("measures", v); }
        Row notApplicable(String v) { return set("not_applicable_reason", v); }
        Row systems(String v) { return set("systems", v); }
        Row missing(String v) { return set("missing_facts", v); }
        Row edition(String v) { return set("edition", v); }

        /** The codes of the change records that marked what the row is about. */
        Row updatedBy(List<Name> changes) {
            return set("updated_by", codes(changes));
        }

        Row title(String ja, String en) {
            return set("title_ja", ja).set("title_en", en);
        }

        Row titles(Name n) {
            return title(n.jaOrNull(), n.enOrNull());
        }

        Row why(String ja, String en) {
            return set("why_ja", ja).set("why_en", en);
        }

        List<String> cells() {
            List<String> out = new ArrayList<>(cells.length);
            for (String c : cells)
                out.add(c);
            return out;
        }
    }

    private void row(Row r) {
        row(r.cells());
    }

    private void row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0)
                out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A cell as RFC 4180 writes it, made safe ({@link Text#safe}); a would-be formula gets a leading apostrophe. */
    static String cell(String value) {
        if (value == null || value.isEmpty())
            return "";
        String v = Text.safe(value);
        char first = v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@')
            v = "'" + v;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0)
            return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
