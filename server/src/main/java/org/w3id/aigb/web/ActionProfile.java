package org.w3id.aigb.web;

import java.io.IOException;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the profile endpoints ({@code POST /profiles/…}) share: POST only (OPTIONS answered), the
 * profile read from the body in the syntax its {@code Content-Type} names, up to the profile cap,
 * with every refusal of untrusted input mapped by {@link HttpErrors} (400, 405, 413, 415). Stateless:
 * nothing is stored.
 */
abstract class ActionProfile extends HttpServlet {
    static final String SOURCE = "request body";

    private final transient ProfileReader reader;

    ActionProfile(long maxBytes) {
        this.reader = new ProfileReader(maxBytes);
    }

    /** Answers for the profile read from the request; findings are a 200, not an error. */
    abstract void respond(Graph profile, HttpServletRequest request, HttpServletResponse response);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        if (request.getMethod().equals("OPTIONS")) {
            response.setHeader("Allow", "POST, OPTIONS");
            response.setStatus(200);
            return;
        }
        try {
            if (!request.getMethod().equals("POST"))
                throw new Refused.MethodNotAllowed(request.getMethod(), request.getRequestURI(), "POST");
            ProfileSyntax syntax = ProfileSyntax.ofMediaType(request.getContentType());
            Graph profile = reader.read(request.getInputStream(), syntax, SOURCE);
            response.setHeader("Vary", "Accept");
            response.setHeader("Cache-Control", "no-store");
            respond(profile, request, response);
        } catch (IOException e) {
            HttpErrors.send(request, response, new AigbException.BadInput("cannot-read", "Cannot read the request body: " + e.getMessage()),
                    RequestIds.next(response));
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }
}
