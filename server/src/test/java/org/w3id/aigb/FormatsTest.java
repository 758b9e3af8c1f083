package org.w3id.aigb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.profile.ReportFormat;
import org.w3id.aigb.query.ResultFormat;

/** Every {@code --format} lookup: any case accepted, and an unknown name is a bad-format error naming the choices. */
class FormatsTest {
    @Test
    void aFormatIsFoundByItsNameInAnyCase() {
        assertEquals(ResultFormat.JSONLD, ResultFormat.of("JsonLD"));
        assertEquals(ReportFormat.TTL, ReportFormat.of("TTL"));
        assertEquals(Dumps.Format.NQ, Dumps.Format.of("nq"));
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        assertBadFormat("Unknown format 'xml'; choose one of text, csv, tsv, json, ttl, nt, jsonld", () -> ResultFormat.of("xml"));
        assertBadFormat("Unknown report format 'xml'; choose one of text, json, ttl, jsonld", () -> ReportFormat.of("xml"));
        assertBadFormat("Unknown dump format 'xml'; choose one of ttl, nt, jsonld, trig, nq", () -> Dumps.Format.of("xml"));
    }

    private static void assertBadFormat(String message, Executable lookup) {
        AigbException.BadInput e = assertThrows(AigbException.BadInput.class, lookup);
        assertEquals("bad-format", e.code());
        assertEquals(message, e.getMessage());
    }
}
