package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.obligation.Derivation.Kind;
import org.w3id.aigb.obligation.Derivation.Measure;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.Derivation.Why;
import org.w3id.aigb.vocab.AIGB;

/**
 * Reads the applicabilities of a derivation into {@link Obligation}s: principles, items, Hiroshima
 * principles and code-of-conduct actions at the top, each applicable practice note under the item
 * or principle it is attached to; ordered as the guideline numbers them.
 */
final class ObligationReader {
    private final DerivationReader d;
    private final Graph derived;
    private final Graph guideline;
    private final Labels labels;

    ObligationReader(DerivationReader d) {
        this.d = d;
        this.derived = d.derived();
        this.guideline = d.guideline();
        this.labels = d.labels();
    }

    static Kind kindOf(Graph guideline, Node resource) {
        if (is(guideline, resource, "PracticeNote"))
            return Kind.NOTE;
        if (is(guideline, resource, "ActorItem"))
            return Kind.ITEM;
        if (is(guideline, resource, "GuidingPrinciple"))
            return Kind.PRINCIPLE;
        if (is(guideline, resource, "HiroshimaGuidingPrinciple"))
            return Kind.HIROSHIMA_PRINCIPLE;
        return Kind.CODE_OF_CONDUCT;
    }

    private static boolean is(Graph g, Node n, String aigbClass) {
        return g.contains(n, RDF.type.asNode(), AIGB.resource(aigbClass).asNode());
    }

    List<Obligation> read() {
        Map<Node, Node> applicabilityOf = new LinkedHashMap<>();
        for (Node a : d.subjectsOfType("Applicability"))
            applicabilityOf.put(DerivationReader.one(derived, a, "applicableResource"), a);
        // Notes first, grouped by the item or principle they are attached to.
        Map<Node, List<Obligation>> notesByTarget = new LinkedHashMap<>();
        List<Obligation> top = new ArrayList<>();
        applicabilityOf.forEach((resource, a) -> {
            if (kindOf(guideline, resource) == Kind.NOTE) {
                Node target = DerivationReader.one(guideline, resource, "noteFor");
                Obligation note = obligation(resource, a, List.of());
                if (applicabilityOf.containsKey(target))
                    notesByTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(note);
                else
                    top.add(note); // its item does not apply: shown on its own, never dropped
            }
        });
        applicabilityOf.forEach((resource, a) -> {
            if (kindOf(guideline, resource) != Kind.NOTE) {
                List<Obligation> notes = new ArrayList<>(notesByTarget.getOrDefault(resource, List.of()));
                notes.sort(Comparator.comparing(o -> o.resource().sortKey()));
                top.add(obligation(resource, a, notes));
            }
        });
        top.sort(Comparator.comparing((Obligation o) -> o.kind()).thenComparing(o -> o.resource().sortKey()));
        return top;
    }

    private Obligation obligation(Node resource, Node a, List<Obligation> notes) {
        Kind kind = kindOf(guideline, resource);
        Node target = kind == Kind.NOTE ? DerivationReader.one(guideline, resource, "noteFor") : null;
        List<Node> roleNodes = new ArrayList<>();
        for (Node orgRole : DerivationReader.objects(derived, a, "throughRole"))
            roleNodes.addAll(DerivationReader.objects(derived, orgRole, "ofRole"));
        Why why = new Why(labels.named(DerivationReader.objects(derived, a, "reasonKind")), labels.named(roleNodes),
                labels.named(DerivationReader.one(derived, a, "applicableAtStage")),
                labels.named(DerivationReader.objects(derived, a, "stageReachedBy")),
                labels.named(DerivationReader.objects(derived, a, "forSystem")),
                labels.named(DerivationReader.objects(derived, a, "becauseOfAIType")),
                labels.named(DerivationReader.objects(derived, a, "becauseOfProcess")),
                labels.named(DerivationReader.one(derived, a, "throughNote")),
                labels.named(DerivationReader.objects(derived, a, "becauseOfCondition")),
                labels.named(DerivationReader.objects(derived, a, DCTerms.references.asNode())),
                labels.named(DerivationReader.objects(derived, a, "becauseOfActivity")),
                labels.named(DerivationReader.objects(derived, a, "becauseOfDuty")),
                labels.named(DerivationReader.objects(derived, a, "becauseOfUserGroup")),
                labels.named(DerivationReader.objects(derived, a, "owedToUsersOf")));
        List<Measure> measures = new ArrayList<>();
        for (Node m : DerivationReader.objects(derived, a, "declaredMeasure"))
            measures.add(d.measure(m));
        Node role = DerivationReader.one(guideline, resource, "forRole");
        return new Obligation(kind, labels.named(resource), labels.named(principleOf(resource, kind, target)), labels.named(target),
                labels.named(role), why, labels.named(DerivationReader.one(derived, a, "obligationStatus")), measures,
                labels.named(DerivationReader.objects(derived, a, "uncoveredSystem")), notes,
                labels.named(DerivationReader.objects(derived, a, "updatedBy")));
    }

    /** The common guiding principle a resource is grouped under: its own, an item's primary one, a note's item's. */
    private Node principleOf(Node resource, Kind kind, Node target) {
        return switch (kind) {
            case PRINCIPLE -> resource;
            case ITEM -> DerivationReader.one(guideline, resource, "primaryPrinciple");
            case NOTE -> target == null ? null
                    : kindOf(guideline, target) == Kind.PRINCIPLE ? target : DerivationReader.one(guideline, target, "primaryPrinciple");
            default -> null;
        };
    }
}
