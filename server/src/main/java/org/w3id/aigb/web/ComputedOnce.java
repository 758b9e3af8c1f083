package org.w3id.aigb.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.w3id.aigb.format.Format;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A response body computed from the graph or the project's files on first use and then kept: neither
 * changes while the server runs. Sent with an ETag and {@code Cache-Control: no-cache}, so a browser
 * revalidates it and gets a 304 with no body while it has it.
 */
final class ComputedOnce {
    private final Format format;
    private final Supplier<byte[]> compute;
    private volatile Sent sent;

    private record Sent(byte[] body, String etag) {}

    ComputedOnce(Format format, Supplier<byte[]> compute) {
        this.format = format;
        this.compute = compute;
    }

    void send(HttpServletRequest request, HttpServletResponse response) {
        Sent s = sent;
        if (s == null) {
            byte[] body = compute.get();
            s = new Sent(body, "\"" + sha256(body).substring(0, 32) + "\"");
            sent = s;
        }
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", s.etag());
        if (s.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        Reply.bytes(response, format, s.body());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
