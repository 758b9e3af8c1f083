package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;

import com.sun.net.httpserver.HttpServer;

/**
 * Untrusted input: every way a profile can be refused, with the error code the CLI and HTTP show,
 * and proof that nothing is fetched (a local server counts the requests it receives).
 */
class ProfileReaderTest {
    private static HttpServer trap;
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void startTrap() throws Exception {
        trap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        trap.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        trap.start();
    }

    @AfterAll
    static void stopTrap() {
        trap.stop(0);
        assertEquals(0, requests.get(), "the reader made outbound requests");
    }

    static String trapUrl(String path) {
        return "http://127.0.0.1:" + trap.getAddress().getPort() + path;
    }

    static Graph read(String body, ProfileSyntax syntax) {
        return new ProfileReader().read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), syntax, "request body");
    }

    static AigbException.BadInput badInput(String body, ProfileSyntax syntax) {
        return assertThrows(AigbException.BadInput.class, () -> read(body, syntax));
    }

    private static final String TRIPLE = "<http://example.org/a> <http://example.org/b> \"c\" .\n";

    @Test
    void inputOverTheSizeCapIsTooLargeAndInputAtTheCapIsRead() {
        byte[] body = TRIPLE.getBytes(StandardCharsets.UTF_8);
        ProfileReader exact = new ProfileReader(body.length);
        assertEquals(1, exact.read(new ByteArrayInputStream(body), ProfileSyntax.NTRIPLES, "body").size());
        ProfileReader small = new ProfileReader(body.length - 1);
        AigbException.TooLarge e = assertThrows(AigbException.TooLarge.class,
                () -> small.read(new ByteArrayInputStream(body), ProfileSyntax.NTRIPLES, "body"));
        assertEquals("too-large", e.code());
        assertTrue(e.getMessage().contains((body.length - 1) + " bytes"), e.getMessage());
    }

    @Test
    void theDefaultCapIsFiveMegabytes() {
        assertEquals(5L * 1024 * 1024, new ProfileReader().maxBytes());
    }

    @Test
    void anEmptyBodyIsBadInput() {
        assertEquals("empty", badInput("", ProfileSyntax.TURTLE).code());
        assertEquals("empty", badInput(" \n\t", ProfileSyntax.JSONLD).code());
        assertEquals("empty", badInput("@prefix ex: <http://example.org/> .", ProfileSyntax.TURTLE).code(), "no triples");
        assertEquals("empty", badInput("{}", ProfileSyntax.JSONLD).code(), "no triples");
    }

    @Test
    void aTurtleSyntaxErrorGivesLineAndColumn() {
        AigbException.BadInput e = badInput("@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c ex:d .\n", ProfileSyntax.TURTLE);
        assertEquals("parse-error", e.code());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("request body line 3, column "), e.getMessage());
    }

    @Test
    void anNTriplesSyntaxErrorGivesLineAndColumn() {
        AigbException.BadInput e = badInput(TRIPLE + "<http://example.org/a> <http://example.org/b> .\n", ProfileSyntax.NTRIPLES);
        assertEquals("parse-error", e.code());
        assertEquals(2, e.line());
    }

    @Test
    void aJsonSyntaxErrorGivesLineAndColumn() {
        AigbException.BadInput e = badInput("{\n  \"@id\": \"#org\",\n  \"name\": }", ProfileSyntax.JSONLD);
        assertEquals("parse-error", e.code());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void anRdfXmlSyntaxErrorGivesLineAndColumn() {
        AigbException.BadInput e = badInput("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<a></b>\n</rdf:RDF>",
                ProfileSyntax.RDFXML);
        assertEquals("parse-error", e.code());
        assertEquals(3, e.line());
    }

    @Test
    void aBadIriIsAParseErrorNotAWarningInTheLog() {
        AigbException.BadInput e = badInput("<http://example.org/a b> <http://example.org/b> \"c\" .", ProfileSyntax.NTRIPLES);
        assertEquals("parse-error", e.code());
        assertEquals(1, e.line());
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() {
        AigbException.UnsupportedMediaType e = assertThrows(AigbException.UnsupportedMediaType.class, () -> ProfileSyntax.ofMediaType("text/html"));
        assertEquals("unsupported-media-type", e.code());
        assertTrue(e.getMessage().contains("text/turtle, application/ld+json, application/rdf+xml, application/n-triples"), e.getMessage());
        assertThrows(AigbException.UnsupportedMediaType.class, () -> ProfileSyntax.ofMediaType(null));
        assertThrows(AigbException.UnsupportedMediaType.class, () -> ProfileSyntax.ofMediaType("application/json"));
        assertEquals(ProfileSyntax.TURTLE, ProfileSyntax.ofMediaType("Text/Turtle; charset=UTF-8"));
        assertEquals(ProfileSyntax.JSONLD, ProfileSyntax.ofMediaType("application/ld+json"));
        assertEquals(ProfileSyntax.RDFXML, ProfileSyntax.ofMediaType("application/rdf+xml"));
        assertEquals(ProfileSyntax.NTRIPLES, ProfileSyntax.ofMediaType("application/n-triples"));
    }

    @Test
    void aFileNameWithoutAKnownExtensionIsRefused() {
        assertEquals("unsupported-file-type", assertThrows(AigbException.UnsupportedMediaType.class, () -> ProfileSyntax.ofFileName("profile.txt")).code());
        assertEquals(ProfileSyntax.JSONLD, ProfileSyntax.ofFileName("profile.JSONLD"));
    }

    @Test
    void aRemoteJsonLdContextIsNeverFetched() {
        AigbException.BadInput e = badInput("{\"@context\": \"" + trapUrl("/context.jsonld") + "\", \"@id\": \"#org\", \"name\": \"x\"}", ProfileSyntax.JSONLD);
        assertEquals("remote-context-refused", e.code());
        assertTrue(e.getMessage().contains(trapUrl("/context.jsonld")) && e.getMessage().contains("https://w3id.org/aigb/context/profile.jsonld"), e.getMessage());
        assertEquals(0, requests.get());
    }

    @Test
    void aFileContextIsNeverRead() {
        assertEquals("remote-context-refused", badInput("{\"@context\": \"file:///etc/passwd\", \"@id\": \"#x\"}", ProfileSyntax.JSONLD).code());
        assertEquals("remote-context-refused", badInput("{\"@context\": {\"@import\": \"" + trapUrl("/import") + "\"}, \"@id\": \"#x\"}", ProfileSyntax.JSONLD).code());
        assertEquals(0, requests.get());
    }

    @Test
    void thePublishedProfileContextResolvesFromTheBundle() {
        Graph g = read("{\"@context\": \"https://w3id.org/aigb/context/profile.jsonld\", \"id\": \"#org\", \"type\": \"Organization\","
                + " \"name\": {\"ja\": \"例\"}, \"kind\": \"company\", \"aiSystems\": [{\"id\": \"#s\", \"activities\": [\"fine-tuning\"]}]}", ProfileSyntax.JSONLD);
        assertEquals(5, g.size());
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(ProfileReader.BASE + "#s"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/aigb/ontology#hasActivity"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/aigb/id/activity/fine-tuning")));
    }

    @Test
    void rdfXmlWithAnEntityDeclarationIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n"
                + "<rdf:Description rdf:about=\"http://example.org/a\"><ex:b>&secret;</ex:b></rdf:Description></rdf:RDF>";
        AigbException.BadInput e = badInput(xxe, ProfileSyntax.RDFXML);
        assertEquals("xml-doctype-refused", e.code());
        assertEquals(2, e.line());
    }

    @Test
    void rdfXmlWithAnExternalDtdIsRefusedWithoutFetchingIt() {
        String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF SYSTEM \"" + trapUrl("/rdf.dtd") + "\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
        assertEquals("xml-doctype-refused", badInput(dtd, ProfileSyntax.RDFXML).code());
        assertEquals(0, requests.get());
    }

    @Test
    void plainRdfXmlIsRead() {
        Graph g = read("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                + "<rdf:Description rdf:about=\"#a\"><ex:b>c</ex:b></rdf:Description></rdf:RDF>", ProfileSyntax.RDFXML);
        assertEquals(1, g.size());
    }

    @Test
    void aMissingFileIsNotFound() {
        assertEquals("no-such-file", assertThrows(AigbException.NotFound.class,
                () -> new ProfileReader().read(java.nio.file.Path.of("no-such-profile.ttl"))).code());
    }
}
