package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.aigb.testing.TestKG;

/**
 * The guideline's own things that mappings and cross-reference resources point at (items,
 * principles, roles, stages, risks, terms, AI types, sections, editions) exist in the graph. Those
 * are written by other parts of the project (data/guideline); a kind of thing the graph does not
 * have at all yet is skipped, so that this check starts biting as soon as its data arrives.
 */
class CrossrefsMappingTargetsTest {
    static final String ID = "https://w3id.org/aigb/id/";
    static final List<String> KINDS = List.of("item", "principle", "role", "stage", "risk", "term", "ai-type",
            "philosophy", "section", "edition", "note");

    @TestFactory
    List<DynamicTest> everyGuidelineThingTheCrossrefsPointAtExists() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : KINDS) {
            String ns = ID + kind + "/";
            tests.add(DynamicTest.dynamicTest(kind, () -> {
                Set<String> used = TestKG.values("""
                        SELECT DISTINCT ?x WHERE {
                          GRAPH <https://w3id.org/aigb/graph/crossrefs> { { ?s ?p ?x } UNION { ?x ?p ?o } }
                          FILTER (isIRI(?x) && STRSTARTS(STR(?x), "%s"))
                        }""".formatted(ns), "x");
                Assumptions.assumeFalse(used.isEmpty(), "the crossrefs do not use " + kind + " IRIs");
                boolean loaded = TestKG.ask("""
                        ASK { GRAPH ?g { ?x rdfs:label ?l } FILTER (?g != <https://w3id.org/aigb/graph/crossrefs> && STRSTARTS(STR(?x), "%s")) }""".formatted(ns));
                Assumptions.assumeTrue(loaded, "no " + kind + " is defined outside the crossrefs yet");
                Set<String> missing = new TreeSet<>();
                for (String iri : used)
                    if (!TestKG.ask("ASK { <" + iri + "> rdfs:label ?l }"))
                        missing.add(iri.substring(ID.length()));
                assertEquals(Set.of(), missing, kind + " IRIs used by the crossrefs but defined nowhere");
            }));
        }
        return tests;
    }
}
