package org.w3id.aigb.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.Text;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.JsonWriter;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.vocab.CompactRdf;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes the outcomes of one or many profiles in one of its {@link #FORMATS}; shared by the command
 * line and the HTTP endpoint. JSON (an object, or an array for several), Markdown and HTML (one
 * printable page) are written as they go, one profile at a time, so a batch of thousands runs in
 * constant memory and no answer is held whole; RDF (one graph) collects the profiles' graphs
 * first. A profile that does not conform gets its validation report instead of a checklist; a
 * file of several that could not be read gets its error ({@link #writeError}). A conforming
 * profile's validation warnings are part of every format.
 */
public final class ObligationWriter {
    /** JSON, a Markdown or HTML checklist, or the derivation as RDF; JSON first, what HTTP answers by default. */
    public static final Offers FORMATS = Offers.of("output format", Format.JSON, Format.MD, Format.HTML, Format.TTL, Format.JSONLD);

    /** One profile's outcome and what names it (file name, or "request body"). */
    public record Entry(String source, Outcome outcome) {}

    private final OutputStream stream;
    private final Writer out;
    private final JsonWriter json;
    private final Format format;
    private final boolean rootRelative;
    private final boolean many;
    private final Graph rdf = GraphFactory.createDefaultGraph();
    private int written;

    /**
     * @param many         whether several profiles are written (JSON: an array)
     * @param rootRelative whether HTML links are root-relative (served) or the resources' IRIs
     */
    public ObligationWriter(OutputStream out, Format format, boolean many, boolean rootRelative) {
        if (!FORMATS.offers(format))
            throw new IllegalArgumentException("Obligations are not written as " + format);
        this.stream = out;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        this.json = new JsonWriter(this.out);
        this.format = format;
        this.many = many;
        this.rootRelative = rootRelative;
        rdf.getPrefixMapping().setNsPrefixes(Prefixes.get());
        if (format == Format.JSON && many)
            json.beginArray();
        if (format == Format.HTML)
            text(Html.pageStart("チェックリスト / Checklist", ChecklistHtml.STYLE));
    }

    public void write(Entry e) {
        Outcome o = e.outcome();
        switch (format) {
            case JSON -> {
                if (many)
                    json.newLine(); // one line per profile
                if (o.conforms())
                    ObligationJson.write(json, e.source(), o);
                else
                    json.value(notConforming(e));
            }
            case MD -> {
                text(written > 0 ? "\n---\n\n" : "");
                if (o.conforms())
                    ChecklistMarkdown.write(out, e.source(), o);
                else
                    text(markdownReport(e));
            }
            case HTML -> {
                if (o.conforms())
                    ChecklistHtml.section(out, e.source(), o, rootRelative);
                else
                    text(htmlReport(e));
            }
            case TTL, JSONLD -> addRdf(e);
        }
        written++;
    }

    /** A file of several that could not be read: its error where its result would be (RDF: nothing; it was named on stderr). */
    public void writeError(String source, AigbException error) {
        switch (format) {
            case JSON -> {
                if (many)
                    json.newLine();
                json.beginObject().member("source", source).name("error").value(ProfileReportWriter.error(error)).endObject();
            }
            case MD -> text((written > 0 ? "\n---\n\n" : "") + "# " + ChecklistMarkdown.esc(source) + "：読み込めません / cannot be read\n\n"
                    + ChecklistMarkdown.esc(Text.cap(error.getMessage(), Text.PASSAGE)) + " (`" + error.code() + "`)\n\n");
            case HTML -> text("<section class=\"profile\"><h1>" + Html.esc(source) + "：読み込めません <span class=\"en\">cannot be read</span></h1>\n<p>"
                    + Html.esc(Text.cap(error.getMessage(), Text.PASSAGE)) + " (<code>" + Html.esc(error.code()) + "</code>)</p></section>\n");
            case TTL, JSONLD -> { }
        }
        written++;
    }

    /** Ends the output (closes the JSON array or the page, writes the graph); does not close the stream. */
    public void finish() {
        switch (format) {
            case JSON -> {
                if (many)
                    text("\n");
                if (many)
                    json.endArray();
                text("\n");
            }
            case MD -> {}
            case HTML -> text(Html.pageEnd());
            case TTL, JSONLD -> {
                flush();
                if (format == Format.TTL)
                    CompactRdf.turtle(stream, rdf);
                else
                    CompactRdf.jsonLd(stream, rdf);
            }
        }
        flush();
    }

    /** The derivation (or, for a profile with violations, the report), and the report's warnings for one that conforms. */
    private void addRdf(Entry e) {
        Outcome o = e.outcome();
        Graph report = o.report().graph();
        if (o.conforms())
            o.derivation().graph().find().forEach(rdf::add);
        if (!o.conforms() || o.report().count(Severity.Warning) + o.report().count(Severity.Info) > 0) {
            report.find().forEach(rdf::add);
            Node source = NodeFactory.createLiteralString(e.source());
            report.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> rdf.add(t.getSubject(), DCTerms.source.asNode(), source));
        }
    }

    private static org.apache.jena.atlas.json.JsonObject notConforming(Entry e) {
        org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
        o.put("source", e.source());
        o.put("conforms", false);
        o.put("validation", ProfileReportWriter.json(new ProfileReportWriter.Named(e.source(), e.outcome().report())));
        return o;
    }

    private static String markdownReport(Entry e) {
        ProfileReport r = e.outcome().report();
        StringBuilder sb = new StringBuilder("# " + ChecklistMarkdown.esc(e.source()) + "：プロファイルが適合しません / the profile does not conform ("
                + r.count(Severity.Violation) + " violations)\n\n");
        for (ProfileReport.Entry x : r.entries())
            if (x.severity().equals(Severity.Violation))
                sb.append("- ").append(ChecklistMarkdown.esc(x.messageJa())).append(" / ").append(ChecklistMarkdown.esc(x.messageEn())).append('\n');
        return sb.append('\n').toString();
    }

    private static String htmlReport(Entry e) {
        ProfileReport r = e.outcome().report();
        StringBuilder sb = new StringBuilder("<section class=\"profile\"><h1>" + Html.esc(e.source()) + "：プロファイルが適合しません <span class=\"en\">the profile does not conform ("
                + r.count(Severity.Violation) + " violations)</span></h1>\n<ul>");
        for (ProfileReport.Entry x : r.entries())
            if (x.severity().equals(Severity.Violation))
                sb.append("<li>").append(Html.esc(x.messageJa())).append(" <span class=\"en\">").append(Html.esc(x.messageEn())).append("</span></li>\n");
        return sb.append("</ul></section>\n").toString();
    }

    private void text(String s) {
        try {
            out.write(s);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
