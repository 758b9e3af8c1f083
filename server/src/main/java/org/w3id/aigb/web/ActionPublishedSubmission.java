package org.w3id.aigb.web;

import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.registry.Accounts;
import org.w3id.aigb.registry.PublishedSubmissions;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.SubmissionIris;
import org.w3id.aigb.render.ResourcePage;
import org.w3id.aigb.vocab.Prefixes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /id/submission/{org}/{n}}: a published version as linked data (its checklist as the
 * HTML page; Turtle, JSON-LD, N-Triples, RDF/XML by Accept or {@code ?format=}), and
 * {@code /id/submission/{org}}: the organisation's published versions. Answered from this server's
 * copy of the published versions only ({@link PublishedSubmissions}): an unpublished version, or one
 * that does not exist, gets the same 404 as any IRI the graph does not have, without the store
 * being asked, so neither the answer nor its timing says whether it exists.
 */
final class ActionPublishedSubmission extends PageServlet {
    private final transient Supplier<Registry> registry;

    ActionPublishedSubmission(Site site, Supplier<Registry> registry) {
        super(site);
        this.registry = registry;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        Format view = Negotiation.choose(request, response, RdfView.OFFERS).format();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String iri = SubmissionIris.BASE + path;
        List<String> parts = List.of(path.split("/", -1));
        if (parts.isEmpty() || !Accounts.isRegistryId(parts.get(0)) || parts.size() > 2
                || (parts.size() == 2 && !parts.get(1).matches("[1-9][0-9]{0,8}")))
            throw notFound(iri);
        Registry r = registry.get();
        PublishedSubmissions published = r.published();
        String org = parts.get(0);
        if (parts.size() == 1) {
            series(published, org, iri, view, response);
            return;
        }
        long version = Long.parseLong(parts.get(1));
        Graph document = published.document(org, version).orElseThrow(() -> notFound(iri));
        if (view == Format.HTML) {
            byte[] page = SubmissionRendering.version(r.submissions().publishedDerivation(org, version, document),
                    org + " " + version, Format.HTML, null, null);
            Reply.bytes(response, Format.HTML, page);
        } else {
            Reply.rdf(response, model(document), view);
        }
    }

    /** The organisation's published versions: their records (each version's own triples) and the series. */
    private static void series(PublishedSubmissions published, String org, String iri, Format view, HttpServletResponse response) {
        List<Long> versions = published.versions(org);
        if (versions.isEmpty())
            throw notFound(iri);
        Graph g = GraphFactory.createDefaultGraph();
        Node series = ResourceFactory.createResource(iri).asNode();
        for (long v : versions) {
            Graph doc = published.document(org, v).orElseThrow();
            Node version = ResourceFactory.createResource(SubmissionIris.version(org, v)).asNode();
            doc.find(version, Node.ANY, Node.ANY).forEachRemaining(g::add);
            doc.find(Node.ANY, Node.ANY, version).forEachRemaining(g::add);
            doc.find(series, Node.ANY, Node.ANY).forEachRemaining(g::add);
        }
        Model m = model(g);
        if (view == Format.HTML)
            Reply.html(response, ResourcePage.render(m, m.createResource(iri)));
        else
            Reply.rdf(response, m, view);
    }

    private static Model model(Graph g) {
        // a copy: the published copy's graphs are shared by every request
        Model m = ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(g));
        m.setNsPrefixes(Prefixes.usedIn(g));
        return m;
    }

    /** The same answer as {@code /id/} gives any IRI the graph does not describe. */
    private static AigbException.NotFound notFound(String iri) {
        return new AigbException.NotFound("no-such-resource", "The knowledge graph has no resource " + iri);
    }
}
