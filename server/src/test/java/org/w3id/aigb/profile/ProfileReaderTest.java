package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.testing.TestKG;

import com.sun.net.httpserver.HttpServer;

/**
 * Untrusted input: every way a profile can be refused, with the error code the CLI and HTTP show,
 * and proof that nothing is fetched (a local server counts the requests it receives).
 */
class ProfileReaderTest {
    /**
     * The RDF/XML checks ({@code ProfileInput}) run on the StAX parser the jar has, the JDK's: a test
     * library that brings another (HermiT brought Woodstox) would test them on a parser no user runs.
     */
    @Test
    void theXmlChecksAreTestedOnTheJdksParser() {
        String factory = javax.xml.stream.XMLInputFactory.newFactory().getClass().getName();
        assertTrue(factory.startsWith("com.sun.xml.internal.stream."), factory);
    }

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
        ProfileReader exact = new ProfileReader(Limits.defaults().with(Limit.PROFILE_BYTES, body.length));
        assertEquals(1, exact.read(new ByteArrayInputStream(body), ProfileSyntax.NTRIPLES, "body").size());
        ProfileReader small = new ProfileReader(Limits.defaults().with(Limit.PROFILE_BYTES, body.length - 1));
        Limits.LimitExceeded e = assertThrows(Limits.LimitExceeded.class,
                () -> small.read(new ByteArrayInputStream(body), ProfileSyntax.NTRIPLES, "body"));
        assertEquals("profile-too-large", e.code());
        assertTrue(e.getMessage().contains((body.length - 1) + " bytes") && e.getMessage().contains("--max-profile-bytes"), e.getMessage());
    }

    @Test
    void theDefaultCapIsFiveMegabytes() {
        assertEquals(5L * 1024 * 1024, new ProfileReader().limits().profileBytes());
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

    // ---- limits and encodings: each a defect once (a 500 with a StackOverflowError, or silent mojibake) ----

    static Graph readBytes(byte[] body, ProfileSyntax syntax, Limits limits) {
        return new ProfileReader(limits).read(new ByteArrayInputStream(body), syntax, "request body");
    }

    static String turtleNested(int depth) {
        return "<http://example.org/a> <http://example.org/p> " + "[ <http://example.org/p> ".repeat(depth) + "\"x\"" + " ]".repeat(depth) + " .\n";
    }

    static String jsonLdNested(int depth) {
        return "{\"@id\": \"http://example.org/a\", \"http://example.org/p\": " + "{\"http://example.org/p\": ".repeat(depth) + "\"x\"" + "}".repeat(depth) + "}";
    }

    static String rdfXmlNested(int depth) {
        return "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
                + "<rdf:Description rdf:about=\"http://example.org/a\">" + "<ex:p><rdf:Description>".repeat(depth) + "<ex:q>x</ex:q>"
                + "</rdf:Description></ex:p>".repeat(depth) + "</rdf:Description></rdf:RDF>";
    }

    @Test
    void deepNestingIsRefusedBeforeAnyParserRecursesIntoIt() {
        for (Object[] c : new Object[][] { { turtleNested(5000), ProfileSyntax.TURTLE }, { jsonLdNested(2000), ProfileSyntax.JSONLD },
                { rdfXmlNested(3000), ProfileSyntax.RDFXML } }) {
            Limits.LimitExceeded e = assertThrows(Limits.LimitExceeded.class,
                    () -> readBytes(((String) c[0]).getBytes(StandardCharsets.UTF_8), (ProfileSyntax) c[1], Limits.defaults()), c[1].toString());
            assertEquals("too-deep", e.code());
            assertEquals(c[1] == ProfileSyntax.RDFXML ? 2 : 1, e.line(), c[1].toString());
            assertTrue(e.getMessage().contains("--max-depth"), e.getMessage());
        }
    }

    @Test
    void nestingUpToTheLimitIsReadAndBracketsInStringsIriAndCommentsDoNotCount() {
        Limits four = Limits.defaults().with(Limit.DEPTH, 4);
        assertEquals(5, readBytes(turtleNested(4).getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE, four).size());
        assertEquals("too-deep", assertThrows(Limits.LimitExceeded.class,
                () -> readBytes(turtleNested(5).getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE, four)).code());
        String quoted = "# [[[[[[ ((((((\n<http://example.org/a#((((> <http://example.org/p> \"[[[[[[\" , '((((((' , \"\"\"[[[\n[[[[\"\"\" .\n";
        assertEquals(3, readBytes(quoted.getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE, Limits.defaults().with(Limit.DEPTH, 1)).size());
        assertEquals(3, readBytes(jsonLdNested(2).getBytes(StandardCharsets.UTF_8), ProfileSyntax.JSONLD, four).size());
        assertEquals(1, readBytes("{\"@id\": \"http://example.org/a\", \"http://example.org/p\": \"{{{{[[[[\\\"{{{{\"}".getBytes(StandardCharsets.UTF_8),
                ProfileSyntax.JSONLD, Limits.defaults().with(Limit.DEPTH, 1)).size());
        assertEquals(2, readBytes(rdfXmlNested(1).getBytes(StandardCharsets.UTF_8), ProfileSyntax.RDFXML, Limits.defaults().with(Limit.DEPTH, 5)).size());
        assertEquals("too-deep", assertThrows(Limits.LimitExceeded.class, () -> readBytes(rdfXmlNested(1).getBytes(StandardCharsets.UTF_8),
                ProfileSyntax.RDFXML, Limits.defaults().with(Limit.DEPTH, 4))).code());
    }

    @Test
    void shiftJisOrInvalidUtf8IsRefusedWithItsPosition() throws Exception {
        String name = "<http://example.org/a> <http://www.w3.org/2004/02/skos/core#prefLabel> \"日本語の名前\"@ja .\n";
        for (ProfileSyntax syntax : new ProfileSyntax[] { ProfileSyntax.TURTLE, ProfileSyntax.NTRIPLES }) {
            AigbException.BadInput e = assertThrows(AigbException.BadInput.class,
                    () -> readBytes(("\n" + name).getBytes("Shift_JIS"), syntax, Limits.defaults()));
            assertEquals("bad-encoding", e.code());
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        }
        byte[] invalid = { '<', 'a', (byte) 0xC3, (byte) 0x28, '>' };
        assertEquals("bad-encoding", assertThrows(AigbException.BadInput.class, () -> readBytes(invalid, ProfileSyntax.TURTLE, Limits.defaults())).code());
        byte[] truncated = "<http://example.org/a> <http://example.org/p> \"日".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);
        assertEquals("bad-encoding", assertThrows(AigbException.BadInput.class, () -> readBytes(cut, ProfileSyntax.TURTLE, Limits.defaults())).code());
        String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
        assertEquals("bad-encoding", assertThrows(AigbException.BadInput.class,
                () -> readBytes(xml.getBytes(StandardCharsets.US_ASCII), ProfileSyntax.RDFXML, Limits.defaults())).code(), "a declared encoding other than UTF-8");
        assertEquals(1, readBytes(("\uFEFF" + TRIPLE).getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE, Limits.defaults()).size(), "a UTF-8 byte order mark is fine");
    }

    @Test
    void aDeclaredCharsetOtherThanUtf8IsRefused() {
        AigbException.UnsupportedMediaType e = assertThrows(AigbException.UnsupportedMediaType.class,
                () -> ProfileSyntax.ofMediaType("text/turtle; charset=Shift_JIS"));
        assertEquals("unsupported-charset", e.code());
        assertTrue(e.getMessage().contains("Shift_JIS") && e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(ProfileSyntax.TURTLE, ProfileSyntax.ofMediaType("text/turtle;charset=\"utf-8\""));
    }

    @Test
    void aLiteralOrIriOverTheLimitIsRefusedWithoutQuotingIt() {
        String huge = "x".repeat(20_000);
        Limits.LimitExceeded literal = assertThrows(Limits.LimitExceeded.class, () -> readBytes(
                ("<http://example.org/a> <http://example.org/p> \"" + huge + "\" .").getBytes(StandardCharsets.UTF_8), ProfileSyntax.NTRIPLES, Limits.defaults()));
        assertEquals("literal-too-long", literal.code());
        assertTrue(literal.getMessage().length() < 500, "the message does not repeat the literal");
        assertEquals("literal-too-long", assertThrows(Limits.LimitExceeded.class, () -> readBytes(
                ("<http://example.org/" + huge + "> <http://example.org/p> \"x\" .").getBytes(StandardCharsets.UTF_8), ProfileSyntax.NTRIPLES,
                Limits.defaults())).code());
        assertEquals(1, readBytes(("<http://example.org/a> <http://example.org/p> \"" + huge + "\" .").getBytes(StandardCharsets.UTF_8),
                ProfileSyntax.NTRIPLES, Limits.defaults().with(Limit.LITERAL_CHARS, 20_000)).size());
        assertEquals("literal-too-long", assertThrows(Limits.LimitExceeded.class, () -> readBytes(
                ("{\"@id\": \"http://example.org/a\", \"http://example.org/p\": \"" + huge + "\"}").getBytes(StandardCharsets.UTF_8), ProfileSyntax.JSONLD,
                Limits.defaults())).code(), "the JSON-LD parser reports what the stream threw as a parse error: the limit's own error is kept");
    }

    @Test
    void moreTriplesThanTheLimitAreRefused() {
        byte[] three = (TRIPLE + TRIPLE.replace("/a>", "/b>") + TRIPLE.replace("/a>", "/c>")).getBytes(StandardCharsets.UTF_8);
        assertEquals(3, readBytes(three, ProfileSyntax.NTRIPLES, Limits.defaults().with(Limit.TRIPLES, 3)).size());
        assertEquals("too-many-triples", assertThrows(Limits.LimitExceeded.class,
                () -> readBytes(three, ProfileSyntax.NTRIPLES, Limits.defaults().with(Limit.TRIPLES, 2))).code());
    }

    @Test
    void aLongIriNamedOftenBehindAPrefixIsRefusedAsTooExpanded() {
        String ns = "http://example.org/" + "x".repeat(5_000) + "/";
        StringBuilder turtle = new StringBuilder("@prefix x: <" + ns + "> .\n");
        for (int i = 0; i < 100; i++)
            turtle.append("x:a").append(i).append(" x:p x:o .\n");
        byte[] bytes = turtle.toString().getBytes(StandardCharsets.UTF_8);
        Limits.LimitExceeded e = assertThrows(Limits.LimitExceeded.class, () -> readBytes(bytes, ProfileSyntax.TURTLE, Limits.defaults()));
        assertEquals("expansion-too-large", e.code());
        assertTrue(e.getMessage().contains("--max-expansion"), e.getMessage());
        assertEquals(100, readBytes(bytes, ProfileSyntax.TURTLE, Limits.defaults().with(Limit.EXPANSION, 1_000)).size(), "a higher limit reads it");
        for (String example : List.of("company-a.ttl", "annotated-example.ttl", "frontier-model-developer.ttl"))
            assertTrue(new ProfileReader().read(TestKG.repo("data/examples/profiles/" + example)).size() > 10, example + ": the examples expand far less than the limit");
    }

    @Test
    void statementsInANamedGraphAreRefusedNotDropped() {
        AigbException.BadInput e = badInput("{\"@id\": \"http://example.org/g\", \"@graph\": [{\"@id\": \"http://example.org/a\", \"http://example.org/p\": \"x\"}]}",
                ProfileSyntax.JSONLD);
        assertEquals("named-graph", e.code());
        assertTrue(e.getMessage().contains("http://example.org/g"), e.getMessage());
        assertEquals(1, read("{\"@graph\": [{\"@id\": \"http://example.org/a\", \"http://example.org/p\": \"x\"}]}", ProfileSyntax.JSONLD).size(),
                "a top-level @graph without an @id is the default graph");
    }
}
