package org.w3id.aigb.registry;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This server's copy of the published submissions, the only registry data the public side (the
 * SPARQL endpoint's {@code submissions} graph, {@code /id/submission/…}) ever sees: it holds the
 * public documents of published versions and nothing else, so an unpublished version cannot leak
 * through a query, and a 404 for one takes the time of a lookup in this copy, whether it exists or
 * not.
 * <p>
 * The store keeps a publication generation that every publication and withdrawal advances
 * (queries/registry/publish.ru). {@link #refresh()} fetches the versions changed since the
 * generation this copy has, and replaces the copy as a whole (readers keep the snapshot they
 * started with: {@link SnapshotGraph}). A server refreshes after each of its own publications; on a
 * shared store it also polls every {@link #POLL_MILLIS} ms, so a publication on another replica is
 * visible here within about a second (docs/deployment.md).
 */
public final class PublishedSubmissions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedSubmissions.class);
    public static final long POLL_MILLIS = 1000;

    /** One state of the copy: the documents by version IRI, their union, and the generation they reflect. */
    private record Snapshot(long generation, Map<String, Graph> documents, Graph union) {}

    private final RegistryStore store;
    private final RegistryQueries queries;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), GraphFactory.createDefaultGraph());
    private final SnapshotGraph graph = new SnapshotGraph(() -> snapshot.union());
    private final ScheduledExecutorService poller;

    PublishedSubmissions(RegistryStore store, RegistryQueries queries) {
        this.store = store;
        this.queries = queries;
        refresh();
        if (store.shared()) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "aigb-publication-poll");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            poller = null;
        }
    }

    /** The published versions as one graph, for the endpoint's named graph {@code submissions}. */
    public Graph graph() {
        return graph;
    }

    /** The generation this copy reflects (-1 before anything was ever published). */
    public long generation() {
        return snapshot.generation();
    }

    /** The public document of a version, if it is published. */
    public Optional<Graph> document(String registryId, long version) {
        return Optional.ofNullable(snapshot.documents().get(SubmissionIris.version(registryId, version)));
    }

    /** The numbers of an organisation's published versions, in order. */
    public List<Long> versions(String registryId) {
        String prefix = SubmissionIris.series(registryId) + "/";
        List<Long> out = new ArrayList<>();
        for (String iri : snapshot.documents().keySet())
            if (iri.startsWith(prefix))
                out.add(Long.parseLong(iri.substring(prefix.length())));
        Collections.sort(out);
        return out;
    }

    /** Brings the copy up to date with the store's publication generation. */
    public synchronized void refresh() {
        Snapshot s = snapshot;
        Params since = s.generation() < 0 ? Params.of() : Params.of().integer("since", s.generation());
        List<QuerySolution> changes = store.select(queries.query("publication-changes", since));
        if (changes.isEmpty())
            return;
        Map<String, Graph> documents = new HashMap<>(s.documents());
        long generation = s.generation();
        for (QuerySolution row : changes) {
            String iri = SubmissionIris.version(row.getLiteral("registryId").getLexicalForm(), row.getLiteral("version").getLong());
            if (row.contains("document"))
                documents.put(iri, VersionGraphs.decodeGraph(Base64.getDecoder().decode(row.getLiteral("document").getLexicalForm())));
            else
                documents.remove(iri);
            generation = Math.max(generation, row.getLiteral("generation").getLong());
        }
        Graph union = GraphFactory.createDefaultGraph();
        documents.values().forEach(d -> d.find().forEachRemaining(union::add));
        snapshot = new Snapshot(generation, Map.copyOf(documents), union);
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh the published submissions from the store: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (poller != null)
            poller.shutdownNow();
    }
}
