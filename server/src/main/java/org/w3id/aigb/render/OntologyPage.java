package org.w3id.aigb.render;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.aigb.vocab.AIGB;

/** The HTML page of the ontology document: its header, then each class and property with an anchor. */
public final class OntologyPage {
    private OntologyPage() {}

    /** @param terms rows of {@code queries/service/ontology-terms.rq} */
    public static String render(Model ontology, Table terms) {
        var doc = ontology.createResource(AIGB.ONTOLOGY);
        String title = Cells.label(ontology, doc, "ja");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title == null ? "aigb ontology" : title)).append("</h1>\n");
        String en = Cells.label(ontology, doc, "en");
        if (en != null)
            b.append("<p class=\"en\">").append(Html.esc(en)).append("</p>\n");
        b.append("<p class=\"iri\">").append(Html.esc(AIGB.ONTOLOGY)).append(" — namespace <code>")
                .append(Html.esc(AIGB.NS)).append("</code></p>\n");
        ontology.listStatements(doc, DCTerms.description, (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(s -> b.append("<p>").append(Cells.node(s.getObject(), null)).append("</p>\n"));
        section(b, "Classes", "class", terms, true);
        section(b, "Properties", "property", terms, false);
        b.append("<p class=\"muted\">The ontology as ").append(Html.link("?format=ttl", "Turtle")).append(" · ")
                .append(Html.link("?format=jsonld", "JSON-LD")).append(" · ").append(Html.link("?format=nt", "N-Triples"))
                .append(" · ").append(Html.link("?format=rdf", "RDF/XML")).append("</p>\n");
        return Html.page("aigb ontology", ResourcePage.alternates(), b.toString());
    }

    private static void section(StringBuilder b, String heading, String kind, Table terms, boolean classes) {
        b.append("<h2>").append(heading).append("</h2>\n<table>\n<tr><th>term</th><th>label</th><th>definition</th>")
                .append(classes ? "<th>resources</th>" : "").append("</tr>\n");
        for (QuerySolution row : terms.rows()) {
            if (!kind.equals(Table.text(row, "kind")))
                continue;
            String iri = Table.text(row, "term");
            String local = iri.startsWith(AIGB.NS) ? iri.substring(AIGB.NS.length()) : iri;
            b.append("<tr id=\"").append(Html.esc(local)).append("\"><td><code>").append(Html.esc(Links.shortName(iri)))
                    .append("</code></td><td>").append(Html.esc(Table.text(row, "labelJa"))).append("<br><span class=\"en\">")
                    .append(Html.esc(Table.text(row, "labelEn"))).append("</span></td><td>")
                    .append(Html.esc(Table.text(row, "definitionJa"))).append("<br><span class=\"en\">")
                    .append(Html.esc(Table.text(row, "definitionEn"))).append("</span></td>");
            if (classes) {
                String n = Table.text(row, "instances");
                b.append("<td>").append("0".equals(n) ? "0" : Html.link("/list/" + local, n)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }
}
