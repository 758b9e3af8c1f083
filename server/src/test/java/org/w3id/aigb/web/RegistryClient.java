package org.w3id.aigb.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.aigb.registry.Accounts;
import org.w3id.aigb.registry.RegistryFixture;

/** Requests to a test server's registry, with tokens: the registry's API as a client uses it. */
final class RegistryClient {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final TestServer server;

    RegistryClient(TestServer server) {
        this.server = server;
    }

    /** A new organisation with an id unique in this JVM ({@code prefix-n}); its token. */
    Organisation organisation(String prefix, String corporateNumber) {
        String id = prefix + "-" + SEQUENCE.incrementAndGet();
        Accounts.Created c = server.server.registry().accounts().addOrganisation("Test " + id, id, corporateNumber, "test");
        return new Organisation(id, c.token().token(), c.token().id());
    }

    Organisation organisation(String prefix) {
        return organisation(prefix, null);
    }

    String reviewer() {
        return server.server.registry().accounts().addReviewer("Reviewer " + SEQUENCE.incrementAndGet(), "test").token().token();
    }

    record Organisation(String id, String token, String tokenId) {}

    HttpResponse<String> submit(String token, byte[] profile, String idempotencyKey) {
        HttpRequest.Builder b = request(ActionSubmissions.PATH, token).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofByteArray(profile));
        if (idempotencyKey != null)
            b.header("Idempotency-Key", idempotencyKey);
        return server.send(b.build());
    }

    /** An example profile, with its IRIs in a namespace of the organisation's own. */
    HttpResponse<String> submitExample(Organisation o, String example) {
        return submit(o.token(), RegistryFixture.unique(RegistryFixture.example(example), o.id()), null);
    }

    HttpResponse<String> get(String path, String token, String accept) {
        HttpRequest.Builder b = request(path, token).GET();
        if (accept != null)
            b.header("Accept", accept);
        return server.send(b.build());
    }

    HttpResponse<byte[]> getBytes(String path, String token) {
        try {
            return server.client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String token, String contentType, String body) {
        HttpRequest.Builder b = request(path, token).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return server.send(b.build());
    }

    HttpResponse<String> annotate(String reviewerToken, String versionPath, String status, String comment) {
        JsonObject body = new JsonObject();
        body.put("status", status);
        if (comment != null)
            body.put("comment", comment);
        return post(versionPath + "/annotations", reviewerToken, "application/json", body.toString());
    }

    /** A SPARQL query on the public endpoint, no token: {@code {"boolean": ...}} or result bindings as JSON. */
    JsonObject sparql(String query) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url("/kg/sparql"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = server.send(r);
        if (response.statusCode() != 200)
            throw new AssertionError(response.statusCode() + " " + response.body());
        return JSON.parse(response.body());
    }

    static JsonObject json(HttpResponse<String> r) {
        return JSON.parse(r.body());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60));
        if (token != null)
            b.header("Authorization", "Bearer " + token);
        return b;
    }
}
