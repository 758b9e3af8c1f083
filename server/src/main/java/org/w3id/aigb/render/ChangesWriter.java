package org.w3id.aigb.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes what an update changed for one or many profiles ({@code obligations --changes},
 * {@code POST /profiles/obligations?changes=true}): the comparison as RDF (Turtle, JSON-LD: the profile,
 * both derivations and the differences, one graph for all profiles), or as Markdown
 * ({@link ChangesMarkdown}, a thin layout of that RDF). A profile that does not conform gets its
 * validation report instead.
 */
public final class ChangesWriter {
    /** One profile's comparison (or report) and what names it (file name, or "request body"). */
    public record Entry(String source, Compared outcome) {}

    /** The formats a comparison is written in. */
    public static final List<ObligationFormat> FORMATS = List.of(ObligationFormat.JSONLD, ObligationFormat.TTL, ObligationFormat.MD);
    /** What the HTTP endpoint offers, the default (JSON-LD) first. */
    private static final AcceptList OFFERS = AcceptList.create(FORMATS.stream().map(f -> MediaType.create(f.mediaType())).toArray(MediaType[]::new));

    private final OutputStream out;
    private final ObligationFormat format;
    private final Graph rdf = GraphFactory.createDefaultGraph();
    private int written;

    /** {@code format} must be one of {@link #FORMATS}: else a {@code bad-format} error naming them. */
    public ChangesWriter(OutputStream out, ObligationFormat format) {
        if (!FORMATS.contains(format))
            throw new AigbException.BadInput("bad-format", "What the update changed is written as md, ttl or jsonld, not " + format.formatName()
                    + " (the RDF says everything; the other formats follow)");
        this.out = out;
        this.format = format;
        rdf.getPrefixMapping().setNsPrefixes(Prefixes.get());
    }

    /** The format an HTTP client asks for with {@code Accept}: JSON-LD when it names none we write, or accepts anything. */
    public static ObligationFormat forAccept(String accept) {
        if (accept == null || accept.isBlank())
            return ObligationFormat.JSONLD;
        MediaType chosen = AcceptList.match(AcceptList.create(accept.split(",")), OFFERS);
        return chosen == null ? ObligationFormat.JSONLD
                : Arrays.stream(ObligationFormat.values()).filter(f -> f.mediaType().equals(chosen.getContentTypeStr())).findFirst()
                        .orElse(ObligationFormat.JSONLD);
    }

    public void write(Entry e) {
        Compared o = e.outcome();
        if (format == ObligationFormat.MD)
            text((written > 0 ? "\n---\n\n" : "") + (o.conforms() ? ChangesMarkdown.of(e.source(), o.comparison()) : markdownReport(e.source(), o.report())));
        else {
            Graph g = o.conforms() ? o.comparison().graph() : o.report().graph();
            g.find().forEach(rdf::add);
            Node source = NodeFactory.createLiteralString(e.source());
            if (!o.conforms())
                g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> rdf.add(t.getSubject(), DCTerms.source.asNode(), source));
        }
        written++;
    }

    /** A file of several that could not be read: its error where its result would be (RDF: nothing; it was named on stderr). */
    public void writeError(String source, AigbException error) {
        if (format == ObligationFormat.MD)
            text((written > 0 ? "\n---\n\n" : "") + "# " + ChecklistMarkdown.esc(source) + "：読み込めません / cannot be read\n\n"
                    + ChecklistMarkdown.esc(Text.cap(error.getMessage(), Text.PASSAGE)) + " (`" + error.code() + "`)\n\n");
        written++;
    }

    /** Ends the output (writes the graph); does not close the stream. */
    public void finish() {
        if (format == ObligationFormat.TTL)
            RDFDataMgr.write(out, rdf, RDFFormat.TURTLE_PRETTY);
        else if (format == ObligationFormat.JSONLD)
            RDFDataMgr.write(out, rdf, RDFFormat.JSONLD11_PRETTY);
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String markdownReport(String source, ProfileReport r) {
        StringBuilder sb = new StringBuilder("# " + ChecklistMarkdown.esc(source) + "：プロファイルが適合しません / the profile does not conform ("
                + r.count(Severity.Violation) + " violations)\n\n");
        for (ProfileReport.Entry x : r.entries())
            if (x.severity().equals(Severity.Violation))
                sb.append("- ").append(ChecklistMarkdown.esc(x.messageJa())).append(" / ").append(ChecklistMarkdown.esc(x.messageEn())).append('\n');
        return sb.append('\n').toString();
    }

    private void text(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
