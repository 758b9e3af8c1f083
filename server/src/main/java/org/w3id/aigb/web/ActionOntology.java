package org.w3id.aigb.web;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /ontology}: the ontology document (the current edition), as its documentation page or
 * as RDF; {@code GET /ontology/{version}}: the edition with that version IRI
 * ({@code https://w3id.org/aigb/ontology/{version}}), the current one or an earlier one.
 */
final class ActionOntology extends PageServlet {
    ActionOntology(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        Format view = Negotiation.choose(request, response, RdfView.OFFERS).format();
        OntologyEditions editions = site.ontologyEditions();
        String path = request.getPathInfo();
        String name = path == null || path.equals("/") ? editions.currentName() : path.substring(1);
        OntologyEditions.Edition edition = editions.edition(name).orElseThrow(() -> new AigbException.NotFound("no-such-version",
                "No edition " + name + " of the ontology; its editions are " + String.join(", ",
                        editions.versions().stream().map(v -> v.name()).toList()) + " (/ontology is the current one)"));
        if (view == Format.HTML)
            Reply.html(response, editions.page(edition));
        else
            Reply.rdf(response, edition.model(), view);
    }
}
