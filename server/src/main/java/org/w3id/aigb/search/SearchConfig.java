package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.vocab.Prefixes;

/**
 * What the search reads from {@code data/search/} (files a domain expert edits, not Java):
 * which literal properties feed which field ({@code fields.tsv}), the ranking weights
 * ({@code ranking.tsv}), the variant groups ({@code variants.tsv}), the question words dropped
 * from queries ({@code query-stopwords.tsv}) and the classes that answer a kind of question
 * ({@code intents.tsv}). A file that lacks a weight the search uses fails at start-up.
 *
 * @param fields     where each field's literals come from, in file order
 * @param weights    {@code kind key} → weight, e.g. {@code field label}, {@code class https://…#ActorItem}
 * @param variants   variant groups
 * @param stopwords  analysed query terms to drop, per language
 * @param intents    question framings and the classes that answer them ({@code intents.tsv})
 */
public record SearchConfig(List<FieldSource> fields, Map<String, Double> weights, Variants variants, Map<Lang, Set<String>> stopwords,
                           List<Intent> intents) {
    static final String FIELDS = "data/search/fields.tsv";
    static final String RANKING = "data/search/ranking.tsv";
    static final String VARIANTS = "data/search/variants.tsv";
    static final String STOPWORDS = "data/search/query-stopwords.tsv";
    static final String INTENTS = "data/search/intents.tsv";
    /** The weights of {@code ranking.tsv} the search reads by name. */
    private static final List<String> REQUIRED = List.of("field code", "field label", "field text", "field about", "field gram",
            "field phrase", "field fuzzy", "field variant", "propagate parent");

    /** A class whose weight is multiplied by {@code factor} when a query mentions one of {@code words}. */
    public record Intent(String classIri, double factor, List<String> words) {}

    /**
     * The literals reached from a resource by {@code path} (one property, or several joined by
     * {@code /}: {@code aigb:concernsAIType/rdfs:label}) go into {@code field}.
     */
    public record FieldSource(List<Node> path, String field) {}

    public static SearchConfig read(Sources sources) {
        List<FieldSource> fields = new ArrayList<>();
        for (Row r : rows(sources, FIELDS, 2)) {
            String field = r.cells().get(1);
            if (!List.of("label", "text", "about", "code").contains(field))
                throw r.error("field must be label, text, about or code, not '" + field + "'");
            List<Node> path = new ArrayList<>();
            for (String step : r.cells().get(0).split("/"))
                path.add(iri(r, step));
            fields.add(new FieldSource(List.copyOf(path), field));
        }
        Map<String, Double> weights = new HashMap<>();
        for (Row r : rows(sources, RANKING, 3)) {
            String key = r.cells().get(0).equals("class") ? iri(r, r.cells().get(1)).getURI() : r.cells().get(1);
            weights.put(r.cells().get(0) + " " + key, number(r, r.cells().get(2)));
        }
        List<Variants.Group> groups = new ArrayList<>();
        for (Row r : rows(sources, VARIANTS, 3))
            groups.add(new Variants.Group(number(r, r.cells().get(0)), r.cells().subList(1, r.cells().size())));
        Map<Lang, Set<String>> stopwords = new HashMap<>();
        for (Row r : rows(sources, STOPWORDS, 2)) {
            Lang lang = Lang.of(r.cells().get(0));
            Set<String> terms = stopwords.computeIfAbsent(lang, k -> new HashSet<>());
            for (String word : r.cells().get(1).split("\\s+"))
                Analyzers.tokens(Analyzers.of(lang), Fields.text("text", lang), word).forEach(t -> terms.add(t.term()));
        }
        for (String w : REQUIRED)
            if (!weights.containsKey(w))
                throw new AigbException("load-error", RANKING + " has no weight for '" + w + "'");
        List<Intent> intents = new ArrayList<>();
        for (Row r : rows(sources, INTENTS, 3))
            intents.add(new Intent(iri(r, r.cells().get(0)).getURI(), number(r, r.cells().get(1)),
                    List.of(Variants.normalise(r.cells().get(2)).split("\\s+"))));
        return new SearchConfig(fields, weights, new Variants(groups), stopwords, List.copyOf(intents));
    }

    /** A weight of {@code ranking.tsv}; a missing one is an error in the file, not a silent default. */
    double weight(String kind, String key) {
        Double w = weights.get(kind + " " + key);
        if (w == null)
            throw new AigbException("load-error", RANKING + " has no weight for '" + kind + " " + key + "'");
        return w;
    }

    /** The weight of a status ({@code sw:term_status}): listed, or 1.0. */
    double statusWeight(String status) {
        return weights.getOrDefault("status " + status, 1.0);
    }

    /** The weight of each class for {@code query}: as listed (else 1.0), times the factors of the intents it shows. */
    Map<String, Double> classWeights(String query) {
        Map<String, Double> out = new HashMap<>();
        weights.forEach((k, w) -> {
            if (k.startsWith("class "))
                out.put(k.substring("class ".length()), w);
        });
        String q = Variants.normalise(query);
        for (Intent i : intents)
            if (i.words().stream().anyMatch(w -> Variants.mentions(q, w)))
                out.merge(i.classIri(), i.factor(), (a, b) -> a * b);
        return out;
    }

    /** One non-comment line of a TSV file, split on tabs. */
    private record Row(String file, int line, List<String> cells) {
        AigbException error(String message) {
            return new AigbException("load-error", file + " line " + line + ": " + message);
        }
    }

    private static List<Row> rows(Sources sources, String name, int minCells) {
        List<Row> rows = new ArrayList<>();
        String[] lines = sources.read(name).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            List<String> cells = new ArrayList<>();
            for (String c : lines[i].split("\t"))
                if (!c.isBlank())
                    cells.add(c.strip());
            Row row = new Row(name, i + 1, cells);
            if (cells.size() < minCells)
                throw row.error("expected at least " + minCells + " tab-separated cells");
            rows.add(row);
        }
        return rows;
    }

    private static Node iri(Row r, String curie) {
        String iri = Prefixes.get().expandPrefix(curie);
        if (iri.equals(curie) && !curie.contains("://"))
            throw r.error("unknown prefix in '" + curie + "'");
        return NodeFactory.createURI(iri);
    }

    private static double number(Row r, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw r.error("'" + s + "' is not a number");
        }
    }
}
