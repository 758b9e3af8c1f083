package org.w3id.aigb.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChecklistView.Emphasis;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Guidance;
import org.w3id.aigb.checklist.ChecklistView.Information;
import org.w3id.aigb.checklist.ChecklistView.Measure;
import org.w3id.aigb.checklist.ChecklistView.Notice;
import org.w3id.aigb.checklist.ChecklistView.Party;
import org.w3id.aigb.checklist.ChecklistView.Reason;
import org.w3id.aigb.checklist.ChecklistView.Risk;
import org.w3id.aigb.checklist.ChecklistView.Role;
import org.w3id.aigb.checklist.ChecklistView.RuleReason;
import org.w3id.aigb.checklist.ChecklistView.StageNotReached;
import org.w3id.aigb.checklist.ChecklistView.Undecided;
import org.w3id.aigb.checklist.ChecklistView.UndecidedRole;
import org.w3id.aigb.checklist.ChecklistView.Warning;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.vocab.AIGB;

/**
 * One {@link ChecklistView} being put together from what {@link ChecklistReader} read: the derived
 * results with their facts, by subject, and the view query's facts of the guideline. Nothing is decided
 * here: this groups the results, names them ({@link Names}), orders them as the guideline numbers them,
 * fills the sentences ({@link Sentences}) and cuts the profile's text short. One per view.
 */
final class ChecklistAssembly {
    /** The notice of the Annex III information (ontology/obligations.ttl); the JSON gives it even when no system is in an Annex III area. */
    private static final Node RISK_BASED = NodeFactory.createURI("https://w3id.org/aigb/id/checklist-notice/risk-based-approach");
    /** The notice of rule 65 that the organisation holds no role the guideline addresses items to. */
    private static final Node NO_ITEMS = NodeFactory.createURI("https://w3id.org/aigb/id/checklist-notice/no-items-addressed");
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");

    private final Derivation derivation;
    private final Map<Node, Facts> facts;
    private final Map<Node, Facts> guideline;
    private final Graph profile;
    private final Names names;

    ChecklistAssembly(Derivation derivation, Map<Node, Facts> facts, Map<Node, Facts> guideline, Graph guidelineGraph) {
        this.derivation = derivation;
        this.facts = facts;
        this.guideline = guideline;
        this.profile = derivation.profile();
        this.names = new Names(profile, guidelineGraph);
    }

    private List<Node> results(String aigbClass) {
        Node type = AIGB.resource(aigbClass).asNode();
        List<Node> out = new ArrayList<>();
        facts.forEach((node, f) -> {
            if (type.equals(f.type()))
                out.add(node);
        });
        return out;
    }

    /** What the derivation says about a node. */
    private Facts of(Node n) {
        Facts f = n == null ? null : facts.get(n);
        return f != null ? f : Facts.NONE;
    }

    /** What the view query says about a resource of the guideline. */
    private Facts guideline(Node n) {
        Facts f = n == null ? null : guideline.get(n);
        return f != null ? f : Facts.NONE;
    }

    ChecklistView view(ProfileReport report) {
        List<Node> notices = new ArrayList<>(of(derivation.iri()).all("notice"));
        notices.sort(Comparator.comparing(Node::toString));
        List<Role> roles = roles();
        List<Entry> entries = entries();
        List<Undecided> undecided = undecided();
        return new ChecklistView(derivation.iri(), edition(), organisation(), systems(), roles,
                undecidedRoles(), !notices.contains(NO_ITEMS),
                notices.stream().map(this::notice).toList(), entries, undecided, information(roles), warnings(report),
                Layout.summary(entries, undecided), Layout.byPrinciple(roles, entries), Layout.undecidedGroups(undecided));
    }

    /** The edition derived under, as the derivation records it (a derivation kept without the record: the one it was made under). */
    private Name edition() {
        Node recorded = of(derivation.iri()).one("underEdition");
        return names.of(recorded != null ? recorded : derivation.edition());
    }

    // ---- the profile's organisation and systems, named in full once ----------------------------

    private Party organisation() {
        return profile.find(Node.ANY, RDF.type.asNode(), ORGANIZATION).nextOptional().map(t -> names.party(t.getSubject(), null)).orElse(null);
    }

    /** The profile's AI systems: those the organisation names ({@code aigb:hasAISystem}) and any typed {@code aigb:AISystem}. */
    private List<Party> systems() {
        Set<Node> nodes = new LinkedHashSet<>();
        profile.find(Node.ANY, AIGB.property("hasAISystem").asNode(), Node.ANY).forEachRemaining(t -> nodes.add(t.getObject()));
        profile.find(Node.ANY, RDF.type.asNode(), AIGB.resource("AISystem").asNode()).forEachRemaining(t -> nodes.add(t.getSubject()));
        List<Party> out = new ArrayList<>();
        for (Name system : names.of(nodes))
            out.add(names.party(system.iri(), "s" + (out.size() + 1)));
        return List.copyOf(out);
    }

    // ---- roles ------------------------------------------------------------------------------------

    /** The roles, each with one reason per rule: a rule that holds for several systems is one reason naming them all. */
    private List<Role> roles() {
        List<Node> orgRoles = results("OrganisationRole");
        orgRoles.sort(Comparator.comparing((Node r) -> order(of(r).one("ofRole"))).thenComparing(r -> names.of(of(r).one("ofRole")).sortKey()));
        List<Role> out = new ArrayList<>();
        for (Node orgRole : orgRoles) {
            Facts role = of(orgRole);
            Map<Node, List<Facts>> firingsByRule = new LinkedHashMap<>();
            for (Node firing : role.all("derivedBy"))
                firingsByRule.computeIfAbsent(of(firing).one("appliedRule"), k -> new ArrayList<>()).add(of(firing));
            List<RuleReason> reasons = new ArrayList<>();
            firingsByRule.forEach((rule, firings) -> reasons.add(new RuleReason(names.of(rule), union(firings, "section"),
                    guideline(rule).literal("locator", "ja"), guideline(rule).literal("locator", "en"), union(firings, "forSystem"),
                    union(firings, "matchedActivity"), names.of(firings.get(0).one("illustratingCase")))));
            reasons.sort(Comparator.comparing(r -> r.rule().sortKey()));
            out.add(new Role(names.of(role.one("ofRole")), names.of(role.all("forSystem")), List.copyOf(reasons)));
        }
        return List.copyOf(out);
    }

    /** The roles the edition leaves open, one per role, with the systems and open questions of all its undecided roles. */
    private List<UndecidedRole> undecidedRoles() {
        Map<Node, List<Facts>> byRole = new LinkedHashMap<>();
        for (Node u : results("UndecidedRole"))
            byRole.computeIfAbsent(of(u).one("possibleRole"), k -> new ArrayList<>()).add(of(u));
        List<UndecidedRole> out = new ArrayList<>();
        byRole.forEach((role, all) -> out.add(new UndecidedRole(names.of(role), union(all, "forSystem"), union(all, "openQuestion"))));
        out.sort(Comparator.comparing((UndecidedRole r) -> order(r.role().iri())).thenComparing(r -> r.role().sortKey()));
        return List.copyOf(out);
    }

    /** Where a role comes in the lifecycle (its first stage); roles without stages last. */
    private int order(Node role) {
        String o = guideline(role).lexical("order");
        return o == null ? Integer.MAX_VALUE : Integer.parseInt(o);
    }

    private List<Name> union(List<Facts> all, String fact) {
        Set<Node> nodes = new LinkedHashSet<>();
        all.forEach(f -> nodes.addAll(f.all(fact)));
        return names.of(nodes);
    }

    // ---- what applies ---------------------------------------------------------------------------------

    /** Principles, items, Hiroshima principles and actions, each with the notes attached to it; a note whose item does not apply on its own. */
    private List<Entry> entries() {
        Map<Node, Facts> applicabilityOf = new LinkedHashMap<>();
        for (Node a : results("Applicability"))
            applicabilityOf.put(of(a).one("applicableResource"), of(a));
        Map<Node, List<Entry>> notesByTarget = new HashMap<>();
        List<Entry> top = new ArrayList<>();
        applicabilityOf.forEach((resource, f) -> {
            Facts about = guideline(resource);
            if (kind(about) == Kind.NOTE) {
                Entry note = entry(resource, f, List.of());
                Node target = about.one("target");
                if (applicabilityOf.containsKey(target))
                    notesByTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(note);
                else
                    top.add(note); // its item does not apply: shown on its own, never dropped
            }
        });
        applicabilityOf.forEach((resource, f) -> {
            if (kind(guideline(resource)) != Kind.NOTE) {
                List<Entry> notes = new ArrayList<>(notesByTarget.getOrDefault(resource, List.of()));
                notes.sort(Comparator.comparing(o -> o.resource().sortKey()));
                top.add(entry(resource, f, List.copyOf(notes)));
            }
        });
        top.sort(Comparator.comparing(Entry::kind).thenComparing(o -> o.resource().sortKey()));
        return List.copyOf(top);
    }

    private static Kind kind(Facts about) {
        return Kind.of(about.lexical("kind"));
    }

    private Entry entry(Node resource, Facts f, List<Entry> notes) {
        Facts about = guideline(resource);
        List<Measure> measures = new ArrayList<>();
        for (Node m : f.all("declaredMeasure"))
            measures.add(measure(m));
        measures.sort(Comparator.comparing((Measure m) -> m.system() == null ? "" : m.system().sortKey())
                .thenComparing(m -> String.valueOf(m.evidenceJa()) + m.evidenceEn()));
        return new Entry(kind(about), names.of(resource), names.of(about.one("principle")), names.of(about.one("target")),
                names.of(about.one("itemRole")), names.of(f.all("throughRole")), names.of(f.one("applicableAtStage")), names.of(f.all("forSystem")),
                reasons(f), names.of(f.all("references")), names.of(f.one("obligationStatus")), List.copyOf(measures),
                names.of(f.all("uncoveredSystem")), names.of(f.all("updatedBy")), notes);
    }

    /** One sentence per kind of reason, in the order of the kinds, filled with the result's facts. */
    private List<Reason> reasons(Facts f) {
        List<Node> kinds = new ArrayList<>(f.all("reasonKind"));
        kinds.sort(Comparator.comparing((Node k) -> sequence(guideline(k))).thenComparing(k -> names.of(k).sortKey()));
        List<Reason> out = new ArrayList<>();
        for (Node kind : kinds) {
            Facts t = guideline(kind);
            Name name = names.of(kind);
            String ja = Sentences.fill(t.literal("sentenceTemplate", "ja"), f, names, true);
            String en = Sentences.fill(t.literal("sentenceTemplate", "en"), f, names, false);
            out.add(new Reason(name, ja != null ? ja : name.ja(), en != null ? en : name.en()));
        }
        return List.copyOf(out);
    }

    private static int sequence(Facts kind) {
        String s = kind.lexical("sequence");
        return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
    }

    /** A declared measure as the profile states it; the system it is on, if it is on one (not on the organisation). */
    private Measure measure(Node m) {
        Node owner = profile.find(Node.ANY, AIGB.property("hasMeasure").asNode(), m).nextOptional().map(t -> t.getSubject()).orElse(null);
        boolean onSystem = owner != null && !profile.contains(owner, RDF.type.asNode(), ORGANIZATION);
        Node status = profile.find(m, AIGB.property("measureStatus").asNode(), Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
        Node url = profile.find(m, AIGB.property("evidenceUrl").asNode(), Node.ANY).nextOptional().map(t -> t.getObject()).orElse(null);
        return new Measure(names.of(status), passage(m, "evidence", "ja"), passage(m, "evidence", "en"), url != null && url.isURI() ? url.getURI() : null,
                passage(m, "notApplicableReason", "ja"), passage(m, "notApplicableReason", "en"), onSystem ? names.of(owner) : null);
    }

    /** A text of the profile in a language, made safe and cut to {@link Text#PASSAGE}. */
    private String passage(Node m, String property, String lang) {
        List<Node> values = new ArrayList<>();
        profile.find(m, AIGB.property(property).asNode(), Node.ANY).forEachRemaining(t -> values.add(t.getObject()));
        return Text.cap(Facts.literal(values, lang), Text.PASSAGE);
    }

    // ---- what could not be decided, and information -----------------------------------------------------

    private List<Undecided> undecided() {
        Map<Node, List<Facts>> byResource = new LinkedHashMap<>();
        for (Node u : results("UndecidedApplicability"))
            byResource.computeIfAbsent(of(u).one("applicableResource"), k -> new ArrayList<>()).add(of(u));
        List<Undecided> out = new ArrayList<>();
        byResource.forEach((resource, all) -> {
            // through a role the edition leaves open: that role, and the questions it left open
            List<Facts> open = new ArrayList<>();
            all.forEach(u -> u.all("throughUndecidedRole").forEach(r -> open.add(of(r))));
            Set<Node> roles = new LinkedHashSet<>();
            all.forEach(u -> roles.addAll(u.all("throughRole")));
            open.forEach(r -> roles.addAll(r.all("possibleRole")));
            out.add(new Undecided(kind(guideline(resource)), names.of(resource), names.of(guideline(resource).one("target")), names.of(roles),
                    union(all, "forSystem"), union(all, "missingFact"), union(open, "openQuestion"), union(all, "updatedBy")));
        });
        out.sort(Comparator.comparing(Undecided::kind).thenComparing(u -> u.resource().sortKey()));
        return List.copyOf(out);
    }

    private Information information(List<Role> roles) {
        List<Emphasis> emphases = new ArrayList<>();
        Node riskBased = RISK_BASED;
        for (Node e : results("RiskBasedEmphasis")) {
            Facts f = of(e);
            emphases.add(new Emphasis(names.of(f.one("forSystem")), names.of(f.one("annexIIIArea")), names.of(f.all("references")),
                    names.of(f.all("updatedBy"))));
            if (f.one("notice") != null)
                riskBased = f.one("notice");
        }
        emphases.sort(Comparator.comparing((Emphasis e) -> e.system().en()).thenComparing(e -> e.area().sortKey()));
        List<Risk> risks = new ArrayList<>();
        for (Node r : results("AssociatedRisk")) {
            Facts f = of(r);
            Node note = f.one("riskNote");
            risks.add(new Risk(names.of(note), names.of(guideline(note).one("risk")), names.of(f.all("becauseOfAIType")), names.of(f.all("forSystem")),
                    names.of(f.all("classifiedAs")), names.of(f.all("updatedBy"))));
        }
        risks.sort(Comparator.comparing((Risk r) -> r.risk() == null ? "" : r.risk().sortKey()).thenComparing(r -> r.note().sortKey()));
        List<Guidance> guidance = new ArrayList<>();
        for (Node m : results("SectorGuidanceMatch")) {
            Facts f = of(m);
            Facts g = guideline(f.one("sectorGuidance"));
            Node url = g.one("url");
            guidance.add(new Guidance(names.of(f.one("sectorGuidance")), names.of(g.one("document")), names.of(f.one("matchedBy")),
                    g.literal("publisher", "ja"), g.literal("publisher", "en"), g.literal("locator", "ja"), g.literal("locator", "en"),
                    url == null ? null : url.getURI(), names.of(f.all("updatedBy"))));
        }
        guidance.sort(Comparator.comparing(g -> g.guidance().sortKey()));
        Map<Name, Integer> roleOrder = new HashMap<>();
        roles.forEach(r -> roleOrder.put(r.role(), roleOrder.size()));
        List<StageNotReached> stages = new ArrayList<>();
        for (Node s : results("StageNotReached"))
            stages.add(new StageNotReached(names.of(of(s).one("throughRole")), names.of(of(s).one("unreachedStage"))));
        stages.sort(Comparator.comparing((StageNotReached s) -> roleOrder.getOrDefault(s.role(), Integer.MAX_VALUE))
                .thenComparing(s -> s.stage().sortKey()));
        return new Information(notice(riskBased), List.copyOf(emphases), List.copyOf(risks), List.copyOf(guidance), List.copyOf(stages));
    }

    private Notice notice(Node notice) {
        Facts t = guideline(notice);
        return new Notice(names.of(notice), t.literal("sentenceTemplate", "ja"), t.literal("sentenceTemplate", "en"));
    }

    /** The validation's warnings and infos, messages cut short. */
    private static List<Warning> warnings(ProfileReport report) {
        List<Warning> out = new ArrayList<>();
        for (ProfileReport.Entry e : report.entries())
            if (!e.severity().equals(Severity.Violation))
                out.add(new Warning(e.severity().level().getLocalName(), Text.cap(e.messageJa(), Text.PASSAGE), Text.cap(e.messageEn(), Text.PASSAGE),
                        e.cites().stream().map(ProfileReport.Citation::code).toList()));
        return List.copyOf(out);
    }
}
