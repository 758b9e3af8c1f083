package org.w3id.aigb.web;

import org.w3id.aigb.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.render.QueryIndex;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;

/**
 * The research query library as a whole (every {@code queries/research/*.rq}: it parses, has its
 * question in ja and en, runs under the server's time limit; the README lists exactly these), and
 * the answers of the service/statistics queries q60-q62.
 */
class ResearchQueryLibraryTest {
    private static final String README_START = "<!-- research-queries:start (generated from the .rq headers; see ResearchQueryLibraryTest) -->\n";
    private static final String README_END = "<!-- research-queries:end -->";

    private static QueryLibrary library() {
        return QueryLibrary.research(Sources.classpath());
    }

    @Test
    void everyQueryHasItsQuestionInJapaneseAndEnglishAndRunsUnderTheTimeout() {
        QueryLibrary library = library();
        assertFalse(library.all().isEmpty());
        for (QueryFile q : library.all()) {
            assertTrue(q.id().matches("q\\d\\d-[a-z0-9-]+"), "file name " + q.id());
            assertFalse(q.get("ja").isBlank(), q.id() + ": '# ja:' header");
            assertFalse(q.get("en").isBlank(), q.id() + ": '# en:' header");
            Format format = q.query().isSelectType() || q.query().isAskType() ? Format.SPARQL_JSON : Format.TTL;
            QueryRunner.over(TestKG.get().dataset(), Limits.defaults()).write(q.query(), format, new ByteArrayOutputStream());
        }
    }

    @Test
    void theReadmeListsExactlyTheQueriesOfTheLibrary() throws Exception {
        String readme = Files.readString(TestKG.repo("README.md"));
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        assertTrue(start >= 0 && end > start, "README.md needs the block " + README_START.strip() + " ... " + README_END);
        String expected = QueryIndex.markdown(library().all());
        if (Boolean.getBoolean("aigb.updateReadme")) {
            // mvn -q test -Dtest=ResearchQueryLibraryTest -Daigb.updateReadme=true rewrites the block
            Files.writeString(TestKG.repo("README.md"), readme.substring(0, start + README_START.length()) + expected + readme.substring(end));
            return;
        }
        assertEquals(expected, readme.substring(start + README_START.length(), end),
                "README.md's research query list is generated from the .rq headers: run mvn -q test -Dtest=ResearchQueryLibraryTest -Daigb.updateReadme=true, or replace the block with:\n" + expected);
    }

    @Test
    void q60CountsTheTriplesOfEachNamedGraph() {
        Map<String, Long> expected = new TreeMap<>();
        TestKG.get().tripleCounts().forEach((g, n) -> {
            if (n > 0)
                expected.put(g.getURI(), n);
        });
        Map<String, Long> actual = new TreeMap<>();
        for (QuerySolution row : TestKG.select(library().get("q60-dataset-statistics").text()))
            actual.put(row.getResource("graph").getURI(), row.getLiteral("triples").getLong());
        assertEquals(expected, actual);
    }

    @Test
    void q61ListsExactlyTheResourcesWhoseStatusIsNotStable() {
        Set<String> expected = new TreeSet<>();
        var model = TestKG.get().dataset().getDefaultModel();
        var status = model.createProperty("http://www.w3.org/2003/06/sw-vocab-status/ns#term_status");
        model.listStatements(null, status, (RDFNode) null).forEach(st -> {
            String value = st.getString();
            if (List.of("added", "changed", "deprecated").contains(value) && st.getSubject().isURIResource()
                    && st.getSubject().getURI().startsWith("https://w3id.org/aigb/id/"))
                expected.add(value + " " + st.getSubject().getURI());
        });
        Set<String> actual = new TreeSet<>();
        for (QuerySolution row : TestKG.select(library().get("q61-fy2025-status").text()))
            actual.add(row.getLiteral("status").getString() + " " + row.getResource("resource").getURI());
        assertEquals(expected, actual);
    }

    @Test
    void q62CountsTheResourcesOfEachClassIncludingTheFiveEditions() {
        Map<String, Long> counts = new TreeMap<>();
        for (QuerySolution row : TestKG.select(library().get("q62-resources-per-class").text()))
            counts.put(row.getResource("class").getURI(), row.getLiteral("resources").getLong());
        // v1.0, v1.01, v1.1, the FY2025 update document and v1.2 (IRIS.md, editions)
        assertEquals(5L, counts.get(AIGB.Edition.getURI()));
        var model = TestKG.get().dataset().getDefaultModel();
        counts.forEach((cls, n) -> {
            Resource c = model.createResource(cls);
            long direct = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, c).filterKeep(Resource::isURIResource).toList().size();
            assertEquals(direct, n.longValue(), cls);
        });
    }
}
