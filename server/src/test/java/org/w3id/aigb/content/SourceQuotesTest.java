package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Confidence is checkable: every quote a resource gives of the source's own words (aigb:sourceQuote,
 * aigb:oldWording, aigb:newWording) is found in the FY2025 update document (../shared/seed), comparing
 * only after removing whitespace, under the slide heading its locator names. That a Verified resource
 * quotes the source, what a quote and a downgrade reason look like, and that whatever a checklist cites
 * names its section are integrity checks of the graph (queries/checks/23-*, 30-*, 31-*, 32-*).
 */
class SourceQuotesTest {
    private static final String SLIDE = "／スライド：";

    /** Every quote node: the resource it supports, its text, its Japanese locator and its source. */
    private static List<QuerySolution> quotes() {
        return TestKG.select("""
                SELECT ?r ?text ?where ?source WHERE {
                  ?r aigb:sourceQuote|aigb:oldWording|aigb:newWording ?q .
                  ?q aigb:quotation ?text .
                  OPTIONAL { ?q aigb:locator ?where FILTER (lang(?where) = "ja") }
                  OPTIONAL { ?q dcterms:source ?source } }""");
    }

    /**
     * The graph's evidence is there in number (the rules it follows are integrity checks: a Verified resource
     * quotes the source, queries/checks/30-*; a quote is short, Japanese, located and from the update
     * document, 31-*; a downgrade reason is one English line on a resource that is not Verified, 32-*;
     * whatever a checklist cites names its section, 23-*).
     */
    @Test
    void hundredsOfResourcesQuoteTheSourceAndTheOthersSayWhyNot() {
        long verified = TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r aigb:confidence aigb:Verified }", "n");
        assertTrue(verified >= 300, "the graph has 300+ Verified resources, found " + verified);
        assertTrue(quotes().size() >= 600, "600+ quotes, found " + quotes().size());
        assertTrue(TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r aigb:downgradeReason ?w }", "n") >= 70,
                "the EU AI Act resources and the guideline resources that could not be quoted say why");
        assertTrue(TestKG.count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aigb:ActorItem ; aigb:section ?s }", "n") >= 30,
                "every actor item names its section");
    }

    @Test
    void everyQuoteOccursInTheUpdateDocument() {
        SeedText.text();
        Set<String> missing = new TreeSet<>();
        for (QuerySolution row : quotes())
            if (!SeedText.contains(row.getLiteral("text").getLexicalForm()))
                missing.add(row.getResource("r").getURI() + " 「" + row.getLiteral("text").getLexicalForm() + "」");
        assertEquals(Set.of(), missing, "quotes not found in ../shared/" + SeedText.SEED + " (only whitespace is normalised)");
    }

    @Test
    void everyLocatorNamesASlideThatComesBeforeItsQuote() {
        SeedText.text();
        List<String> wrong = new ArrayList<>();
        for (QuerySolution row : quotes()) {
            if (!row.contains("where"))
                continue; // reported by queries/checks/31-quote-malformed-violation.rq
            String where = row.getLiteral("where").getLexicalForm();
            String slide = where.substring(where.indexOf(SLIDE) + SLIDE.length());
            String quote = row.getLiteral("text").getLexicalForm();
            int heading = SeedText.indexOf(slide, 0);
            if (heading < 0 || SeedText.lastIndexOf(quote) < heading)
                wrong.add(row.getResource("r").getURI() + ": slide 「" + slide + "」 is not in the seed before 「" + quote + "」");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theComparisonIgnoresOnlyWhitespace() {
        // The check above can fail: a real quote passes with its spaces and line breaks changed, and the
        // same quote with one character changed, or with a redline mark left out, does not.
        String quote = "本ガイドラインにおけるAIエージェントとは、特定の目標を達成するために、環境を感知し自律的に行動するAIシステムとする。";
        assertTrue(SeedText.contains(quote));
        assertTrue(SeedText.contains(quote.replace("、", "、\n ").replace("AI", "AI\u3000")));
        assertFalse(SeedText.contains(quote.replace("自律的", "自主的")), "one character changed");
        assertFalse(SeedText.contains("AIシステム実装時 - P-2) i. 人間の生命・身体・財産、精神及び環境に配慮したリスク対策"),
                "the seed has a footnote mark (¹²⁵) after 実装時: it must be quoted too");
        assertTrue(SeedText.contains("AIシステム実装時¹²⁵ - P-2) i. 人間の生命・身体・財産、精神及び環境に配慮したリスク対策"));
    }
}
