package org.w3id.aigb.web;

import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.Limits;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.profile.ProfileWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /profiles/convert}: the profile in the body (any syntax a profile is read in, with the
 * same limits and input safety as {@code /profiles/validate}) written back as JSON-LD framed on its
 * organisation with the published profile context (default; what the profile builder loads into its
 * form), or as Turtle ({@code Accept: text/turtle}; what it downloads); an {@code Accept} that
 * names neither is a 406. Not validated: a profile
 * with violations is converted as it is, so that it can be corrected. Statements the JSON-LD tree
 * cannot hold (not reachable from the organisation) are counted in the response header
 * {@value #OMITTED}. Stateless: nothing is stored.
 */
final class ActionConvertProfile extends ActionProfile {
    static final String PATH = "/profiles/convert";
    static final String OMITTED = "Aigb-Omitted-Statements";

    /** JSON-LD is JSON: a client asking for {@code application/json} gets it too (so named in Content-Type). */
    static final Offers OFFERS = Offers.of("format", Format.JSONLD, Format.TTL).alias("application/json", Format.JSONLD);

    private final transient Limits limits;

    ActionConvertProfile(Limits limits) {
        super(limits);
        this.limits = limits;
    }

    @Override
    void respond(Graph profile, HttpServletRequest request, HttpServletResponse response) {
        Offers.Choice chosen = Negotiation.byAccept(request, response, OFFERS);
        if (chosen.format() == Format.TTL) {
            Reply.bytes(response, chosen.mediaType(), ProfileWriter.turtle(profile).getBytes(StandardCharsets.UTF_8));
            return;
        }
        ProfileWriter.Framed framed = ProfileWriter.jsonLd(profile, limits);
        response.setHeader(OMITTED, Long.toString(framed.omitted()));
        response.setHeader("Access-Control-Expose-Headers", OMITTED);
        Reply.bytes(response, chosen.mediaType(), framed.json().getBytes(StandardCharsets.UTF_8));
    }
}
