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
import org.w3id.aigb.render.RenderTarget.Answer;
import org.w3id.aigb.render.RenderTarget.Language;

/**
 * The checklist as one printable HTML page, laid out like the Markdown checklist (別添7 manner), with
 * a disabled checkbox per principle, item and note: each profile a {@code <section>} (on a page of
 * its own when printed, A4). In Japanese with the English beside it, or in the one language chosen
 * (the page's {@code lang} is then that language). What the update that produced the edition added or
 * changed is marked, its change records linked; the roles the edition leaves open are shown with its
 * questions. Every text goes through {@link Html#esc}; guideline resources link to their pages
 * (root-relative on the server, their IRIs elsewhere). What the update changed ({@link #changes}) is
 * {@link ChangesHtml}'s section.
 */
final class ChecklistHtml implements ChecklistRenderer {
    /** The checklist's style: statuses, reasons, notes; for print, A4 pages without the site's navigation, no item split across pages. */
    static final String STYLE = "<style>.st{font-size:.85em;padding:0 .3em;border-radius:.2em;border:1px solid transparent}.st-gap{background:#fde2e2}"
            + ".st-planned{background:#fff3cd}.st-addressed{background:#dff3e0}.st-not-applicable{background:#eee}.st-updated{background:#e3ecfa}"
            + "ul.checks{list-style:none;padding-left:1rem}ul.checks li{margin:.3rem 0}.why{color:#444;font-size:.9em}"
            + ".warnings{border-left:3px solid #d9a400;padding-left:.6rem}.na-reason{font-style:italic}"
            + "section.profile{margin-bottom:2rem}.note-box{border-left:3px solid #ccc;padding-left:.6rem}"
            + "@page{size:A4;margin:14mm 12mm}"
            + "@media print{header,footer{display:none}body{font-size:10pt;margin:0;max-width:none}main{padding:0;max-width:none}"
            + "section.profile{break-after:page}li,tr{break-inside:avoid}h1,h2,h3,h4{break-after:avoid}"
            + "a{color:inherit;text-decoration:none}.st{border-color:#777}table{border-collapse:collapse}th,td{border:1px solid #999;padding:1px 4px}}</style>\n";

    private final RenderTarget h;
    private final Language language;

    ChecklistHtml(RenderTarget target) {
        this.h = target;
        this.language = target.language();
    }

    @Override
    public void begin() {
        String title = h.answer() == Answer.CHANGES ? language.both("更新で変わったこと", "What the update changed", " / ")
                : language.both("チェックリスト", "Checklist", " / ");
        h.append(Html.pageStart(language == Language.EN ? "en" : "ja", title, STYLE));
    }

    @Override
    public void end() {
        h.append(Html.pageEnd());
    }

    @Override
    public void notConforming(String source, ProfileReport r) {
        h.append("<section class=\"profile\"><h1>").append(Html.esc(source)).append("：")
                .append(bi("プロファイルが適合しません", "the profile does not conform")).append(" (").text(r.count(Severity.Violation)).append(" violations)</h1>\n<ul>");
        for (ProfileReport.Entry x : r.entries())
            if (x.severity().equals(Severity.Violation))
                h.append("<li>").append(bi(Html.esc(x.messageJa()), Html.esc(x.messageEn()))).append("</li>\n");
        h.append("</ul></section>\n");
    }

    @Override
    public void unreadable(String source, AigbException error) {
        h.append("<section class=\"profile\"><h1>").append(Html.esc(source)).append("：").append(bi("読み込めません", "cannot be read")).append("</h1>\n<p>")
                .append(Html.esc(Text.cap(error.getMessage(), Text.PASSAGE))).append(" (<code>").append(Html.esc(error.code())).append("</code>)</p></section>\n");
    }

    @Override
    public void conforming(String source, Outcome outcome, ChecklistView v) {
        h.append("<section class=\"profile\">\n<h1>")
                .append(bi("チェックリスト：" + Html.esc(Text.name(v.organisation().label(true))), "Checklist: " + Html.esc(Text.name(v.organisation().label(false)))))
                .append("</h1>\n<p class=\"muted\">").append(bi(link(v.edition(), v.edition().ja()) + "に基づく。", "Under the " + link(v.edition(), v.edition().en()) + "."))
                .append(" Source: <code>").append(Html.esc(source)).append("</code>; derivation <code>").append(Html.esc(v.derivation().getURI())).append("</code></p>\n");
        roles(v);
        warnings(v);
        if (!v.businessActor()) {
            for (ChecklistView.Notice n : v.notices())
                h.append("<p class=\"notice\"><strong>").append(bi(Html.esc(n.ja()), Html.esc(n.en()), "<br>")).append("</strong></p>\n");
            h.append("</section>\n");
            return;
        }
        summary(v);
        h.append("<h2>").append(bi("共通の指針と各主体の事項", "Common guiding principles and items by role")).append("</h2>\n");
        for (ChecklistView.PrincipleBlock block : v.principleBlocks()) {
            h.append("<h3>").append(block.principle() == null ? "—" : Html.esc(block.principle().code()) + " " + label(block.principle())).append("</h3>\n");
            if (block.applicable() != null) {
                h.append("<ul class=\"checks\">\n");
                entry(block.applicable());
                h.append("</ul>\n");
            }
            for (ChecklistView.RoleItems r : block.itemsByRole()) {
                h.append("<h4>").append(label(r.role())).append("</h4>\n<ul class=\"checks\">\n");
                r.items().forEach(this::entry);
                h.append("</ul>\n");
            }
        }
        list(bi("第2部D 広島AIプロセス国際指針（別添7 B）", "Part 2 D, Hiroshima guiding principles (Appendix 7 B)"), v.ofKind(Kind.HIROSHIMA_PRINCIPLE));
        list(bi("広島プロセス国際行動規範", "Hiroshima code of conduct"), v.ofKind(Kind.CODE_OF_CONDUCT));
        undecided(v);
        information(v);
        List<Entry> gaps = v.gaps();
        h.append("<h2>").append(bi("未対応の事項", "Gaps")).append(" (").text(gaps.size()).append(")</h2>\n<p>")
                .append(gaps.isEmpty() ? bi("なし", "none") : String.join(", ", gaps.stream().map(o -> codeLink(o.resource())).toList())).append("</p>\n</section>\n");
    }

    @Override
    public void changes(String source, Compared compared, ChangesView view) {
        ChangesHtml.write(h, language, source, view);
    }

    private void roles(ChecklistView v) {
        h.append("<h2>").append(bi("主体", "Roles")).append("</h2>\n<ul>\n");
        for (ChecklistView.Role r : v.roles()) {
            h.append("<li><strong>").append(link(r.role())).append("</strong> — ").append(Html.esc(Name.list(r.systems(), language.ja()))).append("<ul>");
            for (ChecklistView.RuleReason rr : r.reasons()) {
                String locator = language.pick(rr.locatorJa(), rr.locatorEn());
                h.append("<li>").append(link(rr.rule())).append(" (").append(Html.esc(Name.codes(rr.sections()))).append(locator != null ? " " + Html.esc(locator) : "")
                        .append(")").append(colon()).append(Html.esc(Name.list(rr.activities(), language.ja()))).append(" @ ").append(Html.esc(Name.list(rr.systems(), language.ja())))
                        .append(rr.illustratingCase() != null ? semicolon() + bi("事例", "case") + " " + link(rr.illustratingCase()) : "").append("</li>");
            }
            h.append("</ul></li>\n");
        }
        for (ChecklistView.UndecidedRole r : v.undecidedRoles()) {
            h.append("<li><strong>").append(link(r.role())).append("</strong>（").append(bi("判定できない", "undecided")).append("） — ")
                    .append(Html.esc(Name.list(r.systems(), language.ja()))).append("<ul>");
            for (Name q : r.openQuestions())
                h.append("<li>").append(bi("この版では定まっていない", "left open by this edition")).append(": ").append(link(q)).append("</li>");
            h.append("</ul></li>\n");
        }
        h.append("</ul>\n");
    }

    private void summary(ChecklistView v) {
        ChecklistView.Summary s = v.summary();
        h.append("<h2>").append(bi("概要", "Summary")).append("</h2>\n<table><tr><th>").append(bi("適用", "applicable", " ")).append("</th><th>")
                .append(bi("対応済み", "addressed", " ")).append("</th><th>").append(bi("対応予定", "planned", " ")).append("</th><th>")
                .append(bi("該当しない", "not applicable", " ")).append("</th><th>").append(bi("未対応", "gap", " ")).append("</th><th>")
                .append(bi("判定できない", "undecided", " ")).append("</th></tr><tr><td>").text(s.applicable()).append("</td><td>").text(s.addressed())
                .append("</td><td>").text(s.planned()).append("</td><td>").text(s.notApplicable()).append("</td><td>").text(s.gap()).append("</td><td>")
                .text(s.undecided()).append("</td></tr></table>\n");
    }

    private void entry(Entry o) {
        h.append("<li><input type=\"checkbox\" disabled").append(o.done() ? " checked" : "").append(" aria-label=\"").append(Html.esc(o.resource().code()))
                .append("\"> <strong>").append(codeLink(o.resource())).append("</strong> ").append(label(o.resource())).append(" <span class=\"st st-")
                .append(Html.esc(o.statusCode())).append("\">").append(o.status() == null ? Html.esc(o.statusCode()) : bi(Html.esc(o.status().ja()), Html.esc(o.status().en()), " "))
                .append("</span>");
        if (o.stage() != null)
            h.append(" <span class=\"muted\">").append(Html.esc(language.pick(o.stage().ja(), o.stage().en()))).append("</span>");
        h.append(mark(o.updatedBy()));
        h.append("<div class=\"why\">");
        for (ChecklistView.Reason r : o.reasons())
            h.append(bi(Html.esc(r.ja()), Html.esc(r.en()))).append("<br>");
        for (Measure m : o.measures()) {
            String evidence = m.evidenceJa() != null ? m.evidenceJa() : m.evidenceEn();
            String reason = m.reasonJa() != null ? m.reasonJa() : m.reasonEn();
            h.append(bi("取組", "measure")).append(" (").append(m.status() == null ? "" : bi(Html.esc(m.status().ja()), Html.esc(m.status().en()), " "))
                    .append(m.system() != null ? ", " + Html.esc(m.system().label(language.ja())) : "").append(")")
                    .append(evidence != null ? ": " + Html.esc(evidence) : "").append(m.url() != null ? " " + Html.link(m.url(), Text.name(m.url())) : "").append("<br>");
            if (reason != null)
                h.append("<span class=\"na-reason\">").append(bi("該当しない理由", "why not applicable")).append(": ").append(Html.esc(reason)).append("</span><br>");
        }
        if (!o.uncoveredSystems().isEmpty())
            h.append(bi("取組のないシステム", "no measure for")).append(": ").append(Html.esc(Name.list(o.uncoveredSystems(), language.ja())));
        h.append("</div>");
        if (!o.notes().isEmpty()) {
            h.append("<ul class=\"checks note-box\">");
            o.notes().forEach(this::entry);
            h.append("</ul>");
        }
        h.append("</li>\n");
    }

    private void list(String title, List<Entry> entries) {
        if (entries.isEmpty())
            return;
        h.append("<h2>").append(title).append("</h2>\n<ul class=\"checks\">\n");
        entries.forEach(this::entry);
        h.append("</ul>\n");
    }

    private void undecided(ChecklistView v) {
        if (v.undecided().isEmpty())
            return;
        h.append("<h2>").append(bi("判定できない事項", "Could not be decided")).append("</h2>\n<ul>\n");
        for (ChecklistView.UndecidedGroup g : v.undecidedGroups()) {
            String open = g.openQuestions().isEmpty() ? ""
                    : bi("この版では主体が定まっていない", "the role is left open by this edition") + ": "
                            + String.join("; ", g.openQuestions().stream().map(this::link).toList());
            String missing = g.missingFacts().isEmpty() ? ""
                    : bi("欠けている事実", "missing") + ": " + String.join(", ", g.missingFacts().stream()
                            .map(f -> "<code>" + Html.esc(f.code()) + "</code> " + Html.esc(language.pick(f.ja(), f.en()))).toList());
            h.append("<li>").append(open).append(open.isEmpty() || missing.isEmpty() ? "" : "; ").append(missing)
                    .append(" — ").append(Html.esc(Name.list(g.systems(), language.ja()))).append("<br>")
                    .append(String.join(", ", g.entries().stream().map(u -> codeLink(u.resource()) + mark(u.updatedBy())).toList())).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    private void information(ChecklistView v) {
        ChecklistView.Information info = v.information();
        h.append("<h2>").append(bi("参考情報", "Information")).append("</h2>\n");
        if (!info.emphases().isEmpty()) {
            h.append("<h3>").append(bi("EU AI法 附属書III", "EU AI Act Annex III")).append("</h3>\n<p>")
                    .append(bi(Html.esc(info.riskBasedApproach().ja()), Html.esc(info.riskBasedApproach().en()))).append("</p>\n<ul>");
            info.emphases().forEach(e -> h.append("<li>").append(Html.esc(e.system().label(language.ja()))).append(": ").append(link(e.area())).append(mark(e.updatedBy())).append("</li>"));
            h.append("</ul>\n");
        }
        if (!info.risks().isEmpty()) {
            h.append("<h3>").append(bi("AIの種類に関係するリスク（別添1 B）", "Risks of your AI types (Appendix 1 B)")).append("</h3>\n<ul>");
            info.risks().forEach(r -> h.append("<li>").append(link(r.note())).append(" <span class=\"muted\">(")
                    .append(bi(Html.esc(Name.list(r.aiTypes(), true)), Html.esc(Name.list(r.aiTypes(), false)))).append(")</span>")
                    .append(r.classifications().isEmpty() ? "" : " — " + bi("分類", "classification") + ": "
                            + String.join(", ", r.classifications().stream().map(this::link).toList()))
                    .append(mark(r.updatedBy())).append("</li>"));
            h.append("</ul>\n");
        }
        if (!info.guidance().isEmpty()) {
            h.append("<h3>").append(bi("分野別の参考文書", "Sector documents")).append("</h3>\n<ul>");
            info.guidance().forEach(g -> h.append("<li>").append(link(g.document())).append(" — ").append(Html.esc(language.pick(g.publisherJa(), g.publisherEn()))).append("; ")
                    .append(Html.esc(language.pick(g.locatorJa(), g.locatorEn()))).append(g.url() != null ? " " + Html.link(g.url(), g.url()) : "").append(mark(g.updatedBy())).append("</li>"));
            h.append("</ul>\n");
        }
        if (!info.stagesNotReached().isEmpty()) {
            h.append("<h3>").append(bi("活動が及ばない段階", "Stages your activities do not reach")).append("</h3>\n<p class=\"muted\">")
                    .append(bi("その段階で活動しているなら、活動を加えてください。", "Add the activity if you work at that stage.")).append("</p>\n<ul>");
            info.stagesNotReached().forEach(s -> h.append("<li>").append(Html.esc(language.pick(s.role().ja(), s.role().en()))).append(": ").append(link(s.stage())).append("</li>"));
            h.append("</ul>\n");
        }
    }

    /** The validation's warnings (advice that does not stop the profile conforming), each with its message and what it cites. */
    private void warnings(ChecklistView v) {
        if (v.warnings().isEmpty())
            return;
        h.append("<h2>").append(bi("検証の注意", "Validation warnings")).append(" (").text(v.warnings().size()).append(")</h2>\n<ul class=\"warnings\">\n");
        for (ChecklistView.Warning w : v.warnings())
            h.append("<li>").append(bi(Html.esc(w.messageJa()), Html.esc(w.messageEn())))
                    .append(w.cites().isEmpty() ? "" : " <span class=\"muted\">(" + Html.esc(String.join(", ", w.cites())) + ")</span>").append("</li>\n");
        h.append("</ul>\n");
    }

    /** The mark of what the update that produced the edition added, moved or changed, its change records linked; "" for the rest. */
    private String mark(List<Name> updatedBy) {
        if (updatedBy.isEmpty())
            return "";
        return " <span class=\"st st-updated\">" + bi("更新で追加・変更", "new or changed by the update") + ": "
                + String.join(", ", updatedBy.stream().map(this::codeLink).toList()) + "</span>";
    }

    /** Punctuation in the language of the text around it: full-width unless the checklist is in English only. */
    private String colon() {
        return language == Language.EN ? ": " : "：";
    }

    private String semicolon() {
        return language == Language.EN ? "; " : "；";
    }

    // ---- one language or both ---------------------------------------------------------------------------

    /** Markup in Japanese with the English beside it, or in the language chosen. Both arguments are markup already escaped. */
    private String bi(String ja, String en) {
        return bi(ja, en, " ");
    }

    private String bi(String ja, String en, String between) {
        return switch (language) {
            case BOTH -> ja + between + "<span class=\"en\" lang=\"en\">" + en + "</span>";
            case JA -> ja;
            case EN -> en;
        };
    }

    /** A guideline resource's label (escaped), both languages or the one chosen. */
    private String label(Name n) {
        return bi(Html.esc(n.ja()), Html.esc(n.en()));
    }




    /** A guideline resource as a link with its label in the language chosen; a profile node as escaped text. */
    private String link(Name n) {
        return n == null ? "—" : link(n, language.pick(n.ja(), n.en()));
    }

    /** A guideline resource as a link with its code. */
    private String codeLink(Name n) {
        return link(n, n.code() != null ? n.code() : n.ja());
    }

    private String link(Name n, String text) {
        if (!n.iri().isURI() || !n.iri().getURI().startsWith("https://w3id.org/aigb/"))
            return Html.esc(Text.name(text));
        return Html.link(h.rootRelative() ? Links.href(n.iri().getURI()) : n.iri().getURI(), text);
    }
}
