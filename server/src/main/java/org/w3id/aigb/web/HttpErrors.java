package org.w3id.aigb.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.OperationDeniedException;
import org.eclipse.jetty.http.BadMessageException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Text;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.render.Html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The only place that maps exceptions to HTTP statuses, for our pages and for the Fuseki
 * endpoints alike: {@code BadInput} 400, {@code NotFound} 404, {@code TooLarge} 413,
 * {@code UnsupportedMediaType} 415, {@code QueryRefused} (SERVICE) 422, an exceeded limit its limit's
 * status ({@link Limits.Limit#status()}: 400, 413 or 422; a time limit too), read-only refusals
 * 405/403, {@code NotAcceptable} 406 (listing what is offered), {@code NotReady} 503 with
 * {@code Retry-After}; for the registry {@code Unauthorized} 401 (with {@code WWW-Authenticate: Bearer}),
 * {@code Forbidden} 403, {@code Conflict} 409, {@code Unprocessable} 422, {@code Unavailable} 503.
 * By type, never by code. Client errors are not logged. Anything else is a 500 that names a short error id
 * and nothing of the exception; the log has one line with that id and the request id (the stack
 * trace only at debug level).
 * The body is JSON {@code {code, message, line?, column?}}, or plain text or HTML when the client
 * prefers them; UTF-8, with Content-Length in bytes. A message is cut at {@link #MAX_MESSAGE}
 * characters: it may quote the input, and must never repeat all of it.
 */
public final class HttpErrors {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    /** An error's body: JSON, or plain text or a page for a client that prefers them (never a 406: JSON then). */
    static final Offers OFFERS = Offers.of("error format", Format.JSON, Format.TEXT, Format.HTML);

    /** When to ask again for what is still being built at start-up (it takes a few seconds). */
    private static final String RETRY_AFTER_SECONDS = "5";

    /** Longest message sent (characters). */
    static final int MAX_MESSAGE = 1000;

    /**
     * An error as the client sees it: {@code allow} is the {@code Allow} header of a 405;
     * {@code available}, the media types a 406 lists (empty otherwise).
     */
    public record Mapped(int status, String code, String message, long line, long column, String allow, List<String> available) {
        Mapped(int status, String code, String message, long line, long column, String allow) {
            this(status, code, message, line, column, allow, List.of());
        }
    }

    private HttpErrors() {}

    /** Maps an exception; {@code requestId} is quoted in internal errors so the log entry can be found. */
    public static Mapped map(Throwable thrown, long requestId) {
        AigbException ours = findOurs(thrown);
        if (ours != null)
            return mapOurs(ours, requestId, thrown);
        if (thrown instanceof QueryParseException e)
            return mapOurs(QueryFile.syntaxError("", e), requestId, thrown);
        BadMessageException badMessage = findBadMessage(thrown);
        if (badMessage != null && badMessage.getCode() < 500)
            return new Mapped(badMessage.getCode(), "bad-request", "The request cannot be read: " + (badMessage.getReason() == null
                    ? "malformed" : badMessage.getReason()) + " (a query string or form must be UTF-8, percent-encoded)", -1, -1, null);
        if (thrown instanceof QueryCancelledException)
            return new Mapped(Limit.TIMEOUT.status(), Limit.TIMEOUT.code(), "The query took longer than the server's time limit and was stopped (--"
                    + Limit.TIMEOUT.flag() + ")", -1, -1, null);
        if (thrown instanceof QueryDeniedException e)
            return new Mapped(422, "query-refused", "Refused: " + e.getMessage() + " (federated queries are not allowed)", -1, -1, null);
        if (thrown instanceof OperationDeniedException)
            return new Mapped(403, "operation-refused", "This operation is not allowed", -1, -1, null);
        if (thrown instanceof ActionErrorException e && e.getRC() < 500)
            return new Mapped(e.getRC(), codeOf(e.getRC()), e.getMessage() == null ? codeOf(e.getRC()) : e.getMessage().strip(), -1, -1,
                    null);
        return internal(thrown, requestId);
    }

    private static Mapped mapOurs(AigbException e, long requestId, Throwable thrown) {
        if (e instanceof Limits.LimitExceeded l)
            return new Mapped(l.limit().status(), l.code(), l.getMessage(), l.line(), l.column(), null);
        if (e instanceof AigbException.BadInput b)
            return new Mapped(400, b.code(), b.getMessage(), b.line(), b.column(), null);
        if (e instanceof AigbException.NotReady)
            return simple(503, e);
        if (e instanceof AigbException.NotFound)
            return simple(404, e);
        if (e instanceof AigbException.TooLarge)
            return simple(413, e);
        if (e instanceof AigbException.UnsupportedMediaType)
            return simple(415, e);
        if (e instanceof Refused.MethodNotAllowed m)
            return new Mapped(405, m.code(), m.getMessage(), -1, -1, m.allow());
        if (e instanceof AigbException.Forbidden)
            return simple(403, e);
        if (e instanceof AigbException.Unauthorized)
            return simple(401, e);
        if (e instanceof AigbException.Conflict)
            return simple(409, e);
        if (e instanceof AigbException.Unprocessable)
            return simple(422, e);
        if (e instanceof AigbException.Unavailable) {
            LOG.warn("[{}] {}", requestId, e.getMessage(), e.getCause());
            return simple(503, e);
        }
        if (e instanceof AigbException.NotAcceptable n)
            return new Mapped(406, n.code(), n.getMessage(), -1, -1, null, n.available());
        return internal(thrown, requestId);
    }

    private static Mapped simple(int status, AigbException e) {
        return new Mapped(status, e.code(), e.getMessage(), -1, -1, null);
    }

    private static Mapped internal(Throwable thrown, long requestId) {
        String errorId = String.format(Locale.ROOT, "%08x", RANDOM.nextInt());
        LOG.error("[{}] internal error {}: {}", requestId, errorId, summary(thrown));
        LOG.debug("[{}] internal error {}", requestId, errorId, thrown);
        return new Mapped(500, "internal-error", "Internal error " + errorId + ": please report it with this id", -1, -1, null);
    }

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    /** One line: the exception, its message (cut short) and where it was thrown. */
    static String summary(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null)
            sb.append(": ").append(Text.cut(t.getMessage().replaceAll("\\s+", " "), 200));
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(3, trace.length); i++)
            sb.append(i == 0 ? " at " : " < ").append(trace[i]);
        if (t.getCause() != null && t.getCause() != t)
            sb.append("; caused by ").append(t.getCause().getClass().getName());
        return sb.toString();
    }

    /** Jetty rejects a malformed query string or form when a parameter is first read (invalid UTF-8, bad escapes). */
    private static BadMessageException findBadMessage(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause())
            if (t instanceof BadMessageException e)
                return e;
        return null;
    }

    /** Fuseki wraps what a request body stream throws (our size cap) in its own exceptions. */
    private static AigbException findOurs(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause())
            if (t instanceof AigbException e)
                return e;
        return null;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 403 -> "operation-refused";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    /** Writes the error for {@code thrown}, unless the response has already started. */
    public static void send(HttpServletRequest request, HttpServletResponse response, Throwable thrown, long requestId) {
        Mapped m = map(thrown, requestId);
        if (response.isCommitted()) {
            LOG.warn("[{}] {} after the response started: {}", requestId, m.code(), m.message());
            return;
        }
        response.resetBuffer();
        if (m.status() != 413)
            drain(request);
        Format type = chooseType(request);
        byte[] body = body(m, type).getBytes(StandardCharsets.UTF_8);
        response.setStatus(m.status());
        response.setContentType(type.contentType());
        response.setContentLength(body.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // a 405 of our own names its methods; Fuseki's own 405s know nothing of them: the path's route does
        String allow = m.allow() != null || m.status() != 405 ? m.allow() : Routes.known(request).map(Route::allow).orElse("GET, HEAD");
        if (allow != null)
            response.setHeader("Allow", allow);
        if (findOurs(thrown) instanceof AigbException.Unauthorized u)
            response.setHeader("WWW-Authenticate", challenge(u));
        if (m.status() == 413)
            response.setHeader("Connection", "close");
        if (m.status() == 503)
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException | IllegalStateException e) {
            LOG.debug("[{}] could not write the error response: {}", requestId, e.toString());
        }
    }

    /**
     * A status the container chose (no exception): an unknown path, or a URI it rejected. A rejected
     * URI with dot segments or encoded separators names no resource, so it is a 404.
     */
    static Mapped forStatus(int status, String message, String rawUri, boolean unresolvable) {
        String p = rawUri == null ? "" : rawUri.toLowerCase(java.util.Locale.ROOT);
        boolean traversal = unresolvable || p.contains("..") || p.contains("%2e") || p.contains("%2f") || p.contains("%5c") || p.contains("\\");
        if (status == 404 || (status == 400 && traversal))
            return new Mapped(404, "not-found", "Nothing is served at this path", -1, -1, null);
        return new Mapped(status, codeOf(status), message == null || message.isBlank() ? codeOf(status) : message, -1, -1,
                status == 405 ? "GET, HEAD" : null);
    }

    /**
     * Reads what is left of a refused request's body (already capped by the size filter), so the
     * connection stays usable for the client's next request instead of being closed under it.
     */
    private static void drain(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException | AigbException e) {
            // the body was read another way, or is broken: nothing to drain
        }
    }

    private static Format chooseType(HttpServletRequest request) {
        return chooseType(Negotiation.accept(request));
    }

    /** The body's format for an Accept header: an error is answered whatever the header says (JSON when it accepts none of them). */
    static Format chooseType(String accept) {
        try {
            return OFFERS.negotiate(accept).format();
        } catch (AigbException.NotAcceptable e) {
            return Format.JSON;
        }
    }

    static String body(Mapped m, Format type) {
        String message = Text.cut(m.message(), MAX_MESSAGE);
        if (type == Format.TEXT)
            return m.status() + " " + m.code() + ": " + message + position(m) + available(m) + "\n";
        if (type == Format.HTML)
            return Html.errorPage(m.status(), m.code(), message + position(m));
        JsonObject json = new JsonObject();
        json.put("code", m.code());
        json.put("message", message);
        if (m.line() >= 0) {
            json.put("line", m.line());
            json.put("column", m.column());
        }
        if (!m.available().isEmpty()) {
            JsonArray types = new JsonArray();
            m.available().forEach(types::add);
            json.put("available", types);
        }
        return JsonText.compact(json) + "\n";
    }

    /** RFC 6750: a bare challenge when no token was sent, {@code invalid_token} when one was refused. */
    private static String challenge(AigbException.Unauthorized u) {
        return u.credentialsGiven() ? "Bearer realm=\"aigb\", error=\"invalid_token\"" : "Bearer realm=\"aigb\"";
    }

    private static String available(Mapped m) {
        return m.available().isEmpty() ? "" : "\navailable: " + String.join(", ", m.available());
    }

    private static String position(Mapped m) {
        return m.line() >= 0 ? " (line " + m.line() + ", column " + m.column() + ")" : "";
    }
}
