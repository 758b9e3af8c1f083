package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.testing.TestKG;

/**
 * shapes/kg-content.ttl: the whole graph conforms, and each broken fixture under broken/content/ fails
 * the check it was written for. A fixture's header names the focus node and a fragment of the
 * message it must produce: {@code # focus: IRI} and {@code # message: text}.
 */
class ContentShapesTest {
    @Test
    void theFullGraphConforms() {
        ValidationReport report = ContentGraph.validate(TestKG.get());
        assertTrue(report.conforms(), () -> describe(report.getEntries()));
    }

    static Stream<String> brokenFixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(ContentGraph.class.getClassLoader().getResource("broken/content").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> "broken/content/" + p.getFileName()).filter(n -> n.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("brokenFixtures")
    void eachBrokenFixtureFailsItsCheck(String fixture) {
        Map<String, String> header = header(fixture);
        ValidationReport report = ContentGraph.validate(ContentGraph.withResource(TestKG.get(), fixture), NodeFactory.createURI(header.get("focus")));
        assertFalse(report.conforms(), fixture + " should not conform");
        boolean found = report.getEntries().stream().anyMatch(e -> e.focusNode().isURI()
                && e.focusNode().getURI().equals(header.get("focus"))
                && e.messages().stream().anyMatch(m -> m.isLiteral() && m.getLiteralLexicalForm().contains(header.get("message"))));
        assertTrue(found, fixture + ": no violation on " + header.get("focus") + " with message containing '" + header.get("message")
                + "'; got " + describe(report.getEntries()));
    }

    private static Map<String, String> header(String fixture) {
        Map<String, String> header = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ContentGraph.resource(fixture), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && line.startsWith("#"); line = r.readLine()) {
                int colon = line.indexOf(':');
                if (colon > 0)
                    header.put(line.substring(1, colon).strip(), line.substring(colon + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : Set.of("focus", "message"))
            if (!header.containsKey(key))
                throw new IllegalStateException(fixture + " lacks a '# " + key + ":' header line");
        return header;
    }

    private static String describe(Collection<ReportEntry> entries) {
        StringBuilder sb = new StringBuilder(entries.size() + " violation(s):");
        entries.stream().limit(30).forEach(e -> sb.append("\n  ").append(e.focusNode()).append(" ").append(e.resultPath() == null ? "" : e.resultPath())
                .append(" ").append(e.value() == null ? "" : e.value()).append(": ").append(e.message()));
        return sb.toString();
    }
}
