package org.w3id.aigb.web;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.FutureGraph;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ExampleProfiles;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.search.SearchConfig;
import org.w3id.aigb.search.SparqlTextIndex;
import org.w3id.aigb.vocab.Graphs;

/**
 * The dataset SPARQL queries see, one definition for the endpoint ({@code serve}) and the command
 * line ({@code query}): the knowledge graph's default (union) graph and named graphs, plus the example
 * profiles with their derivations in the named graph {@link Graphs#PROFILES} (outside the default
 * graph), with the jena-text index so {@code text:query} works. The server builds the derivations
 * and the index in the background; the command line makes them on first use.
 */
public final class ServedDataset {
    private ServedDataset() {}

    /** {@code loaded} with the example profiles' derivations (made or still in the making) as {@link Graphs#PROFILES}. */
    static KnowledgeGraph withExamples(KnowledgeGraph loaded, Graph examples) {
        return loaded.withNamedGraph(Graphs.PROFILES, examples);
    }

    /**
     * Makes the example profiles' derivations of a {@link #forCommandLine} dataset now (a few seconds),
     * for a query that may read them: made on first use inside the query, they would count against its
     * time limit.
     */
    public static void makeExamples(Dataset dataset) {
        dataset.asDatasetGraph().getGraph(Graphs.PROFILES).size();
    }

    /** The dataset of {@code query}: what the endpoint serves, the derivations made if a query reads them. */
    public static Dataset forCommandLine(KnowledgeGraph loaded, Sources sources, Limits limits) {
        Graph examples = FutureGraph.lazy(() -> ExampleProfiles.derive(sources,
                ObligationEngine.create(sources, loaded, ProfileValidator.create(sources, loaded, limits), limits)));
        KnowledgeGraph kg = withExamples(loaded, examples);
        return DatasetFactory.wrap(SparqlTextIndex.wrap(kg.dataset().asDatasetGraph(), SearchConfig.read(sources)).dataset());
    }
}
