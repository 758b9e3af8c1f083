package org.w3id.aigb.registry;

import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;

/**
 * The registry of submitted company profiles, as the server uses it: accounts and tokens,
 * submissions and their versions, review, publication, and this server's copy of what is
 * published. Built over a {@link RegistryStore}; the guideline graph stays in memory and is only
 * read (the edition versions are checked against, codes and titles for the differences).
 */
public final class Registry implements AutoCloseable {
    private final RegistryStore store;
    private final Accounts accounts;
    private final Submissions submissions;
    private final Reviews reviews;
    private final Publication publication;
    private final PublishedSubmissions published;
    private final WriteQueue writes;

    private Registry(RegistryStore store, Accounts accounts, Submissions submissions, Reviews reviews, Publication publication,
                     PublishedSubmissions published, WriteQueue writes) {
        this.store = store;
        this.accounts = accounts;
        this.submissions = submissions;
        this.reviews = reviews;
        this.publication = publication;
        this.published = published;
        this.writes = writes;
    }

    /**
     * @param guideline    the knowledge graph (its default graph: the guideline)
     * @param engine       the validator and rules, which may still be building (the supplier waits)
     * @param limits       the limits on a profile, as for /profiles/validate
     */
    public static Registry open(RegistryStore store, Sources sources, Dataset guideline, Supplier<ObligationEngine> engine, org.w3id.aigb.Limits limits) {
        RegistryQueries queries = new RegistryQueries(sources);
        WriteQueue writes = new WriteQueue(store);
        Submissions submissions = new Submissions(store, queries, writes, engine, guideline, limits);
        PublishedSubmissions published = new PublishedSubmissions(store, queries);
        return new Registry(store, new Accounts(store, queries, new CorporateNumbers(sources)), submissions,
                new Reviews(store, queries, writes), new Publication(store, queries, writes, submissions, published), published, writes);
    }

    /** The accounts of a store, for the command line (no server, no knowledge graph). */
    public static Accounts accounts(RegistryStore store, Sources sources) {
        return new Accounts(store, new RegistryQueries(sources), new CorporateNumbers(sources));
    }

    /** Export and import of a store, for the command line. */
    public static Backup backup(RegistryStore store, Sources sources) {
        return new Backup(store, new RegistryQueries(sources));
    }

    public Accounts accounts() {
        return accounts;
    }

    public Submissions submissions() {
        return submissions;
    }

    public Reviews reviews() {
        return reviews;
    }

    public Publication publication() {
        return publication;
    }

    public PublishedSubmissions published() {
        return published;
    }

    public RegistryStore store() {
        return store;
    }

    /** Finishes the writes under way, stops polling, lets a reading of the reviewers' list end, and closes the store. */
    @Override
    public void close() {
        writes.close();
        published.close();
        reviews.awaitListIdle(30);
        store.close();
    }
}
