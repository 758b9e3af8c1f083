package org.w3id.aigb.render;

import java.util.Map;

/**
 * {@code /profiles}: a form to check a company profile in the browser. It posts to
 * {@code /profiles/obligations}, which validates the profile and answers the checklist (or the
 * violations) as a page; the example profiles can be loaded into the form.
 */
public final class ProfileFormPage {
    private ProfileFormPage() {}

    /**
     * @param examples the example profiles, name (file name without {@code .ttl}) to Turtle, in order
     * @param chosen   the example shown in the form, or null for an empty form
     */
    public static String render(Map<String, String> examples, String chosen, long maxBytes) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>プロファイルの確認 / Check a profile</h1>\n")
                .append("<p>組織の自己記述（プロファイル）を貼り付けると、構造を検証し、ガイドラインのどの事項がなぜ適用されるか、")
                .append("対応状況とともにチェックリストで示します。何も保存されません。</p>\n")
                .append("<p class=\"en\">Paste your organisation's profile: it is validated, and the checklist shows which items of the ")
                .append("guideline apply, why, and their status. Nothing is stored. The vocabulary is in the ")
                .append(Html.link("/ontology", "ontology")).append("; JSON-LD profiles use the context ")
                .append(Html.link("/context/profile.jsonld", "/context/profile.jsonld")).append(".</p>\n")
                .append("<p><strong>").append(Html.link(BuilderPage.BASE, "RDFを書かずに、質問に答えてプロファイルを作る / Build a profile by answering questions, no RDF needed"))
                .append("</strong>（既存のプロファイルも読み込んで編集できます / an existing profile can be loaded and edited there）</p>\n");
        b.append("<form method=\"post\" action=\"/profiles/obligations\">\n")
                .append("<textarea name=\"profile\" rows=\"24\" placeholder=\"@prefix aigb: &lt;https://w3id.org/aigb/ontology#&gt; . …\">")
                .append(chosen == null ? "" : Html.esc(examples.get(chosen))).append("</textarea>\n")
                .append("<p><label>構文 / syntax <select name=\"syntax\">")
                .append("<option value=\"ttl\">Turtle</option><option value=\"jsonld\">JSON-LD</option>")
                .append("<option value=\"rdf\">RDF/XML</option><option value=\"nt\">N-Triples</option></select></label> ")
                .append("<label><input type=\"checkbox\" name=\"changes\" value=\"true\"> 令和7年度更新で変わったことを示す / show what the FY2025 update changed</label> ")
                .append("<button type=\"submit\">確認する / Check</button> <span class=\"muted\">up to ")
                .append(maxBytes / 1024).append(" KB</span></p>\n</form>\n");
        b.append("<h2>例 / Examples</h2>\n<p class=\"en\">Profiles of the organisations of the guideline's case examples and others; ")
                .append("each loads into the form above (<code>invalid-*</code> ones show what a violation looks like).</p>\n<p>");
        String separator = "";
        for (String name : examples.keySet()) {
            b.append(separator).append(Html.link("/profiles?example=" + name, name));
            separator = " · ";
        }
        b.append("</p>\n<p class=\"muted\">The same over HTTP: <code>POST /profiles/validate</code> (the validation report) and ")
                .append("<code>POST /profiles/obligations</code> (the checklist) with the profile as the body and its ")
                .append("<code>Content-Type</code>; the answer by <code>Accept</code> (JSON, Markdown, HTML, Turtle, JSON-LD); ")
                .append("<code>?edition=v1.1</code> for the checklist under version 1.1, <code>?changes=true</code> for what the update changed.</p>\n");
        return Html.page("プロファイルの確認 / Check a profile", null, b.toString());
    }
}
