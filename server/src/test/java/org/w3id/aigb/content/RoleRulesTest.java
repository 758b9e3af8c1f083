package org.w3id.aigb.content;

import static org.w3id.aigb.testing.SetAssert.assertContainsAll;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/** The activity list (ontology/activities.ttl) and the role rules the FY2025 update states (guidelines-facts.md §12). */
class RoleRulesTest {

    @Test
    void theActivityListIsTheOneAgreedInIrisMd() {
        assertSameSet("activities", Set.of("data-collection-and-preprocessing", "pre-training", "post-training", "fine-tuning",
                "alignment-tuning", "model-verification", "api-specification", "api-integration", "rag-construction", "system-provision",
                "operation-and-monitoring", "business-use", "code-generation-assisted-development", "private-use"),
                TestKG.values("SELECT ?a WHERE { ?i a aigb:Activity BIND (STRAFTER(STR(?i), \"/activity/\") AS ?a) }", "a"));
        assertSameSet("narrower activities (a rule on the broader one covers them)",
                Set.of("fine-tuning < post-training", "alignment-tuning < post-training", "code-generation-assisted-development < business-use"),
                TestKG.values("""
                        SELECT ?x WHERE { ?a a aigb:Activity ; skos:broader ?b
                          BIND (CONCAT(STRAFTER(STR(?a), "/activity/"), " < ", STRAFTER(STR(?b), "/activity/")) AS ?x) }""", "x"));
    }

    @Test
    void theRulesTheUpdateStatesAreThereAsData() {
        Map<String, Set<String>> activities = new TreeMap<>(), roles = new TreeMap<>();
        for (QuerySolution row : TestKG.select("""
                SELECT ?rule ?a ?r WHERE { ?rule a aigb:RoleRule ; aigb:requiresActivity ?ai ; aigb:assignsRole ?ri .
                  BIND (STRAFTER(STR(?ai), "/activity/") AS ?a) BIND (STRAFTER(STR(?ri), "/role/") AS ?r) }""")) {
            String rule = row.getResource("rule").getURI();
            activities.computeIfAbsent(rule, k -> new TreeSet<>()).add(row.getLiteral("a").getString());
            roles.computeIfAbsent(rule, k -> new TreeSet<>()).add(row.getLiteral("r").getString());
        }
        Set<String> stated = new TreeSet<>();
        activities.forEach((rule, acts) -> stated.add(acts + " -> " + roles.get(rule)));
        // (a)-(e) of guidelines-facts.md §12, plus the actor definitions (business use, private use)
        Set<String> required = Set.of(
                "[fine-tuning, system-provision] -> [AIDeveloper, AIProvider]",
                "[code-generation-assisted-development, system-provision] -> [AIBusinessUser, AIProvider]",
                "[api-specification] -> [AIDeveloper]",
                "[api-integration] -> [AIProvider]",
                "[post-training] -> [AIDeveloper]",
                "[rag-construction] -> [AIProvider]",
                "[business-use] -> [AIBusinessUser]",
                "[private-use] -> [NonBusinessUser]");
        assertContainsAll("rules stated by the update", required, stated);
        assertSameSet("cases illustrating the three role-overlap rules",
                Set.of("fine-tuning-and-provision internal-knowledge-search", "code-generation-assisted-provision programming-assistant",
                        "api-specification-developer sales-forecasting", "api-integration-provider sales-forecasting"),
                TestKG.values("""
                        SELECT ?x WHERE { ?rule aigb:illustratedBy ?case ; aigb:requiresActivity ?a .
                          FILTER (?a IN (activity:fine-tuning, activity:code-generation-assisted-development, activity:api-specification, activity:api-integration))
                          BIND (CONCAT(STRAFTER(STR(?rule), "/rule/"), " ", STRAFTER(STR(?case), "/case/")) AS ?x) }""", "x"));
    }
}
