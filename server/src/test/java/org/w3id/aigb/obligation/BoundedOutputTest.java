package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.testing.TestKG;

/**
 * Every obligations answer is bounded by a small multiple of its profile plus a constant set by the
 * guideline (the bound the README states, {@link #BOUND_FACTOR} and {@link #BOUND_CONSTANT}), for the
 * amplifying profile of the defect (one AI system named by a 2 MB literal, which once made a 290 MB
 * JSON answer and exhausted the heap at 5 MB) and for profiles of many systems. The Turtle and
 * JSON-LD answers (the derivation graph) are measured against their own, looser bound.
 */
class BoundedOutputTest {
    /** JSON, Markdown, HTML: at most this many times the profile's bytes, plus {@link #BOUND_CONSTANT}. */
    static final int BOUND_FACTOR = 16;
    static final long BOUND_CONSTANT = 1L << 20;
    /** Turtle and JSON-LD hold the derivation graph: a node per undecided practice note and AI system. */
    static final int RDF_BOUND_FACTOR = 256;

    private static ObligationEngine engine;
    private static final Limits GENEROUS = Limits.defaults().with(Limit.LITERAL_CHARS, 5_000_000).with(Limit.TIMEOUT, 120_000);

    @BeforeAll
    static void engine() {
        engine = ObligationEngine.create(Sources.classpath(), TestKG.get(), ProfileFixtures.validator(), GENEROUS);
    }

    /** One AI system named in Japanese and English by a literal of a million characters each (4 MB of UTF-8). */
    static String amplifying() throws Exception {
        return Files.readString(TestKG.repo("data/examples/profiles/company-q.ttl")).replace(
                "skos:prefLabel \"業務特化型AIエージェント\"@ja , \"Task-specific AI agent\"@en",
                "skos:prefLabel \"長い名" + "名".repeat(1 << 20) + "\"@ja , \"" + "N".repeat(1 << 20) + "\"@en");
    }

    /** {@code n} AI systems, each with every activity and the AI types the notes name: every item can apply through each. */
    static String manySystems(int n, boolean dense) {
        StringBuilder sb = new StringBuilder("""
                PREFIX aigb: <https://w3id.org/aigb/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX activity: <https://w3id.org/aigb/id/activity/>
                PREFIX aitype: <https://w3id.org/aigb/id/ai-type/>
                PREFIX orgkind: <https://w3id.org/aigb/id/organisation-kind/>
                <#org> a org:Organization ; skos:prefLabel "Many"@en ; aigb:organisationKind orgkind:company .
                <#tool> skos:prefLabel "Tool"@en .
                """);
        String activities = dense ? "activity:pre-training, activity:post-training, activity:fine-tuning, activity:api-specification, "
                + "activity:api-integration, activity:rag-construction, activity:system-provision, activity:operation-and-monitoring, "
                + "activity:business-use, activity:code-generation-assisted-development ; aigb:hasAIType aitype:generative-ai, aitype:ai-agent, "
                + "aitype:physical-ai, aitype:code-generation-ai ; aigb:actsOn <#tool>" : "activity:system-provision";
        for (int i = 0; i < n; i++)
            sb.append("<#org> aigb:hasAISystem <#s").append(i).append("> . <#s").append(i).append("> skos:prefLabel \"S").append(i)
                    .append("\"@en ; aigb:hasActivity ").append(activities).append(" .\n");
        return sb.toString();
    }

    static long size(ObligationEngine.Outcome outcome, Format format) {
        long[] n = new long[1];
        OutputStream counter = new OutputStream() {
            @Override
            public void write(int b) {
                n[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                n[0] += len;
            }
        };
        ObligationWriter w = new ObligationWriter(counter, format, false, true);
        w.write(new ObligationWriter.Entry("test", outcome));
        w.finish();
        return n[0];
    }

    static ObligationEngine.Outcome check(String turtle) {
        return engine.check(new ProfileReader(GENEROUS.with(Limit.TRIPLES, 100_000))
                .read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test"));
    }

    static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static void assertBounded(String profile) {
        long in = profile.getBytes(StandardCharsets.UTF_8).length;
        ObligationEngine.Outcome outcome = check(profile);
        assertTrue(outcome.conforms());
        for (Format f : ObligationWriter.FORMATS.formats()) {
            long out = size(outcome, f);
            long bound = (f.isRdf() ? RDF_BOUND_FACTOR : BOUND_FACTOR) * in + BOUND_CONSTANT;
            assertTrue(out <= bound, f + ": " + out + " bytes for a profile of " + in + " (bound " + bound + ")");
        }
    }

    @Test
    void theAmplifyingProfileGetsAnAnswerOfAboutItsOwnSize() throws Exception {
        String profile = amplifying();
        long in = profile.getBytes(StandardCharsets.UTF_8).length;
        ObligationEngine.Outcome outcome = check(profile);
        assertTrue(outcome.conforms());
        for (Format f : ObligationWriter.FORMATS.formats()) {
            long out = size(outcome, f);
            assertTrue(out <= in + BOUND_CONSTANT, f + ": " + out + " bytes for a profile of " + in);
        }
        assertTrue(size(outcome, Format.MD) < 100_000 && size(outcome, Format.HTML) < 100_000,
                "the checklists cut the name short: they do not grow with it");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(json, Format.JSON, false, false);
        w.write(new ObligationWriter.Entry("test", outcome));
        w.finish();
        String text = json.toString(StandardCharsets.UTF_8);
        assertEquals(1, text.split("長い名" + "名".repeat(200), -1).length - 1, "the long name is written once, in the systems table");
        assertTrue(text.contains("長い名" + "名".repeat(Text.NAME - 3) + "…"), "elsewhere (the reasons' sentences) it is cut short");
    }

    @Test
    void answersForManySystemsStayWithinTheBound() {
        assertBounded(manySystems(12, true));
        assertBounded(manySystems(60, false));
    }

    /**
     * Long IRIs: a base of 9,000 characters makes the organisation's and every system's IRI long while
     * the profile names each in a few bytes ({@code <#s1>}). The derivation names them in every result,
     * hundreds of times: the Turtle and JSON-LD answers once wrote the IRI in full each time (3 MB for
     * this profile of 9 KB, 300 times its size); they now declare it once, as a prefix (100 KB). Naming them more often in the
     * profile itself is refused by the expansion limit (ProfileReaderTest).
     */
    @Test
    void longIrisBehindABaseAreWrittenOnceInEveryAnswer() {
        String base = "http://example.org/" + "x".repeat(9_000) + "/";
        String profile = "BASE <" + base + ">\n" + manySystems(3, false);
        assertBounded(profile);
        ObligationEngine.Outcome outcome = check(profile);
        for (Format f : List.of(Format.TTL, Format.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ObligationWriter w = new ObligationWriter(out, f, false, false);
            w.write(new ObligationWriter.Entry("test", outcome));
            w.finish();
            assertTrue(occurrences(out.toString(StandardCharsets.UTF_8), base) <= 5, f + ": each of the five long IRIs is written once");
            Graph written = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f == Format.TTL ? Lang.TURTLE : Lang.JSONLD).toGraph();
            List<String> missing = outcome.derivation().graph().find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                    .filterDrop(written::contains).mapWith(Object::toString).toList();
            assertEquals(List.of(), missing, f + ": the answer reads back as the whole derivation, long IRIs whole");
            assertTrue(written.contains(NodeFactory.createURI(base + "#s1"), Node.ANY, Node.ANY), f.toString());
        }
    }

    /**
     * The validation report of a profile with long IRIs behind a base: each result names its focus
     * node, and the report's RDF repeats it in every result. Every format stays within the bound (the
     * expansion limit keeps the results few enough for that even written in full), the RDF writes
     * each long IRI once, as a prefix (it was written in every result), and reads back with them whole.
     */
    @Test
    void validationReportsOfLongIrisStayWithinTheBound() {
        String base = "http://example.org/" + "x".repeat(9_000) + "/";
        StringBuilder sb = new StringBuilder("BASE <" + base + ">\n" + """
                PREFIX aigb: <https://w3id.org/aigb/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <#org> a org:Organization ; skos:prefLabel "Many"@en .
                """);
        for (int i = 0; i < 3; i++)
            sb.append("<#org> aigb:hasAISystem <#s").append(i).append("> . <#s").append(i).append("> aigb:hasActivity aigb:a , aigb:b .\n");
        byte[] in = sb.toString().getBytes(StandardCharsets.UTF_8);
        ProfileReport report = ProfileFixtures.validator().validate(
                new ProfileReader().read(new ByteArrayInputStream(in), ProfileSyntax.TURTLE, "test"));
        assertTrue(report.entries().size() >= 6, "every system breaks a shape: " + report.entries().size() + " results");
        for (Format f : ProfileReportWriter.FORMATS.formats()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ProfileReportWriter.write(List.of(new ProfileReportWriter.Named("test", report)), f, out);
            boolean rdf = f == Format.TTL || f == Format.JSONLD;
            long bound = (rdf ? RDF_BOUND_FACTOR : BOUND_FACTOR) * in.length + BOUND_CONSTANT;
            assertTrue(out.size() <= bound, f + ": " + out.size() + " bytes for a profile of " + in.length + " (bound " + bound + ")");
            if (rdf) {
                assertTrue(occurrences(out.toString(StandardCharsets.UTF_8), base) <= 4, f + ": each of the four long IRIs is written once");
                Graph written = RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f == Format.TTL ? Lang.TURTLE : Lang.JSONLD).toGraph();
                assertTrue(written.contains(Node.ANY, Node.ANY, NodeFactory.createURI(base + "#s1")), f + ": the focus node's IRI reads back whole");
            }
        }
    }

    @Test
    void byDefaultTheAmplifyingProfileIsRefusedAsTooLong() {
        assertEquals("literal-too-long", assertThrows(Limits.LimitExceeded.class,
                () -> new ProfileReader().read(new ByteArrayInputStream(amplifying().getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test")).code());
    }
}
