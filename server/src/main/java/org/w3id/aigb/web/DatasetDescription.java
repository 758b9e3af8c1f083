package org.w3id.aigb.web;

import java.util.Map;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The VoID + DCAT description of the served dataset. Its content is the CONSTRUCT query
 * {@code queries/service/dataset-description.rq}: counts come from the graph, never from a file
 * written by hand; only the deployment's URLs are bound here. The query runs over a view whose
 * default graph is what the dumps hold ({@link KnowledgeGraph#assertedUnion()}, written by
 * {@link Dumps#write}) and whose named graphs are every graph served, so each count is the count of a
 * dump ({@code /dumps/aigb.*}, or {@code /dumps/graph/{name}.*} per named graph).
 */
public final class DatasetDescription {
    /** IRI of the dataset as a whole (named in the query file). */
    public static final String DATASET = "https://w3id.org/aigb/dataset";
    /** The path, under a deployment's base, of the dump of each named graph: {@code /dumps/graph/{name}.nt}. */
    public static final String GRAPH_DUMPS = "/dumps/graph/";

    private DatasetDescription() {}

    /**
     * @param base public URL of the deployment, without a trailing slash (its SPARQL endpoint is
     *             {@code base/kg/sparql}, its dumps {@code base/dumps/aigb.*} and {@code base/dumps/graph/*})
     */
    public static Model build(KnowledgeGraph kg, QueryFile description, String base) {
        DatasetGraph served = kg.dataset().asDatasetGraph();
        DatasetGraph view = KnowledgeGraph.linkedDataset(kg.assertedUnion());
        served.listGraphNodes().forEachRemaining(name -> view.addGraph(name, served.getGraph(name)));
        // the project's own query over the data served (again when a submission is published): no visitor's time limit
        Model m = QueryRunner.withoutTimeLimit(DatasetFactory.wrap(view)).construct(description, Map.of(
                "home", ResourceFactory.createResource(base + "/"),
                "sparql", ResourceFactory.createResource(base + "/kg/sparql"),
                "dumpTtl", ResourceFactory.createResource(base + "/dumps/aigb.ttl"),
                "dumpNt", ResourceFactory.createResource(base + "/dumps/aigb.nt"),
                "dumpJsonld", ResourceFactory.createResource(base + "/dumps/aigb.jsonld"),
                "graphDumps", ResourceFactory.createStringLiteral(base + GRAPH_DUMPS)));
        m.setNsPrefixes(Prefixes.get());
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        m.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        m.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        m.setNsPrefix("sd", ServiceDescription.SD);
        return m;
    }
}
