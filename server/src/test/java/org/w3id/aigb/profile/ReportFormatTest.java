package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the HTTP endpoint chooses the report's format from Accept. */
class ReportFormatTest {
    @Test
    void acceptChoosesTheFormatAndFallsBackToTheJsonSummary() {
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept(null));
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept("*/*"));
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept("application/json"));
        assertEquals(ReportFormat.TTL, ReportFormat.forAccept("text/turtle"));
        assertEquals(ReportFormat.JSONLD, ReportFormat.forAccept("application/ld+json"));
        assertEquals(ReportFormat.TEXT, ReportFormat.forAccept("text/plain"));
        assertEquals(ReportFormat.TTL, ReportFormat.forAccept("application/json;q=0.5, text/turtle"));
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept("text/html"));
    }
}
