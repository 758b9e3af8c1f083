package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.profile.ReportFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /profiles/validate}: validates the company profile in the body, read in the syntax its
 * {@code Content-Type} names, and answers the report in the format {@code Accept} asks for (the JSON
 * summary by default, or the SHACL report as Turtle or JSON-LD). A non-conforming profile is a 200
 * with its report; unreadable input is mapped by {@link HttpErrors} (400, 413, 415). Stateless:
 * nothing is stored.
 */
final class ActionValidateProfile extends HttpServlet {
    static final String PATH = "/profiles/validate";
    private static final String SOURCE = "request body";

    private final transient ProfileValidator validator;
    private final transient ProfileReader reader;

    ActionValidateProfile(ProfileValidator validator, long maxBytes) {
        this.validator = validator;
        this.reader = new ProfileReader(maxBytes);
    }

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
            ReportFormat format = ReportFormat.forAccept(request.getHeader("Accept"));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            ProfileReportWriter.write(List.of(new ProfileReportWriter.Named(SOURCE, validator.validate(profile))), format, body);
            response.setHeader("Vary", "Accept");
            response.setHeader("Cache-Control", "no-store");
            Reply.bytes(response, format.mediaType(), body.toByteArray());
        } catch (IOException e) {
            HttpErrors.send(request, response, new AigbException.BadInput("cannot-read", "Cannot read the request body: " + e.getMessage()),
                    RequestIds.next(response));
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }
}
