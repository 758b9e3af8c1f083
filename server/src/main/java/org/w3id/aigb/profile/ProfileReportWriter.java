package org.w3id.aigb.profile;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.vocab.CompactRdf;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes validation reports, one or several (the command line validates several files), in one of
 * its {@link #FORMATS}. Shared by the command line and the HTTP endpoint, so both say the same.
 * <ul>
 * <li>text: one block per profile, each result with its severity, shape, focus node, path, value,
 * citations, and its message in Japanese and English;</li>
 * <li>json: per profile {@code source, conforms, violations, warnings, infos, results[]}, each result
 * {@code severity, focusNode, path, value, shape, message{ja,en}, cites[{iri, code, label{ja,en}}]};
 * a single object for one profile, an array for several;</li>
 * <li>ttl, jsonld: the SHACL report graphs, each report node naming its source with {@code dcterms:source}.</li>
 * </ul>
 * The text and JSON summaries cut every term and message from the profile to {@link Text#PASSAGE}
 * characters; the RDF writes long IRIs once, as prefixes ({@link CompactRdf}). So a
 * report does not grow with a long IRI times the results that name it.
 */
public final class ProfileReportWriter {
    /** Text for people (first: what the command line writes by default), a JSON summary, or the SHACL report as RDF. */
    public static final Offers FORMATS = Offers.of("report format", Format.TEXT, Format.JSON, Format.TTL, Format.JSONLD);

    /**
     * A report and the name of what was validated (file name, or "request body"); or, for a file of
     * several that could not be read, the error instead of the report.
     */
    public record Named(String source, ProfileReport report, AigbException error) {
        public Named(String source, ProfileReport report) {
            this(source, report, null);
        }
    }


    private ProfileReportWriter() {}

    public static void write(List<Named> reports, Format format, OutputStream out) {
        switch (format) {
            case TEXT -> writeText(reports, out);
            case JSON -> writeJson(reports, out);
            case TTL -> CompactRdf.turtle(out, rdf(reports));
            case JSONLD -> CompactRdf.jsonLd(out, rdf(reports));
            default -> throw new IllegalArgumentException("A validation report is not written as " + format);
        }
    }

    private static void writeText(List<Named> reports, OutputStream os) {
        PrintStream out = new PrintStream(os, false, StandardCharsets.UTF_8);
        for (Named n : reports) {
            if (n.error() != null) {
                out.printf("%s: CANNOT BE READ: %s (%s)%n", n.source(), n.error().getMessage(), n.error().code());
                continue;
            }
            ProfileReport r = n.report();
            out.printf("%s: %s (%d violations, %d warnings)%n", n.source(), r.conforms() ? "conforms" : "DOES NOT CONFORM",
                    r.count(Severity.Violation), r.count(Severity.Warning));
            for (ProfileReport.Entry e : r.entries()) {
                out.printf("  %s %s%n", e.severity().level().getLocalName().toUpperCase(), shortForm(e.sourceShape()));
                out.printf("    focus: %s%n", shortForm(e.focusNode()));
                if (e.path() != null)
                    out.printf("    path:  %s%n", PathWriter.asString(e.path(), new Prologue(Prefixes.get())));
                if (e.value() != null && !e.value().equals(e.focusNode()))
                    out.printf("    value: %s%n", shortForm(e.value()));
                for (ProfileReport.Citation c : e.cites())
                    out.printf("    cites: %s%s%n", c.code(), c.labelJa() != null ? " " + c.labelJa() : c.labelEn() != null ? " " + c.labelEn() : "");
                out.printf("    ja: %s%n    en: %s%n", message(e.messageJa()), message(e.messageEn()));
            }
        }
        out.flush();
    }

    private static void writeJson(List<Named> reports, OutputStream out) {
        JsonValue value;
        if (reports.size() == 1) {
            value = json(reports.get(0));
        } else {
            JsonArray array = new JsonArray();
            reports.forEach(n -> array.add(json(n)));
            value = array;
        }
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        ps.println(JsonText.compact(value));
        ps.flush();
    }

    /** The JSON summary of one report; of an unreadable file, {@code {source, error: {code, message, line?, column?}}}. */
    public static JsonObject json(Named named) {
        JsonObject o = new JsonObject();
        o.put("source", named.source());
        if (named.error() != null) {
            o.put("error", error(named.error()));
            return o;
        }
        ProfileReport r = named.report();
        o.put("conforms", r.conforms());
        o.put("violations", r.count(Severity.Violation));
        o.put("warnings", r.count(Severity.Warning));
        o.put("infos", r.count(Severity.Info));
        JsonArray results = new JsonArray();
        for (ProfileReport.Entry e : r.entries()) {
            JsonObject j = new JsonObject();
            j.put("severity", e.severity().level().getLocalName());
            j.put("focusNode", text(e.focusNode()));
            if (e.path() != null)
                j.put("path", e.path() instanceof P_Link link ? link.getNode().getURI() : PathWriter.asString(e.path()));
            if (e.value() != null)
                j.put("value", text(e.value()));
            if (e.sourceShape() != null)
                j.put("shape", text(e.sourceShape()));
            j.put("message", pair(message(e.messageJa()), message(e.messageEn())));
            JsonArray cites = new JsonArray();
            for (ProfileReport.Citation c : e.cites()) {
                JsonObject cj = new JsonObject();
                cj.put("iri", c.iri().getURI());
                cj.put("code", c.code());
                if (c.labelJa() != null || c.labelEn() != null)
                    cj.put("label", pair(c.labelJa(), c.labelEn()));
                cites.add(cj);
            }
            j.put("cites", cites);
            results.add(j);
        }
        o.put("results", results);
        return o;
    }

    /** {@code {code, message, line?, column?}} of an error, as HTTP errors are written. */
    public static JsonObject error(AigbException e) {
        JsonObject o = new JsonObject();
        o.put("code", e.code());
        o.put("message", e.getMessage());
        long line = e instanceof AigbException.BadInput b ? b.line() : e instanceof Limits.LimitExceeded l ? l.line() : -1;
        long column = e instanceof AigbException.BadInput b ? b.column() : e instanceof Limits.LimitExceeded l ? l.column() : -1;
        if (line > 0) {
            o.put("line", line);
            o.put("column", column);
        }
        return o;
    }

    /** {@code {ja, en}}, leaving out a language that is null. */
    public static JsonObject pair(String ja, String en) {
        JsonObject o = new JsonObject();
        if (ja != null)
            o.put("ja", ja);
        if (en != null)
            o.put("en", en);
        return o;
    }

    private static Graph rdf(List<Named> reports) {
        Graph all = GraphFactory.createDefaultGraph();
        all.getPrefixMapping().setNsPrefixes(Prefixes.get());
        for (Named n : reports) {
            if (n.report() == null)
                continue; // an unreadable file has no report graph: it was named on stderr
            Graph g = n.report().graph();
            g.find().forEach(all::add);
            g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t ->
                    all.add(t.getSubject(), DCTerms.source.asNode(), NodeFactory.createLiteralString(n.source())));
        }
        return all;
    }

    /** A term of a result: from the profile, so cut to {@link Text#PASSAGE} characters (the SHACL report in RDF has it whole). */
    private static String text(Node n) {
        if (n.isURI())
            return Text.cut(n.getURI(), Text.PASSAGE);
        if (n.isBlank())
            return "_:" + n.getBlankNodeLabel();
        return Text.cut(n.getLiteralLexicalForm(), Text.PASSAGE);
    }

    private static String shortForm(Node n) {
        return n == null ? "-" : Text.cut(FmtUtils.stringForNode(n, Prefixes.get()), Text.PASSAGE);
    }

    /** A result's message may quote a value of the profile: cut like the terms. */
    private static String message(String s) {
        return Text.cut(s, Text.PASSAGE);
    }
}
