package org.w3id.aigb.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.BuilderPage;
import org.w3id.aigb.render.Html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /profiles/new}: the guided profile builder ({@link BuilderPage}), and under it the files
 * its page loads: its scripts (ES modules), style sheets and message file, all shipped in the jar
 * under {@code aigb/builder/}; nothing comes from elsewhere. The page has its own
 * Content-Security-Policy: scripts, styles and connections from this server only, no inline script
 * or style, forms posted here only.
 */
final class ActionBuilder extends PageServlet {
    static final String PATH = BuilderPage.BASE + "/*";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Pattern FILE = Pattern.compile("/([a-z][a-z0-9-]*)\\.(js|css|json)");
    /** The site's own style sheet, inline on the other pages, a file here. */
    private static final String SITE_CSS = "/site.css";

    private final JarFiles files = new JarFiles("aigb/builder/");

    ActionBuilder(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("Cache-Control", "no-cache");
            Reply.html(response, BuilderPage.render());
            return;
        }
        Matcher m = FILE.matcher(path);
        if (!m.matches())
            throw notFound(path);
        byte[] body = path.equals(SITE_CSS) ? Html.siteStyle().getBytes(StandardCharsets.UTF_8)
                : files.get(path.substring(1));
        if (body == null)
            throw notFound(path);
        response.setHeader("Cache-Control", "no-cache");
        Reply.bytes(response, JarFiles.format(path), body);
    }

    private static AigbException.NotFound notFound(String path) {
        return new AigbException.NotFound("not-found", "The profile builder has no file " + BuilderPage.BASE + path);
    }
}
