package org.w3id.aigb.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The service is read-only everywhere, whatever Fuseki would otherwise dispatch: only GET, HEAD
 * and OPTIONS are accepted, plus POST of a query to the SPARQL endpoint and of a company profile to
 * {@code /profiles/validate}, {@code /profiles/obligations} or {@code /profiles/convert} (which store
 * nothing). The one exception is the registry ({@code /submissions/…}), whose POSTs each need an
 * access token and never touch the served dataset. A write method answers 405; SPARQL Update (by
 * content type or an {@code update} parameter) answers 403. Checked before any handler runs, so a
 * refused request never reaches the dataset.
 */
final class ReadOnlyFilter implements Filter {
    static final String SPARQL_PATH = "/kg/sparql";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        try {
            check(request);
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
            return;
        }
        chain.doFilter(req, resp);
    }

    private static void check(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getRequestURI();
        boolean sparql = path.equals(SPARQL_PATH);
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        // An update sent anywhere under the dataset (Fuseki's /kg/update, /kg itself) is refused as an update.
        boolean dataset = path.equals(AigbServer.DATASET) || path.startsWith(AigbServer.DATASET + "/");
        if (contentType.startsWith("application/sparql-update") || (dataset && request.getParameter("update") != null))
            throw update();
        boolean profiles = path.equals(ActionValidateProfile.PATH) || path.equals(ActionObligations.PATH) || path.equals(ActionConvertProfile.PATH);
        switch (method) {
            case "GET", "HEAD", "OPTIONS" -> { }
            case "POST" -> {
                if (!sparql && !profiles && !registry(path))
                    throw new Refused.MethodNotAllowed(method, path, "GET, HEAD");
            }
            default -> throw new Refused.MethodNotAllowed(method, path, sparql || registry(path) ? "GET, HEAD, POST" : profiles ? "POST" : "GET, HEAD");
        }
    }

    /** The registry's paths, which take token-protected POSTs. */
    static boolean registry(String path) {
        return path.equals(ActionSubmissions.PATH) || path.startsWith(ActionSubmissions.PATH + "/");
    }

    private static Refused.Forbidden update() {
        return new Refused.Forbidden("update-refused", "SPARQL Update is not accepted: the service is read-only");
    }
}
