package org.w3id.aigb.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin access (CORS) to what anyone may read, and to nothing else: a page on another site may
 * GET and HEAD the public paths and POST a query to the SPARQL endpoint; it gets
 * {@code Access-Control-Allow-Origin: *} and never credentials (no cookie or Authorization header is
 * sent or allowed), so a private path stays reachable only with its token, from wherever the token's
 * holder sends it. The private paths (given at construction) get no CORS header at all, and their
 * preflight goes on to the path's own OPTIONS answer, which a browser takes as a refusal.
 * <p>
 * Fuseki's own CORS filter is not used: it echoes any Origin with credentials allowed and offers
 * PUT, PATCH and DELETE everywhere.
 */
final class PublicCors implements Filter {
    static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Language, Content-Type";
    /** How long (seconds) a browser may keep a preflight answer. */
    static final int MAX_AGE = 3600;

    private final List<String> privatePrefixes;

    /** @param privatePrefixes path prefixes that get no CORS (a prefix {@code /p} covers {@code /p} and {@code /p/…}) */
    PublicCors(List<String> privatePrefixes) {
        this.privatePrefixes = List.copyOf(privatePrefixes);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isPrivate(path)) {
            chain.doFilter(req, resp);
            return;
        }
        boolean sparql = path.equals(ReadOnlyFilter.SPARQL_PATH);
        String method = request.getMethod();
        if (method.equals("OPTIONS") && request.getHeader("Origin") != null && request.getHeader("Access-Control-Request-Method") != null) {
            // A preflight: answered here, with what this path allows to other origins.
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Allow-Methods", sparql ? "GET, HEAD, POST" : "GET, HEAD");
            response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            response.setHeader("Access-Control-Max-Age", Integer.toString(MAX_AGE));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (method.equals("GET") || method.equals("HEAD") || (sparql && method.equals("POST")))
            // Set before the handler runs, so that an error answer carries it too and a page can read its message.
            response.setHeader("Access-Control-Allow-Origin", "*");
        chain.doFilter(req, resp);
    }

    boolean isPrivate(String path) {
        return privatePrefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
