package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.Table;

/**
 * The guided search: {@code queries/search/guided.rq} with the chosen stage, AI type and topic
 * bound as constants, and the chosen role (or, for several roles, a VALUES block of them); its
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

    private final QueryRunner runner;
    private final QueryFile query;
    private final SearchIndex index;

    /** {@code runner}: over the knowledge graph, within the time limit of a search. */
    Guided(QueryRunner runner, QueryFile query, SearchIndex index) {
        this.runner = runner;
        this.query = query;
        this.index = index;
    }

    /** @param chosen facet → chosen IRIs (facets not chosen are absent; only role may have several) */
    List<Group> run(Map<String, List<String>> chosen) {
        Query q = query.query();
        List<String> roles = chosen.getOrDefault("role", List.of());
        if (roles.size() > 1) {
            q = q.cloneQuery();
            List<Binding> rows = new ArrayList<>();
            for (String role : roles)
                rows.add(BindingFactory.binding(Var.alloc("role"), NodeFactory.createURI(role)));
            q.setValuesDataBlock(List.of(Var.alloc("role")), rows);
        }
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        chosen.forEach((facet, iris) -> {
            if (iris.size() == 1)
                bindings.put(facet, ResourceFactory.createResource(iris.get(0)));
        });
        Table table = runner.select(q, query.id(), bindings);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (QuerySolution row : table.rows()) {
            Resource r = index.resource(Table.text(row, "resource"));
            if (r == null)
                continue;
            String principle = Table.text(row, "principle");
            Group g = groups.computeIfAbsent(principle, p -> new Group(p, Table.text(row, "principleCode"),
                    Table.text(row, "principleJa"), Table.text(row, "principleEn"), new ArrayList<>()));
            g.entries().add(new Entry(r, Table.text(row, "kind"), Table.text(row, "anchorCode"), row.getLiteral("specific").getBoolean()));
        }
        return List.copyOf(groups.values());
    }
}
