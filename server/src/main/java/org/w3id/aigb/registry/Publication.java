package org.w3id.aigb.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.query.QueryRunner;

/**
 * An organisation publishes a version (and may withdraw it): the version's public document
 * (queries/registry/public-version.rq) is stored with it, the publication generation advances, and
 * this server's copy of the published versions is refreshed before the answer, so the version is
 * at {@code /id/submission/…} and in the public graph as soon as the organisation hears it is
 * published (on other replicas of a shared store within a poll interval).
 */
public final class Publication {
    private final RegistryStore store;
    private final RegistryQueries queries;
    private final WriteQueue writes;
    private final Submissions submissions;
    private final PublishedSubmissions published;

    Publication(RegistryStore store, RegistryQueries queries, WriteQueue writes, Submissions submissions, PublishedSubmissions published) {
        this.store = store;
        this.queries = queries;
        this.writes = writes;
        this.submissions = submissions;
        this.published = published;
    }

    /** Publishes a version of the principal's organisation; publishing one already published changes nothing. */
    public Submissions.VersionInfo publish(Principal principal, String registryId, long version) {
        requireOwner(principal, registryId);
        Submissions.Stored stored = submissions.version(principal, registryId, version);
        if (stored.info().publishedAt() == null) {
            Instant now = Times.now();
            Graph document = document(stored, now);
            byte[] encoded = VersionGraphs.encodeGraph(document);
            writes.write(queries.update("publish", Params.of().string("registryId", registryId).integer("version", version)
                    .base64("document", encoded).node("token", principal.token()).fresh("activity").dateTime("now", now)), encoded.length * 2L);
            published.refresh();
        }
        return submissions.info(registryId, version);
    }

    /** Withdraws a version's publication; withdrawing one not published changes nothing. */
    public Submissions.VersionInfo withdraw(Principal principal, String registryId, long version) {
        requireOwner(principal, registryId);
        Submissions.VersionInfo info = submissions.info(registryId, version);
        if (info.publishedAt() != null) {
            writes.write(queries.update("withdraw", Params.of().string("registryId", registryId).integer("version", version)
                    .node("token", principal.token()).fresh("activity").dateTime("now", Times.now())), 0);
            published.refresh();
        }
        return submissions.info(registryId, version);
    }

    /** The linked-data document of a version as published at {@code when}. */
    Graph document(Submissions.Stored stored, Instant when) {
        Submissions.VersionInfo info = stored.info();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(VersionGraphs.PROFILE, stored.graphs().profile());
        dsg.addGraph(VersionGraphs.DERIVED, stored.graphs().derived());
        Params p = Params.of().iri("version", info.iri()).iri("series", SubmissionIris.series(info.registryId())).integer("number", info.version())
                .dateTime("received", info.received()).dateTime("published", when).string("sha256", info.sha256()).integer("byteSize", info.byteSize())
                .string("mediaType", info.mediaType()).iri("edition", info.edition()).integer("warningCount", info.warnings())
                .node("derivation", stored.derivationIri());
        return QueryRunner.withoutTimeLimit(DatasetFactory.wrap(dsg)).construct(queries.query("public-version", List.of(p)), "public-version", Map.of()).getGraph();
    }

    /** Only the organisation itself publishes; a reviewer may not, and another organisation sees no such version. */
    private static void requireOwner(Principal principal, String registryId) {
        if (principal.isReviewer())
            throw new AigbException.Forbidden("organisations-only", "Only the organisation's own token can publish or withdraw its versions");
        Submissions.checkReadable(principal, registryId);
    }
}
