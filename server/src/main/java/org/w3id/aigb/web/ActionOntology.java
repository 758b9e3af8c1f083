package org.w3id.aigb.web;

import java.util.Map;

import org.w3id.aigb.render.OntologyPage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /ontology}: the ontology document (every {@code aigb:} term), as HTML or RDF. */
final class ActionOntology extends PageServlet {
    ActionOntology(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        RdfView view = RdfView.choose(request.getParameter("format"), request.getHeader("Accept"));
        if (view == RdfView.HTML)
            Reply.html(response, OntologyPage.render(site.ontology(), site.service("ontology-terms", Map.of())));
        else
            Reply.rdf(response, site.ontology(), view);
    }
}
