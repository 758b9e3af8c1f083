package org.w3id.aigb.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.aigb.JsonWriter;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.Derivation.Measure;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.Derivation.Undecided;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReportWriter;

/**
 * The JSON form of a derivation, written as it goes ({@link JsonWriter}): the roles with the rules
 * that give them, every applicable principle, item, Hiroshima principle and code-of-conduct action
 * with its titles, role, stage, principle, reasons, status, measures and practice notes, what could
 * not be decided with the missing facts, the information beside the checklist, the validation
 * warnings, and a summary.
 * <p>
 * The profile's AI systems are written once, in full, in the table {@code systems} ({@code {key:
 * {iri?, label{ja,en}}}}, keys {@code s1, s2, …}); everywhere else a system is its key. So neither a
 * long name nor a long IRI is repeated in every item that applies through the system: the answer
 * grows with the profile, not with the profile times the guideline.
 */
public final class ObligationJson {
    private final JsonWriter w;
    private final Map<Node, String> keys = new HashMap<>();

    private ObligationJson(JsonWriter w) {
        this.w = w;
    }

    /** Writes the object of one conforming profile's outcome. */
    public static void write(JsonWriter w, String source, Outcome outcome) {
        new ObligationJson(w).write(source, outcome);
    }

    private void write(String source, Outcome outcome) {
        Derivation d = outcome.derivation();
        w.beginObject();
        w.member("source", source);
        w.member("conforms", true);
        w.name("organisation");
        named(d.organisation());
        w.member("derivation", d.iri().getURI());
        w.name("edition");
        named(d.guidelineEdition());
        systems(d);
        roles(d);
        w.name("undecidedRoles").beginArray();
        for (Derivation.UndecidedRole r : d.undecidedRoles()) {
            w.beginObject();
            namedMembers(r.role());
            w.name("systems");
            systemRefs(r.systems());
            w.name("openQuestions");
            list(r.openQuestions());
            w.endObject();
        }
        w.endArray();
        w.member("businessActor", d.isBusinessActor());
        if (!d.isBusinessActor())
            w.name("statement").value(ProfileReportWriter.pair(Checklist.NON_BUSINESS_JA, Checklist.NON_BUSINESS_EN));
        w.name("items").beginArray();
        d.obligations().forEach(this::obligation);
        w.endArray();
        w.name("undecided").beginArray();
        d.undecided().forEach(this::undecided);
        w.endArray();
        information(d);
        w.name("validation").value(ProfileReportWriter.json(new ProfileReportWriter.Named(source, outcome.report())));
        Checklist.Summary s = Checklist.summary(d);
        w.name("summary").beginObject().member("applicable", s.applicable()).member("addressed", s.addressed()).member("planned", s.planned())
                .member("notApplicable", s.notApplicable()).member("gap", s.gap()).member("undecided", s.undecided()).endObject();
        w.endObject();
    }

    /** The table of the profile's systems, keyed {@code s1, s2, …} in the order of their IRIs. */
    private void systems(Derivation d) {
        w.name("systems").beginObject();
        for (Named system : d.systems()) {
            String key = "s" + (keys.size() + 1);
            keys.put(system.iri(), key);
            w.name(key);
            named(system);
        }
        w.endObject();
    }

    private void roles(Derivation d) {
        w.name("roles").beginArray();
        for (Derivation.Role r : d.roles()) {
            w.beginObject();
            namedMembers(r.role());
            w.name("systems");
            systemRefs(r.systems());
            w.name("reasons").beginArray();
            for (Derivation.RuleReason rr : r.reasons()) {
                w.beginObject();
                w.name("rule");
                named(rr.rule());
                w.name("sections");
                list(rr.sections());
                w.name("locator").value(ProfileReportWriter.pair(rr.locatorJa(), rr.locatorEn()));
                w.name("systems");
                systemRefs(rr.systems());
                w.name("activities");
                list(rr.activities());
                if (rr.illustratingCase() != null) {
                    w.name("case");
                    named(rr.illustratingCase());
                }
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }

    private void obligation(Obligation ob) {
        w.beginObject();
        idAndTitle(ob.resource());
        w.member("kind", Checklist.kindName(ob.kind()));
        if (ob.role() != null)
            w.member("role", ob.role().code());
        w.name("roles");
        codes(ob.why().roles());
        if (ob.why().stage() != null) {
            w.name("stage");
            named(ob.why().stage());
        }
        if (ob.principle() != null)
            w.member("principle", ob.principle().code());
        if (ob.target() != null)
            w.member("attachedTo", ob.target().code());
        w.name("systems");
        systemRefs(ob.why().systems());
        w.name("reasons").beginArray();
        for (Reasons.Reason r : Reasons.of(ob.why()))
            w.beginObject().member("kind", r.kind()).name("text").value(ProfileReportWriter.pair(r.ja(), r.en())).endObject();
        w.endArray();
        if (!ob.why().references().isEmpty()) {
            w.name("references");
            list(ob.why().references());
        }
        w.member("status", Checklist.status(ob));
        w.name("measures").beginArray();
        for (Measure m : ob.measures()) {
            w.beginObject();
            w.member("status", m.status() == null ? "" : m.status().code());
            if (m.evidenceJa() != null || m.evidenceEn() != null)
                w.name("evidence").value(ProfileReportWriter.pair(m.evidenceJa(), m.evidenceEn()));
            w.member("url", m.url());
            if (m.reasonJa() != null || m.reasonEn() != null)
                w.name("notApplicableReason").value(ProfileReportWriter.pair(m.reasonJa(), m.reasonEn()));
            if (m.system() != null) {
                w.name("system");
                systemRef(m.system());
            }
            w.endObject();
        }
        w.endArray();
        if (!ob.uncoveredSystems().isEmpty()) {
            w.name("uncoveredSystems");
            systemRefs(ob.uncoveredSystems());
        }
        if (!ob.updatedBy().isEmpty()) {
            w.name("updatedBy");
            list(ob.updatedBy());
        }
        if (!ob.notes().isEmpty()) {
            w.name("notes").beginArray();
            ob.notes().forEach(this::obligation);
            w.endArray();
        }
        w.endObject();
    }

    private void undecided(Undecided u) {
        w.beginObject();
        idAndTitle(u.resource());
        w.member("kind", Checklist.kindName(u.kind()));
        if (u.target() != null)
            w.member("attachedTo", u.target().code());
        w.name("roles");
        codes(u.roles());
        w.name("systems");
        systemRefs(u.systems());
        w.name("missingFacts");
        list(u.missingFacts());
        if (!u.openQuestions().isEmpty()) {
            w.name("openQuestions");
            list(u.openQuestions());
        }
        w.endObject();
    }

    private void information(Derivation d) {
        w.name("information").beginObject();
        w.name("riskBasedApproach").beginObject();
        w.name("label").value(ProfileReportWriter.pair(Checklist.RISK_BASED_JA, Checklist.RISK_BASED_EN));
        w.name("systems").beginArray();
        for (Derivation.Emphasis e : d.emphases()) {
            w.beginObject();
            w.name("system");
            systemRef(e.system());
            w.name("area");
            named(e.area());
            w.name("references");
            list(e.references());
            w.endObject();
        }
        w.endArray().endObject();
        w.name("risks").beginArray();
        for (Derivation.Risk r : d.risks()) {
            w.beginObject();
            namedMembers(r.note());
            if (r.risk() != null) {
                w.name("risk");
                named(r.risk());
            }
            w.name("aiTypes");
            list(r.aiTypes());
            w.name("systems");
            systemRefs(r.systems());
            w.endObject();
        }
        w.endArray();
        w.name("sectorGuidance").beginArray();
        for (Derivation.Guidance g : d.guidance()) {
            w.beginObject();
            namedMembers(g.document());
            w.name("publisher").value(ProfileReportWriter.pair(g.publisherJa(), g.publisherEn()));
            w.name("locator").value(ProfileReportWriter.pair(g.locatorJa(), g.locatorEn()));
            w.member("url", g.url());
            w.name("matchedBy");
            named(g.matchedBy());
            w.name("guidance");
            named(g.guidance());
            w.endObject();
        }
        w.endArray();
        w.name("stagesNotReached").beginArray();
        for (Derivation.StageNotReached s : d.stagesNotReached()) {
            w.beginObject().member("role", s.role().code()).name("stage");
            named(s.stage());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /** {@code {iri, code, label{ja,en}}} of a named thing (blank nodes of the profile have no iri). */
    private void named(Named n) {
        w.beginObject();
        if (n != null)
            namedMembers(n);
        w.endObject();
    }

    private void namedMembers(Named n) {
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        w.member("code", n.code());
        w.name("label").value(ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
    }

    /** An item's or note's {@code iri, code, title{ja,en}}. */
    private void idAndTitle(Named n) {
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        w.member("code", n.code());
        w.name("title").value(ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
    }

    /** A system: its key in {@code systems}. */
    private void systemRef(Named n) {
        String key = keys.get(n.iri());
        if (key == null) // not among the profile's systems (the rules only name those): written in full rather than lost
            named(n);
        else
            w.value(key);
    }

    private void systemRefs(List<Named> systems) {
        w.beginArray();
        systems.forEach(this::systemRef);
        w.endArray();
    }

    private void list(List<Named> names) {
        w.beginArray();
        names.forEach(this::named);
        w.endArray();
    }

    private void codes(List<Named> names) {
        w.beginArray();
        names.forEach(n -> w.value(n.code()));
        w.endArray();
    }
}
