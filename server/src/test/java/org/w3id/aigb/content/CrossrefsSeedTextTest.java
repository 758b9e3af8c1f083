package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Japanese titles of Part 2 D, of code-of-conduct actions I and II and the questions of 別添7 B are
 * facts: they must be exactly the text of the FY2025 update document (../shared/seed), read here
 * straight from it. Skipped where the seed is not present.
 */
class CrossrefsSeedTextTest {
    static final String SEED = "seed/000_9f1e3ce6eba81a0e.txt";
    static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫";
    static List<String> lines;

    @BeforeAll
    static void readSeed() throws Exception {
        Path seed = TestKG.shared(SEED).orElse(null);
        Assumptions.assumeTrue(seed != null, "../shared/" + SEED + " not present");
        lines = Files.readAllLines(seed);
    }

    static Map<String, String> jaLabels(String type) {
        Map<String, String> labels = new TreeMap<>();
        for (QuerySolution row : TestKG.select("SELECT ?c ?l WHERE { ?x a " + type + " ; aigb:code ?c ; rdfs:label ?l FILTER (LANG(?l) = \"ja\") }"))
            labels.put(row.getLiteral("c").getString(), row.getLiteral("l").getString());
        return labels;
    }

    @Test
    void part2DItemsAreWordedExactlyAsInTheUpdateDocument() {
        int start = indexOf("D. 広島 AI プロセス「全ての AI 関係者向けの広島プロセス国際指針」");
        Pattern item = Pattern.compile("^(?:- )?([①-⑫]) (.*)$");
        Map<String, String> expected = new TreeMap<>();
        for (int i = start; i < lines.size() && expected.size() < 12; i++) {
            Matcher m = item.matcher(lines.get(i));
            if (m.matches())
                expected.put("2D-" + (CIRCLED.indexOf(m.group(1)) + 1), m.group(2));
        }
        assertEquals(expected, jaLabels("aigb:HiroshimaGuidingPrinciple"));
    }

    @Test
    void checklist7BQuestionsAreWordedExactlyAsInTheUpdateDocument() {
        String line = lines.get(indexOf("□ ①"));
        Matcher m = Pattern.compile("□ ([①-⑫]) (.*?)(?=\\s*□|\\s*$)").matcher(line);
        Map<String, String> expected = new TreeMap<>();
        while (m.find())
            expected.put("7B-" + (CIRCLED.indexOf(m.group(1)) + 1), m.group(2));
        assertEquals(12, expected.size(), "the seed's checklist line lists 12 questions");
        assertEquals(expected, jaLabels("aigb:CheckItem"));
    }

    @Test
    void codeOfConductActionsIAndIIAreTitledExactlyAsInPart3() {
        Map<String, String> actual = jaLabels("aigb:CodeOfConductAction");
        assertEquals(lines.get(indexOf("I. AI ライフサイクル")).substring(3), actual.get("HCOC-I"));
        assertEquals(lines.get(indexOf("II. 市場投入")).substring(4), actual.get("HCOC-II"));
    }

    private static int indexOf(String prefix) {
        for (int i = 0; i < lines.size(); i++)
            if (lines.get(i).startsWith(prefix) || lines.get(i).contains(prefix) && prefix.startsWith("□"))
                return i;
        throw new AssertionError("the seed has no line starting with " + prefix);
    }
}
