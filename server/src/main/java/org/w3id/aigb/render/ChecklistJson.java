package org.w3id.aigb.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.JsonWriter;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Measure;
import org.w3id.aigb.checklist.ChecklistView.Party;
import org.w3id.aigb.checklist.ChecklistView.Undecided;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;

/**
 * The JSON answer, written as it goes ({@link JsonWriter}): an object per profile (an array of them,
 * one per line, for several): the edition derived under, the roles with the rules that give them and
 * those the edition leaves open with its questions, every applicable principle, item, Hiroshima
 * principle and code-of-conduct action with its titles, role, stage, principle, reasons, status,
 * measures, practice notes and the change records of the update that added or changed it
 * ({@code updatedBy}), what could not be decided with the missing facts or open questions, the
 * information beside the checklist, the notices, the validation report and a summary. What the update
 * changed ({@link #changes}) is {@link ChangesJson}'s object.
 * <p>
 * The profile's AI systems are written once, in full, in the table {@code systems} ({@code {key:
 * {iri?, label{ja,en}}}}, keys {@code s1, s2, …}); everywhere else a system is its key. So neither a
 * long name nor a long IRI is repeated in every item that applies through the system.
 */
final class ChecklistJson implements ChecklistRenderer {
    private final RenderTarget target;
    private final JsonWriter w;
    private Map<Node, String> keys = Map.of();

    ChecklistJson(RenderTarget target) {
        this.target = target;
        this.w = new JsonWriter(target);
    }

    @Override
    public void begin() {
        if (target.many())
            w.beginArray();
    }

    @Override
    public void end() {
        if (target.many()) {
            target.append('\n');
            w.endArray();
        }
        target.append('\n');
    }

    private void next() {
        if (target.many())
            w.newLine(); // one line per profile
    }

    @Override
    public void notConforming(String source, ProfileReport report) {
        next();
        JsonObject o = new JsonObject();
        o.put("source", source);
        o.put("conforms", false);
        o.put("validation", ProfileReportWriter.json(new ProfileReportWriter.Named(source, report)));
        w.value(o);
    }

    @Override
    public void unreadable(String source, AigbException error) {
        next();
        w.beginObject().member("source", source).name("error").value(ProfileReportWriter.error(error)).endObject();
    }

    @Override
    public void conforming(String source, Outcome outcome, ChecklistView v) {
        next();
        w.beginObject();
        w.member("source", source);
        w.member("conforms", true);
        w.name("organisation");
        party(v.organisation());
        w.member("derivation", v.derivation().getURI());
        w.name("edition");
        named(v.edition());
        systems(v);
        roles(v);
        w.name("undecidedRoles").beginArray();
        for (ChecklistView.UndecidedRole r : v.undecidedRoles()) {
            w.beginObject();
            namedMembers(r.role());
            w.name("systems");
            systemRefs(r.systems());
            w.name("openQuestions");
            list(r.openQuestions());
            w.endObject();
        }
        w.endArray();
        w.member("businessActor", v.businessActor());
        if (!v.businessActor() && !v.notices().isEmpty())
            w.name("statement").value(ProfileReportWriter.pair(v.notices().get(0).ja(), v.notices().get(0).en()));
        w.name("notices").beginArray();
        v.notices().forEach(this::notice);
        w.endArray();
        w.name("items").beginArray();
        v.entries().forEach(this::entry);
        w.endArray();
        w.name("undecided").beginArray();
        v.undecided().forEach(this::undecided);
        w.endArray();
        information(v);
        w.name("validation").value(ProfileReportWriter.json(new ProfileReportWriter.Named(source, outcome.report())));
        ChecklistView.Summary s = v.summary();
        w.name("summary").beginObject().member("applicable", s.applicable()).member("addressed", s.addressed()).member("planned", s.planned())
                .member("notApplicable", s.notApplicable()).member("gap", s.gap()).member("undecided", s.undecided()).endObject();
        w.endObject();
    }

    @Override
    public void changes(String source, Compared compared, ChangesView view) {
        next();
        ChangesJson.write(w, source, view);
    }

    /** The table of the profile's systems, keyed {@code s1, s2, …} in the order of their IRIs, with their names in full. */
    private void systems(ChecklistView v) {
        keys = new HashMap<>();
        w.name("systems").beginObject();
        for (Party system : v.systems()) {
            keys.put(system.iri(), system.key());
            w.name(system.key());
            party(system);
        }
        w.endObject();
    }

    private void party(Party p) {
        w.beginObject();
        if (p != null) {
            if (p.iri().isURI())
                w.member("iri", p.iri().getURI());
            w.name("label").value(ProfileReportWriter.pair(p.ja(), p.en()));
        }
        w.endObject();
    }

    private void roles(ChecklistView v) {
        w.name("roles").beginArray();
        for (ChecklistView.Role r : v.roles()) {
            w.beginObject();
            namedMembers(r.role());
            w.name("systems");
            systemRefs(r.systems());
            w.name("reasons").beginArray();
            for (ChecklistView.RuleReason rr : r.reasons()) {
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

    private void notice(ChecklistView.Notice n) {
        w.beginObject().member("code", n.notice().code()).name("text").value(ProfileReportWriter.pair(n.ja(), n.en())).endObject();
    }

    private void entry(Entry e) {
        w.beginObject();
        idAndTitle(e.resource());
        w.member("kind", e.kind().code());
        if (e.role() != null)
            w.member("role", e.role().code());
        w.name("roles");
        codes(e.roles());
        if (e.stage() != null) {
            w.name("stage");
            named(e.stage());
        }
        if (e.principle() != null)
            w.member("principle", e.principle().code());
        if (e.target() != null)
            w.member("attachedTo", e.target().code());
        w.name("systems");
        systemRefs(e.systems());
        w.name("reasons").beginArray();
        for (ChecklistView.Reason r : e.reasons())
            w.beginObject().member("kind", r.kind().code()).name("text").value(ProfileReportWriter.pair(r.ja(), r.en())).endObject();
        w.endArray();
        if (!e.references().isEmpty()) {
            w.name("references");
            list(e.references());
        }
        w.member("status", e.statusCode());
        w.name("measures").beginArray();
        for (Measure m : e.measures()) {
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
        if (!e.uncoveredSystems().isEmpty()) {
            w.name("uncoveredSystems");
            systemRefs(e.uncoveredSystems());
        }
        updatedBy(e.updatedBy());
        if (!e.notes().isEmpty()) {
            w.name("notes").beginArray();
            e.notes().forEach(this::entry);
            w.endArray();
        }
        w.endObject();
    }

    private void undecided(Undecided u) {
        w.beginObject();
        idAndTitle(u.resource());
        w.member("kind", u.kind().code());
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
        updatedBy(u.updatedBy());
        w.endObject();
    }

    /** The change records of the update that added, moved or changed what a result is about, if any. */
    private void updatedBy(List<Name> changes) {
        if (!changes.isEmpty()) {
            w.name("updatedBy");
            list(changes);
        }
    }

    private void information(ChecklistView v) {
        ChecklistView.Information info = v.information();
        w.name("information").beginObject();
        w.name("riskBasedApproach").beginObject();
        w.name("label").value(ProfileReportWriter.pair(info.riskBasedApproach().ja(), info.riskBasedApproach().en()));
        w.name("systems").beginArray();
        for (ChecklistView.Emphasis e : info.emphases()) {
            w.beginObject();
            w.name("system");
            systemRef(e.system());
            w.name("area");
            named(e.area());
            w.name("references");
            list(e.references());
            updatedBy(e.updatedBy());
            w.endObject();
        }
        w.endArray().endObject();
        w.name("risks").beginArray();
        for (ChecklistView.Risk r : info.risks()) {
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
            if (!r.classifications().isEmpty()) {
                w.name("classifications");
                list(r.classifications());
            }
            updatedBy(r.updatedBy());
            w.endObject();
        }
        w.endArray();
        w.name("sectorGuidance").beginArray();
        for (ChecklistView.Guidance g : info.guidance()) {
            w.beginObject();
            namedMembers(g.document());
            w.name("publisher").value(ProfileReportWriter.pair(g.publisherJa(), g.publisherEn()));
            w.name("locator").value(ProfileReportWriter.pair(g.locatorJa(), g.locatorEn()));
            w.member("url", g.url());
            w.name("matchedBy");
            named(g.matchedBy());
            w.name("guidance");
            named(g.guidance());
            updatedBy(g.updatedBy());
            w.endObject();
        }
        w.endArray();
        w.name("stagesNotReached").beginArray();
        for (ChecklistView.StageNotReached s : info.stagesNotReached()) {
            w.beginObject().member("role", s.role().code()).name("stage");
            named(s.stage());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /** {@code {iri, code, label{ja,en}}} of a named thing (blank nodes of the profile have no iri). */
    private void named(Name n) {
        w.beginObject();
        if (n != null)
            namedMembers(n);
        w.endObject();
    }

    private void namedMembers(Name n) {
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        w.member("code", n.code());
        w.name("label").value(ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
    }

    /** An item's or note's {@code iri, code, title{ja,en}}. */
    private void idAndTitle(Name n) {
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        w.member("code", n.code());
        w.name("title").value(ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
    }

    /** A system: its key in {@code systems}. */
    private void systemRef(Name n) {
        String key = keys.get(n.iri());
        if (key == null) // not among the profile's systems (the rules only name those): written (cut short) rather than lost
            named(n);
        else
            w.value(key);
    }

    private void systemRefs(List<Name> systems) {
        w.beginArray();
        systems.forEach(this::systemRef);
        w.endArray();
    }

    private void list(List<Name> names) {
        w.beginArray();
        names.forEach(this::named);
        w.endArray();
    }

    private void codes(List<Name> names) {
        w.beginArray();
        names.forEach(n -> w.value(n.code()));
        w.endArray();
    }
}
