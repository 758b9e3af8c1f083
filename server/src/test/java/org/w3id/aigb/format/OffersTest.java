package org.w3id.aigb.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.query.QueryRunner;

/** The one negotiation (RFC 9110 §12.5.1) and the one lookup of {@code --format} names. */
class OffersTest {
    private static final Offers PAGE = Offers.of("format", Format.HTML, Format.TTL, Format.JSONLD, Format.NT)
            .alias("application/json", Format.JSONLD);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle | text/turtle",
            "*/* | text/html",
            "image/png, */*;q=0.1 | text/html",
            // q=0 means "not this one", even when a wildcard would allow it
            "application/trig;q=1, text/html;q=0, */*;q=0.1 | text/turtle",
            "text/html;q=0, */* | text/turtle",
            "*/*;q=0.5, text/html;q=0 | text/turtle",
            // the most specific range decides an offer's weight
            "text/*;q=0.9, text/turtle;q=0.5 | text/html",
            "text/*;q=0.2, text/turtle | text/turtle",
            // equal weights: the more specific range, then the client's order, then ours
            "*/*, text/turtle | text/turtle",
            "application/ld+json, text/turtle | application/ld+json",
            "text/turtle, application/ld+json | text/turtle",
            "application/* | application/ld+json",
            // an alias is answered under the media type asked for
            "application/json | application/json",
            // case, spaces, parameters and quoted commas
            "TEXT/Turtle ; charset=UTF-8 | text/turtle",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted,expanded\" | application/ld+json",
            "text/html;q=0.5 , application/n-triples ; q=0.6 | application/n-triples",
            "'' | text/html" })
    void acceptChoosesAsRfc9110Says(String accept, String mediaType) {
        assertEquals(mediaType, PAGE.negotiate(accept).mediaType());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "application/trig;q=1, text/html;q=0", "image/png", "text/html;q=0, text/turtle;q=0, application/*;q=0, */*;q=0.001;foo=bar, application/n-triples;q=0",
            "*/*;q=0", "a;;b, ,;q=x", "*/*;q=x", "*/html", "text/turtle;q=2" })
    void nothingAcceptableIsNotAcceptableAndSaysWhatIs(String accept) {
        AigbException.NotAcceptable e = assertThrows(AigbException.NotAcceptable.class, () -> PAGE.negotiate(accept));
        assertEquals("not-acceptable", e.code());
        assertEquals(List.of("text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/json"), e.available());
        assertTrue(e.getMessage().contains("offered: text/html, text/turtle"), e.getMessage());
    }

    @Test
    void noAcceptHeaderGetsTheDefaultWhichMayDifferFromTheFirstChoice() {
        Offers tables = Offers.of("format", Format.SPARQL_JSON, Format.SPARQL_XML).withoutAcceptGiving(Format.SPARQL_XML);
        assertEquals(Format.SPARQL_XML, tables.negotiate(null).format());
        assertEquals(Format.SPARQL_JSON, tables.negotiate("*/*").format());
    }

    @Test
    void whetherAFormatIsAcceptable() {
        assertTrue(PAGE.acceptable(null, Format.NT));
        assertTrue(PAGE.acceptable("text/*;q=0.1, */*;q=0", Format.TTL));
        assertTrue(!PAGE.acceptable("text/*;q=0.1, */*;q=0", Format.JSONLD));
        assertTrue(PAGE.acceptable("application/json", Format.JSONLD), "by its alias");
    }

    @Test
    void aFormatIsFoundByItsNameInAnyCase() {
        assertEquals(Format.JSONLD, QueryRunner.FORMATS.byName("JsonLD"));
        assertEquals(Format.SPARQL_JSON, QueryRunner.FORMATS.byName("json"));
        assertEquals(Format.TTL, ProfileReportWriter.FORMATS.byName("TTL"));
        assertEquals(Format.NQ, Dumps.FORMATS.byName("nq"));
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        assertBadFormat("Unknown format 'xml'; choose one of text, csv, tsv, json, ttl, nt, jsonld", () -> QueryRunner.FORMATS.byName("xml"));
        assertBadFormat("Unknown report format 'xml'; choose one of text, json, ttl, jsonld", () -> ProfileReportWriter.FORMATS.byName("xml"));
        assertBadFormat("Unknown dump format 'xml'; choose one of ttl, nt, jsonld, trig, nq", () -> Dumps.FORMATS.byName("xml"));
    }

    @Test
    void aListCannotOfferOneFormatOrNameTwice() {
        assertThrows(IllegalArgumentException.class, () -> Offers.of("format", Format.JSON, Format.SPARQL_JSON));
        assertThrows(IllegalArgumentException.class, () -> PAGE.alias("text/turtle", Format.NT));
        assertThrows(IllegalArgumentException.class, () -> PAGE.alias("text/csv", Format.CSV));
        assertThrows(IllegalArgumentException.class, () -> PAGE.name("nt", Format.TTL));
    }

    private static void assertBadFormat(String message, Executable lookup) {
        AigbException.BadInput e = assertThrows(AigbException.BadInput.class, lookup);
        assertEquals("bad-format", e.code());
        assertEquals(message, e.getMessage());
    }
}
