package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The search quality set ({@code src/test/resources/search/quality.tsv}): every query is run
 * through the free-text search and its top 5 compared with the resources the source says must be
 * there. Prints precision@5 and recall@5 (per query and averaged) and fails below 0.8 recall@5.
 */
class SearchQualityTest {
    private static final double MIN_RECALL = 0.8;
    private static final int K = 5;

    record Case(String query, Lang lang, Set<String> expected, String why) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/search/quality.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] c = line.split("\t");
                assertEquals(4, c.length, "quality.tsv: four tab-separated columns in: " + line);
                Set<String> expected = new LinkedHashSet<>(List.of(c[2].trim().split("\\s+")));
                out.add(new Case(c[0], c[1].equals("-") ? null : Lang.of(c[1]), expected, c[3]));
            }
        }
        return out;
    }

    @Test
    void recallAtFiveIsAtLeastPointEight() throws IOException {
        Search search = Search.build(TestKG.get(), Sources.classpath(), Limits.defaults());
        List<Case> cases = cases();
        assertTrue(cases.size() >= 30, "at least 30 queries, not " + cases.size());
        long japanese = cases.stream().filter(c -> Lang.detect(c.query()) == Lang.JA).count();
        assertTrue(japanese * 2 >= cases.size() - 1 && japanese * 2 <= cases.size() + 1, "half Japanese, half English: " + japanese + " of " + cases.size());
        double precision = 0;
        double recall = 0;
        StringBuilder report = new StringBuilder(String.format("%-50s %5s %5s  missing%n", "query", "P@5", "R@5"));
        for (Case c : cases) {
            for (String e : c.expected())
                assertNotNull(search.index().resource(Prefixes.get().expandPrefix(e)), "quality.tsv names an unknown resource " + e);
            SearchResult result = search.run(new SearchRequest(c.query(), Map.of(), c.lang(), K));
            List<String> top = result.hits().stream().map(h -> h.resource().name()).toList();
            long found = c.expected().stream().filter(top::contains).count();
            double p = top.isEmpty() ? 0 : (double) found / top.size();
            double r = (double) found / c.expected().size();
            precision += p;
            recall += r;
            List<String> missing = c.expected().stream().filter(e -> !top.contains(e)).toList();
            report.append(String.format("%-50s %5.2f %5.2f  %s%n", c.query(), p, r, missing.isEmpty() ? "" : missing + " top5=" + top));
        }
        precision /= cases.size();
        recall /= cases.size();
        report.append(String.format("mean over %d queries: precision@5 %.3f (lower bound: only the listed resources count as relevant), recall@5 %.3f%n",
                cases.size(), precision, recall));
        System.out.print(report);
        assertTrue(recall >= MIN_RECALL, "recall@5 " + recall + " below " + MIN_RECALL + "\n" + report);
    }
}
