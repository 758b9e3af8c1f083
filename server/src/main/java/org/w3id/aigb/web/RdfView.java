package org.w3id.aigb.web;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;
import org.w3id.aigb.Formats;

/**
 * The ways a linked-data document is served, chosen by {@code ?format=} or else by the Accept
 * header. HTML comes first so browsers, and clients that accept anything, get the page.
 */
enum RdfView {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    final String format;
    final String mediaType;
    final RDFFormat rdfFormat;

    RdfView(String format, String mediaType, RDFFormat rdfFormat) {
        this.format = format;
        this.mediaType = mediaType;
        this.rdfFormat = rdfFormat;
    }

    private static final AcceptList OFFERS = AcceptList.create(
            "text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
            "application/json", "application/xhtml+xml", "text/plain");

    /**
     * The same offers with Turtle first, for a document read mostly by programs (the SPARQL service
     * description): an Accept that names nothing in particular gets Turtle, a browser (which names
     * text/html) still gets the page.
     */
    private static final AcceptList DATA_FIRST = AcceptList.create(
            "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml",
            "application/json", "text/html", "application/xhtml+xml", "text/plain");

    /** {@code ?format=} wins; otherwise the best match for Accept; HTML without Accept; 406 when nothing matches. */
    static RdfView choose(String formatParam, String accept) {
        return choose(formatParam, accept, OFFERS);
    }

    /** As {@link #choose}, but Turtle when Accept is absent or names no type in particular ({@code *}{@code /*}); 406 when nothing matches. */
    static RdfView chooseDataFirst(String formatParam, String accept) {
        return choose(formatParam, accept, DATA_FIRST);
    }

    private static RdfView choose(String formatParam, String accept, AcceptList offers) {
        if (formatParam != null)
            return Formats.byName(RdfView.class, v -> v.format, "format", formatParam);
        MediaType chosen = Formats.negotiate(accept, offers);
        return switch (chosen.getContentTypeStr()) {
            case "text/turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            case "application/rdf+xml" -> RDFXML;
            default -> HTML;
        };
    }
}
