package org.w3id.aigb.web;

import java.util.List;

import org.w3id.aigb.Limits.Limit;

import jakarta.servlet.http.HttpServlet;

/**
 * One path the server answers, declared where its handler is registered ({@code AigbServer}): the
 * methods it takes, the limit on a request's body, and the limit on the time its work may take.
 * {@link Routes} finds the route of a request; the filters refuse any other method (405, with the
 * route's methods as {@code Allow}) and cap bodies by it; the README's table of paths is generated
 * from the routes.
 *
 * @param path      a servlet path spec: {@code /items} (that path), {@code /id/*} ({@code /id} and below),
 *                  or the empty string (the root, {@code /}, only)
 * @param methods   what it takes, besides OPTIONS (HEAD wherever GET is)
 * @param bodyCap   the limit on a request's body
 * @param timeLimit the limit on the time of the work it does, or null when it does none (a file from the jar)
 * @param servlet   its handler, registered for {@code path}; or null when another registration answers it (a
 *                  Fuseki endpoint, or the servlet of a wider path with a narrower route of its own)
 * @param finer     whether its handler takes fewer methods on some paths under it, and answers OPTIONS itself
 */
record Route(String path, List<String> methods, Limit bodyCap, Limit timeLimit, HttpServlet servlet, boolean finer) {
    private static final List<String> READ = List.of("GET", "HEAD");

    Route {
        methods = List.copyOf(methods);
        if (!path.isEmpty() && !path.startsWith("/"))
            throw new IllegalArgumentException("a path starts with /: " + path);
    }

    /** A page or document: GET and HEAD, no body to speak of; its queries within the time limit. */
    static Route page(String path, HttpServlet servlet) {
        return new Route(path, READ, Limit.REQUEST_BYTES, Limit.TIMEOUT, servlet, false);
    }

    /** A file of the jar: GET and HEAD, no work to time. */
    static Route file(String path, HttpServlet servlet) {
        return new Route(path, READ, Limit.REQUEST_BYTES, null, servlet, false);
    }

    /** A profile endpoint: POST of a profile, up to the profile cap, validated and derived within the time limit. */
    static Route profile(String path, HttpServlet servlet) {
        return new Route(path, List.of("POST"), Limit.PROFILE_BYTES, Limit.TIMEOUT, servlet, false);
    }

    /**
     * An API whose handler routes the paths under it itself: {@code methods} are all it takes on any
     * of them; it narrows them per path (its own 405s) and answers OPTIONS.
     */
    static Route api(String path, List<String> methods, Limit bodyCap, HttpServlet servlet) {
        return new Route(path, methods, bodyCap, Limit.TIMEOUT, servlet, true);
    }

    /** One of Fuseki's endpoints, registered with the dataset (Fuseki answers its OPTIONS). */
    static Route endpoint(String path, Limit timeLimit, String... methods) {
        return new Route(path, List.of(methods), Limit.REQUEST_BYTES, timeLimit, null, true);
    }

    /** The {@code Allow} header of a 405: the methods it takes. */
    String allow() {
        return String.join(", ", methods);
    }

    boolean allows(String method) {
        return methods.contains(method) || method.equals("OPTIONS");
    }

    /** Whether the path spec covers {@code path} (decoded, without the query). */
    boolean matches(String p) {
        if (path.isEmpty())
            return p.equals("/") || p.isEmpty();
        if (path.endsWith("/*")) {
            String prefix = path.substring(0, path.length() - 2);
            return p.equals(prefix) || p.startsWith(prefix + "/");
        }
        return p.equals(path);
    }
}
