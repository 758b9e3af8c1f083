package org.w3id.aigb.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonObject;
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
import org.w3id.aigb.JsonText;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes the outcomes of one or many profiles in an {@link ObligationFormat}; shared by the command
 * line and the HTTP endpoint. JSON (an object, or an array for several) and Markdown stream one profile
 * at a time, so a batch of thousands runs in constant memory; HTML (one printable page) and RDF
 * (one graph) collect them first. A profile that does not conform gets its validation report instead
 * of a checklist.
 */
public final class ObligationWriter {
    /** One profile's outcome and what names it (file name, or "request body"). */
    public record Entry(String source, Outcome outcome) {}

    private final OutputStream out;
    private final ObligationFormat format;
    private final boolean rootRelative;
    private final boolean many;
    private final StringBuilder html = new StringBuilder();
    private final Graph rdf = GraphFactory.createDefaultGraph();
    private int written;

    /**
     * @param many         whether several profiles are written (JSON: an array)
     * @param rootRelative whether HTML links are root-relative (served) or the resources' IRIs
     */
    public ObligationWriter(OutputStream out, ObligationFormat format, boolean many, boolean rootRelative) {
        this.out = out;
        this.format = format;
        this.many = many;
        this.rootRelative = rootRelative;
        rdf.getPrefixMapping().setNsPrefixes(Prefixes.get());
        if (format == ObligationFormat.JSON && many)
            text("[\n");
    }

    public void write(Entry e) {
        Outcome o = e.outcome();
        switch (format) {
            case JSON -> {
                text(written > 0 ? ",\n" : "");
                // compact, one line per profile, encoded at once
                text(JsonText.compact(o.conforms() ? ObligationJson.of(e.source(), o.derivation()) : notConforming(e)));
            }
            case MD -> text((written > 0 ? "\n---\n\n" : "") + (o.conforms() ? ChecklistMarkdown.of(e.source(), o.derivation()) : markdownReport(e)));
            case HTML -> html.append(o.conforms() ? ChecklistHtml.section(e.source(), o.derivation(), rootRelative) : htmlReport(e));
            case TTL, JSONLD -> addRdf(e);
        }
        written++;
    }

    /** Ends the output (closes the JSON array, writes the page or the graph); does not close the stream. */
    public void finish() {
        switch (format) {
            case JSON -> text(many ? "\n]\n" : "\n");
            case MD -> {}
            case HTML -> text(Html.page("チェックリスト / Checklist", ChecklistHtml.STYLE, html.toString()));
            case TTL -> RDFDataMgr.write(out, rdf, RDFFormat.TURTLE_PRETTY);
            case JSONLD -> RDFDataMgr.write(out, rdf, RDFFormat.JSONLD11_PRETTY);
        }
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void addRdf(Entry e) {
        Graph g = e.outcome().conforms() ? e.outcome().derivation().graph() : e.outcome().report().graph();
        g.find().forEach(rdf::add);
        Node source = NodeFactory.createLiteralString(e.source());
        if (!e.outcome().conforms())
            g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> rdf.add(t.getSubject(), DCTerms.source.asNode(), source));
    }

    private static JsonObject notConforming(Entry e) {
        JsonObject o = new JsonObject();
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
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
