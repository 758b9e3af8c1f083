package org.w3id.aigb.render;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * The SPARQL endpoint's address opened in a browser: its service description as a page, with how
 * to send a query, the graphs a query sees, and where to write one. The same description is served
 * as RDF to programs.
 */
public final class EndpointPage {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String VOID = "http://rdfs.org/ns/void#";

    private EndpointPage() {}

    /** {@code service} is the sd:Service of {@code description}. */
    public static String render(Model description, Resource service) {
        return ResourcePage.render(description, service, HOW_TO_QUERY + graphs(description, service));
    }

    /** The default dataset's graphs: the default graph's size, and each named graph, marked when the default graph holds it. */
    private static String graphs(Model m, Resource service) {
        Statement dataset = service.getProperty(p(m, SD, "defaultDataset"));
        if (dataset == null)
            return "";
        Resource defaultGraph = dataset.getResource().getPropertyResourceValue(p(m, SD, "defaultGraph"));
        StringBuilder b = new StringBuilder("<h2>グラフ / Graphs</h2>\n");
        if (defaultGraph != null && defaultGraph.hasProperty(p(m, VOID, "triples")))
            b.append("<p>既定グラフ / default graph: ").append(Html.esc(defaultGraph.getProperty(p(m, VOID, "triples")).getString()))
                    .append(" triples, the union of the named graphs marked ✓.</p>\n");
        b.append("<table>\n<tr><th>named graph</th><th>in the default graph</th></tr>\n");
        List<Resource> named = m.listObjectsOfProperty(dataset.getResource(), p(m, SD, "namedGraph")).toList().stream()
                .map(RDFNode::asResource).map(ng -> ng.getPropertyResourceValue(p(m, SD, "name"))).filter(n -> n != null && n.isURIResource())
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource name : named)
            b.append("<tr><td>").append(Cells.node(name, m)).append("</td><td>").append(defaultGraph != null && defaultGraph.hasProperty(p(m, VOID, "subset"), name) ? "✓" : "")
                    .append("</td></tr>\n");
        return b.append("</table>\n").toString();
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns + local);
    }

    private static final String HOW_TO_QUERY = """
            <h2>クエリの送り方 / How to send a query</h2>
            <ul>
            <li><code>GET /kg/sparql?query=…</code> (URL-encoded)</li>
            <li><code>POST /kg/sparql</code>, <code>Content-Type: application/x-www-form-urlencoded</code>, form field <code>query</code></li>
            <li><code>POST /kg/sparql</code>, <code>Content-Type: application/sparql-query</code>, the query as the body (UTF-8)</li>
            </ul>
            <p>結果の形式は <code>Accept</code> で選ぶ / the answer's format follows <code>Accept</code>:
            <code>application/sparql-results+json</code>, <code>application/sparql-results+xml</code>, <code>text/csv</code>,
            <code>text/tab-separated-values</code> for SELECT and ASK; <code>text/turtle</code>, <code>application/ld+json</code>,
            <code>application/n-triples</code>, <code>application/rdf+xml</code> for CONSTRUCT and DESCRIBE.
            <code>default-graph-uri</code> and <code>named-graph-uri</code> choose among the named graphs below.</p>
            <p>クエリを書くフォームと研究クエリの一覧はトップページにある / a query form and the research queries are on the
            <a href="/">home page</a>; the dataset, its graphs and dumps are described at <a href="/dataset">/dataset</a>.</p>
            """;
}
