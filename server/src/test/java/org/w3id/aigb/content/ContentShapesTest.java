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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.testing.TestKG;

/**
 * shapes/kg-content.ttl: the content conforms, and each broken fixture under broken/content/ fails
 * the check it was written for. A fixture's header names the focus node and a fragment of the
 * message it must produce: {@code # focus: IRI} and {@code # message: text}.
 */
class ContentShapesTest {
    /**
     * Core resources (roles, stages, terms, AI types, principles, items, notes, sections) come from
     * the core branch. Until it is merged, links to them are the only violations the full graph may
     * show; the lead removes this tolerance after the merge.
     */
    private static final List<String> CORE_NAMESPACES = Stream.of("role", "stage", "term", "ai-type", "philosophy",
            "principle", "item", "note", "section").map(t -> "https://w3id.org/aigb/id/" + t + "/").toList();

    /** The content files with the core stub, loaded once for the class. */
    private static KnowledgeGraph content;

    @BeforeAll
    static void loadContent(@TempDir Path dir) {
        content = ContentGraph.load(dir);
    }

    @Test
    void theContentFilesConformWithTheCoreStub() {
        ValidationReport report = ContentGraph.validate(content);
        assertTrue(report.conforms(), () -> describe(report.getEntries()));
    }

    @Test
    void theFullGraphConformsExceptForLinksToCoreResourcesNotYetMerged() {
        Graph union = TestKG.get().dataset().asDatasetGraph().getDefaultGraph();
        ValidationReport report = ContentGraph.validate(TestKG.get());
        List<ReportEntry> unexpected = report.getEntries().stream()
                .filter(e -> !isMissingCoreResource(e, union)).toList();
        assertTrue(unexpected.isEmpty(), () -> describe(unexpected));
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
        ValidationReport report = ContentGraph.validate(ContentGraph.withResource(content, fixture), NodeFactory.createURI(header.get("focus")));
        assertFalse(report.conforms(), fixture + " should not conform");
        boolean found = report.getEntries().stream().anyMatch(e -> e.focusNode().isURI()
                && e.focusNode().getURI().equals(header.get("focus"))
                && e.messages().stream().anyMatch(m -> m.isLiteral() && m.getLiteralLexicalForm().contains(header.get("message"))));
        assertTrue(found, fixture + ": no violation on " + header.get("focus") + " with message containing '" + header.get("message")
                + "'; got " + describe(report.getEntries()));
    }

    private static boolean isMissingCoreResource(ReportEntry e, Graph union) {
        Node v = e.value();
        return v != null && v.isURI() && CORE_NAMESPACES.stream().anyMatch(ns -> v.getURI().startsWith(ns))
                && !union.contains(v, RDFS.label.asNode(), Node.ANY);
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
