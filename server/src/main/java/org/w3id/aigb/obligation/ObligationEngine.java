package org.w3id.aigb.obligation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileValidator;

/**
 * Which guideline items apply to an organisation, and why: validates a profile with the
 * {@link ProfileValidator}, then, if it conforms, runs the derivation rules ({@link RuleRunner}) over
 * it and the guideline. The one path the command line, the HTTP endpoint and the served example
 * profiles all take.
 * <p>
 * Built once: the shapes and rules are parsed once, and the knowledge graph's union graph is copied
 * once into a plain in-memory graph the rules read (no transaction per lookup), with the closures of
 * the guideline the rules use ({@link GuidelineClosures}). Then {@link #check(Graph)} is thread-safe
 * and stateless.
 */
public final class ObligationEngine {
    /** The outcome for one profile: its validation report, and its derivation when it conforms (else null). */
    public record Outcome(ProfileReport report, Derivation derivation) {
        public boolean conforms() {
            return derivation != null;
        }
    }

    private final ProfileValidator validator;
    private final RuleRunner rules;
    private final Graph guideline;

    private ObligationEngine(ProfileValidator validator, RuleRunner rules, Graph guideline) {
        this.validator = validator;
        this.rules = rules;
        this.guideline = guideline;
    }

    /** The engine for the loaded knowledge graph, with the shapes and rules of {@code sources}. */
    public static ObligationEngine create(Sources sources, KnowledgeGraph kg) {
        return create(sources, kg, ProfileValidator.create(sources, kg));
    }

    /** As {@link #create(Sources, KnowledgeGraph)}, reusing a validator already built. */
    public static ObligationEngine create(Sources sources, KnowledgeGraph kg, ProfileValidator validator) {
        return create(sources, kg, validator, Limits.defaults());
    }

    /** As {@link #create(Sources, KnowledgeGraph, ProfileValidator)}, each derivation within the time limit of {@code limits}. */
    public static ObligationEngine create(Sources sources, KnowledgeGraph kg, ProfileValidator validator, Limits limits) {
        Graph copy = GraphFactory.createDefaultGraph();
        kg.dataset().asDatasetGraph().getDefaultGraph().find().forEach(copy::add);
        new GuidelineClosures(sources).addTo(copy);
        return new ObligationEngine(validator, new RuleRunner(sources, limits), copy);
    }

    /** Validates the profile, then derives its obligations if it conforms; a fresh derivation IRI each time. */
    public Outcome check(Graph profile) {
        return check(profile, NodeFactory.createURI("urn:uuid:" + UUID.randomUUID()));
    }

    /** As {@link #check(Graph)}, with the derivation's IRI given (the served examples keep theirs across restarts). */
    public Outcome check(Graph profile, Node derivationIri) {
        ProfileReport report = validator.validate(profile);
        if (!report.conforms())
            return new Outcome(report, null);
        return new Outcome(report, derive(profile, derivationIri));
    }

    /** Derives without validating: only for a profile known to conform (one organisation, known terms). */
    Derivation derive(Graph profile, Node derivationIri) {
        Graph derived = rules.run(guideline, profile, derivationIri);
        return new Derivation(derivationIri, profile, derived, guideline);
    }

    /**
     * A derivation computed earlier and kept (the registry keeps each version's), read again over
     * this engine's guideline graph: nothing is derived anew.
     */
    public Derivation restore(Node derivationIri, Graph profile, Graph derived) {
        return new Derivation(derivationIri, profile, derived, guideline);
    }

    /** A stable derivation IRI for a name (the example profiles: the same IRI at every start). */
    public static Node nameBasedIri(String name) {
        return NodeFactory.createURI("urn:uuid:" + UUID.nameUUIDFromBytes(("aigb-derivation:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    public RuleRunner rules() {
        return rules;
    }
}
