package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ExampleProfiles;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.render.SourceNotice;
import org.w3id.aigb.search.Search;
import org.w3id.aigb.search.SearchConfig;
import org.w3id.aigb.search.SparqlTextIndex;
import org.w3id.aigb.sys.StartupTask;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/**
 * What the pages share: the graph, the research and service query libraries (parsed once at
 * start), the search indexes (ranked, and jena-text for SPARQL; both built in the background at
 * start), the configuration, and what is computed once
 * and cached (dumps, dataset description).
 * Every query runs under the server's time limit.
 */
final class Site {
    private final KnowledgeGraph kg;
    private final ServerConfig config;
    private final QueryLibrary research;
    private final QueryLibrary service;
    private final Map<String, byte[]> dumps = new ConcurrentHashMap<>();
    /** The VoID/DCAT description and the publication generation it was computed at (its counts include the published submissions). */
    private record Description(long generation, Model model) {}

    private volatile Description datasetDescription;
    /** The dumps of the published submissions and the publication generation they were written at. */
    private record SubmissionDumps(long generation, Map<String, byte[]> dumps) {}

    private volatile SubmissionDumps submissionDumps;
    private final java.util.function.LongSupplier publicationGeneration;
    private volatile Model serviceDescription;
    private final Model ontology;
    private final OntologyEditions ontologyEditions;
    private final StartupTask<Search> search;
    private final SparqlTextIndex textIndex;
    private final Dataset dataset;
    private final QueryRunner queries;
    private final Map<String, String> exampleProfiles = new LinkedHashMap<>();
    private final SourceNotice sourceNotice;

    /**
     * @param publicationGeneration advances whenever the published submissions change (the dataset
     *                              description is then computed again)
     */
    Site(KnowledgeGraph kg, Sources sources, ServerConfig config, StartupTask<Search> search, SearchConfig searchConfig,
         Executor background, java.util.function.LongSupplier publicationGeneration) {
        this.kg = kg;
        this.publicationGeneration = publicationGeneration;
        this.config = config;
        this.research = QueryLibrary.research(sources);
        this.service = new QueryLibrary(sources, "queries/service");
        this.ontology = ModelFactory.createDefaultModel()
                .add(ModelFactory.createModelForGraph(kg.dataset().asDatasetGraph().getGraph(Graphs.ONTOLOGY)));
        this.ontology.setNsPrefixes(Prefixes.get());
        this.ontologyEditions = new OntologyEditions(ontology, sources, this::ontologyUsage);
        this.search = search;
        this.textIndex = SparqlTextIndex.wrap(kg.dataset().asDatasetGraph(), searchConfig, background);
        this.dataset = DatasetFactory.wrap(textIndex.dataset());
        this.queries = QueryRunner.over(dataset, config.limits());
        this.sourceNotice = SourceNotice.read(kg.dataset(), service.get("source-notice"));
        for (String file : ExampleProfiles.files(sources))
            exampleProfiles.put(file.substring(file.lastIndexOf('/') + 1, file.length() - ".ttl".length()), sources.read(file));
    }

    /** The example profiles as Turtle, by name (file name without {@code .ttl}), in name order. */
    Map<String, String> exampleProfiles() {
        return Collections.unmodifiableMap(exampleProfiles);
    }

    /** The dataset every query runs on: the graph with its jena-text index, so text:query works. */
    Dataset dataset() {
        return dataset;
    }

    /** Runs queries over {@link #dataset()} within the server's time limit. */
    QueryRunner queries() {
        return queries;
    }

    SparqlTextIndex textIndex() {
        return textIndex;
    }

    /** The search service (its index is built once, at start-up; this waits for it). */
    Search search() {
        return search.get();
    }

    /** What every page's footer says about the source the graph rests on (read once, at start). */
    SourceNotice sourceNotice() {
        return sourceNotice;
    }

    KnowledgeGraph kg() {
        return kg;
    }

    ServerConfig config() {
        return config;
    }

    QueryLibrary research() {
        return research;
    }

    /** The query a new tab of the query editor starts with ({@code queries/service/editor-start.rq}). */
    QueryFile startQuery() {
        return service.get("editor-start");
    }

    /** The linked-data description of one IRI: empty when the graph says nothing about it. */
    Model describe(String iri) {
        Model m = queries.construct(service.get("describe-resource"), Map.of("resource", ResourceFactory.createResource(iri)));
        m.clearNsPrefixMap().setNsPrefixes(Prefixes.usedIn(m.getGraph())); // not the query's or the dataset's
        return m;
    }

    /** The ontology document: the whole ontology named graph (copied once, with the standard prefixes). */
    Model ontology() {
        return ontology;
    }

    /** The editions of the ontology and their documentation pages. */
    OntologyEditions ontologyEditions() {
        return ontologyEditions;
    }

    /** How many resources of the graph use each term of the ontology ({@code queries/service/ontology-usage.rq}). */
    private Map<String, Long> ontologyUsage() {
        Map<String, Long> out = new java.util.HashMap<>();
        for (var row : service("ontology-usage", Map.of()).rows())
            out.put(row.getResource("term").getURI(), row.getLiteral("uses").getLong());
        return out;
    }

    /** Runs a service query ({@code queries/service/NAME.rq}) that selects. */
    Table service(String name, Map<String, RDFNode> bindings) {
        return select(service.get(name), bindings);
    }

    /** The service queries whose ids start with {@code prefix} ({@code queries/service/PREFIX*.rq}), by id. */
    java.util.List<QueryFile> serviceQueries(String prefix) {
        return service.all().stream().filter(q -> q.id().startsWith(prefix)).toList();
    }

    Table select(QueryFile query, Map<String, RDFNode> bindings) {
        return queries.select(query, bindings);
    }

    /** A dump of the asserted graphs, written once and then served from memory. */
    byte[] dump(Format format) {
        return dumps.computeIfAbsent(format.extension(), f -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dumps.write(kg, format, false, out);
            return out.toByteArray();
        });
    }

    /**
     * A dump of one named graph the service serves, written once and then served from memory. The
     * published submissions change while the server runs: their dumps are kept for one publication
     * generation only.
     */
    byte[] dump(Node graph, Format format) {
        Map<String, byte[]> cache = dumps;
        if (graph.equals(Graphs.SUBMISSIONS)) {
            long generation = publicationGeneration.getAsLong();
            SubmissionDumps current = submissionDumps;
            if (current == null || current.generation() != generation) {
                current = new SubmissionDumps(generation, new ConcurrentHashMap<>());
                submissionDumps = current;
            }
            cache = current.dumps();
        }
        return cache.computeIfAbsent(graph.getURI() + " " + format.extension(), f -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dumps.writeGraph(kg, graph, format, out);
            return out.toByteArray();
        });
    }

    Model datasetDescription() {
        Description d = datasetDescription;
        long generation = publicationGeneration.getAsLong();
        if (d == null || d.generation() != generation) {
            d = new Description(generation, DatasetDescription.build(kg, service.get("dataset-description"), config.base()));
            datasetDescription = d;
        }
        return d.model();
    }

    /**
     * The SPARQL Service Description of the endpoint, computed once: it names the graphs and counts
     * the default graph, which do not change while the server runs.
     */
    Model serviceDescription() {
        Model m = serviceDescription;
        if (m == null) {
            m = ServiceDescription.build(kg, service.get("service-description"), config.base());
            serviceDescription = m;
        }
        return m;
    }
}
