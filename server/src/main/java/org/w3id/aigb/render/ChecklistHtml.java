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
 * The checklist as a printable HTML section, laid out like {@link ChecklistMarkdown} (別添7 manner),
 * with a disabled checkbox per principle, item and note, written as it goes to an {@link Appendable}.
 * Every text goes through {@link Html#esc}; text from the profile is cut short as in the Markdown
 * checklist ({@link Text}); guideline resources link to their pages (root-relative on the server,
 * their IRIs elsewhere).
 */
public final class ChecklistHtml {
    /** Print CSS: no navigation, each profile on its own page, no item split across pages. */
    public static final String STYLE = "<style>.st{font-size:.85em;padding:0 .3em;border-radius:.2em}.st-gap{background:#fde2e2}"
            + ".st-planned{background:#fff3cd}.st-addressed{background:#dff3e0}.st-not-applicable{background:#eee}.st-updated{background:#e3ecfa}"
            + "ul.checks{list-style:none;padding-left:1rem}ul.checks li{margin:.3rem 0}.why{color:#444;font-size:.9em}"
            + "section.profile{margin-bottom:2rem}.note-box{border-left:3px solid #ccc;padding-left:.6rem}"
            + "@media print{header,footer{display:none}section.profile{break-after:page}li{break-inside:avoid}a{color:inherit;text-decoration:none}}</style>\n";

    private final Out h;
    private final boolean rootRelative;

    private ChecklistHtml(Appendable out, boolean rootRelative) {
        this.h = new Out(out);
        this.rootRelative = rootRelative;
    }

    /** One conforming profile's checklist as a {@code <section>}. */
    public static void section(Appendable out, String source, Outcome outcome, boolean rootRelative) {
        new ChecklistHtml(out, rootRelative).write(source, outcome.derivation(), outcome.report());
    }

    /** An {@link Appendable} whose {@code append} does not throw, so the page reads as one chain of appends. */
    private static final class Out {
        private final Appendable out;

        Out(Appendable out) {
            this.out = out;
        }

        Out append(Object o) {
            try {
                out.append(String.valueOf(o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }
    }

    private void write(String source, Derivation d, ProfileReport report) {
        h.append("<section class=\"profile\">\n<h1>チェックリスト：").append(Html.esc(Text.name(d.organisation().ja()))).append(" <span class=\"en\">Checklist: ")
                .append(Html.esc(Text.name(d.organisation().en()))).append("</span></h1>\n<p class=\"muted\">").append(Html.esc(d.guidelineEdition().ja()))
                .append("に基づく。 <span class=\"en\">Under ").append(Html.esc(d.guidelineEdition().en())).append(".</span> Source: <code>")
                .append(Html.esc(source)).append("</code>; derivation <code>").append(Html.esc(d.iri().getURI())).append("</code></p>\n");
        h.append("<h2>主体 <span class=\"en\">Roles</span></h2>\n<ul>\n");
        for (Derivation.Role r : d.roles()) {
            h.append("<li><strong>").append(link(r.role())).append("</strong> — ").append(Html.esc(Reasons.systemsJa(r.systems()))).append("<ul>");
            for (Derivation.RuleReason rr : r.reasons())
                h.append("<li>").append(link(rr.rule())).append(" (").append(Html.esc(Reasons.codes(rr.sections())))
                        .append(rr.locatorJa() != null ? " " + Html.esc(rr.locatorJa()) : "").append(")：").append(Html.esc(Reasons.ja(rr.activities())))
                        .append(" @ ").append(Html.esc(Reasons.systemsJa(rr.systems())))
                        .append(rr.illustratingCase() != null ? "；事例 " + link(rr.illustratingCase()) : "").append("</li>");
            h.append("</ul></li>\n");
        }
        for (Derivation.UndecidedRole r : d.undecidedRoles()) {
            h.append("<li><strong>").append(link(r.role())).append("</strong>（判定できない <span class=\"en\">undecided</span>） — ")
                    .append(Html.esc(Reasons.systemsJa(r.systems()))).append("<ul>");
            for (Named q : r.openQuestions())
                h.append("<li>この版では定まっていない <span class=\"en\">left open by this edition</span>: ").append(link(q)).append("</li>");
            h.append("</ul></li>\n");
        }
        h.append("</ul>\n");
        warnings(report);
        if (!d.isBusinessActor()) {
            h.append("<p><strong>").append(Html.esc(Checklist.NON_BUSINESS_JA)).append("</strong><br><span class=\"en\">")
                    .append(Html.esc(Checklist.NON_BUSINESS_EN)).append("</span></p>\n</section>\n");
            return;
        }
        Checklist.Summary s = Checklist.summary(d);
        h.append("<h2>概要 <span class=\"en\">Summary</span></h2>\n<table><tr><th>適用 applicable</th><th>対応済み addressed</th><th>対応予定 planned</th>"
                + "<th>該当しない not applicable</th><th>未対応 gap</th><th>判定できない undecided</th></tr><tr><td>").append(s.applicable()).append("</td><td>")
                .append(s.addressed()).append("</td><td>").append(s.planned()).append("</td><td>").append(s.notApplicable()).append("</td><td>")
                .append(s.gap()).append("</td><td>").append(s.undecided()).append("</td></tr></table>\n");
        h.append("<h2>共通の指針と各主体の事項 <span class=\"en\">Common guiding principles and items by role</span></h2>\n");
        for (Checklist.PrincipleBlock block : Checklist.byPrinciple(d)) {
            h.append("<h3>").append(block.principle() == null ? "—" : Html.esc(block.principle().code()) + " " + Html.esc(block.principle().ja())
                    + " <span class=\"en\">" + Html.esc(block.principle().en()) + "</span>").append("</h3>\n<ul class=\"checks\">\n");
            if (block.applicable() != null)
                obligation(block.applicable());
            h.append("</ul>\n");
            for (Map.Entry<Named, List<Obligation>> e : block.itemsByRole().entrySet()) {
                h.append("<h4>").append(Html.esc(e.getKey().ja())).append(" <span class=\"en\">").append(Html.esc(e.getKey().en())).append("</span></h4>\n<ul class=\"checks\">\n");
                e.getValue().forEach(this::obligation);
                h.append("</ul>\n");
            }
        }
        list("第2部D 広島AIプロセス国際指針（別添7 B）", "Part 2 D, Hiroshima guiding principles (Appendix 7 B)", Checklist.ofKind(d, Kind.HIROSHIMA_PRINCIPLE));
        list("広島プロセス国際行動規範", "Hiroshima code of conduct", Checklist.ofKind(d, Kind.CODE_OF_CONDUCT));
        if (!d.undecided().isEmpty()) {
            h.append("<h2>判定できない事項 <span class=\"en\">Could not be decided</span></h2>\n<ul>\n");
            for (Checklist.UndecidedGroup g : Checklist.undecidedGroups(d))
                h.append("<li>").append(g.openQuestions().isEmpty() ? "" : "この版では主体が定まっていない <span class=\"en\">the role is left open by this edition</span>: "
                        + String.join("; ", g.openQuestions().stream().map(this::link).toList()) + (g.missingFacts().isEmpty() ? "" : "; "))
                        .append(g.missingFacts().isEmpty() && !g.openQuestions().isEmpty() ? "" : "欠けている事実 <span class=\"en\">missing</span>: "
                        + String.join(", ", g.missingFacts().stream().map(f -> "<code>" + Html.esc(f.code()) + "</code> " + Html.esc(f.ja())).toList()))
                        .append(" — ").append(Html.esc(Reasons.systemsJa(g.systems()))).append("<br>")
                        .append(String.join(", ", g.entries().stream().map(u -> codeLink(u.resource())).toList())).append("</li>\n");
            h.append("</ul>\n");
        }
        information(d);
        List<Obligation> gaps = Checklist.gaps(d);
        h.append("<h2>未対応の事項 <span class=\"en\">Gaps</span> (").append(gaps.size()).append(")</h2>\n<p>")
                .append(gaps.isEmpty() ? "なし / none" : String.join(", ", gaps.stream().map(o -> codeLink(o.resource())).toList())).append("</p>\n</section>\n");
    }

    private void obligation(Obligation o) {
        String status = Checklist.status(o);
        boolean done = status.equals("addressed") || status.equals("not-applicable");
        h.append("<li><input type=\"checkbox\" disabled").append(done ? " checked" : "").append("> <strong>").append(codeLink(o.resource())).append("</strong> ")
                .append(Html.esc(o.resource().ja())).append(" <span class=\"en\">").append(Html.esc(o.resource().en())).append("</span> <span class=\"st st-")
                .append(Html.esc(status)).append("\">").append(Html.esc(o.status() == null ? status : o.status().ja() + " " + o.status().en())).append("</span>");
        if (o.why().stage() != null)
            h.append(" <span class=\"muted\">").append(Html.esc(o.why().stage().ja())).append("</span>");
        if (!o.updatedBy().isEmpty())
            h.append(" <span class=\"st st-updated\">更新で追加・変更 <span class=\"en\">new or changed by the update</span>: ")
                    .append(String.join(", ", o.updatedBy().stream().map(this::codeLink).toList())).append("</span>");
        h.append("<div class=\"why\">");
        for (Reasons.Reason r : Reasons.of(o.why()))
            h.append(Html.esc(r.ja())).append(" <span class=\"en\">").append(Html.esc(r.en())).append("</span><br>");
        for (Measure m : o.measures()) {
            String evidence = m.evidenceJa() != null ? m.evidenceJa() : m.evidenceEn();
            String reason = m.reasonJa() != null ? m.reasonJa() : m.reasonEn();
            h.append("取組 <span class=\"en\">measure</span> (").append(Html.esc(m.status() == null ? "" : m.status().ja()))
                    .append(m.system() != null ? ", " + Html.esc(Text.name(m.system().ja())) : "").append(")")
                    .append(evidence != null ? ": " + Html.esc(Text.cap(evidence, Text.PASSAGE)) : "")
                    .append(m.url() != null ? " " + Html.link(m.url(), Text.name(m.url())) : "").append("<br>");
            if (reason != null)
                h.append("該当しない理由 <span class=\"en\">why not applicable</span>: ").append(Html.esc(Text.cap(reason, Text.PASSAGE))).append("<br>");
        }
        if (!o.uncoveredSystems().isEmpty())
            h.append("取組のないシステム <span class=\"en\">no measure for</span>: ").append(Html.esc(Reasons.systemsJa(o.uncoveredSystems())));
        h.append("</div>");
        if (!o.notes().isEmpty()) {
            h.append("<ul class=\"checks note-box\">");
            o.notes().forEach(this::obligation);
            h.append("</ul>");
        }
        h.append("</li>\n");
    }

    private void list(String ja, String en, List<Obligation> obligations) {
        if (obligations.isEmpty())
            return;
        h.append("<h2>").append(Html.esc(ja)).append(" <span class=\"en\">").append(Html.esc(en)).append("</span></h2>\n<ul class=\"checks\">\n");
        obligations.forEach(this::obligation);
        h.append("</ul>\n");
    }

    private void information(Derivation d) {
        h.append("<h2>参考情報 <span class=\"en\">Information</span></h2>\n");
        if (!d.emphases().isEmpty()) {
            h.append("<h3>EU AI法 附属書III <span class=\"en\">EU AI Act Annex III</span></h3>\n<p>").append(Html.esc(Checklist.RISK_BASED_JA))
                    .append(" <span class=\"en\">").append(Html.esc(Checklist.RISK_BASED_EN)).append("</span></p>\n<ul>");
            d.emphases().forEach(e -> h.append("<li>").append(Html.esc(Text.name(e.system().ja()))).append(": ").append(link(e.area())).append("</li>"));
            h.append("</ul>\n");
        }
        if (!d.risks().isEmpty()) {
            h.append("<h3>AIの種類に関係するリスク（別添1 B） <span class=\"en\">Risks of your AI types</span></h3>\n<ul>");
            d.risks().forEach(r -> h.append("<li>").append(link(r.note())).append(" <span class=\"muted\">(").append(Html.esc(Reasons.en(r.aiTypes()))).append(")</span></li>"));
            h.append("</ul>\n");
        }
        if (!d.guidance().isEmpty()) {
            h.append("<h3>分野別の参考文書 <span class=\"en\">Sector documents</span></h3>\n<ul>");
            d.guidance().forEach(g -> h.append("<li>").append(link(g.document())).append(" — ").append(Html.esc(g.publisherJa())).append("; ")
                    .append(Html.esc(g.locatorJa())).append(g.url() != null ? " " + Html.link(g.url(), g.url()) : "").append("</li>"));
            h.append("</ul>\n");
        }
        if (!d.stagesNotReached().isEmpty()) {
            h.append("<h3>活動が及ばない段階 <span class=\"en\">Stages your activities do not reach</span></h3>\n<ul>");
            d.stagesNotReached().forEach(s -> h.append("<li>").append(Html.esc(s.role().ja())).append(": ").append(link(s.stage())).append("</li>"));
            h.append("</ul>\n");
        }
    }

    /** The validation's warnings (advice that does not stop the profile conforming), each with its message. */
    private void warnings(ProfileReport report) {
        List<ProfileReport.Entry> warnings = report.entries().stream().filter(e -> !e.severity().equals(Severity.Violation)).toList();
        if (warnings.isEmpty())
            return;
        h.append("<h2>検証の注意 <span class=\"en\">Validation warnings</span> (").append(warnings.size()).append(")</h2>\n<ul>\n");
        for (ProfileReport.Entry e : warnings)
            h.append("<li>").append(Html.esc(Text.cap(e.messageJa(), Text.PASSAGE))).append(" <span class=\"en\">").append(Html.esc(Text.cap(e.messageEn(), Text.PASSAGE)))
                    .append("</span>").append(e.cites().isEmpty() ? "" : " <span class=\"muted\">(" + Html.esc(String.join(", ", e.cites().stream()
                            .map(ProfileReport.Citation::code).toList())) + ")</span>").append("</li>\n");
        h.append("</ul>\n");
    }

    /** A guideline resource as a link with its label (Japanese first); a profile node as escaped text. */
    private String link(Named n) {
        return n == null ? "—" : link(n, n.ja());
    }

    /** A guideline resource as a link with its code. */
    private String codeLink(Named n) {
        return link(n, n.code() != null ? n.code() : n.ja());
    }

    private String link(Named n, String text) {
        if (!n.iri().isURI() || !n.iri().getURI().startsWith("https://w3id.org/aigb/"))
            return Html.esc(Text.name(text));
        return Html.link(rootRelative ? Links.href(n.iri().getURI()) : n.iri().getURI(), text);
    }
}
