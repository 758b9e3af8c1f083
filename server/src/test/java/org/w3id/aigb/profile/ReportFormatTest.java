package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;

/** How the HTTP endpoint chooses the report's format from Accept. */
class ReportFormatTest {
    @Test
    void acceptChoosesTheFormatAndNamingNoneOfThemIsNotAcceptable() {
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept(null));
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept("*/*"));
        assertEquals(ReportFormat.JSON, ReportFormat.forAccept("application/json"));
        assertEquals(ReportFormat.TTL, ReportFormat.forAccept("text/turtle"));
        assertEquals(ReportFormat.JSONLD, ReportFormat.forAccept("application/ld+json"));
        assertEquals(ReportFormat.TEXT, ReportFormat.forAccept("text/plain"));
        assertEquals(ReportFormat.TTL, ReportFormat.forAccept("application/json;q=0.5, text/turtle"));
        for (String accept : new String[] { "text/html", "image/png", "a;;b, ,;q=x" })
            assertEquals("not-acceptable", assertThrows(AigbException.NotAcceptable.class, () -> ReportFormat.forAccept(accept)).code(), accept);
    }
}
