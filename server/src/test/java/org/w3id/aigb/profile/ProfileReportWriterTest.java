package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Text;
import org.w3id.aigb.format.Format;

/**
 * A validation result quotes the profile (its focus node, its value, a message naming the value):
 * the text and JSON reports cut each such term to {@link Text#PASSAGE} characters, so a long literal
 * is not repeated whole in every result that names it; the RDF report keeps the SHACL result whole.
 */
class ProfileReportWriterTest {
    private static final String LONG = "1" + "2".repeat(9_000);

    private static ProfileReport report() {
        String turtle = """
                PREFIX aigb: <https://w3id.org/aigb/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <#org> a org:Organization ; skos:prefLabel "Long"@en ; aigb:corporateNumber "%s" .
                """.formatted(LONG);
        return ProfileFixtures.validator().validate(new ProfileReader()
                .read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test"));
    }

    private static String write(ProfileReport report, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfileReportWriter.write(List.of(new ProfileReportWriter.Named("test", report)), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLongValueIsCutInTheTextAndJsonReportsAndWholeInRdf() {
        ProfileReport report = report();
        assertTrue(report.entries().stream().anyMatch(e -> e.value() != null && e.value().isLiteral()
                && e.value().getLiteralLexicalForm().equals(LONG)), "the corporate number's pattern names the long value");
        for (Format f : List.of(Format.TEXT, Format.JSON)) {
            String text = write(report, f);
            assertFalse(text.contains(LONG.substring(0, Text.PASSAGE + 1)), f + ": the value is cut to " + Text.PASSAGE + " characters");
            assertTrue(text.contains("22…") || text.contains("22\\u2026"), f + ": and says where it was cut");
        }
        Graph rdf = RDFParser.fromString(write(report, Format.TTL), Lang.TURTLE).toGraph();
        assertTrue(rdf.contains(Node.ANY, SHACL.value, NodeFactory.createLiteralString(LONG)), "the SHACL report has the value whole");
    }
}
