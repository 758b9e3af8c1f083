package org.w3id.aigb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.Html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /review}: the reviewers' page, and {@code /review/review.js}, its script (from the
 * jar). The page itself holds no data and needs no token: the script asks for the reviewer's token,
 * keeps it in the tab's sessionStorage (gone when the tab closes), and fetches the list from
 * {@code /submissions} with {@code Authorization: Bearer}. No cookie is ever set, so there is no
 * cross-site request to forge; the policy allows only this script ({@code script-src 'self'}, no
 * inline script), and the script writes every value with {@code textContent}, never as markup.
 */
final class ActionReviewPage extends PageServlet {
    static final String PATH = "/review";
    private static final String SCRIPT = "review.js";
    static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; "
            + "img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    ActionReviewPage(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (name.isEmpty()) {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Frame-Options", "DENY");
            Reply.html(response, page());
            return;
        }
        if (!name.equals("/" + SCRIPT))
            throw new AigbException.NotFound("not-found", "Nothing is served at " + request.getRequestURI());
        try (InputStream in = ActionReviewPage.class.getClassLoader().getResourceAsStream("aigb/web/" + SCRIPT)) {
            if (in == null)
                throw new AigbException("no-script", "The bundled script aigb/web/" + SCRIPT + " is missing from the build");
            response.setHeader("Cache-Control", "no-cache");
            Reply.bytes(response, Format.JAVASCRIPT, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page() {
        String body = """
                <h1>提出されたプロファイルの審査 <span class="en">Review of submitted profiles</span></h1>
                <p class="muted">各組織の最新の版を、新しく受信したものから示します。審査者のトークンはこのタブの sessionStorage にだけ保存され、タブを閉じると消えます。
                <span class="en">The latest version of every organisation, most recently received first. Your reviewer token is kept in this tab's sessionStorage only, and is gone when the tab closes.</span></p>
                <section id="login">
                <label>審査者のトークン / Reviewer token <input id="token" type="password" autocomplete="off" size="60"></label>
                <button id="use-token" type="button">使う / Use</button> <button id="forget-token" type="button">消す / Forget</button>
                </section>
                <section id="filters">
                <label>適合（警告なし） / conforms <select id="f-conforms"><option value="">—</option><option>true</option><option>false</option></select></label>
                <label>主体 / role <select id="f-role"><option value="">—</option><option>AIDeveloper</option><option>AIProvider</option><option>AIBusinessUser</option><option>NonBusinessUser</option></select></label>
                <label>AIの種類 / AI type <input id="f-aitype" size="14" placeholder="ai-agent"></label>
                <label>未対応あり / has gaps <select id="f-gaps"><option value="">—</option><option>true</option><option>false</option></select></label>
                <label>附属書III / Annex III <input id="f-annex" size="6" placeholder="4-a"></label>
                <label>受信日以降 / since <input id="f-since" type="date"></label>
                <button id="apply" type="button">表示 / Show</button>
                </section>
                <p id="status" class="muted" role="status"></p>
                <table id="list"><thead><tr><th>組織 / organisation</th><th>版 / version</th><th>受信 / received</th><th>警告 / warnings</th>
                <th>未対応 / gaps</th><th>主体 / roles</th><th>AIの種類 / AI types</th><th>附属書III</th><th>公開 / published</th><th>審査 / review</th><th></th></tr></thead>
                <tbody></tbody></table>
                <p><button id="previous" type="button" disabled>← 前 / previous</button> <button id="next" type="button" disabled>次 / next →</button></p>
                <section id="detail" hidden></section>
                """;
        return Html.page("審査 / Review", "<script src=\"/review/" + SCRIPT + "\" defer></script>\n", body);
    }
}
