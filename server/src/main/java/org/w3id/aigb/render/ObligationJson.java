package org.w3id.aigb.render;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.Derivation.Measure;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.Derivation.Undecided;
import org.w3id.aigb.profile.ProfileReportWriter;

/**
 * The JSON form of a derivation: the roles with the rules that give them, every applicable
 * principle, item, Hiroshima principle and code-of-conduct action with its titles, role, stage,
 * principle, reasons, status, measures and practice notes, what could not be decided with the
 * missing facts, the information beside the checklist, and a summary.
 */
public final class ObligationJson {
    private ObligationJson() {}

    public static JsonObject of(String source, Derivation d) {
        JsonObject o = new JsonObject();
        o.put("source", source);
        o.put("conforms", true);
        o.put("organisation", named(d.organisation()));
        o.put("derivation", d.iri().getURI());
        JsonArray roles = new JsonArray();
        for (Derivation.Role r : d.roles()) {
            JsonObject j = named(r.role());
            j.put("systems", list(r.systems()));
            JsonArray reasons = new JsonArray();
            for (Derivation.RuleReason rr : r.reasons()) {
                JsonObject x = new JsonObject();
                x.put("rule", named(rr.rule()));
                x.put("sections", list(rr.sections()));
                x.put("locator", ProfileReportWriter.pair(rr.locatorJa(), rr.locatorEn()));
                x.put("systems", list(rr.systems()));
                x.put("activities", list(rr.activities()));
                if (rr.illustratingCase() != null)
                    x.put("case", named(rr.illustratingCase()));
                reasons.add(x);
            }
            j.put("reasons", reasons);
            roles.add(j);
        }
        o.put("roles", roles);
        o.put("businessActor", d.isBusinessActor());
        if (!d.isBusinessActor())
            o.put("statement", ProfileReportWriter.pair(Checklist.NON_BUSINESS_JA, Checklist.NON_BUSINESS_EN));
        JsonArray items = new JsonArray();
        d.obligations().forEach(ob -> items.add(obligation(ob)));
        o.put("items", items);
        JsonArray undecided = new JsonArray();
        d.undecided().forEach(u -> undecided.add(undecided(u)));
        o.put("undecided", undecided);
        o.put("information", information(d));
        Checklist.Summary s = Checklist.summary(d);
        JsonObject summary = new JsonObject();
        summary.put("applicable", s.applicable());
        summary.put("addressed", s.addressed());
        summary.put("planned", s.planned());
        summary.put("notApplicable", s.notApplicable());
        summary.put("gap", s.gap());
        summary.put("undecided", s.undecided());
        o.put("summary", summary);
        return o;
    }

    private static JsonObject obligation(Obligation ob) {
        JsonObject j = named(ob.resource());
        j.put("title", j.get("label"));
        j.remove("label");
        j.put("kind", Checklist.kindName(ob.kind()));
        if (ob.role() != null)
            j.put("role", ob.role().code());
        j.put("roles", codes(ob.why().roles()));
        if (ob.why().stage() != null)
            j.put("stage", named(ob.why().stage()));
        if (ob.principle() != null)
            j.put("principle", ob.principle().code());
        if (ob.target() != null)
            j.put("attachedTo", ob.target().code());
        j.put("systems", list(ob.why().systems()));
        JsonArray reasons = new JsonArray();
        for (Reasons.Reason r : Reasons.of(ob.why())) {
            JsonObject x = new JsonObject();
            x.put("kind", r.kind());
            x.put("text", ProfileReportWriter.pair(r.ja(), r.en()));
            reasons.add(x);
        }
        j.put("reasons", reasons);
        if (!ob.why().references().isEmpty())
            j.put("references", list(ob.why().references()));
        j.put("status", Checklist.status(ob));
        JsonArray measures = new JsonArray();
        for (Measure m : ob.measures()) {
            JsonObject x = new JsonObject();
            x.put("status", m.status() == null ? "" : m.status().code());
            if (m.evidenceJa() != null || m.evidenceEn() != null)
                x.put("evidence", ProfileReportWriter.pair(m.evidenceJa(), m.evidenceEn()));
            if (m.url() != null)
                x.put("url", m.url());
            if (m.reasonJa() != null || m.reasonEn() != null)
                x.put("notApplicableReason", ProfileReportWriter.pair(m.reasonJa(), m.reasonEn()));
            if (m.system() != null)
                x.put("system", named(m.system()));
            measures.add(x);
        }
        j.put("measures", measures);
        if (!ob.uncoveredSystems().isEmpty())
            j.put("uncoveredSystems", list(ob.uncoveredSystems()));
        if (!ob.notes().isEmpty()) {
            JsonArray notes = new JsonArray();
            ob.notes().forEach(n -> notes.add(obligation(n)));
            j.put("notes", notes);
        }
        return j;
    }

    private static JsonObject undecided(Undecided u) {
        JsonObject j = named(u.resource());
        j.put("title", j.get("label"));
        j.remove("label");
        j.put("kind", Checklist.kindName(u.kind()));
        if (u.target() != null)
            j.put("attachedTo", u.target().code());
        j.put("roles", codes(u.roles()));
        j.put("systems", list(u.systems()));
        j.put("missingFacts", list(u.missingFacts()));
        return j;
    }

    private static JsonObject information(Derivation d) {
        JsonObject info = new JsonObject();
        JsonObject risk = new JsonObject();
        risk.put("label", ProfileReportWriter.pair(Checklist.RISK_BASED_JA, Checklist.RISK_BASED_EN));
        JsonArray areas = new JsonArray();
        for (Derivation.Emphasis e : d.emphases()) {
            JsonObject x = new JsonObject();
            x.put("system", named(e.system()));
            x.put("area", named(e.area()));
            x.put("references", list(e.references()));
            areas.add(x);
        }
        risk.put("systems", areas);
        info.put("riskBasedApproach", risk);
        JsonArray risks = new JsonArray();
        for (Derivation.Risk r : d.risks()) {
            JsonObject x = named(r.note());
            if (r.risk() != null)
                x.put("risk", named(r.risk()));
            x.put("aiTypes", list(r.aiTypes()));
            x.put("systems", list(r.systems()));
            risks.add(x);
        }
        info.put("risks", risks);
        JsonArray guidance = new JsonArray();
        for (Derivation.Guidance g : d.guidance()) {
            JsonObject x = named(g.document());
            x.put("publisher", ProfileReportWriter.pair(g.publisherJa(), g.publisherEn()));
            x.put("locator", ProfileReportWriter.pair(g.locatorJa(), g.locatorEn()));
            if (g.url() != null)
                x.put("url", g.url());
            x.put("matchedBy", named(g.matchedBy()));
            x.put("guidance", named(g.guidance()));
            guidance.add(x);
        }
        info.put("sectorGuidance", guidance);
        JsonArray stages = new JsonArray();
        for (Derivation.StageNotReached s : d.stagesNotReached()) {
            JsonObject x = new JsonObject();
            x.put("role", s.role().code());
            x.put("stage", named(s.stage()));
            stages.add(x);
        }
        info.put("stagesNotReached", stages);
        return info;
    }

    /** {@code {iri, code, label{ja,en}}} of a named thing (blank nodes of the profile have no iri). */
    static JsonObject named(Named n) {
        JsonObject j = new JsonObject();
        if (n == null)
            return j;
        Node iri = n.iri();
        if (iri.isURI())
            j.put("iri", iri.getURI());
        if (n.code() != null)
            j.put("code", n.code());
        j.put("label", ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
        return j;
    }

    private static JsonArray list(List<Named> names) {
        JsonArray a = new JsonArray();
        names.forEach(n -> a.add(named(n)));
        return a;
    }

    private static JsonArray codes(List<Named> names) {
        JsonArray a = new JsonArray();
        names.forEach(n -> a.add(n.code()));
        return a;
    }
}
