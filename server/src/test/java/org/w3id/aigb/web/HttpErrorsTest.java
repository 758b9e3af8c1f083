package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;

/** The one mapping of failures to HTTP: client errors by kind and limit; an unknown failure a 500 that names an id and nothing of itself. */
class HttpErrorsTest {
    @Test
    void anUnknownFailureIsA500WithAShortIdAndNoExceptionInTheBody() {
        StackOverflowError deep = new StackOverflowError("deep");
        HttpErrors.Mapped m = HttpErrors.map(new IllegalStateException("secret detail", deep), 7);
        assertEquals(500, m.status());
        assertEquals("internal-error", m.code());
        assertTrue(m.message().matches("Internal error [0-9a-f]{8}: please report it with this id"), m.message());
        String body = HttpErrors.body(m, Format.JSON);
        assertFalse(body.contains("IllegalStateException") || body.contains("secret") || body.contains("StackOverflow"), body);
        assertFalse(HttpErrors.map(new IllegalStateException(), 8).message().equals(m.message()), "each failure its own id");
    }

    @Test
    void theLogLineOfAnInternalErrorIsOneLineEvenForAThousandFrames() {
        Throwable t = new StackOverflowError();
        StackTraceElement[] frames = new StackTraceElement[1000];
        java.util.Arrays.fill(frames, new StackTraceElement("a.B", "c", "B.java", 1));
        t.setStackTrace(frames);
        String line = HttpErrors.summary(t);
        assertFalse(line.contains("\n"));
        assertTrue(line.length() < 400 && line.startsWith("java.lang.StackOverflowError at a.B.c(B.java:1)"), line);
    }

    @Test
    void everyLimitIsItsOwnClientStatusAndATimeoutIsOne() {
        for (Limit limit : Limit.values())
            assertEquals(limit.status(), HttpErrors.map(Limits.defaults().exceeded(limit, "x"), 1).status(), limit.toString());
        assertEquals(422, HttpErrors.map(new QueryCancelledException(), 1).status());
        assertEquals("query-timeout", HttpErrors.map(new QueryCancelledException(), 1).code());
        assertEquals(406, HttpErrors.map(new AigbException.NotAcceptable("x", java.util.List.of("text/html")), 1).status());
        assertEquals(422, HttpErrors.map(new AigbException.QueryRefused("x"), 1).status());
        assertEquals(400, HttpErrors.map(new AigbException.BadInput("query-refused", "x"), 1).status(), "by type, not by code");
        assertEquals(503, HttpErrors.map(new AigbException.NotReady("x"), 1).status());
        assertEquals(500, HttpErrors.map(new AigbException("not-ready", "x"), 1).status(), "by type, not by code");
        assertEquals(400, HttpErrors.map(new java.util.concurrent.CompletionException(new org.eclipse.jetty.http.BadMessageException(400, "Bad query")), 1).status(),
                "Jetty's rejection of a query string or form, however wrapped");
    }

    @Test
    void aMessageThatQuotesTheInputIsCutShort() {
        HttpErrors.Mapped m = HttpErrors.map(new AigbException.BadInput("parse-error", "x".repeat(100_000)), 1);
        assertTrue(HttpErrors.body(m, Format.TEXT).length() < HttpErrors.MAX_MESSAGE + 100);
    }
}
