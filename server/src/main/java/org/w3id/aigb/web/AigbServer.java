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
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
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
 * builder ({@code /profiles/new}, with {@code /profiles/vocabulary}); the query editor ({@code /editor}); in the named graph
 * {@code https://w3id.org/aigb/graph/profiles}, the example profiles with their derivations; and the
 * registry of submitted profiles ({@code /submissions}, {@code /review}, {@code /audit}), whose
 * published versions are the named graph {@code https://w3id.org/aigb/graph/submissions} and
 * {@code /id/submission/…}.
 * Production ({@code serve}) and the tests build it with this one class.
 * <p>
 * Hardening lives here in one place: only read operations are registered; {@link ReadOnlyFilter}
 * refuses writes before dispatch; {@link DatasetServices} lets only the two services through under
 * {@code /kg}; {@link PublicCors} opens the public paths, and only those, to other origins;
 * {@link RequestSizeFilter} caps bodies; the SPARQL endpoint
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
    private final Routes routes;

    private AigbServer(FusekiServer fuseki, ServerConfig config, Site site, SparqlTextIndex textIndex,
                       List<StartupTask<?>> startupTasks, ExecutorService startupPool, Registry registry, Routes routes) {
        this.registry = registry;
        this.fuseki = fuseki;
        this.config = config;
        this.site = site;
        this.textIndex = textIndex;
        this.startupTasks = startupTasks;
        this.startupPool = startupPool;
        this.routes = routes;
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
        Routes routes = new Routes(routes(site, profiles, registry));
        DataService.Builder data = DataService.newBuilder(dsg)
                .addEndpoint(endpoint(Operation.Query, SPARQL, new ActionSparql(config.limits(), site), routes, config))
                .addEndpoint(endpoint(Operation.GSP_R, GRAPH_STORE, new GSP_R(), routes, config));
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .add(DATASET, data)
                .enablePing(true)
                .enableCors(false) // PublicCors instead: Fuseki's allows credentials and every method, on every path
                // the registry's private paths (a submitter's or reviewer's token) are not offered to other origins
                .addFilter("/*", new PublicCors(List.of(ActionSubmissions.PATH, ActionReviewPage.PATH, ActionAudit.PATH)))
                .addFilter("/*", new RequestSizeFilter(config.limits(), routes))
                .addFilter("/*", new ReadOnlyFilter(routes))
                .addFilter("/*", new DatasetServices())
                .addFilter("/*", new SourceNoticeFilter(site.sourceNotice()))
                .addFilter(DATASET + "/*", new KgNegotiation(DATASET + "/" + GRAPH_STORE));
        for (Route r : routes.all())
            if (r.servlet() != null)
                builder.addServlet(r.path(), r.servlet());
        FusekiServer fuseki = builder.build();
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
        return new AigbServer(fuseki, config, site, textIndex, List.of(search, profiles, examples), pool, registry, routes);
    }

    private static final String SPARQL = "sparql";
    private static final String GRAPH_STORE = "data";

    /**
     * Every path the service answers, with its handler and what it takes ({@link Route}): the one
     * list that the filters (methods, body caps) and the README's table of paths read.
     */
    private static List<Route> routes(Site site, StartupTask<ProfileServices> profiles, Registry registry) {
        ActionSubmissions submissions = new ActionSubmissions(() -> registry, site, site.config().limits());
        ActionOntology ontology = new ActionOntology(site);
        ActionDataset dataset = new ActionDataset(site);
        Limits limits = site.config().limits();
        return List.of(
                Route.page("", new ActionHome(site)),
                Route.page("/id/*", new ActionResource(site)),
                Route.page("/ontology", ontology),
                Route.page("/ontology/*", ontology),
                Route.page("/list/*", new ActionList(site)),
                Route.page("/items", new ActionItems(site)),
                Route.page("/search", new ActionSearch(site)),
                Route.page("/query/*", new ActionQuery(site)),
                Route.page("/dumps/*", new ActionDumps(site)),
                Route.page("/dataset", dataset),
                Route.page("/dataset/*", dataset),
                Route.page("/graph/*", dataset),
                Route.page("/.well-known/void", dataset),
                Route.page(ActionProfileForm.PATH, new ActionProfileForm(site)),
                Route.profile(ActionValidateProfile.PATH, new ActionValidateProfile(() -> profiles.get().validator(), limits)),
                Route.profile(ActionObligations.PATH, new ActionObligations(() -> profiles.get().engine(), limits)),
                Route.profile(ActionConvertProfile.PATH, new ActionConvertProfile(limits)),
                Route.page(ActionFormVocabulary.PATH, new ActionFormVocabulary(site)),
                Route.file(ActionBuilder.PATH, new ActionBuilder(site)),
                Route.page(ActionEditor.PATH, new ActionEditor(site)),
                Route.file(ActionContext.PATH, new ActionContext(site)),
                // the registry: a profile submitted to /submissions; reviews and publication under it (each with a token)
                Route.api(ActionSubmissions.PATH, List.of("GET", "HEAD", "POST"), Limit.PROFILE_BYTES, null),
                Route.api(ActionSubmissions.PATH + "/*", List.of("GET", "HEAD", "POST"), Limit.REQUEST_BYTES, submissions),
                Route.page(ActionAudit.PATH, new ActionAudit(() -> registry, site)),
                Route.page(ActionReviewPage.PATH + "/*", new ActionReviewPage(site)),
                Route.page("/id/submission/*", new ActionPublishedSubmission(site, () -> registry)),
                Route.endpoint(DATASET + "/" + SPARQL, Limit.TIMEOUT, "GET", "HEAD", "POST"),
                Route.endpoint(DATASET + "/" + GRAPH_STORE, Limit.TIMEOUT, "GET", "HEAD"),
                Route.endpoint("/$/ping", null, "GET", "HEAD"));
    }

    /**
     * A Fuseki endpoint of the dataset under its route: the route's time limit as the query timeout,
     * SERVICE refused (also switched off globally by {@code AigbSystem}, and refused before evaluation
     * by {@code QueryPolicy}), errors answered by {@link HttpErrors}.
     */
    private static Endpoint endpoint(Operation operation, String name, ActionProcessor processor, Routes routes, ServerConfig config) {
        Route route = routes.find(DATASET + "/" + name).orElseThrow();
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(config.limits().get(route.timeLimit())));
        context.set(ARQ.httpServiceAllowed, false);
        return Endpoint.create().operation(operation).endpointName(name).context(context).processor(new Guarded(processor)).build();
    }

    /** Every path the service answers ({@link Route}). */
    List<Route> routes() {
        return routes.all();
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
