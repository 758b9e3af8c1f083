package org.w3id.aigb.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.ResultFormat;
import org.w3id.aigb.testing.TestKG;

/** Runs a research query by id over the test graph, as {@code aigb.jar query ID --format csv} does. */
final class ResearchQueries {
    private ResearchQueries() {}

    static String csv(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.write(TestKG.get().dataset(), QueryLibrary.research(Sources.classpath()).get(id).query(),
                ResultFormat.CSV, out, QueryRunner.DEFAULT_TIMEOUT_MS);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The data rows of a CSV result (header dropped), each split into cells; cells hold no commas in our answers. */
    static List<String[]> rows(String id) {
        return csv(id).lines().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
