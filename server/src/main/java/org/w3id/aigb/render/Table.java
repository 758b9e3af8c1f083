package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT result held in memory, for rendering. */
public record Table(List<String> vars, List<QuerySolution> rows) {

    public static Table of(ResultSet rs) {
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return new Table(List.copyOf(rs.getResultVars()), rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The text of a literal or the IRI of a resource in {@code var} of {@code row}, or "". */
    public static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null)
            return "";
        if (n.isLiteral()) {
            Literal l = n.asLiteral();
            return l.getLexicalForm();
        }
        return n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    /** An HTML table of all columns, each value rendered by {@link Cells#node}. */
    public String toHtml() {
        StringBuilder sb = new StringBuilder("<table>\n<tr>");
        for (String v : vars)
            sb.append("<th>").append(Html.esc(v)).append("</th>");
        sb.append("</tr>\n");
        for (QuerySolution row : rows) {
            sb.append("<tr>");
            for (String v : vars)
                sb.append("<td>").append(Cells.node(row.get(v), null)).append("</td>");
            sb.append("</tr>\n");
        }
        return sb.append("</table>\n").toString();
    }
}
