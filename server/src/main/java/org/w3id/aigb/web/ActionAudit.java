package org.w3id.aigb.web;

import java.util.function.Supplier;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.registry.Registry;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /audit}: the registry's audit trail (every write: who, when, what), for reviewers. */
final class ActionAudit extends HttpServlet {
    static final String PATH = "/audit";

    private final transient Supplier<Registry> registry;
    private final transient ReviewHandlers handlers;

    ActionAudit(Supplier<Registry> registry, Site site) {
        this.registry = registry;
        this.handlers = new ReviewHandlers(registry, site);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Vary", "Authorization");
            var principal = registry.get().accounts().authenticate(Bearer.token(request));
            if (request.getPathInfo() != null && !request.getPathInfo().equals("/"))
                throw new AigbException.NotFound("not-found", "Nothing is served at " + request.getRequestURI());
            handlers.audit(principal, request, response);
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }
}
