package org.w3id.aigb.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every path the server answers ({@link Route}), in the order they are declared. A request's route
 * is the one whose path spec covers its path most closely (an exact path before {@code /x/*}, a
 * longer prefix before a shorter one), as the servlet container dispatches it.
 */
final class Routes {
    private static final String ATTRIBUTE = Route.class.getName();

    private final List<Route> routes;

    Routes(List<Route> routes) {
        this.routes = List.copyOf(routes);
        if (routes.stream().map(Route::path).distinct().count() != routes.size())
            throw new IllegalArgumentException("a path declared twice");
    }

    List<Route> all() {
        return routes;
    }

    /** The route of a decoded path, if any path spec covers it. */
    Optional<Route> find(String path) {
        return routes.stream().filter(r -> r.matches(path))
                .max(Comparator.comparing((Route r) -> !r.path().endsWith("/*")).thenComparingInt(r -> r.path().length()));
    }

    /** The request's decoded path: what the container dispatches by, never the raw URI a client could dress up. */
    static String pathOf(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The route of a request, found once and remembered on it (errors answered later name its methods). */
    Optional<Route> of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof Route r)
            return Optional.of(r);
        Optional<Route> found = find(pathOf(request));
        found.ifPresent(r -> request.setAttribute(ATTRIBUTE, r));
        return found;
    }

    /** The route a filter found for this request earlier, if any. */
    static Optional<Route> known(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Route r ? Optional.of(r) : Optional.empty();
    }
}
