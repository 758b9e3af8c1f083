package org.w3id.aigb.web;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.Limits;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileValidator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /profiles/validate}: validates the company profile in the body, read in the syntax its
 * {@code Content-Type} names, and answers the report in the format {@code Accept} asks for (the JSON
 * summary by default, or the SHACL report as Turtle or JSON-LD). A non-conforming profile is a 200
 * with its report; unreadable input is mapped by {@link HttpErrors} (400, 413, 415). Stateless:
 * nothing is stored.
 */
final class ActionValidateProfile extends ActionProfile {
    static final String PATH = "/profiles/validate";
    /** The report's formats with the JSON summary first: what a client that accepts anything gets. */
    static final Offers OFFERS = Offers.of("report format", Format.JSON, Format.TTL, Format.JSONLD, Format.TEXT);

    private final transient Supplier<ProfileValidator> validator;

    /** {@code validator} may wait for start-up to finish building it. */
    ActionValidateProfile(Supplier<ProfileValidator> validator, Limits limits) {
        super(limits);
        this.validator = validator;
    }

    @Override
    void respond(Graph profile, HttpServletRequest request, HttpServletResponse response) {
        Format format = Negotiation.byAccept(request, response, OFFERS).format();
        ProfileReport report = validator.get().validate(profile);
        Reply.stream(response, format.mediaType(), out -> ProfileReportWriter.write(List.of(new ProfileReportWriter.Named(SOURCE, report)), format, out));
    }
}
