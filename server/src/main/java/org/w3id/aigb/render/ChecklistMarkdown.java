package org.w3id.aigb.render;

import java.util.List;

import org.apache.jena.shacl.validation.Severity;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Measure;
import org.w3id.aigb.checklist.Kind;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * The checklist as Markdown, in the manner of 別添7: per common guiding principle, a checkbox for the
 * principle and for each item by role, with its status, why it applies and its practice notes under
 * it; then Part 2 D (別添7 B) and the code of conduct, what could not be decided, the information
 * beside the checklist, the validation warnings and a summary of the gaps. What the update that
 * produced the edition added or changed is marked with its change records; the roles the edition
 * leaves open are shown with its questions. In Japanese and English, or in one of them. Profiles are
 * separated by a rule. Text from the profile is escaped here; the view cut it short. What the update
 * changed ({@link #changes}) is {@link ChangesMarkdown}'s tables.
 */
final class ChecklistMarkdown implements ChecklistRenderer {
    private final RenderTarget md;
    private final Language language;
    private int written;

    ChecklistMarkdown(RenderTarget target) {
        this.md = target;
        this.language = target.language();
    }

    private void separate() {
        if (written++ > 0)
            md.append("\n---\n\n");
    }

    @Override
    public void notConforming(String source, ProfileReport r) {
        separate();
        line("# " + esc(source) + "：" + bi("プロファイルが適合しません", "the profile does not conform") + " (" + r.count(Severity.Violation) + " violations)");
        line();
        for (ProfileReport.Entry x : r.entries())
            if (x.severity().equals(Severity.Violation))
                line("- " + bi(esc(x.messageJa()), esc(x.messageEn())));
        line();
    }

    @Override
    public void unreadable(String source, AigbException error) {
        separate();
        line("# " + esc(source) + "：" + bi("読み込めません", "cannot be read"));
        line();
        line(esc(Text.cap(error.getMessage(), Text.PASSAGE)) + " (`" + error.code() + "`)");
        line();
    }

    @Override
    public void conforming(String source, Outcome outcome, ChecklistView v) {
        separate();
        line("# " + bi("チェックリスト：" + esc(Text.name(v.organisation().label(true))), "Checklist: " + esc(Text.name(v.organisation().label(false)))));
        line();
        line(bi(v.edition().ja() + "に基づく。", "Under the " + v.edition().en() + ".") + " Source: `" + esc(source) + "`; derivation `"
                + v.derivation().getURI() + "`.");
        line();
        roles(v);
        warnings(v);
        if (!v.businessActor()) {
            for (ChecklistView.Notice n : v.notices()) {
                if (language.ja())
                    line("> " + n.ja());
                if (language == Language.BOTH)
                    line(">");
                if (language.en())
                    line("> " + n.en());
                line();
            }
            return;
        }
        summary(v);
        line("## " + bi("共通の指針と各主体の事項", "Common guiding principles and items by role"));
        line();
        for (ChecklistView.PrincipleBlock block : v.principleBlocks()) {
            line("### " + (block.principle() == null ? "—" : block.principle().code() + " " + label(block.principle())));
            line();
            if (block.applicable() != null)
                entry(block.applicable(), "");
            for (ChecklistView.RoleItems r : block.itemsByRole()) {
                line();
                line("**" + label(r.role()) + "**");
                line();
                r.items().forEach(o -> entry(o, ""));
            }
            line();
        }
        section(bi("第2部D 広島AIプロセス国際指針（別添7 B）", "Part 2 D, Hiroshima guiding principles (Appendix 7 B)"), v.ofKind(Kind.HIROSHIMA_PRINCIPLE));
        section(bi("広島プロセス国際行動規範", "Hiroshima code of conduct"), v.ofKind(Kind.CODE_OF_CONDUCT));
        undecided(v);
        information(v);
        gaps(v);
    }

    @Override
    public void changes(String source, Compared compared, ChangesView view) {
        separate();
        ChangesMarkdown.write(md, language, source, view);
    }

    private void roles(ChecklistView v) {
        line("## " + bi("主体", "Roles"));
        line();
        for (ChecklistView.Role r : v.roles()) {
            line("- **" + label(r.role()) + "** — " + esc(Name.list(r.systems(), language.ja())));
            for (ChecklistView.RuleReason rr : r.reasons())
                line("  - " + language.pick(rr.rule().ja(), rr.rule().en()) + " (" + rr.rule().code() + "; " + Name.codes(rr.sections())
                        + (language.pick(rr.locatorJa(), rr.locatorEn()) != null ? " " + language.pick(rr.locatorJa(), rr.locatorEn()) : "") + ")" + colon() + esc(Name.list(rr.activities(), language.ja()))
                        + " @ " + esc(Name.list(rr.systems(), language.ja()))
                        + (rr.illustratingCase() != null ? semicolon() + bi("事例", "case") + "「" + language.pick(rr.illustratingCase().ja(), rr.illustratingCase().en()) + "」" : ""));
        }
        for (ChecklistView.UndecidedRole r : v.undecidedRoles()) {
            line("- **" + label(r.role()) + "**（" + bi("判定できない", "undecided") + "） — " + esc(Name.list(r.systems(), language.ja())));
            for (Name q : r.openQuestions())
                line("  - " + bi("この版では定まっていない", "left open by this edition") + ": " + label(q));
        }
        line();
    }

    private void summary(ChecklistView v) {
        ChecklistView.Summary s = v.summary();
        line("## " + bi("概要", "Summary"));
        line();
        line("| " + biSp("適用", "applicable") + " | " + biSp("対応済み", "addressed") + " | " + biSp("対応予定", "planned") + " | "
                + biSp("該当しない", "not applicable") + " | " + biSp("未対応", "gap") + " | " + biSp("判定できない", "undecided") + " |");
        line("|---|---|---|---|---|---|");
        line("| " + s.applicable() + " | " + s.addressed() + " | " + s.planned() + " | " + s.notApplicable() + " | " + s.gap() + " | " + s.undecided() + " |");
        line();
    }

    private void entry(Entry o, String indent) {
        line(indent + "- [" + (o.done() ? "x" : " ") + "] **" + o.resource().code() + "** " + label(o.resource())
                + " — *" + (o.status() == null ? o.statusCode() : biSp(o.status().ja(), o.status().en())) + "*"
                + (o.stage() != null ? " — " + language.pick(o.stage().ja(), o.stage().en()) : "") + mark(o.updatedBy()));
        for (ChecklistView.Reason r : o.reasons())
            line(indent + "  - " + bi("理由", "why") + ": " + bi(esc(r.ja()), esc(r.en())));
        for (Measure m : o.measures()) {
            String evidence = either(m.evidenceJa(), m.evidenceEn());
            String reason = either(m.reasonJa(), m.reasonEn());
            line(indent + "  - " + bi("取組", "measure") + " (" + (m.status() == null ? "" : biSp(m.status().ja(), m.status().en()))
                    + (m.system() != null ? ", " + esc(m.system().label(language.ja())) : "") + ")"
                    + (evidence != null ? ": " + esc(evidence) : "") + (m.url() != null ? " " + url(m.url()) : ""));
            if (reason != null)
                line(indent + "    - " + bi("該当しない理由", "why not applicable") + ": " + esc(reason));
        }
        if (!o.uncoveredSystems().isEmpty())
            line(indent + "  - " + bi("取組のないシステム", "systems without a measure") + ": " + esc(Name.list(o.uncoveredSystems(), language.ja())));
        for (Entry n : o.notes())
            entry(n, indent + "  ");
    }

    private void section(String title, List<Entry> entries) {
        if (entries.isEmpty())
            return;
        line("## " + title);
        line();
        entries.forEach(o -> entry(o, ""));
        line();
    }

    private void undecided(ChecklistView v) {
        if (v.undecided().isEmpty())
            return;
        line("## " + bi("判定できない事項", "Could not be decided"));
        line();
        for (ChecklistView.UndecidedGroup g : v.undecidedGroups()) {
            String open = g.openQuestions().isEmpty() ? ""
                    : bi("この版では主体が定まっていない", "the role is left open by this edition") + ": "
                            + String.join("; ", g.openQuestions().stream().map(this::label).toList());
            String missing = g.missingFacts().isEmpty() ? ""
                    : bi("欠けている事実", "missing") + ": "
                            + String.join(", ", g.missingFacts().stream().map(f -> "`" + f.code() + "` (" + language.pick(f.ja(), f.en()) + ")").toList());
            line("- " + open + (open.isEmpty() || missing.isEmpty() ? "" : "; ") + missing + " — " + esc(Name.list(g.systems(), language.ja())));
            line("  - " + String.join(", ", g.entries().stream().map(u -> u.resource().code()).toList()));
            for (ChecklistView.Undecided u : g.entries())
                if (!u.updatedBy().isEmpty())
                    line("  - " + u.resource().code() + mark(u.updatedBy()));
        }
        line();
    }

    private void information(ChecklistView v) {
        ChecklistView.Information info = v.information();
        line("## " + bi("参考情報", "Information"));
        line();
        if (!info.emphases().isEmpty()) {
            line("**" + bi("EU AI法 附属書III", "EU AI Act Annex III") + "** — " + bi(info.riskBasedApproach().ja(), info.riskBasedApproach().en()));
            line();
            info.emphases().forEach(e -> line("- " + esc(e.system().label(language.ja())) + ": " + label(e.area()) + mark(e.updatedBy())));
            line();
        }
        if (!info.risks().isEmpty()) {
            line("**" + bi("AIの種類に関係するリスク（別添1 B）", "Risks of your AI types (Appendix 1 B)") + "**");
            line();
            info.risks().forEach(r -> line("- " + label(r.note()) + " (" + bi(Name.list(r.aiTypes(), true), Name.list(r.aiTypes(), false)) + ")"
                    + (r.classifications().isEmpty() ? "" : " — " + bi("分類", "classification") + ": " + bi(Name.list(r.classifications(), true),
                            Name.list(r.classifications(), false))) + mark(r.updatedBy())));
            line();
        }
        if (!info.guidance().isEmpty()) {
            line("**" + bi("分野別の参考文書", "Sector documents") + "**");
            line();
            info.guidance().forEach(g -> line("- " + language.pick(g.document().ja(), g.document().en()) + "（" + dash(language.pick(g.publisherJa(), g.publisherEn())) + "） — "
                    + dash(language.pick(g.locatorJa(), g.locatorEn())) + (g.url() != null ? " <" + g.url() + ">" : "") + mark(g.updatedBy())));
            line();
        }
        if (!info.stagesNotReached().isEmpty()) {
            line("**" + bi("活動が及ばない段階", "Stages your activities do not reach") + "** ("
                    + bi("その段階で活動しているなら、活動を加えてください", "add the activity if you work at that stage") + ")");
            line();
            info.stagesNotReached().forEach(s -> line("- " + language.pick(s.role().ja(), s.role().en()) + ": " + label(s.stage())));
            line();
        }
    }

    /** The validation's warnings (advice that does not stop the profile conforming), each with its message. */
    private void warnings(ChecklistView v) {
        if (v.warnings().isEmpty())
            return;
        line("## " + bi("検証の注意", "Validation warnings") + " (" + v.warnings().size() + ")");
        line();
        for (ChecklistView.Warning w : v.warnings())
            line("- " + bi(esc(w.messageJa()), esc(w.messageEn())) + (w.cites().isEmpty() ? "" : " (" + String.join(", ", w.cites()) + ")"));
        line();
    }

    private void gaps(ChecklistView v) {
        List<Entry> gaps = v.gaps();
        line("## " + bi("未対応の事項", "Gaps") + " (" + gaps.size() + ")");
        line();
        line(gaps.isEmpty() ? bi("なし", "none") : String.join(", ", gaps.stream().map(o -> o.resource().code()).toList()));
        line();
    }

    /** The mark of what the update that produced the edition added, moved or changed, with its change records; "" for the rest. */
    private String mark(List<Name> updatedBy) {
        return updatedBy.isEmpty() ? "" : " — **" + bi("更新で追加・変更", "new or changed by the update") + "** (" + String.join(", ", updatedBy.stream().map(Name::code).toList()) + ")";
    }

    /** Punctuation in the language of the text around it: full-width unless the checklist is in English only. */
    private String colon() {
        return language == Language.EN ? ": " : "：";
    }

    private String semicolon() {
        return language == Language.EN ? "; " : "；";
    }

    // ---- one language or both ---------------------------------------------------------------------------

    /** Japanese and English, "ja / en", or the one chosen. */
    private String bi(String ja, String en) {
        return switch (language) {
            case BOTH -> ja + " / " + en;
            case JA -> ja;
            case EN -> en;
        };
    }

    /** As {@link #bi}, separated by a space (table heads, statuses). */
    private String biSp(String ja, String en) {
        return switch (language) {
            case BOTH -> ja + " " + en;
            case JA -> ja;
            case EN -> en;
        };
    }

    /** A guideline resource's label, "ja / en" or in the language chosen. */
    private String label(Name n) {
        return bi(n.ja(), n.en());
    }




    private static String either(String a, String b) {
        return a != null ? a : b;
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    /** A URL as an autolink, or as escaped text when it is too long to show. */
    private static String url(String url) {
        return url.length() <= Text.NAME && !url.contains(">") ? "<" + Text.safe(url) + ">" : esc(Text.name(url));
    }

    /** Escapes Markdown's inline syntax in text that comes from a profile, on one line, made safe ({@link Text#safe}). */
    static String esc(String s) {
        if (s == null)
            return "";
        return Text.safe(s).replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1").replaceAll("[\\r\\n\\t]", " ");
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private void line() {
        md.append('\n');
    }
}
