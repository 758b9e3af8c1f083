package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a free-text query into one Lucene query over the ranked index. The query is a sum of
 * concepts, any of which may match (OR): each word of the query, the words as a phrase, each
 * kanji/katakana run as a substring (character bigrams, Japanese), each variant group of
 * {@code data/search/variants.tsv} the query mentions, and exact codes. A concept counts once,
 * by its best field (label, text, about), plus a small share of the others, so that a resource
 * matching several of the query's concepts beats one that repeats a single concept everywhere.
 * Weights come from {@code data/search/ranking.tsv}.
 */
final class QueryPlan {
    /** A run of kanji or katakana (with the long-vowel mark): one unit of substring matching. */
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{2,}");
    /** The share of a concept's other matching fields added to its best one. */
    private static final float TIE = 0.2f;

    private final SearchConfig config;

    QueryPlan(SearchConfig config) {
        this.config = config;
    }

    /** The query for {@code text} read as {@code lang}; it matches nothing when nothing is searchable. */
    Query build(String text, Lang lang) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Analyzers.Token> tokens = significant(text, lang);
        for (Analyzers.Token t : tokens)
            add(b, concept(lang, field -> {
                List<Query> qs = new ArrayList<>(List.of(new TermQuery(new Term(field, t.term()))));
                if (lang == Lang.EN && t.term().length() >= 5)
                    qs.add(new BoostQuery(new FuzzyQuery(new Term(field, t.term()), t.term().length() >= 8 ? 2 : 1, 1), (float) weight("fuzzy")));
                return qs;
            }), 1.0);
        if (tokens.size() > 1)
            add(b, concept(lang, field -> List.of(phrase(field, tokens, 1))), weight("phrase"));
        if (lang == Lang.JA) {
            Matcher m = CJK_RUN.matcher(Variants.normalise(text));
            while (m.find()) {
                String run = m.group();
                add(b, grams(run), weight("gram"));
            }
        }
        for (String token : text.strip().split("[\\s,、，]+"))
            if (!token.isEmpty())
                add(b, new TermQuery(new Term(Fields.CODE, Variants.normalise(token))), weight("code"));
        for (Variants.Expanded group : config.variants().expand(text))
            add(b, variants(group), weight("variant") * group.weight());
        return b.build();
    }

    /** How one concept is matched in one field. */
    private interface PerField {
        List<Query> queries(String field);
    }

    /** The concept in the label, text and about fields of {@code lang}: the best field counts. */
    private Query concept(Lang lang, PerField perField) {
        List<Query> disjuncts = new ArrayList<>();
        for (String kind : Fields.KINDS)
            for (Query q : perField.queries(Fields.text(kind, lang)))
                disjuncts.add(new BoostQuery(q, (float) weight(kind)));
        return new DisjunctionMaxQuery(disjuncts, TIE);
    }

    /** A kanji/katakana run as a phrase of character bigrams: a substring match in any field. */
    private Query grams(String run) {
        List<Query> disjuncts = new ArrayList<>();
        for (String kind : Fields.KINDS) {
            String field = Fields.gram(kind);
            List<Analyzers.Token> grams = Analyzers.tokens(Analyzers.BIGRAM, field, run);
            if (!grams.isEmpty())
                disjuncts.add(new BoostQuery(phrase(field, grams, 0), (float) weight(kind)));
        }
        return new DisjunctionMaxQuery(disjuncts, TIE);
    }

    /** A variant group: its best-matching variant (as a phrase, in its own language) counts. */
    private Query variants(Variants.Expanded group) {
        Map<String, Query> distinct = new LinkedHashMap<>();
        for (Variants.Expansion e : group.expansions()) {
            List<Analyzers.Token> tokens = Analyzers.tokens(Analyzers.of(e.lang()), Fields.text("text", e.lang()), e.text());
            if (tokens.isEmpty())
                continue;
            String key = e.lang() + " " + tokens.stream().map(Analyzers.Token::term).toList();
            distinct.computeIfAbsent(key, k -> concept(e.lang(), field -> List.of(phrase(field, tokens, 0))));
        }
        return new DisjunctionMaxQuery(distinct.values(), TIE);
    }

    /** The analysed words of {@code text}, without question words unless nothing else is left. */
    private List<Analyzers.Token> significant(String text, Lang lang) {
        List<Analyzers.Token> all = Analyzers.tokens(Analyzers.of(lang), Fields.text("text", lang), text);
        Set<String> stop = config.stopwords().getOrDefault(lang, Set.of());
        List<Analyzers.Token> kept = new ArrayList<>();
        for (Analyzers.Token t : all)
            if (!stop.contains(t.term()))
                kept.add(t);
        return kept.isEmpty() ? all : kept;
    }

    private static Query phrase(String field, List<Analyzers.Token> tokens, int slop) {
        if (tokens.size() == 1)
            return new TermQuery(new Term(field, tokens.get(0).term()));
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
        int first = tokens.get(0).position();
        for (Analyzers.Token t : tokens)
            p.add(new Term(field, t.term()), t.position() - first);
        return p.build();
    }

    private static void add(BooleanQuery.Builder b, Query q, double weight) {
        b.add(new BoostQuery(q, (float) weight), BooleanClause.Occur.SHOULD);
    }

    private double weight(String field) {
        return config.weight("field", field);
    }
}
