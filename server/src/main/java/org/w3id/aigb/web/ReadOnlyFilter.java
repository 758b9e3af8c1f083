package org.w3id.aigb.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The service is read-only everywhere, whatever Fuseki would otherwise dispatch: each path takes
 * only the methods its {@link Route} declares (GET and HEAD; POST of a query to the SPARQL endpoint
 * and of a company profile to the profile endpoints, which store nothing; and the registry's POSTs
 * under {@code /submissions}, each with an access token, which never touch the served dataset), and
 * a path with no route only GET, HEAD and OPTIONS. Any other method answers 405 with the route's methods as
 * {@code Allow}; SPARQL Update (by content type, or an {@code update} parameter anywhere under the
 * dataset) answers 403. OPTIONS on our own pages is answered here, from the route. Checked before
 * any handler runs, so a refused request never reaches the dataset.
 */
final class ReadOnlyFilter implements Filter {
    static final String SPARQL_PATH = AigbServer.DATASET + "/sparql";
    /** What a path with no route takes. */
    private static final List<String> READ = List.of("GET", "HEAD", "OPTIONS");

    private final Routes routes;

    ReadOnlyFilter(Routes routes) {
        this.routes = routes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        Optional<Route> route;
        try {
            route = routes.of(request);
            check(request, route);
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
            return;
        }
        if (request.getMethod().equals("OPTIONS") && route.isPresent() && !route.get().finer()) {
            response.setHeader("Allow", route.get().allow() + ", OPTIONS");
            response.setStatus(200);
            return;
        }
        chain.doFilter(req, resp);
    }

    private static void check(HttpServletRequest request, Optional<Route> route) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getRequestURI();
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        // An update sent anywhere under the dataset (Fuseki's /kg/update, /kg itself) is refused as an update.
        boolean dataset = path.equals(AigbServer.DATASET) || path.startsWith(AigbServer.DATASET + "/");
        if (contentType.startsWith("application/sparql-update") || (dataset && request.getParameter("update") != null))
            throw update();
        if (route.isPresent() ? !route.get().allows(method) : !READ.contains(method))
            throw new Refused.MethodNotAllowed(method, path, route.map(Route::allow).orElse("GET, HEAD"));
    }

    private static Refused.Forbidden update() {
        return new Refused.Forbidden("update-refused", "SPARQL Update is not accepted: the service is read-only");
    }
}
