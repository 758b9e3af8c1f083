package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.render.Table;

/**
 * The guided search: {@code queries/search/guided.rq} with its trailing VALUES replaced by the
 * chosen role(s), stage, AI type and topic (every combination; an unchosen facet is UNDEF), its
 * rows grouped by principle. What applies to what is decided by the query, not here.
 */
public final class Guided {
    /** A guiding principle and the items and notes under it that apply. */
    public record Group(String principle, String code, String labelJa, String labelEn, List<Entry> entries) {}

    /**
     * @param kind     {@code item} or {@code note}
     * @param anchor   for a note, the code of the item or principle it belongs to; for an item, its code
     * @param specific the resource names an AI type or process (it is not for every kind of AI)
     */
    public record Entry(Resource resource, String kind, String anchor, boolean specific) {}

    private final KnowledgeGraph kg;
    private final QueryFile query;
    private final SearchIndex index;
    private final long timeoutMillis;

    Guided(KnowledgeGraph kg, QueryFile query, SearchIndex index, long timeoutMillis) {
        this.kg = kg;
        this.query = query;
        this.index = index;
        this.timeoutMillis = timeoutMillis;
    }

    /** @param chosen facet → chosen IRIs (facets not chosen are absent) */
    List<Group> run(Map<String, List<String>> chosen) {
        Query q = query.query().cloneQuery();
        List<Var> vars = Facets.NAMES.stream().map(Var::alloc).toList();
        List<Binding> rows = new ArrayList<>();
        combine(chosen, 0, BindingBuilder.create(), rows);
        q.setValuesDataBlock(vars, rows);
        Table table;
        try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(q).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            table = Table.of(qe.execSelect());
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (QuerySolution row : table.rows()) {
            Resource r = index.resource(Table.text(row, "resource"));
            if (r == null)
                continue;
            boolean specific = row.contains("specific") && row.getLiteral("specific").getBoolean();
            String principle = Table.text(row, "principle");
            Group g = groups.computeIfAbsent(principle, p -> new Group(p, Table.text(row, "principleCode"),
                    Table.text(row, "principleJa"), Table.text(row, "principleEn"), new ArrayList<>()));
            // With no AI type chosen a resource comes once per AI type: keep it once, specific if ever.
            String key = principle + " " + r.iri();
            Integer at = position.get(key);
            if (at == null) {
                position.put(key, g.entries().size());
                g.entries().add(new Entry(r, Table.text(row, "kind"), Table.text(row, "anchorCode"), specific));
            } else if (specific && !g.entries().get(at).specific()) {
                Entry before = g.entries().get(at);
                g.entries().set(at, new Entry(r, before.kind(), before.anchor(), true));
            }
        }
        return List.copyOf(groups.values());
    }

    private static void combine(Map<String, List<String>> chosen, int i, BindingBuilder partial, List<Binding> out) {
        if (i == Facets.NAMES.size()) {
            out.add(partial.build());
            return;
        }
        String facet = Facets.NAMES.get(i);
        List<String> values = chosen.getOrDefault(facet, List.of());
        if (values.isEmpty()) {
            combine(chosen, i + 1, BindingBuilder.create(partial.snapshot()), out);
            return;
        }
        for (String v : values) {
            BindingBuilder b = BindingBuilder.create(partial.snapshot());
            b.add(Var.alloc(facet), NodeFactory.createURI(v));
            combine(chosen, i + 1, b, out);
        }
    }
}
