package org.w3id.aigb.sys;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/**
 * The analysers of the guideline's two languages, one instance each: Kuromoji
 * ({@link JapaneseAnalyzer}: morphological analysis, base forms, katakana normalisation) for
 * Japanese and {@link EnglishAnalyzer} (Porter stemming) for English. Registered with jena-text for
 * {@code @ja} and {@code @en} literals at start-up ({@link AigbSystem}), and used by the ranked search,
 * so that both analyse text alike.
 */
public final class LanguageAnalyzers {
    public static final Analyzer JAPANESE = new JapaneseAnalyzer();
    public static final Analyzer ENGLISH = new EnglishAnalyzer();

    private LanguageAnalyzers() {}
}
