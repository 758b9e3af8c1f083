package org.w3id.aigb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Finds the matching passage of a resource with Lucene's highlighter: each stored value is scored
 * against the clauses of the query on its own field (and, for Japanese, on its character-bigram
 * twin). A description is preferred to a label (the label is shown anyway), and the query's
 * language to the other one (matched through a variant): the first of these that matches gives
 * its best fragment.
 */
final class Snippets {
    private static final int FRAGMENT_CHARS_JA = 90;
    private static final int FRAGMENT_CHARS_EN = 180;
    private static final SimpleHTMLFormatter MARKS = new SimpleHTMLFormatter(String.valueOf(Snippet.OPEN), String.valueOf(Snippet.CLOSE));

    private Snippets() {}

    /** The best passage of {@code doc} for {@code query}, or null when no stored text matches. */
    static Snippet best(Document doc, Query query, Lang preferred) {
        Lang other = preferred == Lang.JA ? Lang.EN : Lang.JA;
        for (Lang lang : List.of(preferred, other))
            for (String kind : List.of("text", "label")) {
                Snippet s = best(doc, query, kind, lang);
                if (s != null)
                    return s;
            }
        return null;
    }

    private static Snippet best(Document doc, Query query, String kind, Lang lang) {
        String field = Fields.text(kind, lang);
        Candidate best = null;
        for (String value : doc.getValues(field)) {
            String clean = value.replace(Snippet.OPEN, ' ').replace(Snippet.CLOSE, ' ');
            Candidate c = fragment(query, field, Analyzers.of(lang), clean, lang);
            if (lang == Lang.JA) {
                Candidate g = fragment(query, Fields.gram(kind), Analyzers.BIGRAM, clean, lang);
                if (g != null && (c == null || g.score() > c.score()))
                    c = g;
            }
            if (c != null && (best == null || c.score() > best.score()))
                best = c;
        }
        return best == null ? null : Snippet.parse(kind, lang, best.text());
    }

    private record Candidate(String text, float score) {}

    private static Candidate fragment(Query query, String field, Analyzer analyzer, String text, Lang lang) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter h = new Highlighter(MARKS, scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, lang == Lang.JA ? FRAGMENT_CHARS_JA : FRAGMENT_CHARS_EN));
        h.setMaxDocCharsToAnalyze(10_000);
        try {
            TextFragment[] frags = h.getBestTextFragments(analyzer.tokenStream(field, text), text, true, 1);
            if (frags.length == 0 || frags[0] == null || frags[0].getScore() <= 0)
                return null;
            String s = frags[0].toString().strip();
            String plain = s.replace(String.valueOf(Snippet.OPEN), "").replace(String.valueOf(Snippet.CLOSE), "");
            int at = text.indexOf(plain);
            String before = at > 0 ? "…" : "";
            String after = at >= 0 && at + plain.length() < text.length() ? "…" : "";
            return new Candidate(before + s + after, frags[0].getScore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
