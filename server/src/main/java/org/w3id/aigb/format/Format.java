package org.w3id.aigb.format;

import org.apache.jena.riot.Lang;

/**
 * Every format aigb reads or writes, once: its short name (what {@code --format} and
 * {@code ?format=} take), its media type, its file extension and, for an RDF syntax, Jena's
 * {@link Lang}. What an endpoint or a command offers is a list of these ({@link Offers}); nothing
 * else names a media type. Two formats may share a short name when no list offers both: {@code json}
 * is a JSON document for the profile endpoints and SPARQL JSON results for queries.
 */
public enum Format {
    HTML("html", "text/html", "html"),
    MD("md", "text/markdown", "md"),
    TEXT("text", "text/plain", "txt"),
    CSV("csv", "text/csv", "csv"),
    TSV("tsv", "text/tab-separated-values", "tsv"),
    JSON("json", "application/json", "json"),
    XML("xml", "application/xml", "xml"),
    JAVASCRIPT("js", "text/javascript", "js"),
    CSS("css", "text/css", "css"),

    /** SPARQL 1.1 Query Results JSON. */
    SPARQL_JSON("json", "application/sparql-results+json", "srj"),
    /** SPARQL Query Results XML. */
    SPARQL_XML("xml", "application/sparql-results+xml", "srx"),
    /** Jena's binary results; written only by the SPARQL endpoint. */
    SPARQL_THRIFT("thrift", "application/sparql-results+thrift", "srt"),

    TTL("ttl", "text/turtle", "ttl"),
    NT("nt", "application/n-triples", "nt"),
    JSONLD("jsonld", "application/ld+json", "jsonld"),
    RDFXML("rdf", "application/rdf+xml", "rdf"),
    TRIG("trig", "application/trig", "trig"),
    NQ("nq", "application/n-quads", "nq"),
    /** TriX, RDF/JSON and RDF Thrift: written only by the SPARQL endpoint and the Graph Store. */
    TRIX("trix", "application/trix", "trix"),
    RDF_JSON("rj", "application/rdf+json", "rj"),
    RDF_THRIFT("rt", "application/rdf+thrift", "rt");

    private final String shortName;
    private final String mediaType;
    private final String extension;

    Format(String shortName, String mediaType, String extension) {
        this.shortName = shortName;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** What {@code --format} and {@code ?format=} take: {@code ttl}, {@code json}, {@code md}, ... */
    public String formatName() {
        return shortName;
    }

    /** The registered media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The {@code Content-Type} written: text formats say they are UTF-8, binary ones say nothing. */
    public String contentType() {
        return isText() ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** Whether the format is text (everything aigb writes is UTF-8) rather than binary. */
    public boolean isText() {
        return this != SPARQL_THRIFT && this != RDF_THRIFT;
    }

    /** Jena's language for an RDF syntax, or null. */
    public Lang lang() {
        return switch (this) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD11;
            case RDFXML -> Lang.RDFXML;
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case TRIX -> Lang.TRIX;
            case RDF_JSON -> Lang.RDFJSON;
            case RDF_THRIFT -> Lang.RDFTHRIFT;
            default -> null;
        };
    }

    /** Whether it is a syntax of RDF graphs or datasets. */
    public boolean isRdf() {
        return lang() != null;
    }

    /** Whether the syntax holds named graphs (a dataset), not just one graph. */
    public boolean holdsQuads() {
        return this == TRIG || this == NQ;
    }

    /** The format whose media type is {@code mediaType} (parameters and case ignored), or null. */
    public static Format ofMediaType(String mediaType) {
        String type = MediaRange.bare(mediaType);
        for (Format f : values())
            if (f.mediaType.equals(type))
                return f;
        return null;
    }

    @Override
    public String toString() {
        return shortName + " (" + mediaType + ")";
    }
}
