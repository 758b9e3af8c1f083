package org.w3id.aigb.web;

import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The SPARQL 1.1 Service Description of the endpoint. Its content is the CONSTRUCT query
 * {@code queries/service/service-description.rq}, run over the dataset the endpoint serves (so the
 * graphs it names are those a query sees); only the deployment's URLs are bound here.
 */
public final class ServiceDescription {
    /** The namespace of the Service Description vocabulary. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The path, under a deployment's base, of the SPARQL endpoint (where the description is served). */
    public static final String ENDPOINT_PATH = "/kg/sparql";

    private ServiceDescription() {}

    /** The IRI of the service described at {@code endpoint} ({@code endpoint#service}). */
    public static String serviceIri(String endpoint) {
        return endpoint + "#service";
    }

    /**
     * @param base public URL of the deployment, without a trailing slash: its endpoint is
     *             {@code base/kg/sparql}, its VoID description {@code base/.well-known/void}
     */
    public static Model build(KnowledgeGraph kg, QueryFile description, String base) {
        // the project's own query, computed once and kept: no visitor's time limit
        Model m = QueryRunner.withoutTimeLimit(kg.dataset()).construct(description, Map.of(
                "endpoint", ResourceFactory.createResource(base + ENDPOINT_PATH),
                "void", ResourceFactory.createResource(base + "/.well-known/void")));
        // Only the prefixes it uses (not the query's, nor the graph's seventy)
        m.clearNsPrefixMap();
        for (String prefix : new String[] {"rdf", "rdfs", "dcterms"})
            m.setNsPrefix(prefix, Prefixes.get().getNsPrefixURI(prefix));
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        m.setNsPrefix("ent", "http://www.w3.org/ns/entailment/");
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        return m;
    }
}
