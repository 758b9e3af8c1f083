package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.query.QueryFile;

/** The core research queries (q01-q19) parse and carry the header the query library reads. */
class ResearchQueryFilesTest {

    @Test
    void everyCoreQueryHasTheQuestionInJapaneseAndEnglishItsSectionAndWhatARowMeans() {
        List<QueryFile> core = ResearchQueries.library().all().stream().filter(q -> q.id().matches("q(0[1-9]|1[0-9])-[a-z0-9-]+")).toList();
        assertTrue(core.size() >= 10, "at least ten core research queries, found " + core.size());
        for (QueryFile q : core)
            for (String key : List.of("ja", "en", "section", "row"))
                assertFalse(q.get(key).isBlank(), q.name() + " has no '# " + key + ": …' header line");
    }
}
