package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.Graphs;

/**
 * The SPARQL 1.1 Service Description at {@code GET /kg/sparql}: served in each RDF syntax and as a
 * page, reached from the VoID description, and true: the formats it lists are those the endpoint
 * writes, the graphs it names are those a query sees, the counts are the graph's, and it claims no
 * feature the endpoint lacks.
 */
class ServiceDescriptionTest {
    private static final String SD = ServiceDescription.SD;
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String SELECT = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String CONSTRUCT = "CONSTRUCT { ?o a <http://www.w3.org/2002/07/owl#Ontology> } WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static TestServer s;
    private static Model sd;
    private static String endpoint;
    private static Resource service;

    @BeforeAll
    static void start() {
        s = TestServer.sharedDefault();
        endpoint = s.server.config().base() + "/kg/sparql";
        HttpResponse<String> r = s.get("/kg/sparql", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        sd = parse(r.body(), Lang.TURTLE);
        service = sd.createResource(endpoint + "#service");
    }

    @Test
    void theEndpointWithoutAQueryDescribesTheServiceInEachRdfSyntax() {
        assertTrue(sd.contains(service, RDF.type, sd.createResource(SD + "Service")), "an sd:Service");
        assertEquals(endpoint, sd.getProperty(service, p("endpoint")).getResource().getURI());
        assertEquals(Set.of(SD + "SPARQL11Query"), uris(service, p("supportedLanguage")), "SPARQL 1.1 Query only: the endpoint is read-only");
        for (String[] c : new String[][] {{"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDF/XML"}, {"application/n-triples", "N-TRIPLE"}}) {
            HttpResponse<String> r = s.get("/kg/sparql", c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(TestServer.contentType(r).startsWith(c[0]), TestServer.contentType(r));
            assertTrue(parse(r.body(), RDFLanguages.nameToLang(c[1])).isIsomorphicWith(sd), c[0] + " says what Turtle says");
        }
        // A client that names no type gets RDF (Turtle), not a page.
        for (String accept : new String[] {null, "*/*"}) {
            HttpResponse<String> r = s.get("/kg/sparql", accept);
            assertEquals(200, r.statusCode());
            assertTrue(TestServer.contentType(r).startsWith("text/turtle"), accept + ": " + TestServer.contentType(r));
        }
        assertTrue(s.get("/kg/sparql?format=jsonld", "text/html").headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"),
                "format= alone chooses the syntax, as on every linked-data page");
    }

    @Test
    void aBrowserGetsThePageWithHowToSendAQuery() {
        HttpResponse<String> page = s.get("/kg/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(TestServer.contentType(page).startsWith("text/html"), TestServer.contentType(page));
        assertTrue(page.body().contains("application/sparql-query") && page.body().contains("How to send a query"), page.body());
        assertTrue(page.body().contains("SPARQL endpoint of the AI Guidelines for Business knowledge graph"), "titled by its label");
        for (String graph : new String[] {"ontology", "guideline", "crossrefs", "inferred", "profiles"})
            assertTrue(page.body().contains("href=\"/graph/" + graph + "\""), "lists the named graph " + graph + ", linked to its description");
        // Its links to the other syntaxes answer them.
        HttpResponse<String> ttl = s.get("/kg/sparql?format=ttl", "text/html");
        assertTrue(TestServer.contentType(ttl).startsWith("text/turtle"), TestServer.contentType(ttl));
        assertTrue(parse(ttl.body(), Lang.TURTLE).isIsomorphicWith(sd));
    }

    @Test
    void everyResultFormatListedIsWrittenByTheEndpoint() {
        Map<String, String> mediaTypes = new LinkedHashMap<>();
        mediaTypes.put("SPARQL_Results_JSON", "application/sparql-results+json");
        mediaTypes.put("SPARQL_Results_XML", "application/sparql-results+xml");
        mediaTypes.put("SPARQL_Results_CSV", "text/csv");
        mediaTypes.put("SPARQL_Results_TSV", "text/tab-separated-values");
        mediaTypes.put("Turtle", "text/turtle");
        mediaTypes.put("N-Triples", "application/n-triples");
        mediaTypes.put("RDF_XML", "application/rdf+xml");
        mediaTypes.put("JSON-LD", "application/ld+json");
        mediaTypes.put("TriG", "application/trig");
        mediaTypes.put("N-Quads", "application/n-quads");
        Set<String> listed = new TreeSet<>();
        for (String iri : uris(service, p("resultFormat"))) {
            assertTrue(iri.startsWith(FORMATS), iri);
            listed.add(iri.substring(FORMATS.length()));
        }
        assertEquals(new TreeSet<>(mediaTypes.keySet()), listed, "each format listed has its media type here, and is checked below");
        mediaTypes.forEach((format, type) -> {
            String query = format.startsWith("SPARQL_Results") ? SELECT : CONSTRUCT;
            HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), type);
            assertEquals(200, r.statusCode(), format + ": " + r.body());
            assertTrue(TestServer.contentType(r).startsWith(type), format + ": " + TestServer.contentType(r));
            assertTrue(r.body().contains("https://w3id.org/aigb/ontology"), format + ": " + r.body());
        });
    }

    @Test
    void theDefaultDatasetNamesTheGraphsAQuerySees() {
        s.server.awaitStartupTasks(); // the example profiles' graph is made in the background
        Resource dataset = sd.getProperty(service, p("defaultDataset")).getResource();
        Set<String> named = new TreeSet<>();
        for (RDFNode ng : sd.listObjectsOfProperty(dataset, p("namedGraph")).toList()) {
            String name = sd.getProperty(ng.asResource(), p("name")).getResource().getURI();
            assertEquals(name, sd.getProperty(ng.asResource(), p("graph")).getResource().getURI(),
                    "the graph is named by the IRI the VoID description describes it under");
            named.add(name);
        }
        assertEquals(select("SELECT DISTINCT ?g { GRAPH ?g { } }"), named, "every named graph a query sees");
        Resource available = sd.getProperty(service, p("availableGraphs")).getResource();
        Set<String> availableNames = new TreeSet<>();
        sd.listObjectsOfProperty(available, p("namedGraph")).forEach(ng -> availableNames.add(sd.getProperty(ng.asResource(), p("name")).getResource().getURI()));
        assertEquals(named, availableNames, "the graphs a dataset can be made of are those named graphs");

        Resource defaultGraph = sd.getProperty(dataset, p("defaultGraph")).getResource();
        long counted = Long.parseLong(select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").iterator().next());
        assertEquals(counted, sd.getProperty(defaultGraph, void_("triples")).getLong(), "the default graph's size is the one a query counts");
        assertEquals(s.kg.size(), counted);
        Set<String> parts = uris(defaultGraph, void_("subset"));
        assertEquals(Set.of(Graphs.ONTOLOGY.getURI(), Graphs.GUIDELINE.getURI(), Graphs.CROSSREFS.getURI(), Graphs.INFERRED.getURI()), parts,
                "the asserted graphs and the entailments are in the default graph; the example profiles are not");
        assertTrue(named.contains(Graphs.PROFILES.getURI()));
    }

    @Test
    void noFeatureIsClaimedThatTheEndpointLacks() {
        assertEquals(Set.of(), uris(service, p("feature")), "none of the specification's features holds here");
        // Why not sd:UnionDefaultGraph: a named graph outside the default graph.
        s.server.awaitStartupTasks();
        assertEquals(Set.of("true"), select("SELECT (EXISTS { GRAPH <" + Graphs.PROFILES.getURI() + "> { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
                + " AS ?outside) {}"), "the example profiles are a named graph outside the default graph");
        // Why not sd:BasicFederatedQuery: SERVICE is refused.
        HttpResponse<String> federated = s.get("/kg/sparql?query=" + URLEncoder.encode("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                StandardCharsets.UTF_8), "application/json");
        assertEquals(422, federated.statusCode(), federated.body());
        // The extensions it names are there: text:query answers.
        assertEquals(Set.of("http://jena.apache.org/text#query"), uris(service, p("propertyFeature")));
        assertFalse(select("PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s { ?s text:query (rdfs:label \"最小権限\" \"lang:ja\") }").isEmpty(), "text:query finds a label");
    }

    @Test
    void theVoidDescriptionPointsToTheServiceDescription() {
        Model voidDescription = parse(s.get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        Resource dataset = voidDescription.createResource("https://w3id.org/aigb/dataset");
        Resource sparql = voidDescription.getProperty(dataset, voidDescription.createProperty("http://rdfs.org/ns/void#sparqlEndpoint")).getResource();
        assertEquals(endpoint, sparql.getURI());
        assertEquals(endpoint, voidDescription.getProperty(sparql, voidDescription.createProperty("http://www.w3.org/ns/dcat#endpointDescription"))
                .getResource().getURI(), "the endpoint describes itself");
        Resource sdService = voidDescription.listSubjectsWithProperty(voidDescription.createProperty(SD + "endpoint"), sparql).next();
        assertEquals(service.getURI(), sdService.getURI(), "the VoID names the service the description describes");
        assertTrue(voidDescription.contains(sdService, RDF.type, voidDescription.createResource(SD + "Service")));
    }

    @Test
    void headAnswersAsGetWithoutTheBody() {
        HttpResponse<String> get = s.get("/kg/sparql", "text/turtle");
        HttpResponse<String> head = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql"))).header("Accept", "text/turtle")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(TestServer.contentType(get), TestServer.contentType(head));
        assertEquals(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length), head.headers().firstValue("Content-Length").orElse(""));
    }

    /** The values of one variable in the answers of a SELECT with one variable, over HTTP. */
    private static Set<String> select(String query) {
        HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        String[] lines = r.body().split("\r\n");
        for (int i = 1; i < lines.length; i++)
            out.add(lines[i]);
        return out;
    }

    private static Set<String> uris(Resource subject, Property p) {
        Set<String> out = new TreeSet<>();
        sd.listObjectsOfProperty(subject, p).forEach(n -> out.add(n.asResource().getURI()));
        return out;
    }

    private static Property p(String local) {
        return sd.createProperty(SD + local);
    }

    private static Property void_(String local) {
        return sd.createProperty("http://rdfs.org/ns/void#" + local);
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }
}
