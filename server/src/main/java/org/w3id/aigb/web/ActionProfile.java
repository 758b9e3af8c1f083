package org.w3id.aigb.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the profile endpoints ({@code POST /profiles/…}) share: POST only (their {@link Route}), the
 * profile read from the body in the syntax its {@code Content-Type} names (or from the form of the
 * page {@code /profiles}), up to the profile cap,
 * with every refusal of untrusted input mapped by {@link HttpErrors} (400, 405, 413, 415). Stateless:
 * nothing is stored.
 */
abstract class ActionProfile extends HttpServlet {
    static final String SOURCE = "request body";
    private static final String FORM_SOURCE = "form";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final transient ProfileReader reader;

    ActionProfile(Limits limits) {
        this.reader = new ProfileReader(limits);
    }

    /** Answers for the profile read from the request; findings are a 200, not an error. */
    abstract void respond(Graph profile, HttpServletRequest request, HttpServletResponse response);

    /**
     * The body, in the syntax its {@code Content-Type} names; or, from the form of {@code /profiles},
     * the field {@code profile} in the syntax the field {@code syntax} names (Turtle by default). The
     * size cap is the same: the server's filter has read the body within it.
     */
    private Graph read(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(FORM))
            return reader.read(request.getInputStream(), ProfileSyntax.ofMediaType(type), SOURCE);
        String text = request.getParameter("profile");
        if (text == null || text.isBlank())
            throw new AigbException.BadInput("empty", "The form has no profile: paste the profile into the field 'profile'");
        String name = request.getParameter("syntax") == null ? "ttl" : request.getParameter("syntax");
        ProfileSyntax syntax = ProfileSyntax.ofExtension(name);
        if (syntax == null)
            throw new AigbException.BadInput("bad-parameter", "syntax must be ttl, jsonld, rdf or nt, not '" + name + "'");
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), syntax, FORM_SOURCE);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        try {
            Graph profile = read(request);
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
