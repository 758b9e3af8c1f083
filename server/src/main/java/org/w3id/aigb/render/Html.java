package org.w3id.aigb.render;

import org.w3id.aigb.Text;

/**
 * HTML building blocks shared by the server and the command line. Every text that comes from the
 * graph or a request goes through {@link #esc}; links go through {@link #link}, which only makes
 * {@code http(s)} IRIs and root-relative paths clickable.
 */
public final class Html {
    private Html() {}

    /**
     * The source notice of the graph whose pages this thread renders. Every page shows it in its
     * footer, but {@link #page} is called from every renderer, so the notice travels with the thread
     * instead of through each of them: the server sets it for each request (web.SourceNoticeFilter),
     * the command line for its run. A thread that set none renders the footer without it.
     */
    private static final ThreadLocal<SourceNotice> NOTICE = ThreadLocal.withInitial(() -> SourceNotice.NONE);

    /** Closing the scope restores the notice that was shown before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Pages rendered on this thread show {@code notice} until the returned scope is closed. */
    public static Scope showing(SourceNotice notice) {
        SourceNotice previous = NOTICE.get();
        NOTICE.set(notice == null ? SourceNotice.NONE : notice);
        return () -> NOTICE.set(previous);
    }

    private static final String STYLE = """
            body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
            header nav a{margin-right:1rem}header{border-bottom:1px solid #ccc;margin-bottom:1rem;padding-bottom:.5rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f4f4f4}code,pre{background:#f6f6f6;padding:.1rem .3rem}pre{padding:.6rem;overflow:auto;white-space:pre-wrap}
            .lang{color:#777;font-size:.8em;margin-left:.2em}.en{color:#444}.muted{color:#666}.iri{font-family:monospace;font-size:.9em;color:#555}
            textarea{width:100%;font-family:monospace}mark{background:#fff3a0;padding:0 .1em}
            ol.hits li{margin-bottom:.8rem}ol.hits p{margin:.1rem 0}li.note{margin-left:1.2rem;list-style:none}
            footer{border-top:1px solid #ccc;margin-top:2rem;font-size:.9em}blockquote.quote{margin:.3rem 0 .6rem;padding:.2rem .8rem;border-left:3px solid #bbb;background:#fafafa}""";

    /**
     * Escapes text for element content and quoted attribute values; control and bidirectional
     * formatting characters are replaced first ({@link Text#safe}).
     */
    public static String esc(String s) {
        if (s == null)
            return "";
        s = Text.safe(s);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link if {@code href} is safe to follow (root-relative or http/https), else the escaped text alone. */
    public static String link(String href, String text) {
        if (href == null || !isSafeHref(href))
            return esc(text);
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    static boolean isSafeHref(String href) {
        String h = href.toLowerCase(java.util.Locale.ROOT);
        return (h.startsWith("/") && !h.startsWith("//")) || h.startsWith("?") || h.startsWith("#")
                || h.startsWith("http://") || h.startsWith("https://");
    }

    /** The site's style sheet: inline in {@link #page}, and served as a file to pages whose CSP forbids inline style. */
    public static String siteStyle() {
        return STYLE;
    }

    /** A complete page: {@code head} extras (e.g. alternate links) are trusted markup built here. */
    public static String page(String title, String headExtras, String body) {
        return pageStart(title, headExtras) + body + pageEnd();
    }

    /** A page up to the start of its content, for answers written as they go; {@link #pageEnd()} closes it. */
    public static String pageStart(String title, String headExtras) {
        return pageStart("ja", title, headExtras);
    }

    /** As {@link #pageStart(String, String)}, for a page in the language {@code lang} ({@code ja}, {@code en}). */
    public static String pageStart(String lang, String title, String headExtras) {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " — aigb</title>\n<style>" + STYLE + "</style>\n"
                + (headExtras == null ? "" : headExtras)
                + "</head>\n<body>\n" + HEADER + "<main>\n";
    }

    /** The rest of a page begun with {@link #pageStart}: the footer, with the source notice this thread shows. */
    public static String pageEnd() {
        return "\n</main>\n" + footer() + "</body>\n</html>\n";
    }

    /** The site's banner and navigation, the same on every page. */
    public static final String HEADER = "<header><nav aria-label=\"aigb\"><a href=\"/\"><strong>aigb</strong></a>"
            + "<a href=\"/search\">search</a><a href=\"/profiles\">profiles</a><a href=\"/ontology\">ontology</a><a href=\"/items\">items</a><a href=\"/#queries\">queries</a>"
            + "<a href=\"/editor\">SPARQL</a><a href=\"/dataset\">dataset</a></nav></header>\n";

    /** The site's footer, the same on every page: the source notice of this thread's graph, the licence. */
    public static String footer() {
        return "<footer class=\"muted\">" + NOTICE.get().toHtml()
                + "<p>AI事業者ガイドライン knowledge graph — data CC BY 4.0; "
                + "descriptions are our own summaries. The guideline is published by MIC and METI.</p></footer>\n";
    }

    /** The error page browsers get (see {@code web.HttpErrors}). */
    public static String errorPage(int status, String code, String message) {
        return page(status + " " + code, null, "<h1>" + status + " " + esc(code) + "</h1>\n<p>" + esc(message) + "</p>");
    }

    /** A language-tagged text with its tag shown discreetly. */
    public static String tagged(String text, String lang) {
        return esc(text) + (lang == null || lang.isEmpty() ? "" : "<span class=\"lang\">@" + esc(lang) + "</span>");
    }
}
