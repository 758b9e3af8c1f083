package org.w3id.aigb.web;

import java.util.Map;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.render.HomePage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /}: the home page. */
final class ActionHome extends PageServlet {
    /** Research queries the home page links to as entry points, when the library has them. */
    static final String CLASSES_QUERY = "q62-resources-per-class";
    static final String CHANGES_QUERY = "q61-fy2025-status";

    ActionHome(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        if (!path.equals("/") && !path.isEmpty())
            throw new AigbException.NotFound("not-found", "No page " + path);
        var library = site.research();
        Table classes = library.contains(CLASSES_QUERY) ? site.select(library.get(CLASSES_QUERY), Map.of()) : null;
        String changes = library.contains(CHANGES_QUERY) ? CHANGES_QUERY : null;
        Reply.html(response, HomePage.render(classes, changes, library.all(), site.kg().size()));
    }
}
