package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.apache.jena.query.Query;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.render.QueryPage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /query/{id}}: runs one research query of the library (one click from the home page)
 * and shows its answer as a page, or as data: {@code ?format=csv|tsv|json|text|ttl|nt|jsonld}, or by
 * {@code Accept} ({@link Negotiation}) among the page and the formats of the query's answer
 * (a table for SELECT and ASK, RDF for CONSTRUCT and DESCRIBE, where {@code text} is Turtle).
 * Only the library's own files run here; ad-hoc queries go to {@code /kg/sparql}.
 */
final class ActionQuery extends PageServlet {
    /** The page, then a SELECT or ASK answer's tables. */
    static final Offers TABLE_PAGE = Offers.of("format", Format.HTML, Format.SPARQL_JSON, Format.CSV, Format.TSV, Format.TEXT)
            .alias("application/json", Format.SPARQL_JSON);
    /** The page, then a CONSTRUCT or DESCRIBE answer's RDF syntaxes. */
    static final Offers GRAPH_PAGE = Offers.of("format", Format.HTML, Format.TTL, Format.JSONLD, Format.NT)
            .alias("application/json", Format.JSONLD).alias("text/plain", Format.NT).name("text", Format.TTL);

    ActionQuery(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        QueryFile query = site.research().get(id);
        Offers.Choice choice = Negotiation.choose(request, response, offersOf(query.query()));
        if (choice.format() == Format.HTML) {
            Table answer = query.query().isSelectType() ? site.select(query, Map.of()) : null;
            Reply.html(response, QueryPage.render(query, answer));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        site.queries().write(query.query(), choice.format(), out);
        Reply.bytes(response, choice.mediaType(), out.toByteArray());
    }

    static Offers offersOf(Query query) {
        return QueryRunner.formatsOf(query) == QueryRunner.TABLES ? TABLE_PAGE : GRAPH_PAGE;
    }
}
