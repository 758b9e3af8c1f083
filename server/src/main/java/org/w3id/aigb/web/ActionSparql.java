package org.w3id.aigb.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.query.QueryPolicy;
import org.w3id.aigb.render.EndpointPage;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /kg/sparql}: Fuseki's own SPARQL 1.1 query handler (protocol, content negotiation), with
 * these additions: a GET without a query answers the SPARQL Service Description; a request that
 * carries no query, or a body in another media type or charset, is told how to send one; a
 * malformed query is reported with the parser's line and column, which Fuseki folds into its
 * message text; a query is checked by {@link QueryPolicy} (no {@code SERVICE}, not even
 * {@code SILENT}); a {@code timeout=} Fuseki would ignore is a 400; and the answer's format is chosen by
 * {@link SparqlFormats} (the Accept header first, {@code q=0} respected, a 406 when nothing offered is
 * acceptable; {@code format=} and {@code output=} only among what Accept allows) and written by Fuseki
 * ({@link KgNegotiation}). The answer is
 * evaluated in full within the time and result limits before anything is written
 * ({@link BoundedResults}), so its status is that of the whole answer.
 */
final class ActionSparql extends SPARQL_QueryDataset {
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final transient Limits limits;
    private final transient Site site;

    ActionSparql(Limits limits, Site site) {
        this.limits = limits;
        this.site = site;
    }

    /** Evaluates the answer in full ({@link BoundedResults}) before Fuseki writes it: a timeout is then an error status. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = BoundedResults.evaluate(queryExec, requestQuery, limits);
        return result != null ? result : super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    }

    /**
     * "SPARQL services made available via the SPARQL Protocol should return a service description
     * document at the service endpoint when dereferenced using the HTTP GET operation without any
     * query parameter strings provided" (SPARQL 1.1 Service Description, 2). {@code format=} alone,
     * as on every linked-data page, chooses its syntax; Accept otherwise, Turtle when it says nothing.
     */
    @Override
    public void execGet(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        List<String> parameters = Collections.list(request.getParameterNames());
        if (parameters.isEmpty() || parameters.equals(List.of("format"))) {
            describe(action);
            return;
        }
        super.execGet(action);
    }

    private void describe(HttpAction action) {
        Format view = Negotiation.choose(action.getRequest(), action.getResponse(), RdfView.DATA_FIRST).format();
        Model description = site.serviceDescription();
        if (view == Format.HTML)
            Reply.html(action.getResponse(), EndpointPage.render(description,
                    description.createResource(ServiceDescription.serviceIri(site.config().base() + ServiceDescription.ENDPOINT_PATH))));
        else
            Reply.rdf(action.getResponse(), description, view);
    }

    /** Fuseki's answer leaves HEAD out, which the server answers as GET. */
    @Override
    public void execOptions(HttpAction action) {
        ActionLib.setCommonHeadersForOptions(action);
        action.setResponseHeader("Allow", ALLOW);
        ServletOps.success(action);
    }

    /**
     * Before Fuseki's own checks, which answer these cases with terse messages (or, for a body in
     * UTF-16, with a parse error about the bytes it misread as UTF-8).
     */
    @Override
    public void validate(HttpAction action) {
        HttpServletRequest request = action.getRequest();
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("POST"))
            checkHowTheQueryIsSent(request);
        super.validate(action);
    }

    private static void checkHowTheQueryIsSent(HttpServletRequest request) {
        ContentType type = request.getContentType() == null ? null : ContentType.create(request.getContentType());
        String mediaType = type == null ? null : type.getContentTypeStr().toLowerCase(Locale.ROOT);
        if (request.getMethod().equalsIgnoreCase("POST") && mediaType != null && !Set.of(SPARQL_QUERY, FORM).contains(mediaType))
            throw new AigbException.UnsupportedMediaType("unsupported-media-type", "A query is sent as " + SPARQL_QUERY
                    + " (the query as the body) or as the form field query (" + FORM + "), not as " + Text.cut(mediaType, 80));
        if (SPARQL_QUERY.equals(mediaType)) {
            String charset = type.getCharset();
            if (charset != null && !charset.equalsIgnoreCase("utf-8"))
                throw new AigbException.UnsupportedMediaType("unsupported-charset", "An " + SPARQL_QUERY
                        + " body is UTF-8 (the media type has no other encoding), not " + Text.cut(charset, 40));
            return;
        }
        if (request.getParameter("query") == null)
            throw new AigbException.BadInput("missing-query", "No query: send it as ?query=... (GET), as the form field query"
                    + " (POST, application/x-www-form-urlencoded) or as an application/sparql-query body (POST); the query editor is at /editor");
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
