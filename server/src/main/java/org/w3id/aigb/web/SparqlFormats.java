package org.w3id.aigb.web;

import java.util.List;

import org.apache.jena.query.Query;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;

/**
 * What the knowledge graph's SPARQL endpoint and Graph Store answer in, and how a request chooses.
 * The lists are Fuseki's own (its writers write the answer: {@code SparqlFormatsTest} keeps them
 * equal to Fuseki's), in its order, with its defaults when there is no {@code Accept} header
 * (SPARQL XML results, Turtle for a query's graph; RDF/XML and N-Quads for the Graph Store).
 * <p>
 * The {@code Accept} header is respected as on every path (RFC 9110: weights, {@code q=0},
 * specificity; a 406 naming what is offered when nothing is acceptable). Fuseki's
 * {@code output=}, {@code format=} and {@code results=} (the first present) choose among what the
 * header accepts: the format they name is written when the header accepts it, or when there is no
 * header; when the header rules it out, the header's choice is written. SPARQLWrapper sends all three
 * with every query, with its own names ({@code n3}, {@code rdf+xml}, {@code json-ld}), beside an
 * {@code Accept} that says the same; those names are known here, so its defaults work. A name that is
 * no format of the answer ({@code format=turtle} for a SELECT) is a 400 that lists the names.
 */
final class SparqlFormats {
    /** The parameters Fuseki takes for the answer's format, in the order it reads them. */
    static final List<String> PARAMETERS = List.of("output", "format", "results");

    static final Offers SELECT = tables(true);
    static final Offers ASK = tables(false);
    /** A CONSTRUCT: Fuseki answers a dataset, so the quad syntaxes too. */
    static final Offers CONSTRUCT = graphs(true).withoutAcceptGiving(Format.TTL);
    static final Offers DESCRIBE = graphs(false).withoutAcceptGiving(Format.TTL);
    /** A Graph Store GET of one graph ({@code ?default}, {@code ?graph=}). */
    static final Offers STORE_GRAPH = graphs(false).withoutAcceptGiving(Format.RDFXML);
    /** A Graph Store GET of the whole dataset. */
    static final Offers STORE_DATASET = Offers.of("format", Format.TRIG, Format.JSONLD, Format.NQ, Format.TRIX)
            .alias("text/trig", Format.TRIG).alias("text/n-quads", Format.NQ).alias("application/trix+xml", Format.TRIX)
            .withoutAcceptGiving(Format.NQ);

    private SparqlFormats() {}

    private static Offers tables(boolean thrift) {
        Offers o = thrift
                ? Offers.of("format", Format.SPARQL_JSON, Format.CSV, Format.TSV, Format.SPARQL_XML, Format.SPARQL_THRIFT, Format.TEXT)
                : Offers.of("format", Format.SPARQL_JSON, Format.CSV, Format.TSV, Format.SPARQL_XML, Format.TEXT);
        return o.alias("application/json", Format.SPARQL_JSON).alias("application/xml", Format.SPARQL_XML)
                .name("sparql", Format.SPARQL_XML).withoutAcceptGiving(Format.SPARQL_XML);
    }

    private static Offers graphs(boolean quads) {
        Offers o = quads
                ? Offers.of("format", Format.TTL, Format.NT, Format.RDFXML, Format.TRIX, Format.JSONLD, Format.RDF_JSON, Format.RDF_THRIFT,
                        Format.TRIG, Format.NQ).alias("text/trig", Format.TRIG).alias("text/n-quads", Format.NQ).name("n-quads", Format.NQ)
                : Offers.of("format", Format.TTL, Format.NT, Format.RDFXML, Format.TRIX, Format.JSONLD, Format.RDF_JSON, Format.RDF_THRIFT);
        return o.alias("application/turtle", Format.TTL).alias("text/plain", Format.NT).alias("application/trix+xml", Format.TRIX)
                // Fuseki's names
                .name("turtle", Format.TTL).name("text", Format.TTL).name("json-ld", Format.JSONLD).name("json", Format.JSONLD)
                .name("xml", Format.RDFXML).name("json-rdf", Format.RDF_JSON)
                // SPARQLWrapper's
                .name("n3", Format.TTL).name("rdf+xml", Format.RDFXML);
    }

    /** What a query's answer is written in. */
    static Offers of(Query query) {
        if (query.isSelectType())
            return SELECT;
        if (query.isAskType())
            return ASK;
        return query.isConstructType() ? CONSTRUCT : DESCRIBE;
    }

    /**
     * The format of an answer: the one {@code named} (the value of the first of {@link #PARAMETERS}
     * given, or null) if {@code accept} allows it, else the one {@code accept} prefers.
     */
    static Offers.Choice choose(Offers offers, String accept, String named) {
        if (named != null && !named.isBlank()) {
            Format f = offers.find(named);
            if (f == null)
                throw new AigbException.BadInput("bad-format", "output=, format= or results= '" + Text.cut(named, 60)
                        + "' is not a format of this answer; choose one of " + String.join(", ", offers.formats().stream().map(Format::formatName).toList())
                        + ", or leave it out and send Accept");
            if (offers.acceptable(accept, f))
                return new Offers.Choice(f);
        }
        return offers.negotiate(accept);
    }
}
