package org.w3id.aigb.web;

import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.render.ResourcePage;
import org.w3id.aigb.vocab.AigbId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/{path}}: the description of {@code https://w3id.org/aigb/id/{path}} as HTML,
 * Turtle, JSON-LD, N-Triples or RDF/XML. The path only ever names an IRI to look up in the graph
 * (nothing is read from disk); anything but plain segments, and any IRI the graph does not
 * describe, is 404.
 */
final class ActionResource extends PageServlet {
    /** Slash-separated segments of unreserved characters; no empty, "." or ".." segment. */
    private static final Pattern SAFE_PATH = Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*");

    ActionResource(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        Format view = Negotiation.choose(request, response, RdfView.OFFERS).format();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith("/"))
            path = path.substring(1);
        if (!SAFE_PATH.matcher(path).matches())
            throw notFound(request.getRequestURI());
        String iri = AigbId.BASE + path;
        Model description = site.describe(iri);
        Resource resource = description.createResource(iri);
        if (!description.contains(resource, null, (RDFNode) null))
            throw notFound(iri);
        if (view == Format.HTML)
            Reply.html(response, ResourcePage.render(description, resource));
        else
            Reply.rdf(response, description, view);
    }

    private static AigbException.NotFound notFound(String what) {
        return new AigbException.NotFound("no-such-resource", "The knowledge graph has no resource " + what);
    }
}
