package org.w3id.aigb.registry;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.query.QueryRunner;

/**
 * Submitting a profile, and reading the versions back. A submission is read and validated exactly
 * as {@code /profiles/validate} reads it (same reader, limits and input safety); one with
 * violations is refused and nothing is stored; a conforming one is derived and stored as the
 * organisation's next version, with everything that was said about it at that moment, in one
 * atomic write (queries/registry/submit.ru).
 */
public final class Submissions {
    /** Printable ASCII, 1 to 255 characters: what an Idempotency-Key may be. */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,255}");
    static final String SOURCE = "request body";

    /** What a version's record says, without its content. {@code publishedAt} is null while unpublished. */
    public record VersionInfo(String registryId, String name, long version, Instant received, String sha256, long byteSize,
                              String mediaType, String edition, long warnings, long gaps, Instant publishedAt) {
        public String path() {
            return SubmissionIris.apiPath(registryId, version);
        }

        public String iri() {
            return SubmissionIris.version(registryId, version);
        }
    }

    /** A version with its content: the bytes as received, its graphs, and its validation summary (JSON) as answered then. */
    public record Stored(VersionInfo info, byte[] bytes, VersionGraphs graphs, String validation, Node derivationIri) {}

    /** The outcome of a submission. */
    public sealed interface Outcome permits Accepted, Refused {}

    /** Stored as {@code version}; {@code replayed} when it is the version an earlier request with the same key stored. */
    public record Accepted(VersionInfo version, boolean replayed) implements Outcome {}

    /** Not stored: the profile has violations (the report says which). */
    public record Refused(ProfileReport report) implements Outcome {}

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final WriteQueue writes;
    private final Supplier<ObligationEngine> engine;
    private final ProfileReader reader;
    private final Dataset guideline;
    private final String edition;

    Submissions(RegistryStore store, RegistryQueries queries, WriteQueue writes, Supplier<ObligationEngine> engine, Dataset guideline, org.w3id.aigb.Limits limits) {
        this.store = store;
        this.queries = queries;
        this.writes = writes;
        this.engine = engine;
        this.reader = new ProfileReader(limits);
        this.guideline = guideline;
        this.edition = edition(guideline, queries);
    }

    private static String edition(Dataset guideline, RegistryQueries queries) {
        List<QuerySolution> rows = QueryRunner.withoutTimeLimit(guideline).select(queries.query("guideline-edition", List.of()), "guideline-edition", Map.of()).rows();
        if (rows.isEmpty())
            throw new AigbException("no-edition", "The knowledge graph has no current edition (queries/registry/guideline-edition.rq found none)");
        return rows.get(0).getResource("edition").getURI();
    }

    /** The edition of the guideline versions are checked against now. */
    public String edition() {
        return edition;
    }

    /**
     * Submits a profile for the principal's organisation.
     *
     * @param contentType     the request's media type: the syntax the bytes are read in
     * @param idempotencyKey  the request's Idempotency-Key, or null
     */
    public Outcome submit(Principal principal, byte[] body, String contentType, String idempotencyKey) {
        if (principal.isReviewer())
            throw new AigbException.Forbidden("organisations-only", "Only an organisation's token can submit a profile; this is a reviewer's token");
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches())
            throw new AigbException.BadInput("bad-idempotency-key", "An Idempotency-Key is 1 to 255 printable ASCII characters");
        String sha256 = HexFormat.of().formatHex(Tokens.sha256(body));
        // a retry of a request already stored is answered at once, before any work
        Accepted replay = replay(principal, idempotencyKey, sha256);
        if (replay != null)
            return replay;
        ProfileSyntax syntax = ProfileSyntax.ofMediaType(contentType);
        Graph profile = reader.read(new ByteArrayInputStream(body), syntax, SOURCE);
        Node derivationIri = Params.freshIri();
        ObligationEngine.Outcome checked = engine.get().check(profile, derivationIri);
        if (!checked.conforms())
            return new Refused(checked.report());
        Node organisation = describedOrganisation(principal, profile);
        Graph derived = checked.derivation().derived();
        VersionGraphs graphs = new VersionGraphs(profile, checked.report().graph(), derived);
        String validation = JsonText.compact(ProfileReportWriter.json(new ProfileReportWriter.Named(SOURCE, checked.report())));
        Node record = Params.freshIri();
        byte[] encoded = graphs.encode();
        Instant received = Times.now();
        Params values = Params.of().string("registryId", principal.registryId()).node("token", principal.token()).node("record", record)
                .fresh("activity").dateTime("received", received).string("sha256", sha256).integer("byteSize", body.length)
                .string("mediaType", syntax.mediaType()).iri("edition", edition).node("profileOrganisation", organisation)
                .node("derivation", derivationIri).string("idempotencyKey", idempotencyKey).base64("profileBytes", body)
                .base64("versionGraphs", encoded).string("validationSummary", validation)
                .integer("warningCount", checked.report().count(Severity.Warning));
        List<Params> facts = new ArrayList<>();
        summary(record, profile, derived).forEach(t -> facts.add(Params.of().node("record", record).node("summaryProperty", t.getPredicate())
                .node("value", t.getObject())));
        writes.write(RegistryQueries.together(List.of(queries.update("submit", values), queries.update("version-facts", facts))),
                body.length * 2L + encoded.length + validation.length());
        return new Accepted(claimed(principal, record, organisation, idempotencyKey, sha256), false);
    }

    /** The version an earlier request with this key stored (same bytes), or null; the key with other bytes is refused. */
    private Accepted replay(Principal principal, String key, String sha256) {
        if (key == null)
            return null;
        List<QuerySolution> rows = store.select(queries.query("submission-by-key", Params.of().string("registryId", principal.registryId())
                .string("idempotencyKey", key)));
        if (rows.isEmpty())
            return null;
        if (!rows.get(0).getLiteral("sha256").getLexicalForm().equals(sha256))
            throw new AigbException.Unprocessable("idempotency-key-reused", "The Idempotency-Key '" + key + "' was used for version "
                    + rows.get(0).getLiteral("version").getLong() + " with other content: use a new key for a new profile");
        return new Accepted(info(principal.registryId(), rows.get(0).getLiteral("version").getLong()), true);
    }

    /**
     * The organisation the profile describes, checked to be the principal's: the registered
     * corporate number must be the profile's; a number or an organisation IRI another registered
     * organisation uses is refused.
     */
    private Node describedOrganisation(Principal principal, Graph profile) {
        // a conforming profile has exactly one organisation
        QuerySolution row = QueryRunner.withoutTimeLimit(profile).select(queries.query("profile-organisation", List.of()), "profile-organisation", Map.of())
                .rows().get(0);
        Node organisation = row.getResource("organisation").asNode();
        String stated = row.contains("corporateNumber") ? row.getLiteral("corporateNumber").getLexicalForm() : null;
        String registered = principal.corporateNumber();
        if (registered != null && !registered.equals(stated))
            throw wrongOrganisation(principal, stated == null
                    ? "it is registered with the corporate number " + registered + ": the profile's organisation must state it (aigb:corporateNumber \"" + registered + "\")"
                    : "the profile states the corporate number " + stated + ", but the token's organisation is registered with " + registered);
        if (registered == null && stated != null) {
            List<QuerySolution> holder = store.select(queries.query("organisation-with-corporate-number", Params.of().string("corporateNumber", stated)));
            if (!holder.isEmpty())
                throw wrongOrganisation(principal, "the corporate number " + stated + " the profile states is registered to another organisation");
        }
        // (whether another registered organisation's profiles describe this IRI is part of the write
        // itself, queries/registry/submit.ru; a refusal is explained after it)
        return organisation;
    }

    /** An organisation IRI that another registered organisation's versions describe is theirs. */
    private void checkOrganisationFree(Principal principal, Node organisation) {
        if (!store.select(queries.query("organisation-claimed-elsewhere", Params.of().string("registryId", principal.registryId())
                .node("profileOrganisation", organisation))).isEmpty())
            throw wrongOrganisation(principal, "another registered organisation's profiles describe the organisation " + organisation
                    + ": describe yours with an IRI of your own");
    }

    private static AigbException wrongOrganisation(Principal principal, String why) {
        return new AigbException.Unprocessable("wrong-organisation",
                "A profile may only describe the organisation its token belongs to ('" + principal.registryId() + "'): " + why);
    }

    /** The summary the reviewers' list filters on (queries/registry/version-summary.rq). */
    private List<org.apache.jena.graph.Triple> summary(Node record, Graph profile, Graph derived) {
        return QueryRunner.withoutTimeLimit(new Union(profile, derived))
                .construct(queries.query("version-summary", Params.of().node("record", record)), "version-summary", Map.of()).getGraph().find().toList();
    }

    /** After the write: the number the version got, or why it got none. */
    private VersionInfo claimed(Principal principal, Node record, Node organisation, String key, String sha256) {
        List<QuerySolution> rows = store.select(queries.query("claimed-versions", Params.of().node("record", record)));
        if (!rows.isEmpty()) {
            if (rows.get(0).getLiteral("holders").getLong() != 1)
                throw new AigbException("store-not-isolated", "Two versions of '" + principal.registryId() + "' hold the number "
                        + rows.get(0).getLiteral("version").getLong() + ": the store does not run each update request as one isolated "
                        + "transaction, which the registry needs (see docs/deployment.md)");
            return info(principal.registryId(), rows.get(0));
        }
        // nothing was written: a concurrent request with the same key won, or another organisation took the IRI
        Accepted replay = replay(principal, key, sha256);
        if (replay != null)
            return replay.version();
        checkOrganisationFree(principal, organisation);
        throw new AigbException.Conflict("write-refused", "The version was not stored (the token was revoked meanwhile, or a concurrent write overtook it): try again");
    }

    /** All versions of an organisation, for its own token or a reviewer's. */
    public List<VersionInfo> history(Principal principal, String registryId) {
        checkReadable(principal, registryId);
        List<QuerySolution> rows = store.select(queries.query("history", Params.of().string("registryId", registryId)));
        if (rows.isEmpty())
            throw notFound();
        List<VersionInfo> out = new ArrayList<>();
        for (QuerySolution r : rows)
            if (r.contains("version"))
                out.add(info(registryId, r));
        return out;
    }

    /** The organisation's name (for a history with no version yet). */
    public String name(Principal principal, String registryId) {
        checkReadable(principal, registryId);
        List<QuerySolution> rows = store.select(queries.query("organisation", Params.of().string("registryId", registryId)));
        if (rows.isEmpty())
            throw notFound();
        return rows.get(0).getLiteral("name").getLexicalForm();
    }

    /** One version with its content. */
    public Stored version(Principal principal, String registryId, long version) {
        checkReadable(principal, registryId);
        return stored(registryId, version);
    }

    Stored stored(String registryId, long version) {
        VersionInfo info = info(registryId, version);
        List<QuerySolution> rows = store.select(queries.query("version-content", Params.of().string("registryId", registryId).integer("version", version)));
        if (rows.isEmpty())
            throw notFound();
        QuerySolution r = rows.get(0);
        Base64.Decoder b64 = Base64.getDecoder();
        return new Stored(info, b64.decode(r.getLiteral("profileBytes").getLexicalForm()),
                VersionGraphs.decode(b64.decode(r.getLiteral("versionGraphs").getLexicalForm())),
                r.getLiteral("validationSummary").getLexicalForm(), r.getResource("derivation").asNode());
    }

    /** What changed from version {@code from} to version {@code to} of an organisation's profile. */
    public List<VersionDiff.Change> diff(Principal principal, String registryId, long from, long to) {
        checkReadable(principal, registryId);
        Stored before = stored(registryId, from);
        Stored after = stored(registryId, to);
        return VersionDiff.between(queries, guideline.asDatasetGraph().getDefaultGraph(), before.graphs(), after.graphs());
    }

    /** The derivation kept with a version, as the renderers read it. */
    public Derivation derivation(Stored stored) {
        return engine.get().restore(stored.derivationIri(), stored.graphs().profile(), stored.graphs().derived());
    }

    /** The derivation in a published version's public document (profile and derivation in one graph). */
    public Derivation publishedDerivation(String registryId, long version, Graph document) {
        Node iri = org.apache.jena.graph.NodeFactory.createURI(SubmissionIris.version(registryId, version) + "#derivation");
        return engine.get().restore(iri, document, document);
    }

    /** The record of one version (no content). */
    VersionInfo info(String registryId, long version) {
        List<QuerySolution> rows = store.select(queries.query("version", Params.of().string("registryId", registryId).integer("version", version)));
        if (rows.isEmpty())
            throw notFound();
        return info(registryId, version, rows.get(0));
    }

    private static VersionInfo info(String registryId, QuerySolution r) {
        return info(registryId, r.getLiteral("version").getLong(), r);
    }

    private static VersionInfo info(String registryId, long version, QuerySolution r) {
        return new VersionInfo(registryId, r.getLiteral("name").getLexicalForm(), version, Times.of(r.get("received")),
                r.getLiteral("sha256").getLexicalForm(), r.getLiteral("byteSize").getLong(), r.getLiteral("mediaType").getLexicalForm(),
                r.getResource("edition").getURI(), r.getLiteral("warningCount").getLong(), r.getLiteral("gapCount").getLong(),
                Times.of(r.get("publishedAt")));
    }

    /**
     * A token of another organisation gets the same 404 as a version that does not exist, decided
     * before the store is asked: whether another organisation's version exists is never revealed.
     */
    static void checkReadable(Principal principal, String registryId) {
        if (!principal.mayRead(registryId))
            throw notFound();
    }

    /** One message for every version a token cannot see, whether it exists or not. */
    static AigbException.NotFound notFound() {
        return new AigbException.NotFound("no-such-submission", "No such submission for this token");
    }
}
