package org.w3id.aigb.web;

import java.util.Locale;

import org.w3id.aigb.AigbException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The access token of a request, from {@code Authorization: Bearer <token>} (RFC 6750). Only the
 * header: a token in a query string would end up in logs and browser histories. The token is
 * never logged or echoed back.
 */
final class Bearer {
    private Bearer() {}

    /** The token, or null when the request has no Authorization header. */
    static String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null)
            return null;
        String h = header.strip();
        if (h.length() > 7 && h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer "))
            return h.substring(7).strip();
        throw new AigbException.Unauthorized("invalid-token", "Send the access token as 'Authorization: Bearer <token>'", true);
    }
}
