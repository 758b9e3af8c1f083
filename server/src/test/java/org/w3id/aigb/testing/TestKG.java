package org.w3id.aigb.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The knowledge graph as the tests see it: loaded once per JVM by the production loader from the
 * files Maven copied into target/classes, plus small helpers to ask it questions.
 */
public final class TestKG {
    private static KnowledgeGraph graph;

    private TestKG() {}

    public static synchronized KnowledgeGraph get() {
        if (graph == null) {
            AigbSystem.init();
            graph = GraphLoader.load(Sources.classpath());
        }
        return graph;
    }

    /** The standard prefixes as a SPARQL prologue, so test queries can use item:, aigb:, ... */
    public static String prologue() {
        StringBuilder sb = new StringBuilder();
        Prefixes.get().getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** Runs a SELECT (the standard prefixes are added) over the union graph. */
    public static List<QuerySolution> select(String sparql) {
        try (QueryExecution qe = QueryExecution.dataset(get().dataset()).query(prologue() + sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** Runs an ASK (the standard prefixes are added) over the union graph. */
    public static boolean ask(String sparql) {
        try (QueryExecution qe = QueryExecution.dataset(get().dataset()).query(prologue() + sparql).build()) {
            return qe.execAsk();
        }
    }

    /** The distinct string values of {@code var} (lexical form of literals, IRI of resources), sorted. */
    public static Set<String> values(String sparql, String var) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution row : select(sparql)) {
            RDFNode n = row.get(var);
            if (n != null)
                out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        }
        return out;
    }

    /** The single integer a COUNT query returns in {@code var}. */
    public static long count(String sparql, String var) {
        List<QuerySolution> rows = select(sparql);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral(var).getLong();
    }

    /** A file of {@code ../shared} (present in CI and on developers' machines, not on users'). */
    public static Optional<Path> shared(String relative) {
        String base = System.getProperty("aigb.shared");
        if (base == null)
            return Optional.empty();
        Path p = Path.of(base).resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** A file of the repository checkout (README.md, ontology/...). */
    public static Path repo(String relative) {
        return Path.of(System.getProperty("aigb.repo", "..")).resolve(relative);
    }
}
