package org.w3id.aigb.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.w3id.aigb.format.Format;

/**
 * Errors raised by the container itself rather than by a handler: unknown paths, and URIs Jetty
 * rejects before dispatch (dot segments above the root, encoded separators). They get the same
 * body as {@link HttpErrors}; a URI rejected for dot segments, encoded dots or separators is a plain
 * 404, since no such resource can exist.
 */
final class ContainerErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String rawUri = request.getHttpURI() == null ? "" : request.getHttpURI().asString();
        // Jetty reports a URI it cannot resolve (dot segments above the root, encoded dots, NUL) as a
        // bad message caused by IllegalArgumentException, and no longer knows the URI.
        boolean unresolvable = cause instanceof BadMessageException && cause.getCause() instanceof IllegalArgumentException;
        HttpErrors.Mapped m = HttpErrors.forStatus(code, message, rawUri, unresolvable);
        Format type = HttpErrors.chooseType(String.join(", ", request.getHeaders().getValuesList(HttpHeader.ACCEPT)));
        byte[] body = HttpErrors.body(m, type).getBytes(StandardCharsets.UTF_8);
        response.setStatus(m.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (cause instanceof BadMessageException)
            // Jetty closes the connection after a message it rejected: say so, or a client reusing the
            // connection for its next request finds it closed with no answer
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
