package org.w3id.aigb.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT answer held in memory, with its variables in order ({@link QueryRunner#select}). */
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
}
