package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin access: a page on another site may read the public paths and query the endpoint,
 * with {@code Access-Control-Allow-Origin: *} and never with credentials; it may not write, send an
 * Authorization header, or post to anything but the SPARQL endpoint; private paths get no CORS.
 */
class CorsTest {
    private static final TestServer s = TestServer.sharedDefault();
    private static final String ORIGIN = "https://elsewhere.example";
    private static final String QUERY = "SELECT ?o WHERE { ?o a <http://www.w3.org/2002/07/owl#Ontology> }";

    @Test
    void aPreflightToTheEndpointAllowsQueriesOnlyWithoutCredentials() {
        HttpResponse<String> r = preflight("/kg/sparql", "POST", "content-type");
        assertEquals(204, r.statusCode());
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertEquals("", header(r, "Access-Control-Allow-Credentials"), "never credentials");
        Set<String> methods = Set.of(header(r, "Access-Control-Allow-Methods").split(",\\s*"));
        assertEquals(Set.of("GET", "HEAD", "POST"), methods, "no PUT, PATCH or DELETE");
        String headers = header(r, "Access-Control-Allow-Headers").toLowerCase();
        assertTrue(headers.contains("content-type") && headers.contains("accept"), headers);
        assertFalse(headers.contains("authorization"), "an Authorization header is not allowed across origins: " + headers);
        assertEquals(Set.of("GET", "HEAD"), Set.of(header(preflight("/id/edition/v1.2", "GET", null), "Access-Control-Allow-Methods").split(",\\s*")),
                "elsewhere only reads");
        assertEquals(Set.of("GET", "HEAD"), Set.of(header(preflight("/kg/data", "PUT", "content-type"), "Access-Control-Allow-Methods").split(",\\s*")),
                "the Graph Store is read-only across origins too");
    }

    @Test
    void publicReadsAndQueriesAreOpenToAnyOriginWithoutCredentials() {
        for (HttpResponse<String> r : List.of(
                get("/kg/sparql?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)),
                get("/id/edition/v1.2"), get("/dataset"), get("/kg/sparql"),
                s.send(withOrigin("/kg/sparql").header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(QUERY)).build()),
                s.send(withOrigin("/kg/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))).build()))) {
            assertEquals(200, r.statusCode(), r.request().uri() + ": " + r.body());
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), r.request().uri().toString());
            assertEquals("", header(r, "Access-Control-Allow-Credentials"), r.request().uri().toString());
        }
        // An error is readable by the page that caused it.
        HttpResponse<String> bad = get("/kg/sparql?query=SELEC");
        assertEquals(400, bad.statusCode());
        assertEquals("*", header(bad, "Access-Control-Allow-Origin"));
    }

    @Test
    void writesAndProfilePostsGetNoCors() {
        HttpResponse<String> put = s.send(withOrigin("/kg/data?default").header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(405, put.statusCode());
        assertEquals("", header(put, "Access-Control-Allow-Origin"));
        HttpResponse<String> profile = s.send(withOrigin(ActionValidateProfile.PATH).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals("", header(profile, "Access-Control-Allow-Origin"), "only a query may be posted from elsewhere");
    }

    @Test
    void theRegistrysPrivatePathsGetNoCors() {
        for (String path : List.of(ActionSubmissions.PATH, ActionSubmissions.PATH + "/some-id", ActionReviewPage.PATH, ActionReviewPage.PATH + "/x",
                ActionAudit.PATH)) {
            HttpResponse<String> read = get(path);
            assertTrue(read.statusCode() >= 200, path);
            assertEquals("", header(read, "Access-Control-Allow-Origin"), path + " " + read.statusCode());
            HttpResponse<String> preflight = preflight(path, "POST", "authorization, content-type");
            assertEquals("", header(preflight, "Access-Control-Allow-Origin"), path + ": a preflight is refused");
            assertEquals("", header(preflight, "Access-Control-Allow-Methods"), path);
            HttpResponse<String> post = s.send(withOrigin(path).header("Content-Type", "text/turtle").header("Authorization", "Bearer not-a-token")
                    .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
            assertEquals("", header(post, "Access-Control-Allow-Origin"), path + " " + post.statusCode());
        }
        // A published submission is public.
        assertEquals("*", header(get("/id/submission/none"), "Access-Control-Allow-Origin"));
    }

    /** The filter itself, on a private path: no header, and the preflight is left to the path's own OPTIONS. */
    @Test
    void privatePathsGetNoCorsAtAll() throws Exception {
        PublicCors cors = new PublicCors(List.of("/private"));
        for (String path : List.of("/private", "/private/x/y")) {
            Map<String, String> headers = new HashMap<>();
            boolean[] passedOn = {false};
            cors.doFilter(request("OPTIONS", path, Map.of("Origin", ORIGIN, "Access-Control-Request-Method", "GET")), response(headers),
                    chain(passedOn));
            assertTrue(passedOn[0], path + ": the preflight goes on to the path's own OPTIONS");
            cors.doFilter(request("GET", path, Map.of("Origin", ORIGIN)), response(headers), chain(passedOn));
            assertEquals(Map.of(), headers, path);
        }
        Map<String, String> headers = new HashMap<>();
        boolean[] passedOn = {false};
        cors.doFilter(request("GET", "/privately-named-but-public", Map.of("Origin", ORIGIN)), response(headers), chain(passedOn));
        assertEquals("*", headers.get("Access-Control-Allow-Origin"), "a prefix covers its path and what is under it, nothing else");
    }

    private static HttpRequest.Builder withOrigin(String path) {
        return HttpRequest.newBuilder(URI.create(s.url(path))).header("Origin", ORIGIN).header("Accept", "application/json");
    }

    private static HttpResponse<String> get(String path) {
        return s.send(withOrigin(path).GET().build());
    }

    private static HttpResponse<String> preflight(String path, String method, String requestHeaders) {
        HttpRequest.Builder b = withOrigin(path).header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        if (requestHeaders != null)
            b.header("Access-Control-Request-Headers", requestHeaders);
        return s.send(b.build());
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static HttpServletRequest request(String method, String path, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(CorsTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> path;
                    case "getPathInfo" -> null;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(CorsTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("setHeader") || m.getName().equals("addHeader"))
                        headers.put((String) args[0], (String) args[1]);
                    else if (m.getName().equals("setStatus"))
                        headers.put("status", args[0].toString());
                    else
                        throw new UnsupportedOperationException(m.getName());
                    return null;
                });
    }

    private static FilterChain chain(boolean[] passedOn) {
        return (req, resp) -> passedOn[0] = true;
    }
}
