package org.w3id.aigb.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.KgValidation;
import org.w3id.aigb.testing.TestKG;

/**
 * The shipped mapping sets as the loader turns them into RDF: one mapping record per TSV row and
 * nothing in the crossrefs graph that no row produced; and a broken row, once read, fails the
 * integrity shapes.
 */
class CrossrefsMappingSetsTest {

    /** Data rows per mapping set, counted in the raw files (not through the reader under test). */
    static Map<String, Long> rowsPerFile() {
        Sources sources = Sources.classpath();
        Map<String, Long> rows = new TreeMap<>();
        for (String name : sources.list("data/crossrefs", SssomReader.SUFFIX)) {
            long dataLines = sources.read(name).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
            String slug = name.substring(name.lastIndexOf('/') + 1).replace(SssomReader.SUFFIX, "");
            rows.put(SssomReader.SET_BASE + slug, dataLines);
        }
        return rows;
    }

    @Test
    void everyTsvRowIsOneMappingRecordInItsSet() {
        Map<String, Long> expected = rowsPerFile();
        assertTrue(expected.size() >= 6, "mapping sets shipped: " + expected.keySet());
        Map<String, Long> actual = new TreeMap<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?set (COUNT(?m) AS ?n) WHERE {
                  GRAPH <https://w3id.org/aigb/graph/crossrefs> { ?m a aigb:Mapping ; aigb:inMappingSet ?set }
                } GROUP BY ?set"""))
            actual.put(row.getResource("set").getURI(), row.getLiteral("n").getLong());
        assertEquals(expected, actual, "rows in data/crossrefs/*.sssom.tsv vs mapping records in the crossrefs graph");
    }

    /**
     * As many mapping records as rows in all the files (with everyTsvRowIsOneMappingRecordInItsSet, no record
     * comes from elsewhere). That each record is complete and that every SKOS mapping triple has its record
     * are integrity checks: queries/checks/50-*, 51-*.
     */
    @Test
    void theGraphHoldsOneMappingRecordPerRowAndNoOther() {
        long records = TestKG.count("SELECT (COUNT(?m) AS ?n) WHERE { ?m a aigb:Mapping }", "n");
        assertEquals(rowsPerFile().values().stream().mapToLong(Long::longValue).sum(), records);
    }

    /** The reader keeps a row whose target does not exist; the shapes then name it (broken/crossrefs/mapping-to-missing-article.ttl is the RDF twin). */
    @Test
    void aMappingToAnArticleWeDoNotHaveFailsTheTargetShape() throws Exception {
        String name = "broken/crossrefs/missing-article.sssom.tsv";
        Graph fixture = GraphFactory.createDefaultGraph();
        try (InputStream in = KgValidation.open(name)) {
            MappingGraph.add(SssomReader.read(name, in), fixture);
        }
        String mapping = KgValidation.shortForm(fixture.find(Node.ANY, MappingGraph.SUBJECT, Node.ANY).next().getSubject());
        assertEquals(Set.of(
                "aigbsh:MappingTargetExistsShape - " + mapping,
                "aigbsh:NoDanglingReferenceShape aigb:mappingObject " + mapping,
                "aigbsh:NoDanglingReferenceShape skos:relatedMatch item:P-2-i"),
                KgValidation.validate(KgValidation.assertedPlus(fixture)).getEntries().stream()
                        .map(e -> KgValidation.shape(e) + " " + KgValidation.path(e) + " " + KgValidation.shortForm(e.focusNode()))
                        .collect(Collectors.toSet()),
                "every violation of the whole graph with the row added");
    }
}
