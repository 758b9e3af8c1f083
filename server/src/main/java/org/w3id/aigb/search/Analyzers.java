package org.w3id.aigb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.text.analyzer.LowerCaseKeywordAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.w3id.aigb.sys.LanguageAnalyzers;

/**
 * The analysers of the ranked search, in one place: the languages' own ({@link LanguageAnalyzers},
 * shared with the jena-text index) for Japanese and English text, character bigrams
 * ({@link CJKAnalyzer}) for substring matches of kanji and katakana runs, and a lowercase keyword
 * analyser for codes.
 */
public final class Analyzers {
    static final Analyzer BIGRAM = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    static final Analyzer CODE = new LowerCaseKeywordAnalyzer();

    private Analyzers() {}

    public static Analyzer of(Lang lang) {
        return lang == Lang.JA ? LanguageAnalyzers.JAPANESE : LanguageAnalyzers.ENGLISH;
    }

    /** The analyser of each field of the ranked index ({@link Fields}). */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new java.util.HashMap<>();
        for (String kind : Fields.KINDS) {
            fields.put(Fields.text(kind, Lang.JA), LanguageAnalyzers.JAPANESE);
            fields.put(Fields.gram(kind), BIGRAM);
        }
        fields.put(Fields.CODE, CODE);
        return new PerFieldAnalyzerWrapper(LanguageAnalyzers.ENGLISH, fields);
    }

    /** A term and its position, as the analyser emits them. */
    record Token(String term, int position) {}

    /** The tokens of {@code text} under {@code analyzer}. */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(new Token(term.toString(), pos));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
