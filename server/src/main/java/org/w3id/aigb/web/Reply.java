package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

import jakarta.servlet.http.HttpServletResponse;

/** Writes successful responses: whole bodies with their length in bytes and safe default headers. */
final class Reply {
    private Reply() {}

    static void bytes(HttpServletResponse response, String mediaType, byte[] body) {
        bytes(response, 200, mediaType, body);
    }

    static void bytes(HttpServletResponse response, int status, String mediaType, byte[] body) {
        boolean text = mediaType.startsWith("text/") || mediaType.contains("json") || mediaType.contains("xml") || mediaType.contains("triples");
        response.setStatus(status);
        response.setContentType(text ? mediaType + "; charset=utf-8" : mediaType);
        response.setContentLength(body.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (mediaType.equals("text/html") && !response.containsHeader("Content-Security-Policy")) // a page may set its own
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'");
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON answer (compact, UTF-8) with a status. */
    static void json(HttpServletResponse response, int status, org.apache.jena.atlas.json.JsonValue json) {
        bytes(response, status, "application/json", (org.w3id.aigb.JsonText.compact(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpServletResponse response, String page) {
        response.setHeader("Vary", "Accept");
        bytes(response, "text/html", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A linked-data document in the chosen syntax (not HTML). */
    static void rdf(HttpServletResponse response, Model model, RdfView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, view.rdfFormat);
        response.setHeader("Vary", "Accept");
        bytes(response, view.mediaType, out.toByteArray());
    }
}
