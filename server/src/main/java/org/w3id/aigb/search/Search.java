package org.w3id.aigb.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;

/**
 * The search service shared by {@code GET /search} and the {@code search} command: free text over
 * the {@link SearchIndex}, guided choices through {@code queries/search/guided.rq}, or both (the
 * text ranks within the guided selection). Built once from the loaded graph; thread-safe.
 */
public final class Search {
    private final SearchIndex index;
    private final TextSearch text;
    private final Guided guided;
    private final Facets facets;
    private final SearchConfig config;

    private Search(SearchConfig config, SearchIndex index, TextSearch text, Guided guided, Facets facets) {
        this.config = config;
        this.index = index;
        this.text = text;
        this.guided = guided;
        this.facets = facets;
    }

    /** The search of {@code kg}; each guided search within the time limit of {@code limits}. */
    public static Search build(KnowledgeGraph kg, Sources sources, Limits limits) {
        return build(kg, sources, SearchConfig.read(sources), limits);
    }

    public static Search build(KnowledgeGraph kg, Sources sources, SearchConfig config, Limits limits) {
        QueryLibrary queries = new QueryLibrary(sources, "queries/search");
        SearchIndex index = SearchIndex.build(kg, queries, config);
        Facets facets = new Facets(QueryRunner.withoutTimeLimit(kg.dataset()).select(queries.get("facets")));
        return new Search(config, index, new TextSearch(index, config), new Guided(QueryRunner.over(kg.dataset(), limits), queries.get("guided"), index),
                facets);
    }

    public SearchResult run(SearchRequest request) {
        long start = System.nanoTime();
        Map<String, List<Facets.Choice>> chosen = new LinkedHashMap<>();
        Map<String, List<String>> iris = new LinkedHashMap<>();
        request.filters().forEach((facet, keys) -> {
            List<Facets.Choice> cs = keys.stream().map(k -> facets.resolve(facet, k)).toList();
            chosen.put(facet, cs);
            iris.put(facet, cs.stream().map(Facets.Choice::iri).toList());
        });
        List<Guided.Group> groups = request.hasFilters() ? guided.run(iris) : List.of();
        List<Hit> hits = List.of();
        Lang lang = null;
        if (request.hasText()) {
            lang = request.effectiveLang();
            Set<String> allowed = null;
            if (request.hasFilters()) {
                allowed = new HashSet<>();
                for (Guided.Group g : groups)
                    for (Guided.Entry e : g.entries())
                        allowed.add(e.resource().iri());
            }
            hits = text.search(request.text(), lang, allowed, request.limit());
            groups = List.of();
        }
        return new SearchResult(request, lang, chosen, hits, groups, (System.nanoTime() - start) / 1e6);
    }

    public Facets facets() {
        return facets;
    }

    /** What was read from {@code data/search/}. */
    public SearchConfig config() {
        return config;
    }

    public SearchIndex index() {
        return index;
    }
}
