package org.w3id.aigb.web;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.aigb.format.Format;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes successful responses with safe default headers: whole bodies with their length in bytes,
 * or answers streamed as they are written (no length; sent in chunks).
 */
final class Reply {
    private Reply() {}

    /** Writes an answer to a stream; may throw {@link UncheckedIOException}. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void bytes(HttpServletResponse response, Format format, byte[] body) {
        bytes(response, format.mediaType(), body);
    }

    /** {@code mediaType}: a format's own or one it is offered under ({@link org.w3id.aigb.format.Offers.Choice#mediaType()}). */
    static void bytes(HttpServletResponse response, String mediaType, byte[] body) {
        bytes(response, 200, mediaType, body);
    }

    static void bytes(HttpServletResponse response, int status, String mediaType, byte[] body) {
        headers(response, status, mediaType);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON answer (compact, UTF-8) with a status. */
    static void json(HttpServletResponse response, int status, org.apache.jena.atlas.json.JsonValue json) {
        bytes(response, status, Format.JSON.mediaType(), (org.w3id.aigb.JsonText.compact(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Streams an answer: call only once everything that can fail for a reason of the request is done,
     * since after the first bytes an error can no longer change the status.
     */
    static void stream(HttpServletResponse response, String mediaType, Body body) {
        headers(response, 200, mediaType);
        try {
            OutputStream out = new BufferedOutputStream(response.getOutputStream(), 16 * 1024);
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headers(HttpServletResponse response, int status, String mediaType) {
        Format format = Format.ofMediaType(mediaType);
        boolean text = format == null ? mediaType.startsWith("text/") : format.isText();
        response.setStatus(status);
        response.setContentType(text ? mediaType + "; charset=utf-8" : mediaType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (format == Format.HTML && !response.containsHeader("Content-Security-Policy")) // a page may set its own
            response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'");
    }

    static void html(HttpServletResponse response, String page) {
        bytes(response, Format.HTML, page.getBytes(StandardCharsets.UTF_8));
    }

    /** A linked-data document in one of the RDF syntaxes of {@link RdfView}. */
    static void rdf(HttpServletResponse response, Model model, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, RdfView.writer(format));
        bytes(response, format, out.toByteArray());
    }
}
