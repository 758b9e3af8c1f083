package org.w3id.aigb.web;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.ConfidenceFigures;
import org.w3id.aigb.render.ResourcePage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dataset} and {@code /.well-known/void}: the VoID + DCAT description, as HTML (with the
 * confidence figures) or RDF; and the resources it describes, each at its own path so that its links
 * resolve on any deployment: {@code /dataset/class/{Class}} (a class partition) and {@code /graph/{name}}
 * (a named graph, with its triple count and dumps). The IRIs are {@code https://w3id.org/aigb} plus the path.
 */
final class ActionDataset extends PageServlet {
    private static final String IRI_BASE = "https://w3id.org/aigb";

    ActionDataset(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        Format view = Negotiation.choose(request, response, RdfView.OFFERS).format();
        Model description = site.datasetDescription();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean dataset = path.equals("/dataset") || path.equals("/.well-known/void");
        Resource subject = description.createResource(dataset ? DatasetDescription.DATASET : IRI_BASE + path);
        if (!description.contains(subject, null, (RDFNode) null))
            throw new AigbException.NotFound("no-such-resource", "The dataset description says nothing about " + subject.getURI()
                    + "; see /dataset for the dataset, its named graphs (/graph/{name}) and class partitions (/dataset/class/{Class})");
        if (view == Format.HTML && dataset)
            Reply.html(response, ResourcePage.render(description, subject,
                    ConfidenceFigures.html(site.select(site.research().get(ConfidenceFigures.QUERY_ID), Map.of()))));
        else if (view == Format.HTML)
            Reply.html(response, ResourcePage.render(description, subject));
        else
            Reply.rdf(response, dataset ? description : about(description, subject), view);
    }

    /** The statements about one resource of the description, and those that point at it. */
    private static Model about(Model description, Resource subject) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(description.getNsPrefixMap());
        m.add(description.listStatements(subject, null, (RDFNode) null));
        m.add(description.listStatements(null, null, subject));
        return m;
    }
}
