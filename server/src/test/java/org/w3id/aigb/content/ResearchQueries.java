package org.w3id.aigb.content;

import org.w3id.aigb.Limits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.testing.TestKG;

/** Runs the research queries ({@code queries/research/*.rq}) by id over the test graph, as the CLI does. */
final class ResearchQueries {
    private static QueryLibrary library;

    private ResearchQueries() {}

    static synchronized QueryLibrary library() {
        if (library == null)
            library = QueryLibrary.research(Sources.classpath());
        return library;
    }

    /** The solutions of a SELECT query, for tests that read typed values (resources, local names). */
    static List<QuerySolution> solutions(String id) {
        try (QueryExecution qe = QueryExecution.dataset(TestKG.get().dataset()).query(library().get(id).query()).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The rows of a SELECT query, each as variable → lexical form (IRIs as strings, unbound as ""). */
    static List<Map<String, String>> rows(String id) {
        List<String> vars = library().get(id).query().getResultVars();
        List<Map<String, String>> rows = new ArrayList<>();
        for (QuerySolution s : solutions(id)) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The distinct tuples of the given variables, joined with " | ", sorted. */
    static Set<String> tuples(String id, String... vars) {
        Set<String> out = new TreeSet<>();
        for (Map<String, String> row : rows(id)) {
            List<String> values = new ArrayList<>();
            for (String v : vars)
                values.add(row.get(v));
            out.add(String.join(" | ", values));
        }
        return out;
    }

    /** The result as {@code aigb.jar query ID --format csv} writes it. */
    static String csv(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.over(TestKG.get().dataset(), Limits.defaults()).write(library().get(id).query(), Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The data rows of the CSV result (header dropped), each split into cells; cells hold no commas in our answers. */
    static List<String[]> cells(String id) {
        return csv(id).lines().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
