package org.w3id.aigb.web;

import org.apache.jena.riot.RDFFormat;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;

/**
 * The representations of a linked-data document ({@code /id/…}, {@code /ontology}, {@code /dataset},
 * {@code /graph/…}): its HTML page, first, so that browsers and clients that accept anything get the
 * page; and the RDF syntaxes, written as people read them (Turtle grouped by subject, JSON-LD
 * indented). {@code application/json} is answered with JSON-LD, {@code text/plain} with N-Triples
 * and {@code application/xhtml+xml} with the page.
 */
final class RdfView {
    static final Offers OFFERS = Offers.of("format", Format.HTML, Format.TTL, Format.JSONLD, Format.NT, Format.RDFXML)
            .alias("application/json", Format.JSONLD).alias("application/xhtml+xml", Format.HTML).alias("text/plain", Format.NT);

    /**
     * The same offers with Turtle first, for a document read mostly by programs (the SPARQL service
     * description): an Accept that names nothing in particular gets Turtle, a browser (which names
     * text/html) still gets the page.
     */
    static final Offers DATA_FIRST = Offers.of("format", Format.TTL, Format.JSONLD, Format.NT, Format.RDFXML, Format.HTML)
            .alias("application/json", Format.JSONLD).alias("application/xhtml+xml", Format.HTML).alias("text/plain", Format.NT);

    private RdfView() {}

    /** How a document is written in one of the RDF syntaxes offered. */
    static RDFFormat writer(Format format) {
        return switch (format) {
            case TTL -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11_PRETTY;
            case NT -> RDFFormat.NTRIPLES;
            case RDFXML -> RDFFormat.RDFXML_PLAIN;
            default -> throw new IllegalArgumentException(format + " is not a linked-data syntax");
        };
    }
}
