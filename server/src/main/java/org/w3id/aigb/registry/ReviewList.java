package org.w3id.aigb.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.AigbException;

/**
 * This server's copy of the reviewers' list: every registered organisation's latest version with
 * its summary and latest review, kept in the list's order (most recently received first, then by
 * registry id). A page of the list is read from the copy, so its cost follows the page and not
 * the size of the registry; asking the store to join and sort every organisation for every page
 * took seconds at 100,000 organisations (docs/benchmarks.md).
 * <p>
 * The copy stays exact because every write that changes a row (queries/registry/submit.ru,
 * annotate.ru, publish.ru, withdraw.ru) advances the registry's list generation and stamps the
 * organisation with it. Before each page the copy reads the current generation (one lookup) and,
 * if it moved, reads again the rows of the organisations stamped since: a page always reflects
 * every write committed before it was asked for, on this server or another one sharing the store.
 * The first page (or {@link #load()} at start-up) reads the whole list once.
 */
final class ReviewList {
    /** More changes than this since the copy's generation: the whole list is read again instead. */
    private static final int MAX_CHANGES = 5_000;
    private static final long WAIT_SECONDS = 60;
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.row().latest().received()).reversed()
            .thenComparing(e -> e.row().latest().registryId());

    /** A row and what identifies it in the store: its organisation and the record of the version it shows. */
    private record Entry(String organisation, String record, Reviews.Row row) {}

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final Map<String, Entry> byOrganisation = new HashMap<>();
    private final TreeSet<Entry> ordered = new TreeSet<>(ORDER);
    /** One instance of each IRI the rows repeat (roles, AI types, Annex III points). */
    private final Map<String, String> iris = new HashMap<>();
    private final Map<SortedSet<String>, SortedSet<String>> sets = new HashMap<>();
    private long generation = -1;
    private final ReentrantLock lock = new ReentrantLock();

    ReviewList(RegistryStore store, RegistryQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    /** Reads the whole list now (at start-up, so that the first reviewer does not wait for it); the number of rows. */
    int load() {
        lock();
        try {
            refresh();
            return byOrganisation.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits (at most {@code seconds}) for a reading under way to end, so that the store is not
     * closed under it (TDB2 refuses to release a database with a transaction open).
     */
    void awaitIdle(long seconds) {
        try {
            if (lock.tryLock(seconds, TimeUnit.SECONDS))
                lock.unlock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One page of the rows that pass the filter, in the list's order; {@code more} when a further one exists. */
    Reviews.Page page(Reviews.Filter filter, int offset, int limit) {
        lock();
        try {
            return pageLocked(filter, offset, limit);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for the copy (read by one thread at a time); past {@link #WAIT_SECONDS}, which only the
     * first reading of a very large list on a busy store takes, the request is told to come back.
     */
    private void lock() {
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS))
                throw new AigbException.Unavailable("list-loading", "The reviewers' list is still being read from the store; try again in a minute", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AigbException.Unavailable("interrupted", "Interrupted while waiting for the reviewers' list", e);
        }
    }

    private Reviews.Page pageLocked(Reviews.Filter filter, int offset, int limit) {
        refresh();
        List<Reviews.Row> rows = new ArrayList<>(Math.min(limit, 64));
        int skipped = 0;
        boolean more = false;
        for (Entry e : ordered) {
            if (filter.since() != null && e.row().latest().received().isBefore(filter.since()))
                break; // the list runs from the newest: every row after this one is older still
            if (!filter.accepts(e.row()))
                continue;
            if (skipped < offset) {
                skipped++;
            } else if (rows.size() == limit) {
                more = true;
                break;
            } else {
                rows.add(e.row());
            }
        }
        return new Reviews.Page(List.copyOf(rows), offset, limit, more);
    }

    private void refresh() {
        List<QuerySolution> current = store.select(queries.query("list-generation", List.of()));
        long now = current.isEmpty() ? 0 : current.get(0).getLiteral("generation").getLong();
        if (now == generation)
            return;
        if (generation < 0 || now < generation || now - generation > MAX_CHANGES) {
            byOrganisation.clear();
            ordered.clear();
            read(List.of());
        } else {
            List<Params> generations = new ArrayList<>();
            for (long g = generation + 1; g <= now; g++)
                generations.add(Params.of().integer("generation", g));
            List<Params> changed = new ArrayList<>();
            for (QuerySolution r : store.select(queries.query("list-changes", generations)))
                changed.add(Params.of().node("organisation", r.getResource("organisation").asNode()));
            if (!changed.isEmpty())
                read(changed);
        }
        generation = now;
    }

    /** Reads the rows of the given organisations (all when none is given) and puts them in the copy. */
    private void read(List<Params> organisations) {
        Map<String, Entry> byRecord = new HashMap<>();
        for (QuerySolution r : store.select(queries.query("list-rows", organisations))) {
            String registryId = r.getLiteral("registryId").getLexicalForm();
            Submissions.VersionInfo info = new Submissions.VersionInfo(registryId, r.getLiteral("name").getLexicalForm(),
                    r.getLiteral("version").getLong(), Times.of(r.get("received")), null, -1, null, null,
                    r.getLiteral("warningCount").getLong(), r.getLiteral("gapCount").getLong(), Times.of(r.get("publishedAt")));
            String record = r.getResource("record").getURI();
            byRecord.put(record, new Entry(r.getResource("organisation").getURI(), record,
                    new Reviews.Row(info, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), null, null)));
        }
        for (QuerySolution f : store.select(queries.query("list-facts", organisations))) {
            Entry e = byRecord.get(f.getResource("record").getURI());
            if (e == null)
                continue; // a version submitted between the two reads: its own stamp brings it at the next page
            Reviews.Row row = e.row();
            if (f.contains("reviewStatus")) {
                byRecord.put(e.record(), new Entry(e.organisation(), e.record(), new Reviews.Row(row.latest(), row.roles(), row.aiTypes(),
                        row.applicationAreas(), Reviews.Status.ofIri(f.getResource("reviewStatus").getURI()), Times.of(f.get("reviewed")))));
                continue;
            }
            String value = iris.computeIfAbsent(f.getResource("value").getURI(), v -> v);
            switch (f.getResource("property").getLocalName()) {
                case "summaryRole" -> row.roles().add(value);
                case "summaryAIType" -> row.aiTypes().add(value);
                default -> row.applicationAreas().add(value);
            }
        }
        for (Entry e : byRecord.values()) {
            Reviews.Row row = e.row();
            Entry fixed = new Entry(e.organisation(), e.record(), new Reviews.Row(row.latest(), frozen(row.roles()), frozen(row.aiTypes()),
                    frozen(row.applicationAreas()), row.reviewStatus(), row.reviewed()));
            Entry previous = byOrganisation.put(e.organisation(), fixed);
            if (previous != null)
                ordered.remove(previous);
            ordered.add(fixed);
        }
    }

    /** The set, unmodifiable, and one instance per content: most organisations share a few combinations of roles and types. */
    private SortedSet<String> frozen(SortedSet<String> set) {
        return sets.computeIfAbsent(set, java.util.Collections::unmodifiableSortedSet);
    }
}
