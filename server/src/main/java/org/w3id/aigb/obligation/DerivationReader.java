package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.obligation.Derivation.Emphasis;
import org.w3id.aigb.obligation.Derivation.Guidance;
import org.w3id.aigb.obligation.Derivation.Kind;
import org.w3id.aigb.obligation.Derivation.Measure;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.Derivation.Risk;
import org.w3id.aigb.obligation.Derivation.Role;
import org.w3id.aigb.obligation.Derivation.RuleReason;
import org.w3id.aigb.obligation.Derivation.StageNotReached;
import org.w3id.aigb.obligation.Derivation.Undecided;
import org.w3id.aigb.obligation.Derivation.UndecidedRole;
import org.w3id.aigb.obligation.Derivation.Why;
import org.w3id.aigb.vocab.AIGB;

/**
 * Reads a derivation's RDF into the Java view of {@link Derivation}: nothing is decided here, the
 * rules decided; this only follows the derived results to the guideline's and the profile's nodes,
 * names them ({@link Labels}) and orders them as the guideline does.
 */
final class DerivationReader {
    private static final Node ORGANIZATION = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/org#Organization");

    private final Graph profile;
    private final Graph derived;
    private final Graph guideline;
    private final Labels labels;
    private final Named organisation;
    private final List<Named> systems;
    private final Named edition;
    private final List<Role> roles;
    private final List<UndecidedRole> undecidedRoles;
    private final List<Obligation> obligations;
    private final List<Undecided> undecided;
    private final List<Emphasis> emphases;
    private final List<Risk> risks;
    private final List<Guidance> guidance;
    private final List<StageNotReached> stagesNotReached;

    DerivationReader(Graph profile, Graph derived, Graph guideline, Node edition) {
        this.profile = profile;
        this.derived = derived;
        this.guideline = guideline;
        this.labels = new Labels(profile, guideline);
        this.organisation = labels.named(profile.find(Node.ANY, RDF.type.asNode(), ORGANIZATION).nextOptional().map(t -> t.getSubject()).orElse(null));
        this.systems = readSystems();
        this.edition = labels.named(edition);
        this.roles = readRoles();
        this.undecidedRoles = readUndecidedRoles();
        this.obligations = new ObligationReader(this).read();
        this.undecided = readUndecided();
        this.emphases = readEmphases();
        this.risks = readRisks();
        this.guidance = readGuidance();
        this.stagesNotReached = readStagesNotReached();
    }

    // ---- shared lookups (also used by ObligationReader) --------------------------------------

    Labels labels() {
        return labels;
    }

    Graph derived() {
        return derived;
    }

    Graph guideline() {
        return guideline;
    }

    Graph profile() {
        return profile;
    }

    static List<Node> objects(Graph g, Node s, String aigbProperty) {
        return objects(g, s, AIGB.property(aigbProperty).asNode());
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        return new ArrayList<>(out);
    }

    static Node one(Graph g, Node s, String aigbProperty) {
        List<Node> all = objects(g, s, aigbProperty);
        return all.isEmpty() ? null : all.get(0);
    }

    List<Node> subjectsOfType(String aigbClass) {
        List<Node> out = new ArrayList<>();
        derived.find(Node.ANY, RDF.type.asNode(), AIGB.resource(aigbClass).asNode()).forEach(t -> out.add(t.getSubject()));
        return out;
    }

    /** Where a role comes first in the lifecycle (its earliest stage); roles without stages last. */
    int roleOrder(Node role) {
        int best = Integer.MAX_VALUE;
        for (var it = guideline.find(Node.ANY, AIGB.forRole.asNode(), role); it.hasNext();) {
            Node stage = it.next().getSubject();
            String seq = Labels.literal(guideline, stage, AIGB.property("sequence").asNode(), null);
            if (seq != null && guideline.contains(stage, RDF.type.asNode(), AIGB.resource("LifecycleStage").asNode()))
                best = Math.min(best, Integer.parseInt(seq));
        }
        return best;
    }

    // ---- roles ---------------------------------------------------------------------------------

    /**
     * The roles, each with one reason per rule: a rule that holds for several systems (one firing
     * each) is one reason naming them all, so the rule's text is read out once, not once per system.
     */
    private List<Role> readRoles() {
        List<Role> out = new ArrayList<>();
        for (Node orgRole : subjectsOfType("OrganisationRole")) {
            Map<Node, List<Node>> firingsByRule = new LinkedHashMap<>();
            for (Node firing : objects(derived, orgRole, "derivedBy"))
                firingsByRule.computeIfAbsent(one(derived, firing, "appliedRule"), r -> new ArrayList<>()).add(firing);
            List<RuleReason> reasons = new ArrayList<>();
            firingsByRule.forEach((rule, firings) -> {
                Set<Node> sections = new LinkedHashSet<>(), systems = new LinkedHashSet<>(), activities = new LinkedHashSet<>();
                Node illustrating = null;
                for (Node firing : firings) {
                    sections.addAll(objects(derived, firing, "section"));
                    systems.addAll(objects(derived, firing, "forSystem"));
                    activities.addAll(objects(derived, firing, "matchedActivity"));
                    if (illustrating == null)
                        illustrating = one(derived, firing, "illustratingCase");
                }
                reasons.add(new RuleReason(labels.named(rule), labels.named(new ArrayList<>(sections)),
                        Labels.literal(guideline, rule, AIGB.property("locator").asNode(), "ja"),
                        Labels.literal(guideline, rule, AIGB.property("locator").asNode(), "en"),
                        labels.named(new ArrayList<>(systems)), labels.named(new ArrayList<>(activities)), labels.named(illustrating)));
            });
            reasons.sort(Comparator.comparing(r -> r.rule().sortKey()));
            out.add(new Role(labels.named(one(derived, orgRole, "ofRole")), reasons, labels.named(objects(derived, orgRole, "forSystem"))));
        }
        out.sort(Comparator.comparing((Role r) -> roleOrder(r.role().iri())).thenComparing(r -> r.role().sortKey()));
        return out;
    }

    /** The undecided roles, one per role, with the systems and open questions of all its undecided results. */
    private List<UndecidedRole> readUndecidedRoles() {
        Map<Node, List<Node>> byRole = new LinkedHashMap<>();
        for (Node u : subjectsOfType("UndecidedRole"))
            byRole.computeIfAbsent(one(derived, u, "possibleRole"), k -> new ArrayList<>()).add(u);
        List<UndecidedRole> out = new ArrayList<>();
        byRole.forEach((role, nodes) -> {
            Set<Node> systems = new LinkedHashSet<>(), questions = new LinkedHashSet<>();
            for (Node u : nodes) {
                systems.addAll(objects(derived, u, "forSystem"));
                questions.addAll(objects(derived, u, "openQuestion"));
            }
            out.add(new UndecidedRole(labels.named(role), labels.named(new ArrayList<>(systems)), labels.named(new ArrayList<>(questions))));
        });
        out.sort(Comparator.comparing((UndecidedRole r) -> roleOrder(r.role().iri())).thenComparing(r -> r.role().sortKey()));
        return out;
    }

    boolean isBusinessActor() {
        return roles.stream().anyMatch(r -> guideline.find(Node.ANY, AIGB.forRole.asNode(), r.role().iri())
                .filterKeep(t -> guideline.contains(t.getSubject(), RDF.type.asNode(), AIGB.ActorItem.asNode())).hasNext());
    }

    /** The profile's AI systems: those the organisation names ({@code aigb:hasAISystem}) and any typed {@code aigb:AISystem}. */
    private List<Named> readSystems() {
        Set<Node> nodes = new LinkedHashSet<>(objects(profile, Node.ANY, "hasAISystem"));
        profile.find(Node.ANY, RDF.type.asNode(), AIGB.resource("AISystem").asNode()).forEach(t -> nodes.add(t.getSubject()));
        return labels.named(new ArrayList<>(nodes));
    }

    // ---- undecided and information -------------------------------------------------------------

    private List<Undecided> readUndecided() {
        Map<Node, List<Node>> byResource = new LinkedHashMap<>();
        for (Node u : subjectsOfType("UndecidedApplicability"))
            byResource.computeIfAbsent(one(derived, u, "applicableResource"), k -> new ArrayList<>()).add(u);
        List<Undecided> out = new ArrayList<>();
        byResource.forEach((resource, nodes) -> {
            Set<Node> roleNodes = new LinkedHashSet<>(), systems = new LinkedHashSet<>(), facts = new LinkedHashSet<>(), questions = new LinkedHashSet<>();
            for (Node u : nodes) {
                objects(derived, u, "throughRole").forEach(r -> roleNodes.addAll(objects(derived, r, "ofRole")));
                for (Node open : objects(derived, u, "throughUndecidedRole")) {
                    roleNodes.addAll(objects(derived, open, "possibleRole"));
                    questions.addAll(objects(derived, open, "openQuestion"));
                }
                systems.addAll(objects(derived, u, "forSystem"));
                facts.addAll(objects(derived, u, "missingFact"));
            }
            out.add(new Undecided(ObligationReader.kindOf(guideline, resource), labels.named(resource),
                    labels.named(one(guideline, resource, "noteFor")), labels.named(new ArrayList<>(roleNodes)),
                    labels.named(new ArrayList<>(systems)), labels.named(new ArrayList<>(facts)), labels.named(new ArrayList<>(questions))));
        });
        out.sort(Comparator.comparing((Undecided u) -> u.kind()).thenComparing(u -> u.resource().sortKey()));
        return out;
    }

    private List<Emphasis> readEmphases() {
        List<Emphasis> out = new ArrayList<>();
        for (Node e : subjectsOfType("RiskBasedEmphasis"))
            out.add(new Emphasis(labels.named(one(derived, e, "forSystem")), labels.named(one(derived, e, "annexIIIArea")),
                    labels.named(objects(derived, e, DCTerms.references.asNode()))));
        out.sort(Comparator.comparing((Emphasis e) -> e.system().en()).thenComparing(e -> e.area().sortKey()));
        return out;
    }

    private List<Risk> readRisks() {
        List<Risk> out = new ArrayList<>();
        for (Node r : subjectsOfType("AssociatedRisk")) {
            Node note = one(derived, r, "riskNote");
            out.add(new Risk(labels.named(note), labels.named(one(guideline, note, "aboutRisk")),
                    labels.named(objects(derived, r, "becauseOfAIType")), labels.named(objects(derived, r, "forSystem"))));
        }
        out.sort(Comparator.comparing((Risk r) -> r.risk() == null ? "" : r.risk().sortKey()).thenComparing(r -> r.note().sortKey()));
        return out;
    }

    private List<Guidance> readGuidance() {
        List<Guidance> out = new ArrayList<>();
        for (Node m : subjectsOfType("SectorGuidanceMatch")) {
            Node g = one(derived, m, "sectorGuidance");
            Node doc = one(guideline, g, "guidanceDocument");
            Node url = objects(guideline, doc, RDFS.seeAlso.asNode()).stream().filter(Node::isURI).findFirst().orElse(null);
            out.add(new Guidance(labels.named(g), labels.named(doc), labels.named(one(derived, m, "matchedBy")),
                    Labels.literal(guideline, doc, DCTerms.publisher.asNode(), "ja"), Labels.literal(guideline, doc, DCTerms.publisher.asNode(), "en"),
                    Labels.literal(guideline, g, AIGB.property("locator").asNode(), "ja"),
                    Labels.literal(guideline, g, AIGB.property("locator").asNode(), "en"), url == null ? null : url.getURI()));
        }
        out.sort(Comparator.comparing(g -> g.guidance().sortKey()));
        return out;
    }

    /** The stages of each role held that no activity of a system of that role reaches (activity, or a broader one, aigb:occursAtStage). */
    private List<StageNotReached> readStagesNotReached() {
        List<StageNotReached> out = new ArrayList<>();
        for (Role role : roles) {
            Set<Node> reached = new LinkedHashSet<>();
            for (Named system : role.systems())
                for (Node activity : objects(profile, system.iri(), "hasActivity"))
                    for (Node a : broaderOrSelf(activity))
                        reached.addAll(objects(guideline, a, "occursAtStage"));
            List<Node> stages = new ArrayList<>();
            guideline.find(Node.ANY, AIGB.forRole.asNode(), role.role().iri()).forEach(t -> {
                if (guideline.contains(t.getSubject(), RDF.type.asNode(), AIGB.resource("LifecycleStage").asNode()) && !reached.contains(t.getSubject()))
                    stages.add(t.getSubject());
            });
            for (Named stage : labels.named(stages))
                out.add(new StageNotReached(role.role(), stage));
        }
        return out;
    }

    private Set<Node> broaderOrSelf(Node activity) {
        Set<Node> out = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(activity));
        while (!todo.isEmpty()) {
            Node a = todo.remove(todo.size() - 1);
            if (out.add(a))
                todo.addAll(objects(guideline, a, org.apache.jena.vocabulary.SKOS.broader.asNode()));
        }
        return out;
    }

    // ---- accessors -----------------------------------------------------------------------------

    Named organisation() {
        return organisation;
    }

    List<Named> systems() {
        return systems;
    }

    Named edition() {
        return edition;
    }

    List<UndecidedRole> undecidedRoles() {
        return undecidedRoles;
    }

    List<Role> roles() {
        return roles;
    }

    List<Obligation> obligations() {
        return obligations;
    }

    List<Undecided> undecided() {
        return undecided;
    }

    List<Emphasis> emphases() {
        return emphases;
    }

    List<Risk> risks() {
        return risks;
    }

    List<Guidance> guidance() {
        return guidance;
    }

    List<StageNotReached> stagesNotReached() {
        return stagesNotReached;
    }

    /** Measures are read from the profile; used by ObligationReader. */
    Measure measure(Node m) {
        Named status = labels.named(one(profile, m, "measureStatus"));
        Node owner = profile.find(Node.ANY, AIGB.property("hasMeasure").asNode(), m).nextOptional().map(t -> t.getSubject()).orElse(null);
        boolean onSystem = owner != null && !profile.contains(owner, RDF.type.asNode(), ORGANIZATION);
        Node url = one(profile, m, "evidenceUrl");
        return new Measure(m, status, Labels.literal(profile, m, AIGB.property("evidence").asNode(), "ja"),
                Labels.literal(profile, m, AIGB.property("evidence").asNode(), "en"), url != null && url.isURI() ? url.getURI() : null,
                Labels.literal(profile, m, AIGB.property("notApplicableReason").asNode(), "ja"),
                Labels.literal(profile, m, AIGB.property("notApplicableReason").asNode(), "en"), onSystem ? labels.named(owner) : null);
    }
}
