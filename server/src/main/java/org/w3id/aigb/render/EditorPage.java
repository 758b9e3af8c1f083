package org.w3id.aigb.render;

/**
 * {@code /editor}: the SPARQL query editor, YASGUI (its query editor YASQE and its results viewer
 * YASR) served from the jar. The shell holds the site's banner, the place of the research query
 * picker and of the editor, which its script fills from {@code /editor/config.json} and
 * {@code /editor/prefixes.json}, and a plain query form for a browser without JavaScript. No inline
 * script or style: the page is served with a Content-Security-Policy that allows neither.
 */
public final class EditorPage {
    /** Where the page and its files are served. */
    public static final String BASE = "/editor";
    /** The page of one research query in the editor: {@code /editor?example=ID} opens it in a tab and runs it. */
    public static final String EXAMPLE_PARAMETER = "example";

    private EditorPage() {}

    /** The editor opened on research query {@code id}, run. */
    public static String exampleHref(String id) {
        return BASE + "?" + EXAMPLE_PARAMETER + "=" + id;
    }

    /**
     * @param yasgui        the path the YASGUI bundle and its style sheet are served under (versioned)
     * @param endpoint      the SPARQL endpoint's path
     * @param timeoutSeconds the endpoint's time limit per query
     * @param startQuery    the query a new tab starts with (also in the form for browsers without JavaScript)
     */
    public static String render(String yasgui, String endpoint, long timeoutSeconds, String startQuery) {
        return "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>SPARQL クエリエディタ / Query editor — aigb</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + BASE + "/site.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + yasgui + "/yasgui.min.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + BASE + "/editor.css\">\n"
                + "<script defer src=\"" + yasgui + "/yasgui.min.js\"></script>\n"
                + "<script defer src=\"" + BASE + "/editor.js\"></script>\n"
                + "</head>\n<body class=\"editor\">\n"
                + "<a class=\"skip\" href=\"#main\">本文へ / Skip to the editor</a>\n"
                + Html.HEADER
                + "<main id=\"main\" tabindex=\"-1\">\n"
                + "<h1>SPARQL クエリエディタ <span class=\"en\">/ SPARQL query editor</span></h1>\n"
                + "<p>クエリを書くか研究用クエリから始め、実行すると結果が表で示されます。この知識グラフの IRI はそのページを開きます。"
                + "<br><span class=\"en\">Write a query, or start from one of the research queries; run it to see the results as a table. "
                + "The IRIs of this graph open their pages here.</span></p>\n"
                + "<p class=\"muted\">Endpoint <code>" + Html.esc(endpoint) + "</code>: SPARQL 1.1 query, read-only, "
                + timeoutSeconds + " s per query. Editor: "
                + Html.link(yasgui + "/yasgui.min.js.LICENSE.txt", "YASGUI") + " (MIT).</p>\n"
                + "<div class=\"examples\" id=\"picker\" hidden>\n"
                + "<label for=\"examples\">研究用クエリ <span class=\"en\">/ Research queries</span></label>\n"
                + "<select id=\"examples\"><option value=\"\">クエリを選ぶ / Choose a query…</option></select>\n"
                + "<p id=\"example-about\" class=\"muted\" aria-live=\"polite\"></p>\n"
                + "</div>\n"
                + "<div id=\"yasgui\" aria-busy=\"true\"><p id=\"loading\">読み込み中… / Loading…</p></div>\n"
                + "<noscript>\n"
                + "<p>このエディタには JavaScript が必要です。下のフォームはクエリをエンドポイントに直接送ります。"
                + "<br><span class=\"en\">The editor needs JavaScript; this form sends a query straight to the endpoint. "
                + "The research queries and their answers are listed on the " + Html.link("/#queries", "home page") + ".</span></p>\n"
                + "<form method=\"post\" action=\"" + Html.esc(endpoint) + "\">\n"
                + "<p><label for=\"query\">SPARQL</label><br><textarea id=\"query\" name=\"query\" rows=\"12\">" + Html.esc(startQuery) + "</textarea></p>\n"
                + "<p><label>結果の形式 / results <select name=\"format\"><option value=\"csv\">CSV</option>"
                + "<option value=\"tsv\">TSV</option><option value=\"json\">JSON</option><option value=\"xml\">XML</option></select></label> "
                + "<button type=\"submit\">実行 / Run</button></p>\n"
                + "</form>\n"
                + "</noscript>\n"
                + "</main>\n"
                + Html.footer()
                + "</body>\n</html>\n";
    }
}
