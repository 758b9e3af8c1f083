package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SPARQL clients on their default settings against the endpoint: Apache Jena's RDFConnection (in
 * process); SPARQLWrapper and rdflib's SPARQLStore, run as the real Python libraries where the
 * machine has them (Debian's python3-sparqlwrapper and python3-rdflib, which .ci/run installs); and
 * Comunica, whose requests (recorded from Comunica 4.5 on Node.js 20: GET while the URL is short,
 * else a form POST; its Accept headers; a GET of the endpoint's own address to learn what it is) are
 * sent here as it sends them.
 */
class SparqlClientsTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final String ONTOLOGY = "https://w3id.org/aigb/ontology";
    private static final String SELECT = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String ASK = "ASK { <" + ONTOLOGY + "> a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String CONSTRUCT = "CONSTRUCT { ?o a <http://www.w3.org/2002/07/owl#Ontology> } WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String DESCRIBE = "DESCRIBE <https://w3id.org/aigb/id/role/AIProvider>";
    private static final String COMUNICA_BINDINGS = "application/sparql-results+json;q=1.0,application/sparql-results+xml;q=0.7";
    private static final String COMUNICA_DEREFERENCE = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
            + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,"
            + "image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,"
            + "text/shaclc;q=0.1,text/shaclc-ext;q=0.05";

    @Test
    void jenaRdfConnection() {
        try (RDFConnection conn = RDFConnection.queryConnect(s.url("/kg/sparql"))) {
            List<String> found = new ArrayList<>();
            conn.querySelect(SELECT, (QuerySolution row) -> found.add(row.getResource("o").getURI()));
            assertEquals(List.of(ONTOLOGY), found);
            assertTrue(conn.queryAsk(ASK));
            assertEquals(1, conn.queryConstruct(CONSTRUCT).size());
            assertEquals(describedTriples(), conn.queryDescribe(DESCRIBE).size());
            // A query too long for a URL goes as a POST of its body.
            String padded = SELECT + "\n#" + "x".repeat(5000);
            List<String> long_ = new ArrayList<>();
            conn.querySelect(padded, row -> long_.add(row.getResource("o").getURI()));
            assertEquals(List.of(ONTOLOGY), long_);
        }
    }

    @Test
    void sparqlWrapperAndRdflib() throws Exception {
        String python = pythonWith("SPARQLWrapper", "rdflib");
        Assumptions.assumeTrue(python != null, "needs python3 with SPARQLWrapper and rdflib (Debian: python3-sparqlwrapper python3-rdflib; .ci/run installs them)");
        Path script = Files.createTempFile("aigb-clients", ".py");
        try (InputStream in = SparqlClientsTest.class.getResourceAsStream("/clients/python_clients.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder(python, script.toString(), s.url("/kg/sparql")).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
            assertEquals(0, p.exitValue(), out);
            Map<String, String> answers = new TreeMap<>();
            for (String line : out.split("\n")) {
                JsonObject o = JSON.parse(line);
                assertTrue(o.hasKey("answer"), "the client failed: " + line);
                answers.put(o.getString("client").split(" ")[0] + " " + o.getString("check"), text(o.get("answer")));
            }
            String describe = Long.toString(describedTriples());
            assertEquals(Map.of("SPARQLWrapper SELECT", ONTOLOGY, "SPARQLWrapper ASK", "true", "SPARQLWrapper CONSTRUCT", "1",
                    "SPARQLWrapper DESCRIBE", describe, "SPARQLWrapper SELECT JSON", ONTOLOGY,
                    "rdflib SELECT", ONTOLOGY, "rdflib ASK", "true", "rdflib CONSTRUCT", "1", "rdflib DESCRIBE", describe), answers, out);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Test
    void comunicaAsItSendsItsRequests() {
        // It first reads the endpoint's address, and gets the service description (in the syntax its Accept prefers that we have).
        HttpResponse<String> description = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql"))).header("Accept", COMUNICA_DEREFERENCE).GET().build());
        assertEquals(200, description.statusCode());
        assertTrue(TestServer.contentType(description).startsWith("application/ld+json"), TestServer.contentType(description));
        Model sd = ModelFactory.createDefaultModel();
        RDFDataMgr.read(sd, new ByteArrayInputStream(description.body().getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertTrue(sd.contains(null, sd.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                sd.createResource(s.server.config().base() + "/kg/sparql")), "it learns the address is a SPARQL endpoint");
        // Short queries by GET, results as JSON; graphs as Turtle.
        HttpResponse<String> select = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql?query=" + enc(SELECT))))
                .header("Accept", COMUNICA_BINDINGS).GET().build());
        assertEquals(200, select.statusCode());
        assertTrue(TestServer.contentType(select).startsWith("application/sparql-results+json"), TestServer.contentType(select));
        assertEquals(ONTOLOGY, ResultsReader.create().lang(org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).build().read(new ByteArrayInputStream(select.body().getBytes(StandardCharsets.UTF_8))).next()
                .getResource("o").getURI());
        HttpResponse<String> construct = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql?query=" + enc(CONSTRUCT))))
                .header("Accept", "text/turtle").GET().build());
        assertTrue(TestServer.contentType(construct).startsWith("text/turtle"), TestServer.contentType(construct));
        // A long one as a form POST.
        HttpResponse<String> ask = s.send(HttpRequest.newBuilder(URI.create(s.url("/kg/sparql"))).header("Accept", COMUNICA_BINDINGS)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(ASK + "\n#" + "x".repeat(700)))).build());
        assertEquals(200, ask.statusCode(), ask.body());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    /** The triples a DESCRIBE of AIProvider answers, as the endpoint counts them. */
    private static long describedTriples() {
        HttpResponse<String> r = s.get("/kg/sparql?query=" + enc(DESCRIBE), "application/n-triples");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.NTRIPLES);
        assertTrue(m.size() > 5, "AIProvider is described");
        return m.size();
    }

    /** An answer of the script: a list's strings joined by a space, a number or a string as written. */
    private static String text(JsonValue v) {
        if (v.isArray())
            return String.join(" ", v.getAsArray().stream().map(x -> x.getAsString().value()).toList());
        return v.isNumber() ? v.getAsNumber().value().toString() : v.getAsString().value();
    }

    /** The first Python 3 on this machine that has all these modules, or null. */
    private static String pythonWith(String... modules) {
        for (String python : List.of("/usr/bin/python3", "python3"))
            try {
                Process p = new ProcessBuilder(python, "-c", "import " + String.join(", ", modules)).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0)
                    return python;
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
