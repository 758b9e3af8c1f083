package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.testing.TestKG;

/**
 * {@code text:query} over the jena-text index ({@link SparqlTextIndex}): the research query q63 finds
 * exactly the items and notes whose Japanese title or description contains 個人情報, the set a plain
 * substring filter finds without any index.
 */
class SparqlTextQueryTest {
    @Test
    void q63FindsExactlyTheItemsAndNotesThatMentionPersonalInformation() {
        SparqlTextIndex index = SparqlTextIndex.wrap(TestKG.get().dataset().asDatasetGraph(), SearchConfig.read(Sources.classpath()));
        Dataset ds = DatasetFactory.wrap(index.dataset());
        Set<String> found = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QueryLibrary.research(Sources.classpath()).get("q63-full-text-personal-information").query()).build()) {
            qe.execSelect().forEachRemaining(row -> found.add(row.getResource("resource").getURI()));
        }
        Set<String> expected = TestKG.values("""
                SELECT DISTINCT ?r WHERE {
                  VALUES ?class { aigb:ActorItem aigb:PracticeNote }
                  ?r a ?class ; rdfs:label|dcterms:description ?text .
                  FILTER(lang(?text) = "ja" && CONTAINS(?text, "個人情報"))
                }""", "r");
        assertEquals(expected, found);
        assertEquals(4, expected.size(), "U-4-i, D-2-i, P-4-i and the physical-AI footnote of P-4-i: " + expected);
    }
}
