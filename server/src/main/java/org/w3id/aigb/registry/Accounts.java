package org.w3id.aigb.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.vocab.AIGB;

/**
 * Organisations, reviewers and their tokens: created and revoked on the command line, checked on
 * every HTTP request ({@link #authenticate}). Every write is one update with its audit record.
 */
public final class Accounts {
    /** Lower-case letters, digits and inner hyphens, 2 to 64 characters: safe in a path and an IRI. */
    private static final Pattern REGISTRY_ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])");
    private static final Pattern CORPORATE_NUMBER = Pattern.compile("[1-9][0-9]{12}");
    private static final Node ORGANISATION = AIGB.resource("RegisteredOrganisation").asNode();

    /** An account created: the organisation's id (null for a reviewer) and its first token. */
    public record Created(String registryId, Tokens.Issued token) {}

    /** One row of {@code registry list}. */
    public record Listed(boolean organisation, String registryId, String name, String corporateNumber, String tokenId, String issued, String revoked) {}

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final CorporateNumbers corporateNumbers;

    Accounts(RegistryStore store, RegistryQueries queries, CorporateNumbers corporateNumbers) {
        this.store = store;
        this.queries = queries;
        this.corporateNumbers = corporateNumbers;
    }

    /**
     * Registers an organisation. Its id is {@code id} if given, else one made from the name (ASCII
     * letters and digits, kebab-case), else a random {@code org-…}.
     */
    public Created addOrganisation(String name, String id, String corporateNumber, String user) {
        String registryId = id != null ? checkId(id) : idFromName(name);
        String display = checkName(name);
        if (corporateNumber != null) {
            if (!CORPORATE_NUMBER.matcher(corporateNumber).matches())
                throw new AigbException.BadInput("bad-corporate-number", "A corporate number (法人番号) is 13 digits, the first 1-9: not '" + corporateNumber + "'");
            corporateNumbers.check(corporateNumber);
        }
        Tokens.Issued token = Tokens.issue();
        Node organisation = Params.freshIri();
        store.update(queries.update("add-organisation", Params.of().node("organisation", organisation).string("registryId", registryId)
                .string("name", display).string("corporateNumber", corporateNumber).fresh("token").string("tokenId", token.id())
                .string("tokenHash", token.hash()).fresh("activity").string("user", user).dateTime("now", Times.now())));
        List<QuerySolution> found = store.select(queries.query("organisation", Params.of().string("registryId", registryId)));
        if (found.isEmpty() || !found.get(0).getResource("organisation").asNode().equals(organisation))
            throw new AigbException.BadInput("organisation-exists", "An organisation with the id '" + registryId + "'"
                    + (corporateNumber == null ? "" : " or the corporate number " + corporateNumber) + " is already registered");
        return new Created(registryId, token);
    }

    public Created addReviewer(String name, String user) {
        Tokens.Issued token = Tokens.issue();
        store.update(queries.update("add-reviewer", Params.of().fresh("reviewer").string("name", checkName(name)).fresh("token")
                .string("tokenId", token.id()).string("tokenHash", token.hash()).fresh("activity").string("user", user).dateTime("now", Times.now())));
        return new Created(null, token);
    }

    /** A new token for an existing organisation (to replace a revoked or lost one). */
    public Created addToken(String registryId, String user) {
        Tokens.Issued token = Tokens.issue();
        store.update(queries.update("add-token", Params.of().string("registryId", checkId(registryId)).fresh("token")
                .string("tokenId", token.id()).string("tokenHash", token.hash()).fresh("activity").string("user", user).dateTime("now", Times.now())));
        if (store.select(queries.query("find-token", Params.of().string("tokenId", token.id()))).isEmpty())
            throw new AigbException.NotFound("no-such-organisation", "No organisation '" + registryId + "' in the registry");
        return new Created(registryId, token);
    }

    /** Revokes a token by its id; revoking one already revoked is an error that says so. */
    public void revoke(String tokenId, String user) {
        String id = tokenId.toLowerCase(Locale.ROOT).replaceFirst("^aigb\\.", "");
        Instant now = Times.now();
        store.update(queries.update("revoke", Params.of().string("tokenId", id).fresh("activity").string("user", user).dateTime("now", now)));
        List<QuerySolution> state = store.select(queries.query("token-state", Params.of().string("tokenId", id)));
        if (state.isEmpty())
            throw new AigbException.NotFound("no-such-token", "No token with the id '" + tokenId + "' (registry list shows the ids)");
        if (!state.get(0).contains("revokedAt") || !now.equals(Times.of(state.get(0).get("revokedAt"))))
            throw new AigbException.BadInput("already-revoked", "The token " + id + " was already revoked at " + state.get(0).getLiteral("revokedAt").getLexicalForm());
    }

    /**
     * Who a bearer token belongs to. No token, a malformed, unknown, wrong or revoked one: 401, with
     * the same message for all (it says nothing about which ids exist).
     */
    public Principal authenticate(String bearer) {
        if (bearer == null)
            throw new AigbException.Unauthorized("missing-token", "This needs an access token: send it as 'Authorization: Bearer <token>'", false);
        Tokens.Presented presented = Tokens.parse(bearer);
        List<QuerySolution> rows = presented == null ? List.of()
                : store.select(queries.query("find-token", Params.of().string("tokenId", presented.id())));
        QuerySolution row = rows.isEmpty() ? null : rows.get(0);
        String stored = row == null ? null : row.getLiteral("tokenHash").getLexicalForm();
        // compared even when nothing was found, so that an unknown id takes as long as a wrong secret
        boolean valid = Tokens.matches(presented == null ? "" : presented.secret(), stored);
        if (!valid)
            throw new AigbException.Unauthorized("invalid-token", "The access token is not valid (unknown, mistyped or revoked)", true);
        boolean organisation = row.getResource("holderClass").asNode().equals(ORGANISATION);
        return new Principal(organisation ? Principal.Kind.ORGANISATION : Principal.Kind.REVIEWER, row.getResource("holder").asNode(),
                row.getLiteral("name").getLexicalForm(), row.getResource("token").asNode(), presented.id(),
                text(row.get("registryId")), text(row.get("corporateNumber")));
    }

    /**
     * Whether any organisation is registered: without one, no submission can be accepted. Organisations
     * are never removed, so once this is true it stays true.
     */
    public boolean anyOrganisation() {
        return !store.select(queries.query("any-organisation", List.of())).isEmpty();
    }

    public List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        for (QuerySolution r : store.select(queries.query("accounts", List.of())))
            out.add(new Listed(r.getResource("holderClass").asNode().equals(ORGANISATION), text(r.get("registryId")), text(r.get("name")),
                    text(r.get("corporateNumber")), text(r.get("tokenId")), text(r.get("issued")), text(r.get("revoked"))));
        return out;
    }

    static String text(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static String checkId(String id) {
        if (!REGISTRY_ID.matcher(id).matches())
            throw new AigbException.BadInput("bad-registry-id", "An organisation id is 2 to 64 lower-case letters, digits and inner hyphens (e.g. sample-ai): not '" + id + "'");
        return id;
    }

    /** Whether a path segment can be an organisation id (no store access: for routing). */
    public static boolean isRegistryId(String id) {
        return id != null && REGISTRY_ID.matcher(id).matches();
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 500 || n.chars().anyMatch(Character::isISOControl))
            throw new AigbException.BadInput("bad-name", "A name is 1 to 500 characters with no control characters");
        return n;
    }

    private static String idFromName(String name) {
        String slug = checkName(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64)
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        if (slug.length() >= 2)
            return slug;
        // a name without ASCII letters (e.g. in Japanese): a random id, shown when it is created
        return "org-" + Tokens.issue().id().substring(0, 8);
    }
}
