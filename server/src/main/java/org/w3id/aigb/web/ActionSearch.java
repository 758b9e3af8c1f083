package org.w3id.aigb.web;

import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Formats;
import org.w3id.aigb.render.SearchJson;
import org.w3id.aigb.render.SearchPage;
import org.w3id.aigb.search.SearchRequest;
import org.w3id.aigb.search.SearchResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /search?q=…&role=…&stage=…&aitype=…&topic=…&lang=ja|en&limit=N}: free-text and guided
 * search, as an HTML page (form and results) or JSON ({@code format=json} or
 * {@code Accept: application/json}). Bad parameters are 400 through {@link HttpErrors}.
 */
final class ActionSearch extends PageServlet {
    private static final MediaType JSON = MediaType.create("application/json");
    private static final MediaType HTML = MediaType.create("text/html");
    private static final AcceptList OFFERS = AcceptList.create(HTML, JSON);

    ActionSearch(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        boolean json = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        SearchRequest search = SearchRequest.fromParameters(request.getParameterMap());
        boolean asked = search.hasText() || search.hasFilters();
        if (json) {
            if (!asked)
                throw new AigbException.BadInput("missing-query", "Give q, or at least one of role, stage, aitype, topic");
            response.setHeader("Vary", "Accept");
            Reply.bytes(response, "application/json", SearchJson.write(site.search().run(search)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        SearchResult result = asked ? site.search().run(search) : null;
        Reply.html(response, SearchPage.render(site.search().facets(), search, result));
    }

    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.equals("json"))
                return true;
            if (format.equals("html"))
                return false;
            throw new AigbException.BadInput("bad-parameter", "format must be json or html, not '" + format + "'");
        }
        return Formats.negotiate(accept, OFFERS).getContentTypeStr().equals(JSON.getContentTypeStr());
    }
}
