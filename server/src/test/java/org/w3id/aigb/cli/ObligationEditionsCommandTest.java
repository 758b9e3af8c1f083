package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.aigb.cli.ObligationsCommandTest.example;
import static org.w3id.aigb.cli.ObligationsCommandTest.obligations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.cli.MainTest.Run;

/**
 * {@code obligations --edition} and {@code --changes} end to end through {@link Main}: the checklist
 * under version 1.1 (the roles it left open undecided, with the question), the marks of what the update
 * added or changed in the current checklist, what the update changed for a RAG provider in every format
 * (the source-citation duty moved to it as provider, P-6-i, CL-40), and the usage errors.
 */
class ObligationEditionsCommandTest {
    private static final String AIGB = "https://w3id.org/aigb/ontology#";

    @Test
    void underVersion11TheRagProvidersDeveloperRoleIsUndecidedWithTheQuestionItLeftOpen() {
        Run r = obligations(example("consumer-rag-assistant.ttl"), "--edition", "v1.1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("AI事業者ガイドライン（第1.1版）に基づく。"), r.out());
        assertTrue(r.out().contains("- **AI開発者 / AI Developer**（判定できない / undecided）"), "the role v1.1 left open is undecided, not guessed");
        assertTrue(r.out().contains("left open by this edition: 第1.1版：RAGを導入する者の主体"), "with the question it left open");
        assertFalse(r.out().contains("**P-6-i-rag-source-citation**"), "the provider's RAG note is not in v1.1");
        assertFalse(r.out().contains("更新で追加・変更"), "nothing is marked new under v1.1");
    }

    @Test
    void anOrganisationWhoseOnlyRoleVersion11LeftOpenGetsWhatWouldApplyUndecidedNotTheNonBusinessNotice() {
        // A社 specifies an API: under v1.1 whether that makes it a developer was left open, and it holds no other role
        Run r = obligations(example("company-a.ttl"), "--edition", "v1.1");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("- **AI開発者 / AI Developer**（判定できない / undecided）"), r.out());
        assertFalse(r.out().contains("業務外利用者（事業活動以外でAIを利用する者）に向けられた事項はありません"), "not told it is a non-business user");
        assertTrue(r.out().contains("## 判定できない事項 / Could not be decided"), "what would apply as developer is shown, undecided");
        assertTrue(r.out().contains("この版では主体が定まっていない / the role is left open by this edition: 第1.1版：APIの仕様を策定する者の主体"), r.out());
    }

    @Test
    void theCurrentChecklistMarksWhatTheUpdateAddedOrChangedWithItsChangeRecord() {
        Run r = obligations(example("consumer-rag-assistant.ttl"));
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("AI事業者ガイドライン（第1.2版）に基づく。"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("**P-6-i-rag-source-citation**") && l.contains("new or changed by the update** (CL-40)")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("**P-6-i** ") && !l.contains("new or changed by the update")), "P-6-i itself was not rewritten");
        Run json = obligations(example("consumer-rag-assistant.ttl"), "--format", "json");
        JsonObject o = JSON.parse(json.out());
        assertEquals("v1.2", o.get("edition").getAsObject().get("code").getAsString().value());
        JsonObject p6i = o.get("items").getAsArray().stream().map(v -> v.getAsObject()).filter(i -> i.get("code").getAsString().value().equals("P-6-i"))
                .findFirst().orElseThrow();
        JsonObject note = p6i.get("notes").getAsArray().get(0).getAsObject();
        assertEquals("P-6-i-rag-source-citation", note.get("code").getAsString().value());
        assertEquals("CL-40", note.get("updatedBy").getAsArray().get(0).getAsObject().get("code").getAsString().value());
    }

    @Test
    void theChangesForARagProviderShowTheSourceCitationDutyMovedToItAsProvider() {
        Run r = obligations(example("consumer-rag-assistant.ttl"), "--changes");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("AI事業者ガイドライン（第1.1版） → AI事業者ガイドライン（第1.2版）"), r.out());
        assertTrue(r.out().contains("| 移動により適用 / Moved in（前の版で判定できない / undecided before） | P-6-i-rag-source-citation | RAGの導入 / Introducing RAG |"
                + " AIDeveloper → AIProvider | D-6-i-rag-transparency | addressed | CL-40 |"), r.out());
        assertTrue(r.out().contains("| 主体に当たらないことの確定 / Role ruled out | AIDeveloper | CL-34, CL-36, CL-40 |"), r.out());
        Run html = obligations(example("consumer-rag-assistant.ttl"), "--changes", "--format", "html");
        assertTrue(html.out().contains("<a href=\"https://w3id.org/aigb/id/change/CL-40\">CL-40</a>"), "the change record is linked");
        Run json = obligations(example("consumer-rag-assistant.ttl"), "--changes", "--format", "json");
        JsonObject moved = JSON.parse(json.out()).get("differences").getAsArray().stream().map(v -> v.getAsObject())
                .filter(d -> d.get("kind").getAsString().value().equals("moved-in")).findFirst().orElseThrow();
        assertEquals("P-6-i-rag-source-citation", moved.get("code").getAsString().value());
        assertEquals("addressed", moved.get("declaredStatus").getAsString().value());
        assertEquals("https://w3id.org/aigb/id/change/CL-40", moved.get("changeRecords").getAsArray().get(0).getAsObject().get("iri").getAsString().value());
    }

    @Test
    void theChangesAsTurtleDeriveEachDifferenceFromItsChangeRecords() {
        Run r = obligations(example("consumer-rag-assistant.ttl"), "--changes", "--format", "ttl");
        assertEquals(Main.OK, r.code(), r.err());
        Graph g = RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).toGraph();
        Node cl40 = NodeFactory.createURI("https://w3id.org/aigb/id/change/CL-40");
        Node derivedFrom = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        Node generatedBy = NodeFactory.createURI("http://www.w3.org/ns/prov#wasGeneratedBy");
        Node movedIn = NodeFactory.createURI("https://w3id.org/aigb/id/difference-kind/moved-in");
        Node line = g.find(Node.ANY, NodeFactory.createURI(AIGB + "differenceKind"), movedIn).next().getSubject();
        assertTrue(g.contains(line, NodeFactory.createURI(AIGB + "dueToChange"), cl40));
        assertTrue(g.contains(line, derivedFrom, cl40), "PROV: the difference was derived from the change record");
        Node comparison = g.find(line, generatedBy, Node.ANY).next().getObject();
        assertTrue(g.contains(comparison, NodeFactory.createURI("http://www.w3.org/ns/prov#wasInfluencedBy"), cl40));
        assertEquals(2, g.find(comparison, NodeFactory.createURI("http://www.w3.org/ns/prov#used"), Node.ANY).toList().stream()
                .filter(t -> g.contains(t.getObject(), NodeFactory.createURI(AIGB + "underEdition"), Node.ANY)).count(), "both derivations");
    }

    @Test
    void aNonBusinessUserGetsNothingInEitherEditionAndNoChange() {
        Run r = obligations(example("private-traveller.ttl"), "--changes", "--format", "json");
        assertEquals(Main.OK, r.code(), r.err());
        JsonArray differences = JSON.parse(r.out()).get("differences").getAsArray();
        assertEquals(0, differences.size());
        for (String edition : new String[] {"v1.1", "v1.2"}) {
            JsonObject o = JSON.parse(obligations(example("private-traveller.ttl"), "--edition", edition, "--format", "json").out());
            assertEquals(0, o.get("items").getAsArray().size(), edition);
            assertEquals(0, o.get("undecided").getAsArray().size(), edition);
        }
    }

    @Test
    void severalProfilesGetAJsonArrayAndOneThatDoesNotConformItsReport() {
        Run r = obligations(example("company-o.ttl"), example("invalid-measure-code.ttl"), "--changes", "--format", "json");
        assertEquals(Main.FINDINGS, r.code(), r.err());
        JsonArray all = JSON.parseAny(r.out()).getAsArray();
        assertEquals(2, all.size());
        assertTrue(all.get(0).getAsObject().get("differences").getAsArray().stream()
                .anyMatch(d -> d.getAsObject().get("code").getAsString().value().equals("U-5-i-log-review")), "O社 gains the log review (CL-20)");
        assertEquals(false, all.get(1).getAsObject().get("conforms").getAsBoolean().value());
    }

    @Test
    void anUnknownEditionOrChangesWithAnEditionIsAUsageErrorNamingTheChoices() {
        Run unknown = obligations(example("company-o.ttl"), "--edition", "v9");
        assertEquals(Main.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("Unknown edition 'v9'; choose one of v1.1, v1.2"), unknown.err());
        assertEquals("", unknown.out());
        Run both = obligations(example("company-o.ttl"), "--changes", "--edition", "v1.1");
        assertEquals(Main.BAD_INPUT, both.code());
        assertTrue(both.err().contains("leave out --edition"), both.err());
    }
}
