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
 * Confidence is checkable: a resource that says it is Verified quotes the source's own words
 * (aigb:sourceQuote), each quote short, Japanese, located and taken from the FY2025 update document,
 * and every quote is found in that document (../shared/seed), comparing only after removing
 * whitespace. A resource that is not Verified although it once was says why (aigb:downgradeReason).
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

    @Test
    void everyVerifiedResourceQuotesTheSource() {
        long verified = TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r aigb:confidence aigb:Verified }", "n");
        assertTrue(verified >= 300, "the graph has 300+ Verified resources, found " + verified);
        Set<String> unquoted = TestKG.values("""
                SELECT ?r WHERE { ?r aigb:confidence aigb:Verified
                  FILTER NOT EXISTS { ?r aigb:sourceQuote|aigb:oldWording|aigb:newWording ?q } }""", "r");
        assertEquals(Set.of(), unquoted, "Verified resources without a quote of the source: quote it or downgrade it with a reason");
    }

    @Test
    void everyQuoteIsShortJapaneseLocatedAndFromTheUpdateDocument() {
        List<String> problems = new ArrayList<>();
        for (QuerySolution row : quotes()) {
            String text = row.getLiteral("text").getLexicalForm();
            String what = row.getResource("r").getURI() + " 「" + text + "」";
            if (text.isBlank() || text.length() > 200)
                problems.add(what + ": " + text.length() + " characters (1 to 200)");
            if (!row.getLiteral("text").getLanguage().equals("ja"))
                problems.add(what + ": not tagged @ja");
            if (!row.contains("where") || !row.getLiteral("where").getLexicalForm().contains(SLIDE))
                problems.add(what + ": no Japanese locator naming the slide (…" + SLIDE + "…)");
            if (!row.contains("source") || !row.getResource("source").getURI().equals("https://w3id.org/aigb/id/edition/fy2025-update"))
                problems.add(what + ": dcterms:source is not edition:fy2025-update");
        }
        assertTrue(quotes().size() >= 600, "600+ quotes, found " + quotes().size());
        assertEquals(List.of(), problems);
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
                continue; // reported by the test above
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

    @Test
    void aResourceThatIsNotVerifiedSaysWhyInOneLine() {
        List<String> problems = new ArrayList<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?r ?why ?c WHERE { ?r aigb:downgradeReason ?why . OPTIONAL { ?r aigb:confidence ?c } }""")) {
            String r = row.getResource("r").getURI();
            String why = row.getLiteral("why").getLexicalForm();
            if (row.contains("c") && row.getResource("c").getURI().endsWith("#Verified"))
                problems.add(r + " is Verified but gives a downgrade reason");
            if (why.contains("\n") || why.length() > 300 || !row.getLiteral("why").getLanguage().equals("en"))
                problems.add(r + ": the reason is one English line of at most 300 characters");
        }
        assertEquals(List.of(), problems);
        assertTrue(TestKG.count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r aigb:downgradeReason ?w }", "n") >= 70,
                "the EU AI Act resources and the guideline resources that could not be quoted say why");
    }

    @Test
    void everythingAChecklistCanCiteNamesTheSectionOfTheOfficialTextToRead() {
        // The checklists show, per item, where to read it in the official text: its aigb:section, a Section
        // with a code (本編 第3部, 別添4, ...) and a Japanese title.
        Set<String> lacking = TestKG.values("""
                SELECT ?r WHERE {
                  VALUES ?class { aigb:ActorItem aigb:PracticeNote aigb:GuidingPrinciple aigb:PrincipleSubItem
                                  aigb:HiroshimaGuidingPrinciple aigb:CodeOfConductAction aigb:CheckItem aigb:SectorGuidance }
                  ?r a ?class .
                  FILTER NOT EXISTS { ?r aigb:section ?s . ?s aigb:code ?c ; rdfs:label ?l FILTER (lang(?l) = "ja") } }""", "r");
        assertEquals(Set.of(), lacking, "resources a checklist can cite without the section to read");
        assertTrue(TestKG.count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a aigb:ActorItem ; aigb:section ?s }", "n") >= 30);
    }
}
