package org.w3id.aigb.web;

import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.render.Cells;
import org.w3id.aigb.render.ListPage;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /list/{Class}}: every resource of an {@code aigb:} class, with code, labels and status. */
final class ActionList extends PageServlet {
    ActionList(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Resource cls = ResourceFactory.createResource(AIGB.NS + name);
        var ontology = site.kg().dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*") || !ontology.contains(cls.asNode(), RDF.type.asNode(), OWL2.Class.asNode()))
            throw new AigbException.NotFound("no-such-class", "The ontology has no class aigb:" + name);
        var labels = site.describe(cls.getURI());
        String ja = Cells.label(labels, cls, "ja");
        String en = Cells.label(labels, cls, "en");
        Reply.html(response, ListPage.render(ja == null ? name : ja, en == null ? name : en, cls.getURI(),
                site.service("instances", Map.of("class", cls))));
    }
}
