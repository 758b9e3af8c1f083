package org.w3id.aigb.web;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.FutureGraph;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ExampleProfiles;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.search.Search;
import org.w3id.aigb.search.SearchConfig;
import org.w3id.aigb.search.SparqlTextIndex;
import org.w3id.aigb.sys.StartupTask;
import org.w3id.aigb.vocab.Graphs;

/**
 * The service: an embedded Fuseki with the knowledge graph at {@code /kg} (SPARQL query at
 * {@code /kg/sparql} with jena-text's {@code text:query}, read-only Graph Store at {@code /kg/data}),
 * the linked-data pages and the search ({@code /search}) beside it; the profile endpoints
 * ({@code /profiles/validate}, {@code /profiles/obligations}, {@code /profiles/convert}), the profile
 * builder ({@code /profiles/new}, with {@code /profiles/vocabulary}); in the named graph
 * {@code https://w3id.org/aigb/graph/profiles}, the example profiles with their derivations; and the
 * registry of submitted profiles ({@code /submissions}, {@code /review}, {@code /audit}), whose
 * published versions are the named graph {@code https://w3id.org/aigb/graph/submissions} and
 * {@code /id/submission/…}.
 * Production ({@code serve}) and the tests build it with this one class.
 * <p>
 * Hardening lives here in one place: only read operations are registered; {@link ReadOnlyFilter}
 * refuses writes before dispatch; {@link RequestSizeFilter} caps bodies; the SPARQL endpoint
 * evaluates an answer in full, within the time and result limits, before writing any of it
 * ({@link BoundedResults}); the endpoint context sets the query timeout and refuses SERVICE (also
 * switched off globally by {@code AigbSystem}, and refused before evaluation by {@code QueryPolicy}).
 * Every limit comes from the one {@link org.w3id.aigb.Limits} of the configuration.
 */
public final class AigbServer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AigbServer.class);
    public static final String DATASET = "/kg";

    /**
     * Jetty's response buffer. Fuseki asks for 5 MB, above the largest size Jetty's buffer pool keeps
     * (64 KB): every answer then took a fresh 5 MB of direct memory, freed only when the JDK forced a
     * full GC on reaching the direct-memory limit, which under load meant a full GC every few requests
     * (a third of the throughput of the items query). 64 KB is pooled and reused; a larger answer is
     * sent in chunks. Nothing that can still fail for a reason of the request runs once the first
     * chunk is out: the SPARQL endpoint evaluates its answers in full first ({@link BoundedResults}),
     * the checklists are derived before they are written, and the pages are built whole.
     */
    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;

    private final FusekiServer fuseki;
    private final ServerConfig config;
    private final Site site;
    private final SparqlTextIndex textIndex;
    private final List<StartupTask<?>> startupTasks;
    private final ExecutorService startupPool;
    private final Registry registry;

    private AigbServer(FusekiServer fuseki, ServerConfig config, Site site, SparqlTextIndex textIndex,
                       List<StartupTask<?>> startupTasks, ExecutorService startupPool, Registry registry) {
        this.registry = registry;
        this.fuseki = fuseki;
        this.config = config;
        this.site = site;
        this.textIndex = textIndex;
        this.startupTasks = startupTasks;
        this.startupPool = startupPool;
    }

    /** What the profile endpoints need, built together in the background at start-up. */
    private record ProfileServices(ProfileValidator validator, ObligationEngine engine) {}

    /**
     * Builds (does not start) the server for {@code kg}, reading its page queries from {@code sources}.
     * What only some requests need (the search indexes, the profile validator and obligation engine,
     * the example profiles' derivations) is built on background threads: the server answers as soon
     * as it starts, and a request that needs one of those (a search, a {@code text:query}, a query of
     * the profiles graph, a profile check) waits for it, never getting a partial answer.
     */
    public static AigbServer build(KnowledgeGraph loaded, Sources sources, ServerConfig config) {
        return build(loaded, sources, config, TdbStore.inMemory());
    }

    /**
     * As {@link #build(KnowledgeGraph, Sources, ServerConfig)}, with the registry on {@code store}
     * (which the server closes when it stops). Without one, the registry lives in memory.
     */
    public static AigbServer build(KnowledgeGraph loaded, Sources sources, ServerConfig config, RegistryStore store) {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "aigb-start-up");
            t.setDaemon(true);
            return t;
        });
        SearchConfig searchConfig = SearchConfig.read(sources);
        StartupTask<Search> search = StartupTask.run("search index",
                () -> Search.build(loaded, sources, searchConfig, config.limits()), pool);
        StartupTask<ProfileServices> profiles = StartupTask.run("profile validator and obligation engine", () -> {
            ProfileValidator validator = ProfileValidator.create(sources, loaded, config.limits());
            return new ProfileServices(validator, ObligationEngine.create(sources, loaded, validator, config.limits()));
        }, pool);
        // The example profiles and their derivations, computed through the API's own path, in their own graph.
        StartupTask<Graph> examples = profiles.then("example profiles' derivations",
                p -> ExampleProfiles.derive(sources, p.engine()), pool);
        Registry registry = Registry.open(store, sources, loaded.dataset(), () -> profiles.get().engine(), config.limits());
        // The reviewers' list, read once in the background so that the first reviewer does not wait.
        // Not a start-up task the server waits for: on a large registry and a busy store it can take
        // minutes, and if it fails, the first page reads it instead.
        pool.execute(() -> {
            long started = System.nanoTime();
            try {
                int rows = registry.reviews().loadList();
                LOG.info("reviewers' list: {} organisations read in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("reviewers' list not read at start-up (the first page will read it): {}", e.getMessage());
            }
        });
        // The published submissions, read from the registry's store (only ever what is published)
        KnowledgeGraph kg = ServedDataset.withExamples(loaded, new FutureGraph(examples::get))
                .withNamedGraph(Graphs.SUBMISSIONS, registry.published().graph());
        Site site = new Site(kg, sources, config, search, searchConfig, pool, registry.published()::generation);
        // The endpoint serves the graph with its jena-text index attached, so text:query works in SPARQL.
        SparqlTextIndex textIndex = site.textIndex();
        DatasetGraph dsg = textIndex.dataset();
        Context endpointContext = new Context();
        endpointContext.set(ARQ.queryTimeout, Long.toString(config.limits().timeoutMillis()));
        endpointContext.set(ARQ.httpServiceAllowed, false);
        DataService.Builder data = DataService.newBuilder(dsg)
                .addEndpoint(Endpoint.create().operation(Operation.Query).endpointName("sparql")
                        .context(endpointContext).processor(new Guarded(new ActionSparql(config.limits()))).build())
                .addEndpoint(Endpoint.create().operation(Operation.GSP_R).endpointName("data")
                        .context(endpointContext).processor(new Guarded(new GSP_R())).build());
        FusekiServer fuseki = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .add(DATASET, data)
                .enablePing(true)
                .enableCors(true)
                .addFilter("/*", new RequestSizeFilter(config.limits()))
                .addFilter("/*", new ReadOnlyFilter())
                .addFilter("/*", new SourceNoticeFilter(site.sourceNotice()))
                .addFilter(DATASET + "/*", new KgNegotiation(DATASET + "/data"))
                .addServlet("", new ActionHome(site))
                .addServlet("/id/*", new ActionResource(site))
                .addServlet("/ontology", new ActionOntology(site))
                .addServlet("/ontology/*", new ActionOntology(site))
                .addServlet("/list/*", new ActionList(site))
                .addServlet("/items", new ActionItems(site))
                .addServlet("/search", new ActionSearch(site))
                .addServlet("/query/*", new ActionQuery(site))
                .addServlet("/dumps/*", new ActionDumps(site))
                .addServlet("/dataset", new ActionDataset(site))
                .addServlet("/dataset/*", new ActionDataset(site))
                .addServlet("/graph/*", new ActionDataset(site))
                .addServlet("/.well-known/void", new ActionDataset(site))
                .addServlet(ActionProfileForm.PATH, new ActionProfileForm(site))
                .addServlet(ActionValidateProfile.PATH, new ActionValidateProfile(() -> profiles.get().validator(), config.limits()))
                .addServlet(ActionObligations.PATH, new ActionObligations(() -> profiles.get().engine(), config.limits()))
                .addServlet(ActionContext.PATH, new ActionContext(site))
                .addServlet(ActionBuilder.PATH, new ActionBuilder(site))
                .addServlet(ActionFormVocabulary.PATH, new ActionFormVocabulary(site))
                .addServlet(ActionConvertProfile.PATH, new ActionConvertProfile(config.limits()))
                .addServlet(ActionSubmissions.PATH + "/*", new ActionSubmissions(() -> registry, site, config.limits()))
                .addServlet(ActionAudit.PATH, new ActionAudit(() -> registry, site))
                .addServlet(ActionReviewPage.PATH + "/*", new ActionReviewPage(site))
                .addServlet("/id/submission/*", new ActionPublishedSubmission(site, () -> registry))
                .build();
        ContainerErrors errors = new ContainerErrors();
        fuseki.getJettyServer().setErrorHandler(errors);
        ServletContextHandler.getServletContextHandler(fuseki.getServletContext()).setErrorHandler(errors);
        for (Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof ServerConnector connector) {
                connector.setHost(config.bind());
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                    http.getHttpConfiguration().setOutputAggregationSize(OUTPUT_BUFFER_BYTES / 4);
                }
            }
        return new AigbServer(fuseki, config, site, textIndex, List.of(search, profiles, examples), pool, registry);
    }

    /** Starts listening; an address already in use is bad input (exit 2), not an internal error. */
    public AigbServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            registry.close(); // releases the store (a TDB2 directory's lock) for whoever tries next
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof java.net.BindException)
                    throw new AigbException.BadInput("cannot-listen", "Cannot listen on " + config.bind() + ":" + config.port() + ": " + t.getMessage());
            throw e;
        }
        return this;
    }

    public void stop() {
        startupPool.shutdownNow();
        fuseki.stop();
        registry.close();
    }

    /** The registry of submitted profiles this server serves. */
    public Registry registry() {
        return registry;
    }

    /**
     * Waits for the background start-up tasks; a failure is thrown (the caller stops the server).
     * One line for the start-up log.
     */
    public String awaitStartupTasks() {
        try {
            return startupTasks.stream().map(t -> {
                t.get();
                return t.what() + " " + t.millis() + " ms";
            }).collect(Collectors.joining(", "));
        } finally {
            startupPool.shutdown();
        }
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://bind:port} of this process, for logs and tests. */
    public String localUrl() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port();
    }

    /** One line on the search indexes, for the start-up log: sizes and build times. */
    public String searchSummary() {
        return "search index " + site.search().index().size() + " resources in " + site.search().index().buildMillis()
                + " ms; SPARQL text index " + textIndex.literals() + " literals in " + textIndex.buildMillis() + " ms";
    }

    public ServerConfig config() {
        return config;
    }

    Site site() {
        return site;
    }
}
