package org.w3id.aigb.web;

import java.io.IOException;
import java.util.Set;

import org.w3id.aigb.AigbException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What reaches Fuseki under {@code /kg}: only the dataset's two services, {@code /kg/sparql} (SPARQL
 * query) and {@code /kg/data} (Graph Store Protocol, read-only). Anything else under {@code /kg},
 * {@code /kg} itself included, is a 404 in our own words: Fuseki would answer {@code /kg} and
 * {@code /kg/} with a plain-text 400 ("No endpoint for request"). A HEAD is handed to Fuseki as the
 * GET it stands for: its query handler refuses HEAD (405) and its Graph Store answers HEAD with an
 * empty, zero-length representation; the container sends the GET's status and headers without the body.
 */
final class DatasetServices implements Filter {
    static final String DATASET = AigbServer.DATASET;
    static final Set<String> SERVICES = Set.of(DATASET + "/sparql", DATASET + "/data");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals(DATASET) && !path.startsWith(DATASET + "/")) {
            chain.doFilter(req, resp);
            return;
        }
        if (!SERVICES.contains(path)) {
            HttpErrors.send(request, (HttpServletResponse) resp, new AigbException.NotFound("no-such-service", "No service at " + path
                    + ": the dataset's services are " + DATASET + "/sparql (SPARQL 1.1 query; GET it without a query for its"
                    + " service description) and " + DATASET + "/data (Graph Store Protocol, read-only: ?default or ?graph=IRI)"),
                    RequestIds.next((HttpServletResponse) resp));
            return;
        }
        chain.doFilter(request.getMethod().equals("HEAD") ? new AsGet(request) : request, resp);
    }

    /** The request as a GET, for the handler; the connection still knows it is a HEAD and sends no body. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
