package org.w3id.aigb.profile;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

/**
 * Where the parser puts a profile's triples: into a graph, stopping the parse at the first triple
 * past {@link Limits#triples()} or with a literal or IRI longer than {@link Limits#literalChars()},
 * so neither the graph nor anything later written from it can grow past the limits.
 */
final class LimitedGraphStream extends StreamRDFWrapper {
    /** Longest piece of a term quoted in a message. */
    private static final int QUOTED = 60;

    private final String source;
    private final Limits limits;
    private long count;
    private AigbException failure;

    LimitedGraphStream(Graph graph, String source, Limits limits) {
        super(StreamRDFLib.graph(graph));
        this.source = source;
        this.limits = limits;
    }

    @Override
    public void triple(Triple triple) {
        check(triple);
        super.triple(triple);
    }

    /**
     * A profile is one graph. Statements in a named graph (a JSON-LD {@code @graph} with an {@code @id})
     * were dropped with a line in the log; they are refused instead, so nothing of a profile is ignored
     * without a word.
     */
    @Override
    public void quad(Quad quad) {
        if (!quad.isTriple() && !quad.isDefaultGraph())
            throw fail(new AigbException.BadInput("named-graph", source + ": a profile is one graph, but this one has statements in the named graph "
                    + quote(quad.getGraph()) + "; put them in the default graph (in JSON-LD, a top-level @graph without an @id)"));
        check(quad.asTriple());
        super.quad(quad);
    }

    private void check(Triple triple) {
        if (++count > limits.triples())
            throw fail(limits.exceeded(Limit.TRIPLES, source + " has more than " + String.format(java.util.Locale.ROOT, "%,d", limits.triples()) + " triples"));
        check(triple.getSubject(), triple);
        check(triple.getPredicate(), triple);
        check(triple.getObject(), triple);
    }

    private void check(Node n, Triple t) {
        int length = n.isLiteral() ? n.getLiteralLexicalForm().length() : n.isURI() ? n.getURI().length() : 0;
        if (length > limits.literalChars())
            throw fail(limits.exceeded(Limit.LITERAL_CHARS, source + ": " + (n.isLiteral() ? "a literal" : "an IRI") + " of "
                    + String.format(java.util.Locale.ROOT, "%,d", length) + " characters (" + quote(t.getSubject()) + " " + quote(t.getPredicate()) + ")"));
    }

    /** Remembers what stopped the parse: a parser may catch it and report only its message (the JSON-LD parser does). */
    private AigbException fail(AigbException e) {
        failure = e;
        return e;
    }

    /** What this stream stopped the parse with, or null. */
    AigbException failure() {
        return failure;
    }

    /** A term for a message, cut short: the message must not repeat what was too long. */
    static String quote(Node n) {
        String s = n.isURI() ? "<" + n.getURI() + ">" : n.isBlank() ? "_:b" : n.isLiteral() ? "\"" + n.getLiteralLexicalForm() + "\"" : n.toString();
        return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…";
    }
}
