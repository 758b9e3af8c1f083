package org.w3id.aigb.render;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * The SPARQL endpoint's address opened in a browser: its service description as a page, with how
 * to send a query and where to write one. The same description is served as RDF to programs.
 */
public final class EndpointPage {
    private EndpointPage() {}

    /** {@code service} is the sd:Service of {@code description}. */
    public static String render(Model description, Resource service) {
        return ResourcePage.render(description, service, HOW_TO_QUERY);
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
