package org.w3id.aigb.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.vocab.AigbId;

/**
 * The reviewers' side: the list of every organisation's latest version with its filters, review
 * annotations (which the submitting organisation sees too), and the audit trail.
 */
public final class Reviews {
    public static final int MAX_COMMENT = 10_000;
    public static final int MAX_LIMIT = 500;
    private static final String REVIEW_STATUS = AigbId.BASE + "review-status/";
    private static final String ACTIVITY_KIND = AigbId.BASE + "registry-activity/";

    /** A verdict a reviewer can give. */
    public enum Status {
        ACCEPTED("accepted"), NEEDS_CHANGES("needs-changes");

        public final String code;

        Status(String code) {
            this.code = code;
        }

        public String iri() {
            return REVIEW_STATUS + code;
        }

        public static Status of(String code) {
            for (Status s : values())
                if (s.code.equals(code))
                    return s;
            throw new AigbException.BadInput("bad-review-status", "A review status is accepted or needs-changes, not '" + code + "'");
        }

        static Status ofIri(String iri) {
            return of(iri.substring(REVIEW_STATUS.length()));
        }
    }

    /** A review annotation. */
    public record Annotation(long version, Status status, String comment, String reviewer, Instant created) {}

    /** The filters of the reviewers' list; null means "no filter". Roles, AI types and Annex III points are IRIs. */
    public record Filter(Boolean conforms, String role, String aiType, Boolean hasGaps, String applicationArea, Instant since) {
        /**
         * Whether a row passes: it conforms in the SHACL sense when its version has no warning (a
         * version with violations is never stored); it has gaps when an applicable item is not
         * addressed; a role, an AI type or an Annex III point must be among the version's summary;
         * since is the earliest time received.
         */
        boolean accepts(Row row) {
            Submissions.VersionInfo v = row.latest();
            return (conforms == null || conforms == (v.warnings() == 0))
                    && (hasGaps == null || hasGaps == (v.gaps() > 0))
                    && (role == null || row.roles().contains(role))
                    && (aiType == null || row.aiTypes().contains(aiType))
                    && (applicationArea == null || row.applicationAreas().contains(applicationArea))
                    && (since == null || !v.received().isBefore(since));
        }
    }

    /** One row of the reviewers' list: an organisation's latest version and its summary. */
    public record Row(Submissions.VersionInfo latest, SortedSet<String> roles, SortedSet<String> aiTypes, SortedSet<String> applicationAreas,
                      Status reviewStatus, Instant reviewed) {}

    /** One page of the list; {@code more} when a further page exists. */
    public record Page(List<Row> rows, int offset, int limit, boolean more) {}

    /** One write of the audit trail. {@code concerns} names what it was about, e.g. "/submissions/acme/3" or "token 1f2e…". */
    public record AuditEntry(Instant at, String kind, String agentName, String agentId, String tokenId, String commandLineUser, String concerns) {}

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final WriteQueue writes;
    private final ReviewList list;

    Reviews(RegistryStore store, RegistryQueries queries, WriteQueue writes) {
        this.store = store;
        this.queries = queries;
        this.writes = writes;
        this.list = new ReviewList(store, queries);
    }

    public Annotation annotate(Principal principal, String registryId, long version, Status status, String comment) {
        requireReviewer(principal);
        if (comment != null && (comment.length() > MAX_COMMENT))
            throw new AigbException.BadInput("comment-too-long", "A review comment is at most " + MAX_COMMENT + " characters");
        Node annotation = Params.freshIri();
        Instant now = Times.now();
        writes.write(queries.update("annotate", Params.of().string("registryId", registryId).integer("version", version).node("annotation", annotation)
                .iri("status", status.iri()).string("comment", comment == null || comment.isBlank() ? null : comment).node("reviewer", principal.agent())
                .node("token", principal.token()).fresh("activity").dateTime("now", now)), comment == null ? 0 : comment.length() * 3L);
        if (store.select(queries.query("annotation-exists", Params.of().node("annotation", annotation))).isEmpty())
            throw Submissions.notFound();
        return new Annotation(version, status, comment, principal.name(), now);
    }

    /** The annotations of one version (or of all versions, {@code version} null), for the organisation or a reviewer. */
    public List<Annotation> annotations(Principal principal, String registryId, Long version) {
        Submissions.checkReadable(principal, registryId);
        Params p = Params.of().string("registryId", registryId);
        if (version != null)
            p.integer("version", version);
        List<Annotation> out = new ArrayList<>();
        for (QuerySolution r : store.select(queries.query("annotations", p)))
            out.add(new Annotation(r.getLiteral("version").getLong(), Status.ofIri(r.getResource("statusConcept").getURI()),
                    r.contains("comment") ? r.getLiteral("comment").getLexicalForm() : null, r.getLiteral("reviewerName").getLexicalForm(),
                    Times.of(r.get("created"))));
        return out;
    }

    /** The reviewers' list: one page of the latest versions that pass the filter, most recently received first. */
    public Page list(Principal principal, Filter filter, int offset, int limit) {
        requireReviewer(principal);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT)
            throw new AigbException.BadInput("bad-parameter", "offset must be 0 or more and limit 1 to " + MAX_LIMIT);
        return list.page(filter, offset, limit);
    }

    /** Waits (at most {@code seconds}) for a reading of the reviewers' list under way to end: before the store is closed. */
    void awaitListIdle(long seconds) {
        list.awaitIdle(seconds);
    }

    /** Reads the reviewers' list into this server's copy (a server does it at start-up, in the background); the number of rows. */
    public int loadList() {
        return list.load();
    }

    /** One page of the audit trail; {@code more} when a further page exists. */
    public record AuditPage(List<AuditEntry> entries, boolean more) {}

    /** One page of the audit trail, newest first. */
    public AuditPage audit(Principal principal, Instant since, int offset, int limit) {
        requireReviewer(principal);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT)
            throw new AigbException.BadInput("bad-parameter", "offset must be 0 or more and limit 1 to " + MAX_LIMIT);
        Query query = queries.query("audit-trail", Params.of().dateTime("since", since));
        query.setOffset(offset);
        query.setLimit(limit + 1L);
        List<AuditEntry> out = new ArrayList<>();
        for (QuerySolution r : store.select(query)) {
            String concerns = r.contains("version") ? SubmissionIris.apiPath(Accounts.text(r.get("registryId")), r.getLiteral("version").getLong())
                    : r.contains("organisationId") ? "organisation " + Accounts.text(r.get("organisationId"))
                    : r.contains("reviewerName") ? "reviewer " + Accounts.text(r.get("reviewerName"))
                    : r.contains("tokenId") ? "token " + Accounts.text(r.get("tokenId")) : null;
            if (r.contains("tokenId") && r.contains("organisationId"))
                concerns += ", token " + Accounts.text(r.get("tokenId"));
            out.add(new AuditEntry(Times.of(r.get("at")), r.getResource("kind").getURI().substring(ACTIVITY_KIND.length()),
                    Accounts.text(r.get("agentName")), Accounts.text(r.get("agentId")), Accounts.text(r.get("viaTokenId")),
                    Accounts.text(r.get("user")), concerns));
        }
        boolean more = out.size() > limit;
        return new AuditPage(more ? List.copyOf(out.subList(0, limit)) : out, more);
    }

    static void requireReviewer(Principal principal) {
        if (!principal.isReviewer())
            throw new AigbException.Forbidden("reviewers-only", "This needs a reviewer's token; an organisation reads its own versions at /submissions/"
                    + principal.registryId());
    }
}
