package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The HTML page of one resource, from its linked-data description (its triples, incoming links,
 * labels of what it links to): ja and en labels and the other names it is written under, types,
 * source section, confidence, descriptions, the source's own words that support it (its quotes,
 * each with where it is), every property as links, and the resources that refer to it.
 */
public final class ResourcePage {
    private static final Property STATUS = org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/2003/06/sw-vocab-status/ns#term_status");
    private static final Property SOURCE_QUOTE = AIGB.property("sourceQuote");
    private static final Property OLD_WORDING = AIGB.property("oldWording");
    private static final Property NEW_WORDING = AIGB.property("newWording");
    private static final Property QUOTATION = AIGB.property("quotation");
    private static final Property LOCATOR = AIGB.property("locator");
    private static final Property CONFIDENCE_NOTE = AIGB.property("confidenceNote");
    private static final Property DOWNGRADE_REASON = AIGB.property("downgradeReason");

    private ResourcePage() {}

    public static String render(Model description, Resource resource) {
        return render(description, resource, "");
    }

    /** The page with {@code extraSections} (trusted markup built by a renderer) after the descriptions. */
    public static String render(Model description, Resource resource, String extraSections) {
        String iri = resource.getURI();
        String ja = orTitle(Cells.label(description, resource, "ja"), description, resource, "ja");
        String en = orTitle(Cells.label(description, resource, "en"), description, resource, "en");
        String title = ja != null ? ja : en != null ? en : Prefixes.shortName(iri);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n");
        if (ja != null && en != null)
            b.append("<p class=\"en\">").append(Html.esc(en)).append("</p>\n");
        String alt = values(description, resource, SKOS.altLabel);
        if (!alt.isEmpty())
            b.append("<p class=\"muted\">別表記 / also written: ").append(alt.replace("<br>", " · ")).append("</p>\n");
        b.append("<p class=\"iri\">").append(Html.esc(iri)).append("</p>\n");
        b.append("<table>\n");
        row(b, "type", values(description, resource, RDF.type));
        row(b, "code", values(description, resource, AIGB.code));
        row(b, "source section", values(description, resource, AIGB.section));
        row(b, "source", values(description, resource, DCTerms.source));
        row(b, "status", values(description, resource, STATUS));
        row(b, "confidence", values(description, resource, AIGB.confidence));
        b.append("</table>\n");
        for (Property p : List.of(DCTerms.description, SKOS.definition))
            for (Statement s : sorted(description.listStatements(resource, p, (RDFNode) null).toList()))
                b.append("<p>").append(Cells.node(s.getObject(), description)).append("</p>\n");
        b.append(evidence(description, resource)).append(extraSections);
        b.append("<h2>Properties</h2>\n").append(properties(description, resource));
        b.append("<h2>Referenced by</h2>\n").append(incoming(description, resource));
        b.append("<p class=\"muted\">This description as ")
                .append(Html.link("?format=ttl", "Turtle")).append(" · ").append(Html.link("?format=jsonld", "JSON-LD"))
                .append(" · ").append(Html.link("?format=nt", "N-Triples")).append(" · ").append(Html.link("?format=rdf", "RDF/XML"))
                .append("</p>\n");
        return Html.page(title, alternates(), b.toString());
    }

    /**
     * How sure the graph is of the resource, and why: its confidence, the reason it is not Verified
     * where it once was, the note on which facts are weaker, and the source's own words with where
     * they are (the quotes of a change record's wording before and after marked as such).
     */
    private static String evidence(Model m, Resource r) {
        List<String> quotes = new ArrayList<>();
        for (Property p : List.of(OLD_WORDING, NEW_WORDING, SOURCE_QUOTE))
            for (Statement s : sorted(m.listStatements(r, p, (RDFNode) null).toList()))
                if (s.getObject().isResource())
                    quotes.add(quote(m, s.getResource(), p.equals(OLD_WORDING) ? "変更前 / before: " : p.equals(NEW_WORDING) ? "変更後 / after: " : ""));
        String confidence = values(m, r, AIGB.confidence);
        if (quotes.isEmpty() && confidence.isEmpty())
            return "";
        StringBuilder b = new StringBuilder("<h2>確度と出典の引用 / Confidence and the source's words</h2>\n");
        if (!confidence.isEmpty())
            b.append("<p>確度 / confidence: ").append(confidence).append("</p>\n");
        for (Property p : List.of(DOWNGRADE_REASON, CONFIDENCE_NOTE))
            for (Statement s : sorted(m.listStatements(r, p, (RDFNode) null).toList()))
                b.append("<p class=\"muted\">").append(Cells.node(s.getObject(), m)).append("</p>\n");
        if (quotes.isEmpty())
            b.append("<p class=\"muted\">出典の引用はありません / no quote of the source.</p>\n");
        quotes.forEach(b::append);
        return b.toString();
    }

    private static String quote(Model m, Resource q, String prefix) {
        StringBuilder b = new StringBuilder();
        for (Statement s : m.listStatements(q, QUOTATION, (RDFNode) null).toList())
            b.append("<blockquote class=\"quote\" lang=\"ja\">").append(Html.esc(prefix)).append("「")
                    .append(Html.esc(s.getLiteral().getLexicalForm())).append("」</blockquote>\n");
        String where = values(m, q, LOCATOR);
        String source = values(m, q, DCTerms.source);
        if (!where.isEmpty() || !source.isEmpty())
            b.append("<p class=\"muted\">").append(where.replace("<br>", " · "))
                    .append(source.isEmpty() ? "" : " — " + source).append("</p>\n");
        return b.toString();
    }

    /** Documents (the dataset, the ontology) carry a dcterms:title rather than a label. */
    private static String orTitle(String label, Model m, Resource r, String lang) {
        if (label != null)
            return label;
        for (Statement s : m.listStatements(r, DCTerms.title, (RDFNode) null).toList())
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang))
                return s.getLiteral().getLexicalForm();
        return null;
    }

    static String alternates() {
        return "<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">\n"
                + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">\n"
                + "<link rel=\"alternate\" type=\"application/n-triples\" href=\"?format=nt\">\n"
                + "<link rel=\"alternate\" type=\"application/rdf+xml\" href=\"?format=rdf\">\n";
    }

    private static void row(StringBuilder b, String name, String values) {
        if (!values.isEmpty())
            b.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(values).append("</td></tr>\n");
    }

    private static String values(Model m, Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (Statement s : sorted(m.listStatements(r, p, (RDFNode) null).toList()))
            out.add(Cells.node(s.getObject(), m));
        return String.join("<br>", out);
    }

    private static String properties(Model m, Resource r) {
        Map<Property, List<Statement>> byProperty = new LinkedHashMap<>();
        for (Statement s : sorted(m.listStatements(r, null, (RDFNode) null).toList()))
            byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s);
        StringBuilder b = new StringBuilder("<table>\n<tr><th>property</th><th>value</th></tr>\n");
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing(e -> Prefixes.shortName(e.getKey().getURI())))
                .forEach(e -> {
                    b.append("<tr><td>").append(Cells.node(e.getKey(), m)).append("</td><td>");
                    List<String> vals = new ArrayList<>();
                    for (Statement s : e.getValue())
                        vals.add(s.getObject().isAnon() ? blank(m, s.getResource()) : Cells.node(s.getObject(), m));
                    b.append(String.join("<br>", vals)).append("</td></tr>\n");
                });
        return b.append("</table>\n").toString();
    }

    /** A blank node's own properties, one level deep (e.g. a restriction or a list head). */
    private static String blank(Model m, Resource bnode) {
        List<String> parts = new ArrayList<>();
        for (Statement s : sorted(m.listStatements(bnode, null, (RDFNode) null).toList()))
            parts.add(Cells.node(s.getPredicate(), m) + " " + Cells.node(s.getObject(), m));
        return parts.isEmpty() ? Cells.node(bnode, m) : "[ " + String.join("; ", parts) + " ]";
    }

    private static String incoming(Model m, Resource r) {
        List<Statement> in = sorted(m.listStatements(null, null, r).toList());
        in.removeIf(s -> s.getSubject().isAnon() || s.getPredicate().equals(RDFS.label));
        if (in.isEmpty())
            return "<p class=\"muted\">No other resource refers to this one.</p>\n";
        StringBuilder b = new StringBuilder("<table>\n<tr><th>resource</th><th>property</th></tr>\n");
        for (Statement s : in)
            b.append("<tr><td>").append(Cells.node(s.getSubject(), m)).append("</td><td>")
                    .append(Cells.node(s.getPredicate(), m)).append("</td></tr>\n");
        return b.append("</table>\n").toString();
    }

    /** Statements in a stable order: Japanese before English, then by text. */
    private static List<Statement> sorted(List<Statement> statements) {
        List<Statement> list = new ArrayList<>(statements);
        list.sort(Comparator.comparing((Statement s) -> langRank(s.getObject()))
                .thenComparing(s -> s.getSubject().toString())
                .thenComparing(s -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()));
        return list;
    }

    private static int langRank(RDFNode n) {
        if (!n.isLiteral())
            return 0;
        Literal l = n.asLiteral();
        return switch (l.getLanguage()) {
            case "ja" -> 1;
            case "en" -> 2;
            default -> 3;
        };
    }
}
