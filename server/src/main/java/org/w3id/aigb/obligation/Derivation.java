package org.w3id.aigb.obligation;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.vocab.Prefixes;

/**
 * What the engine derived for one profile, as RDF: the derived results with their PROV
 * ({@link #derived()}), the profile they were derived from, the guideline they were derived with and
 * the edition of it derived under ({@link #edition()}). Everything an answer says is in these graphs; the checklist's view of them is
 * {@code checklist.ChecklistView}.
 */
public final class Derivation {
    private final Node iri;
    private final Node edition;
    private final Graph profile;
    private final Graph derived;
    private final Graph guideline;

    Derivation(Node iri, Node edition, Graph profile, Graph derived, Graph guideline) {
        this.iri = iri;
        this.edition = edition;
        this.profile = profile;
        this.derived = derived;
        this.guideline = guideline;
    }

    /** The derivation's IRI (the PROV activity). */
    public Node iri() {
        return iri;
    }

    /** The edition of the guideline derived under (its IRI, {@code id/edition/…}). */
    public Node edition() {
        return edition;
    }

    /** The profile the derivation is of. */
    public Graph profile() {
        return profile;
    }

    /** The derived results alone. */
    public Graph derived() {
        return derived;
    }

    /** The profile and the derived results, with the standard prefixes: what the Turtle output and the served graph hold. */
    public Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.get());
        profile.find().forEach(g::add);
        derived.find().forEach(g::add);
        return g;
    }

    /**
     * The derivation as the rules read it, for queries over it: the guideline (with the closures the
     * rules use) as the default graph, the profile in {@link RuleRunner#PROFILE} and the derived
     * results in {@link RuleRunner#DERIVED}. A view of the graphs, not a copy; read it, never write it.
     */
    public DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.create(guideline);
        dataset.addGraph(RuleRunner.PROFILE, profile);
        dataset.addGraph(RuleRunner.DERIVED, derived);
        return dataset;
    }
}
