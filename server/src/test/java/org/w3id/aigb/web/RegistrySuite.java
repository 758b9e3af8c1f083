package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.Tokens;
import org.w3id.aigb.web.RegistryClient.Organisation;

/**
 * The registry's behaviour over HTTP, the same suite for each store: {@link RegistryTdbTest}
 * (embedded TDB2) and {@link RegistryRemoteTest} (a stock Fuseki with TDB2). One server per class;
 * each test makes its own organisations, so the tests do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistrySuite {
    /** Company Q's profile with a human-judgment measure on the organisation (for P-2-i-human-judgment). */
    static final String WITH_MEASURE_FIND = "    aigb:sector sector:information-communications ;";
    static final String WITH_MEASURE = WITH_MEASURE_FIND + """

                aigb:hasMeasure [ a aigb:DeclaredMeasure ; aigb:addresses note:P-2-i-human-judgment ;
                    aigb:measureStatus status:implemented ; aigb:evidence "An operator approves every external action."@en ] ;""";

    TestServer server;
    RegistryClient client;
    String reviewer;

    /** The store the server of this class runs on. */
    abstract RegistryStore openStore() throws Exception;

    /** Called after the server stops (stop a store server, delete files). */
    void closeStore() throws Exception {}

    @BeforeAll
    void start() throws Exception {
        server = TestServer.withStore(openStore());
        client = new RegistryClient(server);
        reviewer = client.reviewer();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null)
            server.close();
        closeStore();
    }

    /** Company Q's profile with a human-judgment measure, in the organisation's own namespace. */
    static byte[] withMeasure(Organisation o) {
        return RegistryFixture.unique(RegistryFixture.example("company-q", WITH_MEASURE_FIND, WITH_MEASURE), o.id());
    }

    // ---- submitting -------------------------------------------------------------------------

    @Test
    void aConformingProfileIsStoredAsVersionOneWithItsDigestAndTheProfileComesBackByteForByte() {
        Organisation o = client.organisation("q");
        byte[] bytes = RegistryFixture.unique(RegistryFixture.example("company-q"), o.id());
        HttpResponse<String> r = client.submit(o.token(), bytes, null);
        assertEquals(201, r.statusCode(), r.body());
        String location = "/submissions/" + o.id() + "/1";
        assertEquals(location, r.headers().firstValue("Location").orElse(""));
        JsonObject v = RegistryClient.json(r);
        assertEquals(HexFormat.of().formatHex(Tokens.sha256(bytes)), v.getString("sha256"));
        assertEquals("text/turtle", v.getString("mediaType"));
        assertEquals("https://w3id.org/aigb/id/edition/v1.2", v.getString("edition"));
        assertEquals(bytes.length, v.get("bytes").getAsNumber().value().intValue());
        HttpResponse<byte[]> profile = client.getBytes(location + "/profile", o.token());
        assertEquals(200, profile.statusCode());
        assertArrayEquals(bytes, profile.body(), "the profile as submitted, byte for byte");
        assertTrue(profile.headers().firstValue("Repr-Digest").orElse("").startsWith("sha-256=:"));
    }

    @Test
    void aProfileWithViolationsIsRefusedWith422AndItsReportAndNothingIsStored() {
        Organisation o = client.organisation("invalid");
        HttpResponse<String> r = client.submitExample(o, "invalid-system-activity");
        assertEquals(422, r.statusCode(), r.body());
        JsonObject body = RegistryClient.json(r);
        assertEquals("profile-violations", body.getString("code"));
        assertTrue(body.get("validation").getAsObject().get("violations").getAsNumber().value().intValue() >= 1, r.body());
        JsonObject history = RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null));
        assertEquals(0, history.get("versions").getAsArray().size(), "nothing stored");
        assertEquals(400, client.submit(o.token(), "not turtle <".getBytes(), null).statusCode());
        assertEquals(415, server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/submissions")))
                .header("Authorization", "Bearer " + o.token()).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build()).statusCode());
        assertEquals(0, RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null)).get("versions").getAsArray().size());
    }

    /**
     * The body is read as {@code /profiles/validate} reads it: each syntax by its media type, a syntax
     * error with its line, a remote JSON-LD context and an XML DOCTYPE refused without a fetch, the
     * size cap; whatever is refused stores nothing.
     */
    @Test
    void theProfileIsReadWithTheLimitsAndSafetyOfValidation() {
        Organisation o = client.organisation("input");
        Model profile = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(RegistryFixture.unique(RegistryFixture.example("company-q"), o.id()))).lang(Lang.TURTLE).parse(profile);
        java.io.StringWriter jsonld = new java.io.StringWriter();
        profile.write(jsonld, "JSON-LD");
        HttpResponse<String> accepted = submitAs(o, "application/ld+json", jsonld.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals("application/ld+json", RegistryClient.json(accepted).getString("mediaType"));

        HttpResponse<String> syntax = submitAs(o, "text/turtle", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ex:d .\n".getBytes());
        assertEquals(400, syntax.statusCode(), syntax.body());
        assertEquals("parse-error", RegistryClient.json(syntax).getString("code"));
        assertEquals(2, RegistryClient.json(syntax).get("line").getAsNumber().value().intValue());
        HttpResponse<String> remote = submitAs(o, "application/ld+json", "{\"@context\": \"http://127.0.0.1:1/ctx\", \"@id\": \"#x\"}".getBytes());
        assertEquals("remote-context-refused", RegistryClient.json(remote).getString("code"), remote.body());
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
        HttpResponse<String> doctype = submitAs(o, "application/rdf+xml", xxe.getBytes());
        assertEquals("xml-doctype-refused", RegistryClient.json(doctype).getString("code"), doctype.body());
        byte[] big = new byte[(int) org.w3id.aigb.Limits.defaults().get(org.w3id.aigb.Limits.Limit.PROFILE_BYTES) + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertEquals(413, submitAs(o, "text/turtle", big).statusCode());
        assertEquals(415, submitAs(o, "text/html", "<p>profile</p>".getBytes()).statusCode());
        JsonArray versions = RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null)).get("versions").getAsArray();
        assertEquals(1, versions.size(), "only the JSON-LD profile was stored");
    }

    private HttpResponse<String> submitAs(Organisation o, String contentType, byte[] body) {
        return server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(ActionSubmissions.PATH)))
                .header("Authorization", "Bearer " + o.token()).header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void versionsAreNumberedOneByOneAndTheHistoryListsThemInOrder() {
        Organisation o = client.organisation("history");
        for (int i = 1; i <= 3; i++)
            assertEquals("/submissions/" + o.id() + "/" + i, client.submitExample(o, "company-q").headers().firstValue("Location").orElse(""));
        JsonArray versions = RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null)).get("versions").getAsArray();
        assertEquals(List.of(1L, 2L, 3L), versions.stream().map(v -> v.getAsObject().get("version").getAsNumber().value().longValue()).toList());
    }

    @Test
    void aVersionIsServedByAcceptAsChecklistOrDerivation() {
        Organisation o = client.organisation("accept");
        String location = client.submitExample(o, "company-q").headers().firstValue("Location").orElseThrow();
        JsonObject json = RegistryClient.json(client.get(location, o.token(), "application/json"));
        assertEquals(1, json.get("submission").getAsObject().get("version").getAsNumber().value().intValue());
        assertTrue(json.get("roles").toString().contains("AIProvider"), "the derivation kept with the version");
        assertTrue(json.get("validation").getAsObject().get("conforms").getAsBoolean().value());
        HttpResponse<String> md = client.get(location, o.token(), "text/markdown");
        assertTrue(md.body().startsWith("# チェックリスト：Q社"), md.body());
        HttpResponse<String> html = client.get(location, o.token(), "text/html");
        assertTrue(TestServer.contentType(html).startsWith("text/html") && html.body().contains("Q社"), html.body());
        Model ttl = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(client.get(location, o.token(), "text/turtle").body().getBytes())).lang(Lang.TURTLE).parse(ttl);
        assertTrue(ttl.contains(null, org.apache.jena.vocabulary.RDF.type, ttl.createResource("https://w3id.org/aigb/ontology#Applicability")));
        assertTrue(client.get(location, o.token(), "application/ld+json").body().contains("@context"));
    }

    @Test
    void theDiffNamesTheNewlyAddressedItemAndBackwardsTheWithdrawnMeasureAndTheNewGap() {
        Organisation o = client.organisation("diff");
        client.submitExample(o, "company-q");
        assertEquals(201, client.submit(o.token(), withMeasure(o), null).statusCode());
        Set<String> forward = changes(client.get("/submissions/" + o.id() + "/1/diff/2", o.token(), null));
        assertTrue(forward.contains("newly-addressed P-2-i-human-judgment"), forward.toString());
        assertTrue(forward.contains("gap-closed P-2-i-human-judgment"), forward.toString());
        assertFalse(forward.stream().anyMatch(c -> c.startsWith("role-")), "the roles did not change: " + forward);
        Set<String> backward = changes(client.get("/submissions/" + o.id() + "/2/diff/1", o.token(), null));
        assertTrue(backward.contains("withdrawn-measure P-2-i-human-judgment"), backward.toString());
        assertTrue(backward.contains("new-gap P-2-i-human-judgment"), backward.toString());
        assertEquals(Set.of(), changes(client.get("/submissions/" + o.id() + "/1/diff/1", o.token(), null)));
        // version 3: the annotated example, which also fine-tunes a model (AI開発者) and uses an Annex III system
        assertEquals(201, client.submit(o.token(), RegistryFixture.unique(RegistryFixture.example("annotated-example",
                "aigb:corporateNumber \"9234567890123\" ;", ""), o.id()), null).statusCode());
        Set<String> roles = changes(client.get("/submissions/" + o.id() + "/2/diff/3", reviewer, null));
        assertTrue(roles.contains("role-gained AIDeveloper"), "a reviewer reads the diff too: " + roles);
        assertTrue(roles.stream().anyMatch(c -> c.startsWith("newly-applicable D-")), "the developer's items apply now: " + roles);
        assertTrue(changes(client.get("/submissions/" + o.id() + "/3/diff/1", o.token(), null)).contains("role-lost AIDeveloper"));
        assertEquals(404, client.get("/submissions/" + o.id() + "/1/diff/9", o.token(), null).statusCode());
    }

    static Set<String> changes(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        for (JsonValue c : RegistryClient.json(r).get("changes").getAsArray())
            out.add(c.getAsObject().getString("change") + " " + c.getAsObject().getString("code"));
        return out;
    }

    @Test
    void anIdempotentRetryReturnsTheFirstVersionAndAKeyReusedForOtherBytesIsRefused() throws Exception {
        Organisation o = client.organisation("idempotent");
        byte[] bytes = RegistryFixture.unique(RegistryFixture.example("company-q"), o.id());
        HttpResponse<String> first = client.submit(o.token(), bytes, "key-1");
        HttpResponse<String> again = client.submit(o.token(), bytes, "key-1");
        assertEquals(201, again.statusCode());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        HttpResponse<String> other = client.submit(o.token(), withMeasure(o), "key-1");
        assertEquals(422, other.statusCode(), other.body());
        assertEquals("idempotency-key-reused", RegistryClient.json(other).getString("code"));
        // eight concurrent retries of a new request: one version
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                all.add(pool.submit(() -> client.submit(o.token(), withMeasure(o), "key-2")));
            Set<String> locations = new TreeSet<>();
            for (Future<HttpResponse<String>> f : all) {
                assertEquals(201, f.get().statusCode(), f.get().body());
                locations.add(f.get().headers().firstValue("Location").orElseThrow());
            }
            assertEquals(Set.of("/submissions/" + o.id() + "/2"), locations);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null)).get("versions").getAsArray().size());
    }

    @Test
    void concurrentSubmissionsOfOneOrganisationGetConsecutiveNumbersWithoutGapsOrTwins() throws Exception {
        Organisation o = client.organisation("burst");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++)
                all.add(pool.submit(() -> client.submitExample(o, "company-q")));
            Set<String> locations = new TreeSet<>();
            for (Future<HttpResponse<String>> f : all)
                locations.add(f.get().headers().firstValue("Location").orElseThrow());
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i <= 16; i++)
                expected.add("/submissions/" + o.id() + "/" + i);
            assertEquals(expected, locations);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProfileMayOnlyDescribeTheOrganisationItsTokenBelongsTo() {
        Organisation registered = client.organisation("numbered", "9234567890123");
        HttpResponse<String> without = client.submitExample(registered, "company-q");
        assertEquals(422, without.statusCode(), without.body());
        assertEquals("wrong-organisation", RegistryClient.json(without).getString("code"));
        assertEquals(201, client.submitExample(registered, "annotated-example").statusCode(), "states 9234567890123");
        Organisation other = client.organisation("other");
        HttpResponse<String> same = client.submitExample(other, "annotated-example");
        assertEquals(422, same.statusCode(), "another organisation's corporate number: " + same.body());
        // the same organisation IRI (the example's own, not moved) in two organisations' profiles
        Organisation first = client.organisation("first");
        Organisation second = client.organisation("second");
        byte[] shared = RegistryFixture.unique(RegistryFixture.example("company-x"), first.id());
        assertEquals(201, client.submit(first.token(), shared, null).statusCode());
        HttpResponse<String> taken = client.submit(second.token(), shared, null);
        assertEquals(422, taken.statusCode(), taken.body());
        assertTrue(RegistryClient.json(taken).getString("message").contains("IRI of your own"), taken.body());
    }

    // ---- tokens -----------------------------------------------------------------------------

    @Test
    void noTokenAWrongOneOrARevokedOneIs401AndTheSecretIsStoredNowhere() {
        Organisation o = client.organisation("auth");
        HttpResponse<String> none = client.get("/submissions/" + o.id(), null, null);
        assertEquals(401, none.statusCode());
        assertEquals("Bearer realm=\"aigb\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        String wrongSecret = "aigb." + o.tokenId() + "." + "A".repeat(43);
        for (String bad : List.of("garbage", wrongSecret, o.token() + "x")) {
            HttpResponse<String> r = client.get("/submissions/" + o.id(), bad, null);
            assertEquals(401, r.statusCode(), bad);
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
            assertFalse(r.body().contains(bad), "a token is never echoed");
        }
        assertEquals(200, client.get("/submissions/" + o.id(), o.token(), null).statusCode());
        server.server.registry().accounts().revoke(o.tokenId(), "test");
        assertEquals(401, client.get("/submissions/" + o.id(), o.token(), null).statusCode());
        assertEquals(401, client.submitExample(o, "company-q").statusCode());
        java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
        server.server.registry().store().export(export);
        String secret = o.token().substring(o.token().lastIndexOf('.') + 1);
        assertFalse(export.toString(java.nio.charset.StandardCharsets.UTF_8).contains(secret), "only the hash is stored");
        assertTrue(export.toString(java.nio.charset.StandardCharsets.UTF_8).contains(Tokens.hash(secret)));
    }

    @Test
    void aValidTokenForTheWrongPurposeIs403AndForAnotherOrganisationTheSame404AsNothing() {
        Organisation a = client.organisation("a");
        Organisation b = client.organisation("b");
        client.submitExample(b, "company-q");
        assertEquals(403, client.submit(reviewer, RegistryFixture.example("company-q"), null).statusCode());
        assertEquals(403, client.get("/submissions", a.token(), null).statusCode());
        assertEquals(403, client.get("/audit", a.token(), null).statusCode());
        HttpResponse<String> othersVersion = client.get("/submissions/" + b.id() + "/1", a.token(), null);
        HttpResponse<String> noVersion = client.get("/submissions/" + a.id() + "/7", a.token(), null);
        HttpResponse<String> noOrganisation = client.get("/submissions/nobody-here/1", a.token(), null);
        assertEquals(404, othersVersion.statusCode());
        assertEquals(othersVersion.body(), noVersion.body(), "nothing tells another organisation's version from no version");
        assertEquals(othersVersion.body(), noOrganisation.body());
        assertEquals(client.get("/submissions/nobody-here", a.token(), null).body(), client.get("/submissions/" + b.id(), a.token(), null).body());
        assertEquals(404, client.post("/submissions/" + b.id() + "/1/publish", a.token(), null, null).statusCode());
        assertEquals(403, client.post("/submissions/" + b.id() + "/1/publish", reviewer, null, null).statusCode());
    }

    // ---- review -------------------------------------------------------------------------------

    @Test
    void theReviewersListHasTheLatestVersionOfEachOrganisationAndItsFiltersWork() {
        Organisation q = client.organisation("list-q");
        Organisation full = client.organisation("list-full");
        Organisation warned = client.organisation("list-warned");
        assertEquals(201, client.submitExample(warned, "company-e").statusCode(), "conforms, with a warning (a role left out of its claim)");
        client.submitExample(q, "company-q");
        client.submitExample(q, "company-q");
        // (the example's corporate number is another test's organisation's)
        assertEquals(201, client.submit(full.token(), RegistryFixture.unique(RegistryFixture.example("annotated-example",
                "aigb:corporateNumber \"9234567890123\" ;", ""), full.id()), null).statusCode());
        JsonObject all = RegistryClient.json(client.get("/submissions?limit=500", reviewer, null));
        JsonObject qRow = row(all, q.id());
        assertEquals(2, qRow.get("latest").getAsObject().get("version").getAsNumber().value().intValue(), "the latest version");
        assertTrue(ids(client.get("/submissions?role=AIDeveloper&limit=500", reviewer, null)).contains(full.id()));
        assertFalse(ids(client.get("/submissions?role=AIDeveloper&limit=500", reviewer, null)).contains(q.id()), "Q社 develops nothing");
        assertTrue(ids(client.get("/submissions?aitype=ai-agent&limit=500", reviewer, null)).containsAll(List.of(q.id(), full.id())));
        Set<String> annex = ids(client.get("/submissions?annex-iii=4-a&limit=500", reviewer, null));
        assertTrue(annex.contains(full.id()) && !annex.contains(q.id()), annex.toString());
        assertTrue(ids(client.get("/submissions?gaps=true&limit=500", reviewer, null)).contains(q.id()));
        assertFalse(ids(client.get("/submissions?gaps=false&limit=500", reviewer, null)).contains(q.id()));
        assertEquals(Set.of(), ids(client.get("/submissions?since=2999-01-01", reviewer, null)));
        assertTrue(row(all, warned.id()).get("latest").getAsObject().get("warnings").getAsNumber().value().intValue() > 0);
        assertEquals(0, qRow.get("latest").getAsObject().get("warnings").getAsNumber().value().intValue());
        Set<String> conforming = ids(client.get("/submissions?conforms=true&limit=500", reviewer, null));
        Set<String> warnedOnes = ids(client.get("/submissions?conforms=false&limit=500", reviewer, null));
        assertTrue(conforming.contains(q.id()) && !conforming.contains(warned.id()), conforming.toString());
        assertTrue(warnedOnes.contains(warned.id()) && !warnedOnes.contains(q.id()), warnedOnes.toString());
        String received = qRow.get("latest").getAsObject().getString("received");
        Set<String> since = ids(client.get("/submissions?limit=500&since=" + java.net.URLEncoder.encode(received, java.nio.charset.StandardCharsets.UTF_8),
                reviewer, null));
        assertTrue(since.contains(q.id()) && since.contains(full.id()) && !since.contains(warned.id()),
                "received at or after Q's latest version: Q and the one submitted after it, not the one before: " + since);
        JsonObject first = RegistryClient.json(client.get("/submissions?limit=1", reviewer, null));
        assertEquals(1, first.get("items").getAsArray().size());
        assertTrue(first.getString("next").contains("offset=1"), first.toString());
        // paging walks the whole list, most recent first, each organisation once
        List<String> paged = new ArrayList<>();
        for (String next = "/submissions?limit=2&aitype=ai-agent"; next != null;) {
            JsonObject page = RegistryClient.json(client.get(next, reviewer, null));
            page.get("items").getAsArray().forEach(v -> paged.add(v.getAsObject().get("organisation").getAsObject().getString("id")));
            next = page.hasKey("next") ? page.getString("next") : null;
        }
        assertEquals(new TreeSet<>(paged), ids(client.get("/submissions?limit=500&aitype=ai-agent", reviewer, null)));
        assertEquals(paged.size(), new TreeSet<>(paged).size(), "no organisation twice: " + paged);
        assertTrue(paged.indexOf(full.id()) < paged.indexOf(q.id()), "the most recently received first: " + paged);
        assertEquals(400, client.get("/submissions?role=Nobody", reviewer, null).statusCode());
        assertEquals(400, client.get("/submissions?colour=red", reviewer, null).statusCode());
        assertEquals(400, client.get("/submissions?limit=100000", reviewer, null).statusCode());
    }

    private static JsonObject row(JsonObject list, String id) {
        for (JsonValue v : list.get("items").getAsArray())
            if (v.getAsObject().get("organisation").getAsObject().getString("id").equals(id))
                return v.getAsObject();
        throw new AssertionError(id + " not in " + list);
    }

    private static Set<String> ids(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> out = new TreeSet<>();
        RegistryClient.json(r).get("items").getAsArray().forEach(v -> out.add(v.getAsObject().get("organisation").getAsObject().getString("id")));
        return out;
    }

    @Test
    void aReviewersAnnotationIsSeenByTheSubmitterAndEveryWriteIsInTheAuditTrail() {
        Organisation o = client.organisation("review");
        String location = client.submitExample(o, "company-q").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> a = client.annotate(reviewer, location, "needs-changes", "<script>x</script> add a human-judgment measure");
        assertEquals(201, a.statusCode(), a.body());
        JsonObject history = RegistryClient.json(client.get("/submissions/" + o.id(), o.token(), null));
        JsonObject seen = history.get("annotations").getAsArray().get(0).getAsObject();
        assertEquals("needs-changes", seen.getString("status"));
        assertEquals("<script>x</script> add a human-judgment measure", seen.getString("comment"));
        assertEquals(403, client.annotate(o.token(), location, "accepted", null).statusCode(), "an organisation does not review itself");
        assertEquals(400, client.annotate(reviewer, location, "maybe", null).statusCode());
        assertEquals(404, client.annotate(reviewer, "/submissions/" + o.id() + "/9", "accepted", null).statusCode());
        assertEquals(200, client.post(location + "/publish", o.token(), null, null).statusCode());
        JsonObject audit = RegistryClient.json(client.get("/audit?limit=500", reviewer, null));
        List<String> mine = new ArrayList<>();
        for (JsonValue e : audit.get("items").getAsArray())
            if (location.equals(e.getAsObject().getString("concerns")))
                mine.add(e.getAsObject().getString("kind"));
        assertEquals(List.of("publish", "annotate", "submit"), mine, "newest first");
        assertFalse(audit.toString().contains(o.token()), "token ids only, never secrets");
    }

    // ---- publication --------------------------------------------------------------------------

    @Test
    void aPublishedVersionIsLinkedDataAndInThePublicGraphUntilWithdrawn() {
        Organisation o = client.organisation("publish");
        String location = client.submitExample(o, "company-q").headers().firstValue("Location").orElseThrow();
        String iri = "https://w3id.org/aigb/id/submission/" + o.id() + "/1";
        String ask = "ASK { GRAPH <https://w3id.org/aigb/graph/submissions> { <" + iri + "> a <https://w3id.org/aigb/ontology#Submission> } }";
        assertFalse(client.sparql(ask).get("boolean").getAsBoolean().value());
        assertEquals(404, client.get("/id/submission/" + o.id() + "/1", null, "text/turtle").statusCode());
        JsonObject published = RegistryClient.json(client.post(location + "/publish", o.token(), null, null));
        assertTrue(published.get("published").getAsBoolean().value());
        assertEquals(iri, published.getString("publicIri"));
        assertTrue(client.sparql(ask).get("boolean").getAsBoolean().value(), "in the public graph as soon as published");
        assertTrue(server.get("/dumps/graph/submissions.nt", null).body().contains("<" + iri + ">"), "and in the graph's dump");
        HttpResponse<String> ld = client.get("/id/submission/" + o.id() + "/1", null, "text/turtle");
        assertEquals(200, ld.statusCode());
        assertTrue(ld.body().contains("example.org/aigb/examples/company-q-" + o.id() + "#org"), "the submitter's IRI, kept as aigb:profileIri");
        assertEquals(200, client.get("/id/submission/" + o.id(), null, "text/turtle").statusCode());
        assertEquals(200, client.post(location + "/publish", o.token(), null, null).statusCode(), "publishing twice changes nothing");
        JsonObject withdrawn = RegistryClient.json(client.post(location + "/withdraw", o.token(), null, null));
        assertFalse(withdrawn.get("published").getAsBoolean().value());
        assertFalse(client.sparql(ask).get("boolean").getAsBoolean().value());
        assertEquals(404, client.get("/id/submission/" + o.id() + "/1", null, "text/turtle").statusCode());
        assertFalse(server.get("/dumps/graph/submissions.nt", null).body().contains("<" + iri + ">"), "nor in the dump once withdrawn");
    }

    @Test
    void twoOrganisationsUsingTheSameIrisNeverMergeInThePublicGraph() {
        Organisation a = client.organisation("merge-a");
        client.submitExample(a, "company-q");
        client.submit(a.token(), withMeasure(a), null);
        client.post("/submissions/" + a.id() + "/1/publish", a.token(), null, null);
        client.post("/submissions/" + a.id() + "/2/publish", a.token(), null, null);
        String count = "SELECT (COUNT(DISTINCT ?org) AS ?n) WHERE { GRAPH <https://w3id.org/aigb/graph/submissions> {"
                + " ?org <https://w3id.org/aigb/ontology#profileIri> \"https://example.org/aigb/examples/company-q-" + a.id()
                + "#org\"^^<http://www.w3.org/2001/XMLSchema#anyURI> } }";
        JsonObject result = client.sparql(count);
        assertEquals("2", result.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject().get("n").getAsObject().getString("value"),
                "two published versions of one profile: two organisation nodes, one per version");
    }
}
