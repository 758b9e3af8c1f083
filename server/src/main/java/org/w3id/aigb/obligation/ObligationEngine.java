package org.w3id.aigb.obligation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.vocab.AIGB;

/**
 * Which guideline items apply to an organisation, and why: validates a profile with the
 * {@link ProfileValidator}, then, if it conforms, runs the derivation rules ({@link RuleRunner}) over
 * it and the guideline, under one edition of the guideline ({@link Editions}: the current one unless
 * another is asked for). The one path the command line, the HTTP endpoint and the served example
 * profiles all take. {@link #compare} validates once, derives under the earlier and the current
 * edition and runs the comparison rules over the two: what the update changed for the organisation.
 * <p>
 * Built once: the shapes and rules are parsed once, and the knowledge graph's union graph is copied
 * once into a plain in-memory graph the rules read (no transaction per lookup), with the closures of
 * the guideline the rules use ({@link GuidelineClosures}: they follow the concept hierarchies, which
 * are the same under every edition, so one copy serves all editions; the rules read the edition as a
 * binding). Then {@link #check} and {@link #compare} are thread-safe and stateless.
 */
public final class ObligationEngine {
    /** The outcome for one profile: its validation report, and its derivation when it conforms (else null). */
    public record Outcome(ProfileReport report, Derivation derivation) {
        public boolean conforms() {
            return derivation != null;
        }
    }

    /** The outcome of a comparison: the validation report, and the comparison when the profile conforms (else null). */
    public record Compared(ProfileReport report, EditionComparison comparison) {
        public boolean conforms() {
            return comparison != null;
        }
    }

    private static final Node UNDER_EDITION = AIGB.property("underEdition").asNode();

    /** The folder of the comparison rules. */
    public static final String CHANGES_FOLDER = RuleRunner.FOLDER + "/changes";
    private static final Var COMPARISON = Var.alloc("comparison"), EARLIER_DERIVATION = Var.alloc("earlierDerivation"),
            LATER_DERIVATION = Var.alloc("laterDerivation"), EARLIER_EDITION = Var.alloc("earlierEdition"), LATER_EDITION = Var.alloc("laterEdition");

    private final ProfileValidator validator;
    private final Map<Node, RuleRunner> rules;
    private final RuleRunner comparisonRules;
    private final Graph guideline;
    private final Editions editions;
    private final QueryFile differencesTable;
    private final Limits limits;

    private ObligationEngine(ProfileValidator validator, Map<Node, RuleRunner> rules, RuleRunner comparisonRules, Graph guideline, Editions editions,
                             QueryFile differencesTable, Limits limits) {
        this.validator = validator;
        this.rules = rules;
        this.comparisonRules = comparisonRules;
        this.guideline = guideline;
        this.editions = editions;
        this.differencesTable = differencesTable;
        this.limits = limits;
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
        Editions editions = Editions.read(sources, copy);
        Map<Node, RuleRunner> rules = new HashMap<>();
        for (String name : editions.names()) {
            Node edition = editions.named(name).iri();
            rules.put(edition, RuleRunner.forEdition(sources, edition, limits));
        }
        // the comparison of the current edition with the earlier one it revises (if the engine can derive under it)
        Editions.Edition current = editions.current();
        RuleRunner comparison = editions.earlier(current)
                .map(earlier -> new RuleRunner(sources, CHANGES_FOLDER, Map.of(EARLIER_EDITION, earlier.iri(), LATER_EDITION, current.iri()), limits))
                .orElse(null);
        QueryFile differencesTable = QueryFile.load(sources, EditionComparison.TABLE_QUERY);
        return new ObligationEngine(validator, Map.copyOf(rules), comparison, copy, editions, differencesTable, limits);
    }

    /** The editions the engine derives under. */
    public Editions editions() {
        return editions;
    }

    /** Whether the current edition revises an earlier one the engine derives under: what {@link #compare} needs. */
    public boolean comparesEditions() {
        return comparisonRules != null;
    }

    /** Validates the profile, then derives its obligations under the current edition if it conforms; a fresh derivation IRI each time. */
    public Outcome check(Graph profile) {
        return check(profile, editions.current());
    }

    /** As {@link #check(Graph)}, under {@code edition}. */
    public Outcome check(Graph profile, Editions.Edition edition) {
        return check(profile, freshIri(), edition);
    }

    /** As {@link #check(Graph)}, with the derivation's IRI given (the served examples keep theirs across restarts). */
    public Outcome check(Graph profile, Node derivationIri) {
        return check(profile, derivationIri, editions.current());
    }

    /** As {@link #check(Graph, Node)}, under {@code edition}. */
    public Outcome check(Graph profile, Node derivationIri, Editions.Edition edition) {
        ProfileReport report = validator.validate(profile);
        if (!report.conforms())
            return new Outcome(report, null);
        return new Outcome(report, derive(profile, derivationIri, edition));
    }

    /**
     * Validates the profile once, then, if it conforms, derives it under the current edition (with
     * the IRI {@code derivationIri}: the same checklist as {@link #check(Graph, Node)}) and under the
     * earlier edition, and compares the two. A profile that does not conform gets its report only.
     */
    public Compared compare(Graph profile, Node derivationIri) {
        ProfileReport report = validator.validate(profile);
        if (!report.conforms())
            return new Compared(report, null);
        Editions.Edition current = editions.current();
        Editions.Edition earlier = editions.earlier(current).filter(e -> comparisonRules != null)
                .orElseThrow(() -> new AigbException("no-earlier-edition", "The current edition " + current.name() + " revises no edition the engine can derive under"));
        Derivation later = derive(profile, derivationIri, current);
        Derivation before = derive(profile, relatedIri(derivationIri, earlier.name()), earlier);
        Node comparison = relatedIri(derivationIri, "changes");
        Graph differences = comparisonRules.run(guideline,
                Map.of(RuleRunner.PROFILE, profile, RuleRunner.EARLIER, before.derived(), RuleRunner.LATER, later.derived()),
                Map.of(COMPARISON, comparison, EARLIER_DERIVATION, before.iri(), LATER_DERIVATION, later.iri(), EARLIER_EDITION, earlier.iri(),
                        LATER_EDITION, current.iri()));
        return new Compared(report, new EditionComparison(comparison, before, later, differences, guideline, differencesTable, limits));
    }

    /** As {@link #compare(Graph, Node)}, with a fresh IRI. */
    public Compared compare(Graph profile) {
        return compare(profile, freshIri());
    }

    /** Derives without validating: only for a profile known to conform (one organisation, known terms). */
    Derivation derive(Graph profile, Node derivationIri, Editions.Edition edition) {
        Graph derived = rules.get(edition.iri()).run(guideline, profile, derivationIri, edition.iri());
        return new Derivation(derivationIri, edition.iri(), profile, derived, guideline);
    }

    /**
     * A derivation computed earlier and kept (the registry keeps each version's), read again over
     * this engine's guideline graph: nothing is derived anew. Its edition is the one it records
     * ({@code aigb:underEdition}); one kept before derivations recorded theirs was made under the edition
     * then current, which had no other: the current one.
     */
    public Derivation restore(Node derivationIri, Graph profile, Graph derived) {
        Node edition = derived.find(derivationIri, UNDER_EDITION, Node.ANY).nextOptional().map(t -> t.getObject()).orElse(editions.current().iri());
        return new Derivation(derivationIri, edition, profile, derived, guideline);
    }

    /** A stable derivation IRI for a name (the example profiles: the same IRI at every start). */
    public static Node nameBasedIri(String name) {
        return NodeFactory.createURI("urn:uuid:" + UUID.nameUUIDFromBytes(("aigb-derivation:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** The IRI of a result made with the derivation {@code iri} (its derivation under another edition, its comparison): name-based on both. */
    static Node relatedIri(Node iri, String what) {
        return NodeFactory.createURI("urn:uuid:" + UUID.nameUUIDFromBytes((iri.getURI() + "|" + what).getBytes(StandardCharsets.UTF_8)));
    }

    private static Node freshIri() {
        return NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
    }

    /** The derivation rules under the current edition. */
    public RuleRunner rules() {
        return rules.get(editions.current().iri());
    }
}
