package org.w3id.aigb.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.w3id.aigb.format.Offers;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes Fuseki write the format {@link SparqlFormats} chose under {@code /kg}. Fuseki negotiates with
 * Jena's {@code AcceptList}, which ignores {@code q=0}, and lets {@code output=}/{@code format=}
 * override the Accept header; so each request is handed on with an Accept header that Fuseki's own
 * negotiation can only read one way: the media type chosen here, and without those parameters.
 * The Graph Store's choice is made here, before dispatch (it depends only on the request); the
 * SPARQL endpoint's once the query is parsed ({@code ActionSparql} calls {@link #choose}).
 */
final class KgNegotiation implements Filter {
    private static final String CHOSEN = KgNegotiation.class.getName() + ".chosen";

    private final String graphStorePath;

    /** {@code graphStorePath}: the Graph Store endpoint ({@code /kg/data}). */
    KgNegotiation(String graphStorePath) {
        this.graphStorePath = graphStorePath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = new Chosen((HttpServletRequest) req);
        HttpServletResponse response = (HttpServletResponse) resp;
        String method = request.getMethod();
        if (request.getRequestURI().equals(graphStorePath) && (method.equals("GET") || method.equals("HEAD"))) {
            try {
                boolean oneGraph = request.getParameter("graph") != null || request.getParameter("default") != null;
                choose(request, response, Negotiation.byAccept(request, response, oneGraph ? SparqlFormats.STORE_GRAPH : SparqlFormats.STORE_DATASET));
            } catch (RuntimeException e) {
                HttpErrors.send(request, response, e, RequestIds.next(response));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Fuseki writes {@code choice} for this request. */
    static void choose(HttpServletRequest request, HttpServletResponse response, Offers.Choice choice) {
        response.setHeader("Vary", "Accept");
        request.setAttribute(CHOSEN, choice.mediaType());
    }

    /** The request as Fuseki reads it once a choice is made: that Accept header and none of the format parameters. */
    private static final class Chosen extends HttpServletRequestWrapper {
        Chosen(HttpServletRequest request) {
            super(request);
        }

        private String chosen() {
            return (String) getAttribute(CHOSEN);
        }

        @Override
        public String getHeader(String name) {
            return chosen() != null && name.equalsIgnoreCase("Accept") ? chosen() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return chosen() != null && name.equalsIgnoreCase("Accept") ? Collections.enumeration(java.util.List.of(chosen())) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return hidden(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return hidden(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (chosen() == null)
                return super.getParameterMap();
            Map<String, String[]> visible = new java.util.LinkedHashMap<>(super.getParameterMap());
            SparqlFormats.PARAMETERS.forEach(visible::remove);
            return Collections.unmodifiableMap(visible);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private boolean hidden(String name) {
            return chosen() != null && SparqlFormats.PARAMETERS.contains(name);
        }
    }
}
