package org.w3id.aigb.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.w3id.aigb.Text;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.Derivation.Kind;
import org.w3id.aigb.obligation.Derivation.Measure;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.apache.jena.shacl.validation.Severity;

/**
 * The checklist as Markdown, in the manner of 別添7: per common guiding principle, a checkbox for the
 * principle and for each item by role, with its status, why it applies and its practice notes
 * under it; then Part 2 D (別添7 B) and the code of conduct, what could not be decided, the
 * information beside the checklist, the validation warnings and a summary of the gaps. Written as
 * it goes to an {@link Appendable}. Text from the profile is escaped, made safe ({@link Text#safe})
 * and cut short: names to {@link Text#NAME} characters, evidence and reasons to {@link Text#PASSAGE},
 * lists of systems to {@link Text#SYSTEMS_NAMED} names.
 */
public final class ChecklistMarkdown {
    private final Appendable md;

    private ChecklistMarkdown(Appendable md) {
        this.md = md;
    }

    /** Writes the checklist of one conforming profile's outcome. */
    public static void write(Appendable out, String source, Outcome outcome) {
        new ChecklistMarkdown(out).write(source, outcome.derivation(), outcome.report());
    }

    private void write(String source, Derivation d, ProfileReport report) {
        line("# チェックリスト：" + esc(Text.name(d.organisation().ja())) + " / Checklist: " + esc(Text.name(d.organisation().en())));
        line();
        line(d.guidelineEdition().ja() + "に基づく。 Under " + d.guidelineEdition().en() + ". Source: `" + esc(source) + "`; derivation `" + d.iri().getURI() + "`.");
        line();
        roles(d);
        warnings(report);
        if (!d.isBusinessActor()) {
            line("> " + Checklist.NON_BUSINESS_JA);
            line(">");
            line("> " + Checklist.NON_BUSINESS_EN);
            line();
            return;
        }
        summary(d);
        line("## 共通の指針と各主体の事項 / Common guiding principles and items by role");
        line();
        for (Checklist.PrincipleBlock block : Checklist.byPrinciple(d)) {
            line("### " + (block.principle() == null ? "—" : block.principle().code() + " " + block.principle().ja() + " / " + block.principle().en()));
            line();
            if (block.applicable() != null)
                obligation(block.applicable(), "");
            for (Map.Entry<Named, List<Obligation>> e : block.itemsByRole().entrySet()) {
                line();
                line("**" + e.getKey().ja() + " / " + e.getKey().en() + "**");
                line();
                e.getValue().forEach(o -> obligation(o, ""));
            }
            line();
        }
        section("第2部D 広島AIプロセス国際指針（別添7 B） / Part 2 D, Hiroshima guiding principles (Appendix 7 B)", Checklist.ofKind(d, Kind.HIROSHIMA_PRINCIPLE));
        section("広島プロセス国際行動規範 / Hiroshima code of conduct", Checklist.ofKind(d, Kind.CODE_OF_CONDUCT));
        undecided(d);
        information(d);
        gaps(d);
    }

    private void roles(Derivation d) {
        line("## 主体 / Roles");
        line();
        for (Derivation.Role r : d.roles()) {
            line("- **" + r.role().ja() + " / " + r.role().en() + "** — " + esc(Reasons.systemsJa(r.systems())));
            for (Derivation.RuleReason rr : r.reasons())
                line("  - " + rr.rule().ja() + " (" + rr.rule().code() + "; " + Reasons.codes(rr.sections())
                        + (rr.locatorJa() != null ? " " + rr.locatorJa() : "") + ")：" + esc(Reasons.ja(rr.activities())) + " @ " + esc(Reasons.systemsJa(rr.systems()))
                        + (rr.illustratingCase() != null ? "；事例 / case「" + rr.illustratingCase().ja() + "」" : ""));
        }
        for (Derivation.UndecidedRole r : d.undecidedRoles()) {
            line("- **" + r.role().ja() + " / " + r.role().en() + "**（判定できない / undecided） — " + esc(Reasons.systemsJa(r.systems())));
            for (Named q : r.openQuestions())
                line("  - この版では定まっていない / left open by this edition: " + q.ja() + " / " + q.en());
        }
        line();
    }

    private void summary(Derivation d) {
        Checklist.Summary s = Checklist.summary(d);
        line("## 概要 / Summary");
        line();
        line("| 適用 applicable | 対応済み addressed | 対応予定 planned | 該当しない not applicable | 未対応 gap | 判定できない undecided |");
        line("|---|---|---|---|---|---|");
        line("| " + s.applicable() + " | " + s.addressed() + " | " + s.planned() + " | " + s.notApplicable() + " | " + s.gap() + " | " + s.undecided() + " |");
        line();
    }

    private void obligation(Obligation o, String indent) {
        String status = Checklist.status(o);
        boolean done = status.equals("addressed") || status.equals("not-applicable");
        line(indent + "- [" + (done ? "x" : " ") + "] **" + o.resource().code() + "** " + o.resource().ja() + " / " + o.resource().en()
                + " — *" + (o.status() == null ? status : o.status().ja() + " " + o.status().en()) + "*" + (o.why().stage() != null ? " — " + o.why().stage().ja() : "")
                + (o.updatedBy().isEmpty() ? "" : " — **更新で追加・変更 / new or changed by the update** (" + Reasons.codes(o.updatedBy()) + ")"));
        for (Reasons.Reason r : Reasons.of(o.why()))
            line(indent + "  - 理由 / why: " + esc(r.ja()) + " / " + esc(r.en()));
        for (Measure m : o.measures()) {
            String evidence = first(m.evidenceJa(), m.evidenceEn());
            String reason = first(m.reasonJa(), m.reasonEn());
            line(indent + "  - 取組 / measure (" + (m.status() == null ? "" : m.status().ja() + " " + m.status().en())
                    + (m.system() != null ? ", " + esc(Text.name(m.system().ja())) : "") + ")"
                    + (evidence != null ? ": " + esc(Text.cap(evidence, Text.PASSAGE)) : "") + (m.url() != null ? " " + url(m.url()) : ""));
            if (reason != null)
                line(indent + "    - 該当しない理由 / why not applicable: " + esc(Text.cap(reason, Text.PASSAGE)));
        }
        if (!o.uncoveredSystems().isEmpty())
            line(indent + "  - 取組のないシステム / systems without a measure: " + esc(Reasons.systemsJa(o.uncoveredSystems())));
        for (Obligation n : o.notes())
            obligation(n, indent + "  ");
    }

    private void section(String title, List<Obligation> obligations) {
        if (obligations.isEmpty())
            return;
        line("## " + title);
        line();
        obligations.forEach(o -> obligation(o, ""));
        line();
    }

    private void undecided(Derivation d) {
        if (d.undecided().isEmpty())
            return;
        line("## 判定できない事項 / Could not be decided");
        line();
        for (Checklist.UndecidedGroup g : Checklist.undecidedGroups(d)) {
            String open = String.join("; ", g.openQuestions().stream().map(q -> q.ja() + " / " + q.en()).toList());
            line("- " + (g.openQuestions().isEmpty() ? "" : "この版では主体が定まっていない / the role is left open by this edition: " + open
                    + (g.missingFacts().isEmpty() ? "" : "; ")) + (g.missingFacts().isEmpty() && !g.openQuestions().isEmpty() ? "" : "欠けている事実 / missing: "
                    + facts(g.missingFacts())) + " — " + esc(Reasons.systemsJa(g.systems())));
            line("  - " + String.join(", ", g.entries().stream().map(u -> u.resource().code()).toList()));
        }
        line();
    }

    private void information(Derivation d) {
        line("## 参考情報 / Information");
        line();
        if (!d.emphases().isEmpty()) {
            line("**EU AI法 附属書III / EU AI Act Annex III** — " + Checklist.RISK_BASED_JA + " " + Checklist.RISK_BASED_EN);
            line();
            d.emphases().forEach(e -> line("- " + esc(Text.name(e.system().ja())) + ": " + e.area().ja() + " / " + e.area().en()));
            line();
        }
        if (!d.risks().isEmpty()) {
            line("**AIの種類に関係するリスク（別添1 B） / Risks of your AI types (Appendix 1 B)**");
            line();
            d.risks().forEach(r -> line("- " + r.note().ja() + " / " + r.note().en() + " (" + Reasons.en(r.aiTypes()) + ")"));
            line();
        }
        if (!d.guidance().isEmpty()) {
            line("**分野別の参考文書 / Sector documents**");
            line();
            d.guidance().forEach(g -> line("- " + g.document().ja() + "（" + nullToDash(g.publisherJa()) + "） — " + nullToDash(g.locatorJa())
                    + (g.url() != null ? " <" + g.url() + ">" : "")));
            line();
        }
        if (!d.stagesNotReached().isEmpty()) {
            line("**活動が及ばない段階 / Stages your activities do not reach** (add the activity if you work at that stage)");
            line();
            d.stagesNotReached().forEach(s -> line("- " + s.role().ja() + ": " + s.stage().ja() + " / " + s.stage().en()));
            line();
        }
    }

    /** The validation's warnings (advice that does not stop the profile conforming), each with its message. */
    private void warnings(ProfileReport report) {
        List<ProfileReport.Entry> warnings = report.entries().stream().filter(e -> !e.severity().equals(Severity.Violation)).toList();
        if (warnings.isEmpty())
            return;
        line("## 検証の注意 / Validation warnings (" + warnings.size() + ")");
        line();
        for (ProfileReport.Entry e : warnings)
            line("- " + esc(Text.cap(e.messageJa(), Text.PASSAGE)) + " / " + esc(Text.cap(e.messageEn(), Text.PASSAGE))
                    + (e.cites().isEmpty() ? "" : " (" + String.join(", ", e.cites().stream().map(ProfileReport.Citation::code).toList()) + ")"));
        line();
    }

    private void gaps(Derivation d) {
        List<Obligation> gaps = Checklist.gaps(d);
        line("## 未対応の事項 / Gaps (" + gaps.size() + ")");
        line();
        line(gaps.isEmpty() ? "なし / none" : String.join(", ", gaps.stream().map(o -> o.resource().code()).toList()));
        line();
    }

    private static String facts(List<Named> facts) {
        return String.join(", ", facts.stream().map(f -> "`" + f.code() + "` (" + f.ja() + ")").toList());
    }

    private static String first(String... values) {
        for (String v : values)
            if (v != null)
                return v;
        return null;
    }

    /** A URL as an autolink, or as escaped text when it is too long to show. */
    private static String url(String url) {
        return url.length() <= Text.NAME && !url.contains(">") ? "<" + Text.safe(url) + ">" : esc(Text.name(url));
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

    /** Escapes Markdown's inline syntax in text that comes from a profile, on one line, made safe ({@link Text#safe}). */
    static String esc(String s) {
        if (s == null)
            return "";
        return Text.safe(s).replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1").replaceAll("[\\r\\n\\t]", " ");
    }

    private void line(String s) {
        try {
            md.append(s).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line() {
        line("");
    }
}
