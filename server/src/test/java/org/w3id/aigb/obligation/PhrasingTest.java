package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.testing.TestKG;

/**
 * How a profile is phrased must not change the answer. Declaring code-generation-assisted development
 * on the system built with it, rather than on the code-generation tool, once lost the note on
 * maintaining generated code, and did not list it as undecided either; a system provided to
 * consumers never had them mentioned, though the guideline addresses the provider's duties towards
 * them (data/guideline/stakeholder-duties.ttl).
 */
class PhrasingTest {
    static String example(String name) throws Exception {
        return Files.readString(TestKG.repo("data/examples/profiles/" + name));
    }

    static ChecklistView derive(String turtle) {
        ObligationEngine.Outcome o = ObligationFixtures.engine().check(new ProfileReader()
                .read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test"));
        assertTrue(o.conforms(), () -> o.report().entries().toString());
        return ChecklistView.of(o);
    }

    static Optional<Entry> find(ChecklistView d, String code) {
        return flat(d).stream().filter(o -> code.equals(o.resource().code())).findFirst();
    }

    static List<Entry> flat(ChecklistView d) {
        return d.flat();
    }

    static List<String> kinds(Entry o) {
        return o.reasons().stream().map(r -> r.kind().code()).toList();
    }

    static final String NOTE = "U-2-i-code-generation-maintainability";

    /** H社 with the activity on the service it built and provides; the tool is only used ({@code typed}: the service names an AI type). */
    static String codeGenerationOnTheSystemBuilt(boolean typed) throws Exception {
        return example("company-h-software.ttl")
                .replace("aigb:hasActivity activity:code-generation-assisted-development ;", "aigb:hasActivity activity:business-use ;")
                .replace("aigb:hasActivity activity:system-provision , activity:operation-and-monitoring ;",
                        "aigb:hasActivity activity:code-generation-assisted-development , activity:system-provision , activity:operation-and-monitoring ;"
                                + (typed ? " aigb:hasAIType aitype:generative-ai ;" : ""));
    }

    @Test
    void theCodeGenerationNoteAppliesWhicheverSystemTheActivityIsDeclaredOn() throws Exception {
        for (boolean typed : new boolean[] { true, false }) {
            ChecklistView d = derive(codeGenerationOnTheSystemBuilt(typed));
            Entry note = find(d, NOTE).orElseThrow(() -> new AssertionError("the note is lost (typed=" + typed + ")"));
            assertTrue(kinds(note).contains("activity-ai-type"), kinds(note).toString());
            assertTrue(note.systems().stream().anyMatch(s -> s.iri().getURI().endsWith("#own-service")), "through the system built");
            assertTrue(d.undecided().stream().noneMatch(u -> NOTE.equals(u.resource().code())), "decided, not undecided");
            ChecklistView.Reason why = note.reasons().stream().filter(r -> r.kind().code().equals("activity-ai-type")).findFirst().orElseThrow();
            assertTrue(why.ja().contains("コード生成AIを活用した開発") && why.ja().contains("コード生成AI") && why.en().contains("uses Code-generation AI"), why.toString());
        }
        // declared on the tool, as the example does, the note applies as before (through the tool's AI type)
        Entry asBefore = find(derive(example("company-h-software.ttl")), NOTE).orElseThrow();
        assertTrue(kinds(asBefore).contains("ai-type"), kinds(asBefore).toString());
    }

    @Test
    void theConsumersOfAProvidedSystemAreNamedWhereTheGuidelineAddressesDutiesTowardsThem() throws Exception {
        ChecklistView g = derive(example("company-g.ttl")); // provides a travel agent to consumers
        for (String code : List.of("P-2-i", "P-4-i")) {
            Entry item = find(g, code).orElseThrow(() -> new AssertionError(code + " applies to G"));
            assertTrue(kinds(item).contains("owed-to-users"), code + " " + kinds(item));
            ChecklistView.Reason r = item.reasons().stream().filter(x -> x.kind().code().equals("owed-to-users")).findFirst().orElseThrow();
            assertTrue(r.ja().contains("消費者") && r.ja().contains("旅行先提案・予約AIエージェント") && r.en().contains("Consumers"), r.toString());
        }
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(md, Format.MD, false, false);
        w.write(new ObligationWriter.Entry("g", ObligationFixtures.engine().check(new ProfileReader()
                .read(new ByteArrayInputStream(example("company-g.ttl").getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "g"))));
        w.finish();
        assertTrue(md.toString(StandardCharsets.UTF_8).contains("の利用者（消費者）も含まれます"), "the checklist says so");
        // a system without stated users, or used only by the organisation's own staff, gets no such reason
        ChecklistView q = derive(example("company-q.ttl"));
        assertEquals(List.of(), flat(q).stream().filter(o -> kinds(o).contains("owed-to-users")).map(o -> o.resource().code()).toList());
    }
}
