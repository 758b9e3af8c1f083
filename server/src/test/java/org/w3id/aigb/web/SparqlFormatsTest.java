package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.vocab.AIGB;

/**
 * The SPARQL endpoint's formats: Fuseki's own lists, chosen by Accept first; {@code format=},
 * {@code output=} and {@code results=} among what Accept allows, under Fuseki's names and
 * SPARQLWrapper's, so that SPARQLWrapper's requests (all three parameters beside its Accept) work.
 */
class SparqlFormatsTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final String SELECT = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";
    private static final String CONSTRUCT = "CONSTRUCT WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";

    @Test
    void theListsAreFusekisOwnSoItsWritersWriteEveryChoice() {
        assertEquals(types(DEF.rsOfferTable), types(SparqlFormats.SELECT));
        assertEquals(types(DEF.rsOfferBoolean), types(SparqlFormats.ASK));
        assertEquals(types(DEF.constructOffer), types(SparqlFormats.CONSTRUCT));
        assertEquals(types(DEF.rdfOffer), types(SparqlFormats.DESCRIBE));
        assertEquals(types(DEF.rdfOffer), types(SparqlFormats.STORE_GRAPH));
        assertEquals(types(DEF.quadsOffer), types(SparqlFormats.STORE_DATASET));
    }

    private static Set<String> types(AcceptList fuseki) {
        Set<String> out = new TreeSet<>();
        for (MediaType t : fuseki.entries())
            out.add(t.getContentTypeStr());
        return out;
    }

    private static Set<String> types(Offers offers) {
        return new TreeSet<>(offers.mediaTypes());
    }

    /** What SPARQLWrapper 2 sends for each of its return formats: {@code format=}, {@code output=} and {@code results=} all three, and an Accept. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "SELECT | xml | application/sparql-results+xml | application/sparql-results+xml",
            "SELECT | json | application/x-sparqlstar-results+json,application/sparql-results+json,application/json,text/javascript,application/javascript | application/sparql-results+json",
            "SELECT | csv | text/csv | text/csv",
            "SELECT | tsv | text/tab-separated-values | text/tab-separated-values",
            "CONSTRUCT | xml | application/rdf+xml | application/rdf+xml",
            "CONSTRUCT | rdf+xml | application/rdf+xml | application/rdf+xml",
            "CONSTRUCT | turtle | application/turtle,text/turtle | text/turtle",
            "CONSTRUCT | n3 | application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3 | text/turtle",
            "CONSTRUCT | json-ld | application/ld+json,application/x-json+ld | application/ld+json",
            "CONSTRUCT | rdf | */* | application/rdf+xml" })
    void sparqlWrapperDefaultsWork(String form, String returnFormat, String accept, String expected) {
        String query = form.equals("SELECT") ? SELECT : CONSTRUCT;
        String p = URLEncoder.encode(returnFormat, StandardCharsets.UTF_8);
        HttpResponse<String> r = s.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&format=" + p + "&output=" + p + "&results=" + p, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, TestServer.contentType(r).split(";")[0]);
        assertTrue(r.body().contains(AIGB.ONTOLOGY), r.body());
    }

    @Test
    void formatChoosesAmongWhatAcceptAllowsAndAcceptWinsOtherwise() {
        String q = "/kg/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8);
        // a browser opening a link with format=json: its */* allows JSON
        assertEquals("application/sparql-results+json",
                type(s.get(q + "&format=json", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertEquals("text/csv", type(s.get(q + "&output=csv", null)), "no Accept: the parameter decides");
        assertEquals("text/csv", type(s.get(q + "&format=json", "text/csv")), "Accept rules JSON out: Accept decides");
        assertEquals("text/tab-separated-values", type(s.get(q + "&format=" + URLEncoder.encode("text/tab-separated-values", StandardCharsets.UTF_8), "*/*")),
                "a media type is a name too");
        HttpResponse<String> refused = s.get(q + "&format=json", "application/sparql-results+json;q=0, text/html");
        assertEquals(406, refused.statusCode(), "neither the parameter's format nor any other is acceptable");
        HttpResponse<String> unknown = s.get(q + "&format=turtle", "*/*");
        assertEquals(400, unknown.statusCode());
        assertEquals("bad-format", JSON.parse(unknown.body()).getString("code"));
        assertTrue(unknown.body().contains("json, csv, tsv, xml, thrift, text"), unknown.body());
    }

    @Test
    void aConstructAnswerNamedByFusekisShortNamesParses() {
        String q = "/kg/sparql?query=" + URLEncoder.encode(CONSTRUCT, StandardCharsets.UTF_8);
        for (String[] c : new String[][] { { "ttl", "text/turtle" }, { "nt", "application/n-triples" }, { "trig", "application/trig" },
                { "n-quads", "application/n-quads" }, { "json", "application/ld+json" }, { "text", "text/turtle" } }) {
            HttpResponse<String> r = s.get(q + "&output=" + c[0], null);
            assertEquals(c[1], type(r), c[0]);
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.fromString(r.body(), RDFLanguages.contentTypeToLang(c[1])).parse(parsed);
            assertTrue(parsed.contains(Node.ANY, NodeFactory.createURI(AIGB.ONTOLOGY), Node.ANY, Node.ANY), c[0] + ": " + r.body());
        }
    }

    private static String type(HttpResponse<String> r) {
        return TestServer.contentType(r).split(";")[0].strip();
    }
}
