package org.w3id.aigb.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Names of the dataset's named graphs; the default graph is their union. */
public final class Graphs {
    private Graphs() {}

    public static final String BASE = "https://w3id.org/aigb/graph/";

    /** {@code ontology/*.ttl} */
    public static final Node ONTOLOGY = graph("ontology");
    /** {@code data/guideline/*.ttl} */
    public static final Node GUIDELINE = graph("guideline");
    /** {@code data/crossrefs/*} (Turtle, and SSSOM mapping sets turned into RDF) */
    public static final Node CROSSREFS = graph("crossrefs");
    /** RDFS/OWL entailments of the asserted graphs, materialised at load. */
    public static final Node INFERRED = graph("inferred");
    /**
     * The example company profiles and what the applicability engine derives for them (served only:
     * not part of the union default graph, the inferences or the dumps).
     */
    public static final Node PROFILES = graph("profiles");
    /**
     * The published versions of the registry's submitted profiles (served only, like the example
     * profiles: not in the default graph, the inferences, the dumps or the search; read from the
     * registry's store, never anything unpublished).
     */
    public static final Node SUBMISSIONS = graph("submissions");
    /** In the registry's store only (never served): accounts, token hashes, versions, annotations. */
    public static final Node REGISTRY = graph("registry");
    /** In the registry's store only (read by reviewers through /audit): the append-only PROV-O audit trail. */
    public static final Node REGISTRY_AUDIT = graph("registry-audit");

    public static Node graph(String name) {
        return NodeFactory.createURI(BASE + name);
    }
}
