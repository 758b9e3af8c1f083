package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.ResultFormat;
import org.w3id.aigb.render.QueryPage;
import org.w3id.aigb.render.Table;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /query/{id}}: runs one research query of the library (one click from the home page)
 * and shows its answer as a page, or with {@code ?format=csv|tsv|json|text|ttl|nt|jsonld} as data.
 * Only the library's own files run here; ad-hoc queries go to {@code /kg/sparql}.
 */
final class ActionQuery extends PageServlet {
    ActionQuery(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        QueryFile query = site.research().get(id);
        String format = request.getParameter("format");
        if (format == null || format.equals("html")) {
            Table answer = query.query().isSelectType() ? site.select(query, Map.of()) : null;
            Reply.html(response, QueryPage.render(query, answer));
            return;
        }
        ResultFormat rf = ResultFormat.of(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.write(site.dataset(), query.query(), rf, out, site.config().limits());
        Reply.bytes(response, mediaType(rf), out.toByteArray());
    }

    private static String mediaType(ResultFormat format) {
        return switch (format) {
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case JSON -> "application/sparql-results+json";
            case TTL -> "text/turtle";
            case NT -> "application/n-triples";
            case JSONLD -> "application/ld+json";
            case TEXT -> "text/plain";
        };
    }
}
