package org.w3id.aigb.render;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.vocab.Prefixes;

/** Renders one RDF term as HTML: resources as labelled links, literals escaped with their tag. */
public final class Cells {
    private Cells() {}

    /**
     * @param labels a model to take {@code rdfs:label}s from (may be null): the link text is the
     *               label (Japanese first, with the English after it), else the short name.
     */
    public static String node(RDFNode node, Model labels) {
        if (node == null)
            return "";
        if (node.isLiteral())
            return literal(node.asLiteral());
        Resource r = node.asResource();
        if (r.isAnon())
            return "<span class=\"muted\">[blank node]</span>";
        String iri = r.getURI();
        String ja = labels == null ? null : label(labels, r, "ja");
        String en = labels == null ? null : label(labels, r, "en");
        String text = ja != null ? ja : en != null ? en : Prefixes.shortName(iri);
        String out = Html.link(Links.href(iri), text);
        if (ja != null && en != null)
            out += " <span class=\"en\">" + Html.esc(en) + "</span>";
        return out;
    }

    /** A SELECT answer as an HTML table of all its columns, each value rendered by {@link #node}. */
    public static String table(Table table) {
        StringBuilder sb = new StringBuilder("<table>\n<tr>");
        for (String v : table.vars())
            sb.append("<th>").append(Html.esc(v)).append("</th>");
        sb.append("</tr>\n");
        for (QuerySolution row : table.rows()) {
            sb.append("<tr>");
            for (String v : table.vars())
                sb.append("<td>").append(node(row.get(v), null)).append("</td>");
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    public static String literal(Literal l) {
        String lang = l.getLanguage();
        return Html.tagged(l.getLexicalForm(), lang);
    }

    /** The {@code rdfs:label} of {@code r} in {@code lang}, or null. */
    public static String label(Model m, Resource r, String lang) {
        var it = m.listStatements(r, RDFS.label, (RDFNode) null);
        try {
            while (it.hasNext()) {
                Statement s = it.next();
                if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equalsIgnoreCase(lang))
                    return s.getLiteral().getLexicalForm();
            }
        } finally {
            it.close();
        }
        return null;
    }
}
