package org.w3id.aigb.obligation;

import org.w3id.aigb.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.testing.TestKG;

/** The rule runner stops a derivation that runs past its time limit, naming the rule it stopped at. */
class RuleRunnerTest {
    @Test
    void aDerivationPastItsTimeLimitIsStoppedWithQueryTimeout() {
        StringBuilder t = new StringBuilder("""
                PREFIX aigb: <https://w3id.org/aigb/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX activity: <https://w3id.org/aigb/id/activity/>
                PREFIX aitype: <https://w3id.org/aigb/id/ai-type/>
                <#org> a org:Organization .
                """);
        for (int i = 0; i < 300; i++)
            t.append("<#org> aigb:hasAISystem <#s").append(i).append("> . <#s").append(i)
                    .append("> aigb:hasActivity activity:fine-tuning , activity:system-provision , activity:business-use ; aigb:hasAIType aitype:ai-agent .\n");
        Graph profile = new ProfileReader().read(new ByteArrayInputStream(t.toString().getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test");
        Graph guideline = GraphFactory.createDefaultGraph();
        TestKG.get().dataset().asDatasetGraph().getDefaultGraph().find().forEach(guideline::add);
        AigbException e = assertThrows(AigbException.class,
                () -> RuleRunner.forEdition(Sources.classpath(), NodeFactory.createURI("https://w3id.org/aigb/id/edition/v1.2"), Limits.defaults().with(Limits.Limit.TIMEOUT, 1)).run(guideline, profile, NodeFactory.createURI("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"),
                        NodeFactory.createURI("https://w3id.org/aigb/id/edition/v1.2")));
        assertEquals("query-timeout", e.code());
        assertTrue(e.getMessage().contains("queries/rules/"), e.getMessage());
    }
}
