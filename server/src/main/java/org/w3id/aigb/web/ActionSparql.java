package org.w3id.aigb.web;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.w3id.aigb.AigbException;

/**
 * {@code /kg/sparql}: Fuseki's own SPARQL 1.1 query handler (protocol, content negotiation,
 * streaming), with one addition: a malformed query is reported with the parser's line and column,
 * which Fuseki folds into its message text.
 */
final class ActionSparql extends SPARQL_QueryDataset {
    /**
     * A GET with no parameters at all is, to Fuseki, a request for a service description it does not
     * have (a 404 "Service Description"); someone who opened the endpoint's address wants to know how
     * to send a query.
     */
    @Override
    public void execGet(HttpAction action) {
        if (!action.getRequest().getParameterNames().hasMoreElements())
            throw new AigbException.BadInput("missing-query", "No query: send it as ?query=... (GET), as the form field query"
                    + " (POST, application/x-www-form-urlencoded) or as an application/sparql-query body (POST); the query editor is at /editor");
        super.execGet(action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ActionErrorException e) {
            // Only on the error path: parse again, as Fuseki did, so that a syntax error surfaces as a
            // QueryParseException carrying its line and column.
            if (e.getRC() == 400 && queryString != null)
                QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            throw e;
        }
    }
}
