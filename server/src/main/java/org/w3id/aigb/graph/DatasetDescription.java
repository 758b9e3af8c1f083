package org.w3id.aigb.graph;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The VoID + DCAT description of the loaded dataset. Its content is the CONSTRUCT query
 * {@code queries/service/dataset-description.rq}: counts come from the graph, never from a file
 * written by hand; only the deployment's URLs are bound here.
 */
public final class DatasetDescription {
    /** IRI of the dataset as a whole (named in the query file). */
    public static final String DATASET = "https://w3id.org/aigb/dataset";

    private DatasetDescription() {}

    /**
     * @param base public URL of the deployment, without a trailing slash (its SPARQL endpoint is
     *             {@code base/kg/sparql}, its dumps {@code base/dumps/aigb.*})
     */
    public static Model build(KnowledgeGraph kg, Query description, String base) {
        try (QueryExecution qe = QueryExecution.dataset(kg.dataset()).query(description)
                .substitution("home", ResourceFactory.createResource(base + "/"))
                .substitution("sparql", ResourceFactory.createResource(base + "/kg/sparql"))
                .substitution("dumpTtl", ResourceFactory.createResource(base + "/dumps/aigb.ttl"))
                .substitution("dumpNt", ResourceFactory.createResource(base + "/dumps/aigb.nt"))
                .substitution("dumpJsonld", ResourceFactory.createResource(base + "/dumps/aigb.jsonld"))
                .build()) {
            Model m = qe.execConstruct();
            m.setNsPrefixes(Prefixes.get());
            m.setNsPrefix("void", "http://rdfs.org/ns/void#");
            m.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
            m.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
            return m;
        }
    }
}
