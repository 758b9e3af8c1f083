package org.w3id.aigb.render;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.Prefixes;

/** The concept schemes of the ontology page, each member with its anchor, and the terms reused from other vocabularies. */
final class OntologySchemesHtml {
    private OntologySchemesHtml() {}

    static void schemes(StringBuilder b, OntologyDoc doc, Map<String, Long> usage) {
        Map<Resource, List<Resource>> schemes = doc.schemes();
        b.append("<h2 id=\"schemes\">Concept schemes <span class=\"en\">概念体系</span> (").append(schemes.size()).append(")</h2>\n");
        schemes.forEach((scheme, members) -> {
            b.append("<section id=\"").append(Html.esc(OntologyPage.anchor(scheme))).append("\">\n<h3><code>")
                    .append(Html.link(Links.href(scheme.getURI()), Prefixes.shortName(scheme.getURI()))).append("</code> ")
                    .append(Html.esc(nonNull(doc.text(scheme, RDFS.label, "ja")))).append(" <span class=\"en\">")
                    .append(Html.esc(nonNull(doc.text(scheme, RDFS.label, "en")))).append("</span></h3>\n");
            String definition = OntologyTermHtml.texts(doc, scheme, SKOS.definition);
            if (!definition.isEmpty())
                b.append("<p>").append(definition).append("</p>\n");
            b.append("<table>\n<tr><th>member</th><th>notation</th><th>label</th><th>definition</th>")
                    .append(usage.isEmpty() ? "" : "<th>used by</th>").append("</tr>\n");
            for (Resource m : members) {
                b.append("<tr id=\"").append(Html.esc(OntologyPage.anchor(m))).append("\"><td>")
                        .append(Html.link(Links.href(m.getURI()), Prefixes.shortName(m.getURI()))).append("</td><td>")
                        .append(Html.esc(nonNull(doc.plain(m, SKOS.notation)))).append("</td><td>")
                        .append(OntologyTermHtml.texts(doc, m, RDFS.label)).append("</td><td>")
                        .append(OntologyTermHtml.texts(doc, m, SKOS.definition)).append("</td>");
                if (!usage.isEmpty())
                    b.append("<td>").append(usage.getOrDefault(m.getURI(), 0L)).append("</td>");
                b.append("</tr>\n");
            }
            b.append("</table>\n</section>\n");
        });
    }

    static void external(StringBuilder b, OntologyDoc doc) {
        List<Resource> terms = doc.externalTerms();
        b.append("<h2 id=\"external\">Terms of other vocabularies <span class=\"en\">他の語彙の語</span> (").append(terms.size()).append(")</h2>\n");
        if (terms.isEmpty())
            return;
        b.append("<p>Declared with the OWL type their own vocabulary gives them (<code>ontology/external.ttl</code>), so that the ontology and the graph are OWL 2 DL without importing those vocabularies.</p>\n")
                .append("<table>\n<tr><th>term</th><th>type</th><th>label</th><th>defined by</th></tr>\n");
        for (Resource t : terms) {
            String type = doc.objects(t, org.apache.jena.vocabulary.RDF.type).stream().map(r -> Prefixes.shortName(r.getURI())).reduce((x, y) -> x + ", " + y).orElse("");
            b.append("<tr id=\"").append(Html.esc(OntologyPage.anchor(t))).append("\"><td>").append(Html.link(t.getURI(), Prefixes.shortName(t.getURI())))
                    .append("</td><td>").append(Html.esc(type)).append("</td><td>").append(Html.esc(nonNull(doc.text(t, RDFS.label, "en"))))
                    .append("</td><td>").append(doc.objects(t, RDFS.isDefinedBy).stream().map(r -> Html.link(r.getURI(), r.getURI())).reduce((x, y) -> x + ", " + y).orElse(""))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
