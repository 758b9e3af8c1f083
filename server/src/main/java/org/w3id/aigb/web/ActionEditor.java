package org.w3id.aigb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.EditorJson;
import org.w3id.aigb.render.EditorPage;
import org.w3id.aigb.render.Html;
import org.w3id.aigb.vocab.Prefixes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /editor}: the SPARQL query editor ({@link EditorPage}), and under it what the page
 * loads, all from the jar: YASGUI's bundle and style sheet from its WebJar (under a path with its
 * version, cached for good), the page's own script and style sheet ({@code aigb/editor/}), the
 * site's style sheet, and two JSON files built from the project's files: {@code config.json}
 * ({@link EditorJson#config}: endpoint, start query, research queries, IRI links) and
 * {@code prefixes.json} (the graph's prefixes).
 * <p>
 * The page has its own Content-Security-Policy: everything from this server, no inline script, no
 * eval, no other origin. One relaxation, for two {@code <style>} elements with exactly these
 * contents: the column resizer of YASGUI's results table adds its rules that way, allowed by their
 * hashes ({@link #RESIZER_STYLES}). Images may also be {@code data:} URLs: the editor (CodeMirror) gives
 * dragged text a blank drag image that way.
 */
final class ActionEditor extends PageServlet {
    static final String PATH = EditorPage.BASE + "/*";
    private static final String WEBJAR = "zazuko__yasgui";
    /** What the page loads from the WebJar (and the licences of what the bundle holds); nothing else of it is served. */
    private static final Set<String> YASGUI_FILES = Set.of("yasgui.min.js", "yasgui.min.css", "yasgui.min.js.LICENSE.txt");

    /**
     * The {@code <style>} elements YASGUI's table column resizer (column-resizer 1.4, in the bundle)
     * adds: its base rules, and the cursor while a column is dragged. The page's CSP allows exactly these
     * texts, by their SHA-256; without them the resizer's handles are laid out wrongly and the browser
     * reports each refused element. A test checks that the bundle still holds them.
     */
    static final List<String> RESIZER_STYLES = List.of(
            " .grip-resizable{table-layout:fixed;} .grip-resizable > tbody > tr > td, .grip-resizable > tbody > tr > th{overflow:hidden}"
                    + " .grip-padding > tbody > tr > td, .grip-padding > tbody > tr > th{padding-left:0!important; padding-right:0!important;}"
                    + " .grip-container{ height:0px; position:relative;} .grip-handle{margin-left:-5px; position:absolute; z-index:5; }"
                    + " .grip-handle .grip-resizable{position:absolute;background-color:red;filter:alpha(opacity=1);opacity:0;width:10px;"
                    + "height:100%;cursor: col-resize;top:0px} .grip-lastgrip{position:absolute; width:1px; } .grip-drag{ border-left:1px"
                    + " dotted black;\t} .grip-flex{width:auto!important;} .grip-handle.grip-disabledgrip .grip-resizable{cursor:default;"
                    + " display:none;}",
            "*{cursor:col-resize!important}");
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'"
            + RESIZER_STYLES.stream().map(css -> " 'sha256-" + sha256(css) + "'").collect(Collectors.joining())
            + "; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final JarFiles own = new JarFiles("aigb/editor/");
    private final JarFiles yasgui;
    /** {@code /yasgui/VERSION/}, under {@link EditorPage#BASE}. */
    private final String yasguiDir;
    private final ComputedOnce config = new ComputedOnce(Format.JSON, () -> EditorJson.config(ReadOnlyFilter.SPARQL_PATH,
            site.startQuery(), site.research().all()).getBytes(StandardCharsets.UTF_8));
    private final ComputedOnce prefixes = new ComputedOnce(Format.JSON,
            () -> EditorJson.prefixes(Prefixes.get()).getBytes(StandardCharsets.UTF_8));

    ActionEditor(Site site) {
        super(site);
        String version = webJarVersion();
        this.yasguiDir = "/yasgui/" + version + "/";
        this.yasgui = new JarFiles("META-INF/resources/webjars/" + WEBJAR + "/" + version + "/build/");
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("Cache-Control", "no-cache");
            Reply.html(response, EditorPage.render(EditorPage.BASE + yasguiDir.substring(0, yasguiDir.length() - 1), ReadOnlyFilter.SPARQL_PATH, site.config().limits().timeoutMillis() / 1000,
                    site.startQuery().text()));
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        switch (path) {
            case "/site.css" -> Reply.bytes(response, Format.CSS, Html.siteStyle().getBytes(StandardCharsets.UTF_8));
            case "/editor.js", "/editor.css" -> Reply.bytes(response, JarFiles.format(path), shipped(own, path.substring(1)));
            case "/config.json" -> config.send(request, response);
            case "/prefixes.json" -> prefixes.send(request, response);
            default -> yasguiFile(path, response);
        }
    }

    /** The bundle, its style sheet and its licences: the version is in the path, so they never change under it. */
    private void yasguiFile(String path, HttpServletResponse response) {
        String name = path.startsWith(yasguiDir) ? path.substring(yasguiDir.length()) : "";
        if (!YASGUI_FILES.contains(name))
            throw new AigbException.NotFound("not-found", "The query editor has no file " + EditorPage.BASE + path);
        byte[] body = shipped(yasgui, name);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        Reply.bytes(response, JarFiles.format(name), body);
    }

    /** A file the jar is built with: its absence is a broken build, not a request for something that does not exist. */
    private static byte[] shipped(JarFiles files, String name) {
        byte[] body = files.get(name);
        if (body == null)
            throw new IllegalStateException("The jar has no " + name + " for the query editor");
        return body;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version of the YASGUI WebJar on the class path, from its Maven metadata. */
    private static String webJarVersion() {
        String resource = "META-INF/maven/org.webjars.npm/" + WEBJAR + "/pom.properties";
        try (InputStream in = ActionEditor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("The YASGUI WebJar (org.webjars.npm:" + WEBJAR + ") is not on the class path: no " + resource);
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
