package org.w3id.aigb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /context/profile.jsonld}: the JSON-LD context of company profiles, published at
 * {@code https://w3id.org/aigb/context/profile.jsonld}, served from the copy bundled in the jar (the
 * same copy the profile reader resolves that IRI to, without fetching it).
 */
final class ActionContext extends PageServlet {
    static final String PATH = "/context/*";
    private static final String NAME = "profile.jsonld";

    ActionContext(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!name.equals(NAME))
            throw new AigbException.NotFound("no-such-context", "No JSON-LD context " + request.getRequestURI() + "; the profile context is /context/" + NAME);
        try (InputStream in = ActionContext.class.getClassLoader().getResourceAsStream("aigb/context/" + NAME)) {
            if (in == null)
                throw new AigbException("no-context", "The bundled context aigb/context/" + NAME + " is missing from the build");
            response.setHeader("Access-Control-Allow-Origin", "*");
            Reply.bytes(response, Format.JSONLD, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
