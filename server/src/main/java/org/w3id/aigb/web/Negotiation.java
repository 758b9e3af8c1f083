package org.w3id.aigb.web;

import java.util.Collections;

import org.w3id.aigb.format.Offers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a request chooses among the representations of a resource ({@link Offers}), the same on
 * every path. A URL that names its format ({@code ?format=ttl}) gets that format, whatever the
 * {@code Accept} header says: a link to the Turtle of a page is followed by a browser that
 * accepts HTML first. Otherwise the {@code Accept} header chooses (RFC 9110: weights, {@code q=0},
 * specificity) and a header that accepts none of them is a 406 naming what is offered. Every answer
 * that depends on the header says so ({@code Vary: Accept}), the 406 included.
 * The SPARQL endpoint has its own rule for {@code format=} ({@link SparqlFormats}).
 */
final class Negotiation {
    /** The parameter that names a representation in a URL. */
    static final String FORMAT = "format";

    private Negotiation() {}

    /** {@code ?format=} if given (not blank), otherwise the Accept header. */
    static Offers.Choice choose(HttpServletRequest request, HttpServletResponse response, Offers offers) {
        String named = request.getParameter(FORMAT);
        if (named != null && !named.isBlank()) {
            response.setHeader("Vary", "Accept");
            return new Offers.Choice(offers.byName(named));
        }
        return byAccept(request, response, offers);
    }

    /** The Accept header alone (the profile endpoints take no {@code format=}). */
    static Offers.Choice byAccept(HttpServletRequest request, HttpServletResponse response, Offers offers) {
        response.setHeader("Vary", "Accept");
        return offers.negotiate(accept(request));
    }

    /** Every Accept header of the request as one list (a client may send several), or null when there is none. */
    static String accept(HttpServletRequest request) {
        var headers = request.getHeaders("Accept");
        if (headers == null || !headers.hasMoreElements())
            return null;
        return String.join(", ", Collections.list(headers));
    }
}
