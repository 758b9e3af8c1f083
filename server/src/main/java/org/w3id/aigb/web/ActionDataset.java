package org.w3id.aigb.web;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.aigb.graph.DatasetDescription;
import org.w3id.aigb.render.ConfidenceFigures;
import org.w3id.aigb.render.ResourcePage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /dataset} and {@code /.well-known/void}: the VoID + DCAT description, as HTML (with the confidence figures) or RDF. */
final class ActionDataset extends PageServlet {
    ActionDataset(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        RdfView view = RdfView.choose(request.getParameter("format"), request.getHeader("Accept"));
        Model description = site.datasetDescription();
        if (view == RdfView.HTML)
            Reply.html(response, ResourcePage.render(description, ResourceFactory.createResource(DatasetDescription.DATASET),
                    ConfidenceFigures.html(site.select(site.research().get(ConfidenceFigures.QUERY_ID), Map.of()))));
        else
            Reply.rdf(response, description, view);
    }
}
