package org.w3id.aigb.web;

import java.nio.charset.StandardCharsets;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
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
    static final Offers OFFERS = Offers.of("format", Format.HTML, Format.JSON);

    ActionSearch(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        boolean json = choose(request, response) == Format.JSON;
        SearchRequest search = SearchRequest.fromParameters(request.getParameterMap());
        boolean asked = search.hasText() || search.hasFilters();
        if (json) {
            if (!asked)
                throw new AigbException.BadInput("missing-query", "Give q, or at least one of role, stage, aitype, topic");
            Reply.bytes(response, Format.JSON, SearchJson.write(site.search().run(search)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        SearchResult result = asked ? site.search().run(search) : null;
        Reply.html(response, SearchPage.render(site.search().facets(), search, result));
    }

    /** As every page ({@link Negotiation}); an unknown {@code format=} is one of the search's bad parameters. */
    private static Format choose(HttpServletRequest request, HttpServletResponse response) {
        String format = request.getParameter(Negotiation.FORMAT);
        if (format != null && !format.isBlank() && OFFERS.find(format) == null)
            throw new AigbException.BadInput("bad-parameter", "format must be json or html, not '" + Text.cut(format, 40) + "'");
        return Negotiation.choose(request, response, OFFERS).format();
    }
}
