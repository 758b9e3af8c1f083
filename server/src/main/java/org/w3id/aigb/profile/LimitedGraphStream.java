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
 * past {@link Limits#triples()}, with a literal or IRI longer than {@link Limits#literalChars()}, or
 * once the triples written out in full (the characters of their terms, as in N-Triples) pass
 * {@link Limits#expansion()} times the bytes sent: a prefix or base lets a few bytes stand for a long
 * IRI, and an answer that names that IRI must not grow with it while the input does not. So neither
 * the graph nor anything later written from it can grow past the limits.
 */
final class LimitedGraphStream extends StreamRDFWrapper {
    /** Longest piece of a term quoted in a message. */
    private static final int QUOTED = 60;

    private final String source;
    private final Limits limits;
    private final long maxExpanded;
    private long count;
    private long expanded;
    private AigbException failure;

    /** @param inputBytes the size of the profile as sent, which the expansion limit multiplies */
    LimitedGraphStream(Graph graph, String source, Limits limits, long inputBytes) {
        super(StreamRDFLib.graph(graph));
        this.source = source;
        this.limits = limits;
        this.maxExpanded = limits.expansion() * Math.max(inputBytes, 1);
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
        expanded += check(triple.getSubject(), triple) + check(triple.getPredicate(), triple) + check(triple.getObject(), triple) + 8;
        if (expanded > maxExpanded)
            throw fail(limits.exceeded(Limit.EXPANSION, source + ": its triples written out in full (prefixes and base expanded) take more than "
                    + limits.expansion() + " times its size; write long IRIs less often, or shorter"));
    }

    /** The term's length (its literal's or IRI's characters), after checking it against the limit. */
    private int check(Node n, Triple t) {
        int length = n.isLiteral() ? n.getLiteralLexicalForm().length() : n.isURI() ? n.getURI().length() : 2;
        if (length > limits.literalChars())
            throw fail(limits.exceeded(Limit.LITERAL_CHARS, source + ": " + (n.isLiteral() ? "a literal" : "an IRI") + " of "
                    + String.format(java.util.Locale.ROOT, "%,d", length) + " characters (" + quote(t.getSubject()) + " " + quote(t.getPredicate()) + ")"));
        return length;
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
