package org.w3id.aigb.web;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Text;
import org.w3id.aigb.query.QueryPolicy;

/**
 * {@code /kg/sparql}: Fuseki's own SPARQL 1.1 query handler (protocol, content negotiation), with
 * these additions: a malformed query is reported with the parser's line and column, which Fuseki
 * folds into its message text; a query is checked by {@link QueryPolicy} (no {@code SERVICE}, not
 * even {@code SILENT}); a {@code timeout=} Fuseki would ignore is a 400; and the answer's format is
 * chosen by {@link SparqlFormats} (the Accept header first, {@code q=0} respected, a 406 when nothing
 * offered is acceptable; {@code format=} and {@code output=} only among what Accept allows) and
 * written by Fuseki ({@link KgNegotiation}). The answer is evaluated in full within the time and
 * result limits before anything is written ({@link BoundedResults}), so its status is that of the
 * whole answer.
 */
final class ActionSparql extends SPARQL_QueryDataset {
    private final transient Limits limits;

    ActionSparql(Limits limits) {
        this.limits = limits;
    }

    /** Evaluates the answer in full ({@link BoundedResults}) before Fuseki writes it: a timeout is then an error status. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = BoundedResults.evaluate(queryExec, requestQuery, limits);
        return result != null ? result : super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    /**
     * A GET with no parameters at all is, to Fuseki, a request for a service description it does not
     * have (a 404 "Service Description"); someone who opened the endpoint's address wants to know how
     * to send a query.
     */
    @Override
    public void execGet(HttpAction action) {
        if (!action.getRequest().getParameterNames().hasMoreElements())
            throw new AigbException.BadInput("missing-query", "No query: send it as ?query=... (GET), as the form field query"
                    + " (POST, application/x-www-form-urlencoded) or as an application/sparql-query body (POST); a query form is on the home page /");
        super.execGet(action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        QueryPolicy.check(query);
        checkTimeout(action.getRequestParameter("timeout"));
        String named = SparqlFormats.PARAMETERS.stream().map(action::getRequestParameter).filter(v -> v != null).findFirst().orElse(null);
        KgNegotiation.choose(action.getRequest(), action.getResponse(),
                SparqlFormats.choose(SparqlFormats.of(query), Negotiation.accept(action.getRequest()), named));
    }

    /**
     * Fuseki takes {@code timeout=} in whole seconds (or {@code first,overall}) and only to shorten the
     * service's limit; anything else it ignores with a line in the log, so a client that asked for
     * {@code timeout=0.5} would silently get the full limit.
     */
    static void checkTimeout(String timeout) {
        if (timeout != null && !timeout.matches("\\d{1,9}(,\\d{1,9})?"))
            throw new AigbException.BadInput("bad-parameter", "timeout= takes whole seconds (e.g. timeout=2), not '"
                    + Text.cut(timeout, 40) + "'; it can only shorten the service's time limit");
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
