package org.w3id.aigb.render;

/**
 * {@code /profiles/new}: the shell of the guided profile builder. Everything the person reads in it
 * (questions, choices, help, the live feedback) is built by its scripts from the knowledge graph
 * ({@code /profiles/vocabulary}) and the page's message file, so the shell holds only the site's
 * banner, the landmarks the scripts fill, and what to do without JavaScript. No inline script or
 * style: the page is served with a Content-Security-Policy that allows neither.
 * <p>
 * What the server offers beyond the questionnaire is stated in the shell, so the scripts never guess
 * it from a failing request: {@code data-submissions} on {@code <main>} names where this server's
 * registry accepts submitted profiles, and is absent when it accepts none.
 */
public final class BuilderPage {
    /** Where the page and its files are served; the scripts are ES modules that import each other relatively. */
    public static final String BASE = "/profiles/new";

    private BuilderPage() {}

    /** @param submissions the path that accepts submitted profiles ({@code POST}), or null when none is accepted */
    public static String render(String submissions) {
        return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>プロファイルの作成 / Build a profile — aigb</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + BASE + "/site.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + BASE + "/builder.css\">\n"
                + "<script type=\"module\" src=\"" + BASE + "/app.js\"></script>\n"
                + "</head>\n<body class=\"builder\">\n"
                + "<a class=\"skip\" href=\"#builder\">本文へ / Skip to the form</a>\n"
                + Html.HEADER
                + "<div class=\"layout\">\n"
                + "<main id=\"builder\" tabindex=\"-1\" aria-busy=\"true\""
                + (submissions == null ? "" : " data-submissions=\"" + Html.esc(submissions) + "\"") + ">\n"
                + "<h1>プロファイルの作成 / Build a profile</h1>\n"
                + "<p id=\"loading\">読み込み中… / Loading…</p>\n"
                + "<noscript><p>この質問票には JavaScript が必要です。RDF で書いたプロファイルは "
                + Html.link("/profiles", "/profiles") + " で確認できます。</p>"
                + "<p class=\"en\">This questionnaire needs JavaScript. A profile written in RDF can be checked at "
                + Html.link("/profiles", "/profiles") + ".</p></noscript>\n"
                + "</main>\n"
                + "<aside id=\"panel\" aria-labelledby=\"panel-heading\" hidden></aside>\n"
                + "</div>\n"
                + Html.footer()
                + "</body>\n</html>\n";
    }
}
