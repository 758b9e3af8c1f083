package org.w3id.aigb.render;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The documentation page of one edition of the ontology, in the manner of the DPV and AIRO pages,
 * generated from that edition's graph whenever the ontology is served (so it cannot drift from it):
 * the header (version IRI, prior version, licence, downloads), then every {@code aigb:} term with its
 * labels, definition, domain and range, place in the hierarchy and usage, every concept scheme with its
 * members, the terms reused from other vocabularies, and the changes of each edition. Every term,
 * scheme and member has an anchor: {@code #Term} for {@code aigb:Term}, {@code #prefix:name} for the
 * others ({@link #anchor}).
 */
public final class OntologyPage {
    /** One edition: its version IRI and name, date, change notes and (where both documents are kept) the computed changes. */
    public record Version(String iri, String name, String issued, String noteJa, String noteEn, List<OntologyChanges.Change> changes) {}

    private OntologyPage() {}

    /**
     * @param doc      the edition's graph
     * @param version  the edition this page documents (its version IRI names it)
     * @param current  whether it is the current edition (served at {@code /ontology})
     * @param versions every edition, newest first
     * @param usage    resources using each term, by IRI (empty for an earlier edition: usage is the current graph's)
     */
    public static String render(OntologyDoc doc, Version version, boolean current, List<Version> versions, Map<String, Long> usage) {
        Resource ont = doc.document();
        String ja = doc.text(ont, RDFS.label, "ja");
        String en = doc.text(ont, RDFS.label, "en");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(ja == null ? "aigb ontology" : ja)).append("</h1>\n");
        if (en != null)
            b.append("<p class=\"en\">").append(Html.esc(en)).append("</p>\n");
        if (!current)
            b.append("<p><strong>An earlier edition (").append(Html.esc(version.name())).append(").</strong> The current edition is at ")
                    .append(Html.link("/ontology", "/ontology")).append(".</p>\n");
        header(b, doc, version, current);
        for (String lang : List.of("ja", "en")) {
            String d = doc.text(ont, DCTerms.description, lang);
            if (d != null)
                b.append("<p").append(lang.equals("en") ? " class=\"en\"" : "").append(">").append(Html.esc(d)).append("</p>\n");
        }
        b.append("<nav><p>");
        for (OntologyDoc.Kind k : OntologyDoc.Kind.values())
            b.append(Html.link("#" + k.name().toLowerCase(java.util.Locale.ROOT), k.heading)).append(" · ");
        b.append(Html.link("#schemes", "Concept schemes")).append(" · ").append(Html.link("#external", "Terms of other vocabularies"))
                .append(" · ").append(Html.link("#changes", "Changes")).append("</p></nav>\n");
        for (OntologyDoc.Kind kind : OntologyDoc.Kind.values())
            kind(b, doc, kind, usage);
        OntologySchemesHtml.schemes(b, doc, usage);
        OntologySchemesHtml.external(b, doc);
        changes(b, versions, version);
        return Html.page(ja == null ? "aigb ontology" : ja, ResourcePage.alternates(), b.toString());
    }

    /** The anchor of a resource on this page: the local name of an aigb: term, else its short name. */
    public static String anchor(Resource r) {
        return OntologyDoc.isOwn(r) ? r.getURI().substring(AIGB.NS.length()) : Prefixes.shortName(r.getURI());
    }

    /** A link to a resource: to its anchor on this page where it has one, else where the site shows it. */
    static String ref(OntologyDoc doc, Resource r) {
        String text = Prefixes.shortName(r.getURI());
        return Html.link(doc.isAnchored(r) ? "#" + anchor(r) : Links.href(r.getURI()), text);
    }

    static String refs(OntologyDoc doc, List<Resource> rs) {
        return String.join(", ", rs.stream().map(r -> ref(doc, r)).toList());
    }

    private static void header(StringBuilder b, OntologyDoc doc, Version version, boolean current) {
        Resource ont = doc.document();
        b.append("<table>\n");
        row(b, "IRI", "<span class=\"iri\">" + Html.esc(AIGB.ONTOLOGY) + "</span>");
        row(b, "this version", Html.link(Links.href(version.iri()), version.iri()));
        if (!current)
            row(b, "current version", Html.link("/ontology", AIGB.ONTOLOGY));
        doc.objects(ont, OWL2.priorVersion).forEach(p -> row(b, "prior version", Html.link(Links.href(p.getURI()), p.getURI())));
        String info = doc.plain(ont, OWL2.versionInfo);
        if (info != null)
            row(b, "version info", Html.esc(info));
        for (var p : List.of(DCTerms.created, DCTerms.modified))
            doc.literals(ont, p).forEach(l -> row(b, p.getLocalName(), Html.esc(l.getLexicalForm())));
        doc.objects(ont, DCTerms.license).forEach(l -> row(b, "licence", Html.link(l.getURI(), l.getURI())));
        doc.literals(ont, DCTerms.creator).forEach(l -> row(b, "creator", Html.esc(l.getLexicalForm())));
        row(b, "namespace", "<code>" + Html.esc(AIGB.NS) + "</code> (prefix <code>aigb:</code>)");
        if (current)
            row(b, "profile", "OWL 2 DL, consistent: checked by the test suite (OWL API profile checker, HermiT), for the ontology and for the whole graph");
        row(b, "this document as", Html.link("?format=ttl", "Turtle") + " · " + Html.link("?format=jsonld", "JSON-LD") + " · "
                + Html.link("?format=nt", "N-Triples") + " · " + Html.link("?format=rdf", "RDF/XML"));
        b.append("</table>\n");
    }

    private static void kind(StringBuilder b, OntologyDoc doc, OntologyDoc.Kind kind, Map<String, Long> usage) {
        List<Resource> terms = doc.terms(kind);
        b.append("<h2 id=\"").append(kind.name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(Html.esc(kind.heading))
                .append(" <span class=\"en\">").append(Html.esc(kind.headingJa)).append("</span> (").append(terms.size()).append(")</h2>\n");
        if (terms.isEmpty())
            return;
        b.append("<p>").append(refs(doc, terms)).append("</p>\n");
        for (Resource t : terms)
            OntologyTermHtml.term(b, doc, t, kind, usage);
    }

    private static void changes(StringBuilder b, List<Version> versions, Version shown) {
        b.append("<h2 id=\"changes\">Changes <span class=\"en\">変更履歴</span></h2>\n");
        for (Version v : versions) {
            b.append("<h3 id=\"version-").append(Html.esc(v.name())).append("\">").append(Html.link(Links.href(v.iri()), v.name()))
                    .append(v.issued() == null ? "" : " (" + Html.esc(v.issued()) + ")")
                    .append(v.name().equals(shown.name()) ? " — this document" : "").append("</h3>\n");
            if (v.noteJa() != null)
                b.append("<p>").append(Html.esc(v.noteJa())).append("</p>\n");
            if (v.noteEn() != null)
                b.append("<p class=\"en\">").append(Html.esc(v.noteEn())).append("</p>\n");
            if (v.changes() == null || v.changes().isEmpty())
                continue;
            b.append("<p class=\"muted\">Computed from the two editions' documents: ").append(Html.esc(OntologyChanges.counts(v.changes()).toString()
                    .toLowerCase(java.util.Locale.ROOT))).append("</p>\n<table>\n<tr><th>term</th><th>change</th></tr>\n");
            for (OntologyChanges.Change c : v.changes())
                b.append("<tr><td>").append(Html.link(Links.href(c.iri()), Prefixes.shortName(c.iri()))).append("</td><td>")
                        .append(c.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(c.properties().isEmpty() ? "" : ": " + Html.esc(String.join(", ", c.properties()))).append("</td></tr>\n");
            b.append("</table>\n");
        }
    }

    static void row(StringBuilder b, String name, String html) {
        if (html != null && !html.isEmpty())
            b.append("<tr><th>").append(Html.esc(name)).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
