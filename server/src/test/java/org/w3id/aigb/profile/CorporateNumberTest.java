package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.vocab.AIGB;

/**
 * The 法人番号 check digit of shapes/profile.ttl (aigbsh:CorporateNumberCheckDigit) against an
 * independent statement of the National Tax Agency's rule, on a published number and on many
 * generated ones, each with its right check digit and with every wrong one.
 */
class CorporateNumberTest {
    /** The rule: 9 - (sum over the 12 base digits, counted from the right, of digit x (1 if odd position, 2 if even)) mod 9. */
    static int checkDigit(String base12) {
        int sum = 0;
        for (int n = 1; n <= 12; n++)
            sum += (base12.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        return 9 - sum % 9;
    }

    /** The corporate numbers among {@code numbers} that aigbsh:CorporateNumberCheckDigit rejects. */
    static Set<String> rejected(Set<String> numbers) {
        Graph g = GraphFactory.createDefaultGraph();
        int i = 0;
        for (String n : numbers)
            g.add(NodeFactory.createURI("http://profile.invalid/#org" + i++), AIGB.property("corporateNumber").asNode(), NodeFactory.createLiteralString(n));
        Set<String> out = new TreeSet<>();
        for (ProfileReport.Entry e : ProfileFixtures.validator().validate(g).entries())
            if (e.sourceShape().getLocalName().equals("CorporateNumberCheckDigit"))
                out.add(e.value().getLiteralLexicalForm());
        return out;
    }

    @Test
    void thePublishedNumberOfTheNationalTaxAgencyPasses() {
        // 国税庁's own corporate number, as published on its corporate-number site: anchors the rule.
        assertEquals(7, checkDigit("000012050002"));
        assertEquals(Set.of(), rejected(Set.of("7000012050002")));
    }

    @Test
    void generatedNumbersPassWithTheirCheckDigitAndFailWithAnyOther() {
        Random random = new Random(20260312);
        Set<String> good = new LinkedHashSet<>(), bad = new LinkedHashSet<>();
        for (int k = 0; k < 60; k++) {
            String base = String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L));
            int right = checkDigit(base);
            good.add(right + base);
            for (int d = 1; d <= 9; d++)
                if (d != right)
                    bad.add(d + base);
        }
        Set<String> all = new LinkedHashSet<>(good);
        all.addAll(bad);
        assertEquals(new TreeSet<>(bad), rejected(all));
    }

    @Test
    void aMalformedNumberIsTheFormatShapesFindingNotTheCheckDigits() {
        // The check digit is computed only for 13 digits; other forms are aigbsh:CorporateNumberFormat's.
        assertEquals(Set.of(), rejected(Set.of("123", "0000012050002", "70000120500021", "700001205000X")));
    }

    @Test
    void aRemainderOfZeroGivesNine() {
        // Σ = 9 → 9 - 0 = 9: the check digit is never 0.
        String base = "000000000009";
        assertEquals(9, checkDigit(base));
        assertEquals(Set.of(), rejected(Set.of("9" + base)));
    }
}
