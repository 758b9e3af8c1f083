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
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.vocab.CompactRdf;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes the outcomes of one or many profiles in an {@link ObligationFormat}; shared by the command
 * line and the HTTP endpoint. JSON (an object, or an array for several), Markdown and HTML (one
 * printable page) are written as they go, one profile at a time, so a batch of thousands runs in
 * constant memory and no answer is held whole; RDF (one graph) collects the profiles' graphs
 * first. A profile that does not conform gets its validation report instead of a checklist; a
 * file of several that could not be read gets its error ({@link #writeError}). A conforming
 * profile's validation warnings are part of every format. The same writer writes what an update
 * changed for each organisation ({@link #forChanges}, {@link #write(String, Compared)}: {@link ChangesJson},
 * {@link ChangesMarkdown}, {@link ChangesHtml}, or the comparison as RDF), framed alike.
 */
public final class ObligationWriter {
    /** One profile's outcome and what names it (file name, or "request body"). */
    public record Entry(String source, Outcome outcome) {}

    private final OutputStream stream;
    private final Writer out;
    private final JsonWriter json;
    private final ObligationFormat format;
    private final boolean rootRelative;
    private final boolean many;
    private final Graph rdf = GraphFactory.createDefaultGraph();
    private int written;

    /**
     * @param many         whether several profiles are written (JSON: an array)
     * @param rootRelative whether HTML links are root-relative (served) or the resources' IRIs
     */
    public ObligationWriter(OutputStream out, ObligationFormat format, boolean many, boolean rootRelative) {
        this(out, format, many, rootRelative, "チェックリスト / Checklist");
    }

    /** A writer of what the update changed for each profile ({@link #write(String, Compared)}), in the same frame. */
    public static ObligationWriter forChanges(OutputStream out, ObligationFormat format, boolean many, boolean rootRelative) {
        return new ObligationWriter(out, format, many, rootRelative, "更新で変わったこと / What the update changed");
    }

    private ObligationWriter(OutputStream out, ObligationFormat format, boolean many, boolean rootRelative, String title) {
        this.stream = out;
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        this.json = new JsonWriter(this.out);
        this.format = format;
        this.many = many;
        this.rootRelative = rootRelative;
        rdf.getPrefixMapping().setNsPrefixes(Prefixes.get());
        if (format == ObligationFormat.JSON && many)
            json.beginArray();
        if (format == ObligationFormat.HTML)
            text(Html.pageStart(title, ChecklistHtml.STYLE));
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

    /**
     * What the update changed for one profile's organisation ({@link ObligationEngine#compare}), or its
     * validation report if it does not conform, as the checklist writes its reports.
     */
    public void write(String source, Compared c) {
        if (!c.conforms()) {
            write(new Entry(source, new Outcome(c.report(), null)));
            return;
        }
        switch (format) {
            case JSON -> {
                if (many)
                    json.newLine(); // one line per profile
                ChangesJson.write(json, source, c.comparison());
            }
            case MD -> text((written > 0 ? "\n---\n\n" : "") + ChangesMarkdown.of(source, c.comparison()));
            case HTML -> text(ChangesHtml.section(source, c.comparison(), rootRelative));
            case TTL, JSONLD -> {
                c.comparison().graph().find().forEach(rdf::add);
                addWarnings(source, c.report());
            }
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
                if (format == ObligationFormat.TTL)
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
        if (o.conforms())
            o.derivation().graph().find().forEach(rdf::add);
        if (!o.conforms())
            addReport(e.source(), o.report());
        else
            addWarnings(e.source(), o.report());
    }

    /** A conforming profile's report, if it has warnings. */
    private void addWarnings(String source, ProfileReport report) {
        if (report.count(Severity.Warning) + report.count(Severity.Info) > 0)
            addReport(source, report);
    }

    private void addReport(String source, ProfileReport r) {
        Graph report = r.graph();
        report.find().forEach(rdf::add);
        Node name = NodeFactory.createLiteralString(source);
        report.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> rdf.add(t.getSubject(), DCTerms.source.asNode(), name));
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
