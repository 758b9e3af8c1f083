package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.Prefixes;

/** One {@code aigb:} term of the ontology page: its anchor, labels, definition and every relation a reader looks for. */
final class OntologyTermHtml {
    private OntologyTermHtml() {}

    static void term(StringBuilder b, OntologyDoc doc, Resource t, OntologyDoc.Kind kind, Map<String, Long> usage) {
        String anchor = OntologyPage.anchor(t);
        b.append("<section id=\"").append(Html.esc(anchor)).append("\">\n<h3><code>").append(Html.esc(Prefixes.shortName(t.getURI())))
                .append("</code> ").append(Html.esc(nonNull(doc.text(t, RDFS.label, "ja")))).append(" <span class=\"en\">")
                .append(Html.esc(nonNull(doc.text(t, RDFS.label, "en")))).append("</span></h3>\n<table>\n");
        OntologyPage.row(b, "IRI", "<span class=\"iri\">" + Html.esc(t.getURI()) + "</span>");
        OntologyPage.row(b, "type", Html.esc(types(doc, t, kind)));
        OntologyPage.row(b, "definition", texts(doc, t, SKOS.definition));
        if (kind == OntologyDoc.Kind.CLASS) {
            OntologyPage.row(b, "subclass of", OntologyPage.refs(doc, doc.objects(t, RDFS.subClassOf)));
            OntologyPage.row(b, "subclasses", OntologyPage.refs(doc, doc.subjects(RDFS.subClassOf, t)));
            OntologyPage.row(b, "one of", OntologyPage.refs(doc, doc.oneOf(t)));
            OntologyPage.row(b, "domain of", OntologyPage.refs(doc, doc.subjects(RDFS.domain, t)));
            OntologyPage.row(b, "range of", OntologyPage.refs(doc, doc.subjects(RDFS.range, t)));
        } else if (kind == OntologyDoc.Kind.INDIVIDUAL) {
            OntologyPage.row(b, "instance of", OntologyPage.refs(doc, doc.objects(t, RDF.type).stream()
                    .filter(c -> !c.equals(OWL2.NamedIndividual)).toList()));
            OntologyPage.row(b, "notation", Html.esc(doc.plain(t, SKOS.notation)));
        } else if (kind == OntologyDoc.Kind.DATATYPE) {
            OntologyPage.row(b, "definition (OWL)", Html.esc(doc.datatypeDefinition(t)));
            OntologyPage.row(b, "range of", OntologyPage.refs(doc, doc.subjects(RDFS.range, t)));
        } else {
            OntologyPage.row(b, "domain", OntologyPage.refs(doc, doc.objects(t, RDFS.domain)));
            OntologyPage.row(b, "range", OntologyPage.refs(doc, doc.objects(t, RDFS.range)));
            OntologyPage.row(b, "subproperty of", OntologyPage.refs(doc, doc.objects(t, RDFS.subPropertyOf)));
            OntologyPage.row(b, "subproperties", OntologyPage.refs(doc, doc.subjects(RDFS.subPropertyOf, t)));
            OntologyPage.row(b, "inverse of", OntologyPage.refs(doc, doc.inverses(t)));
        }
        OntologyPage.row(b, "comment", texts(doc, t, RDFS.comment));
        OntologyPage.row(b, "see also", OntologyPage.refs(doc, doc.objects(t, RDFS.seeAlso)));
        if (!usage.isEmpty())
            OntologyPage.row(b, "usage", usage(t, kind, usage.getOrDefault(t.getURI(), 0L)));
        b.append("</table>\n</section>\n");
    }

    /** How many resources of the current graph use the term, linked to their list for a class. */
    static String usage(Resource t, OntologyDoc.Kind kind, long n) {
        String what = switch (kind) {
            case CLASS -> "resources of this class";
            case INDIVIDUAL -> "resources refer to it";
            case DATATYPE -> "resources";
            default -> "resources state it";
        };
        String count = kind == OntologyDoc.Kind.CLASS && n > 0
                ? Html.link("/list/" + OntologyPage.anchor(t), Long.toString(n)) : Long.toString(n);
        return count + " " + Html.esc(what) + " <span class=\"muted\">(in the knowledge graph, entailments included)</span>";
    }

    private static String types(OntologyDoc doc, Resource t, OntologyDoc.Kind kind) {
        List<String> out = new ArrayList<>(List.of(kind.singular));
        if (doc.is(t, OWL2.FunctionalProperty))
            out.add("functional");
        return String.join(", ", out);
    }

    /** The ja and en values of a text property, Japanese first. */
    static String texts(OntologyDoc doc, Resource t, org.apache.jena.rdf.model.Property p) {
        List<String> out = new ArrayList<>();
        for (Literal l : doc.literals(t, p))
            out.add(l.getLanguage().equals("en") ? "<span class=\"en\">" + Html.tagged(l.getLexicalForm(), l.getLanguage()) + "</span>"
                    : Html.tagged(l.getLexicalForm(), l.getLanguage()));
        out.sort((a, c) -> Boolean.compare(a.startsWith("<span class=\"en\">"), c.startsWith("<span class=\"en\">")));
        return String.join("<br>", out);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
