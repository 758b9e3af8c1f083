package org.w3id.aigb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The free-text search: runs the {@link QueryPlan} over the {@link SearchIndex}, weights each
 * resource by its class (and the query's intent), lets a child (note, sub-item, risk note) lift its parent, keeps only
 * the allowed resources (a guided selection) and cuts each hit's snippet.
 */
final class TextSearch {
    /** Enough candidates to rank every resource that could match, for a graph of this size. */
    private static final int CANDIDATES = 1000;

    private final SearchIndex index;
    private final SearchConfig config;
    private final QueryPlan plan;

    TextSearch(SearchIndex index, SearchConfig config) {
        this.index = index;
        this.config = config;
        this.plan = new QueryPlan(config);
    }

    /** A score and where it came from: the resource's own document, or a child's. */
    private record Scored(double score, int doc, String via) {}

    /**
     * @param allowed the IRIs a hit may have, or null for any
     */
    List<Hit> search(String text, Lang lang, Set<String> allowed, int limit) {
        Query query = plan.build(text, lang);
        IndexSearcher searcher = index.searcher();
        try {
            TopDocs top = searcher.search(query, CANDIDATES);
            Map<String, Double> classWeights = config.classWeights(text);
            Map<String, Scored> scores = new HashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String iri = index.iri(sd.doc);
                Resource r = index.resource(iri);
                double w = classWeights.getOrDefault(r.type(), 1.0) * config.statusWeight(r.status());
                scores.put(iri, new Scored(sd.score * w, sd.doc, null));
            }
            lift(scores);
            List<Map.Entry<String, Scored>> ranked = new ArrayList<>(scores.entrySet());
            ranked.removeIf(e -> allowed != null && !allowed.contains(e.getKey()));
            ranked.sort(Comparator.<Map.Entry<String, Scored>>comparingDouble(e -> -e.getValue().score()).thenComparing(Map.Entry::getKey));
            List<Hit> hits = new ArrayList<>();
            for (Map.Entry<String, Scored> e : ranked.subList(0, Math.min(limit, ranked.size())))
                hits.add(hit(e.getKey(), e.getValue(), scores, query, lang));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parent takes the propagated share of its best child's score when that is more than its own. */
    private void lift(Map<String, Scored> scores) {
        double share = config.weight("propagate", "parent");
        Map<String, Scored> lifted = new HashMap<>();
        scores.forEach((child, s) -> {
            for (String parent : index.parents(child)) {
                if (index.resource(parent) == null)
                    continue;
                double candidate = s.score() * share;
                Scored own = scores.get(parent);
                Scored best = lifted.get(parent);
                if ((own == null || own.score() < candidate) && (best == null || best.score() < candidate))
                    lifted.put(parent, new Scored(candidate, own == null ? -1 : own.doc(), child));
            }
        });
        scores.putAll(lifted);
    }

    private Hit hit(String iri, Scored s, Map<String, Scored> scores, Query query, Lang lang) throws IOException {
        Snippet snippet = s.doc() >= 0 ? Snippets.best(index.searcher().storedFields().document(s.doc()), query, lang) : null;
        Resource via = null;
        if (s.via() != null) {
            via = index.resource(s.via());
            int childDoc = scores.get(s.via()).doc();
            if (snippet == null && childDoc >= 0)
                snippet = Snippets.best(index.searcher().storedFields().document(childDoc), query, lang);
        }
        return new Hit(index.resource(iri), Math.round(s.score() * 1000) / 1000.0, snippet, via);
    }
}
