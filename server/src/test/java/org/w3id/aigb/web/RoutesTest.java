package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.testing.TestKG;

/**
 * Each path declares its methods, body cap and time limit once, where its handler is registered:
 * the 405s, their {@code Allow}, the answers to OPTIONS, the body caps and the README's table of
 * paths all come from that declaration.
 */
class RoutesTest {
    private static final TestServer s = TestServer.sharedDefault();

    @Test
    void aPathFindsTheRouteThatCoversItMostClosely() {
        Routes routes = new Routes(List.of(Route.page("", null), Route.page("/ontology", null), Route.page("/ontology/*", null),
                Route.page("/profiles", null), Route.file("/profiles/new/*", null), Route.profile("/profiles/validate", null)));
        assertEquals("", routes.find("/").orElseThrow().path());
        assertEquals("/ontology", routes.find("/ontology").orElseThrow().path());
        assertEquals("/ontology/*", routes.find("/ontology/fy2025").orElseThrow().path());
        assertEquals("/profiles/new/*", routes.find("/profiles/new").orElseThrow().path());
        assertEquals("/profiles/new/*", routes.find("/profiles/new/app.js").orElseThrow().path());
        assertEquals(List.of("POST"), routes.find("/profiles/validate").orElseThrow().methods());
        assertTrue(routes.find("/profiles/other").isEmpty());
        assertTrue(routes.find("/nothing").isEmpty());
    }

    /** A path the route covers: the spec itself, with something for its {@code *}. */
    private static String example(Route r) {
        return r.path().isEmpty() ? "/" : r.path().endsWith("/*") ? r.path().replace("/*", "/x") : r.path();
    }

    private static HttpResponse<String> request(String method, String path) {
        return s.send(HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aMethodARouteDoesNotDeclareIs405WithItsMethodsAsAllow() {
        List<Route> routes = s.server.routes();
        assertTrue(routes.size() > 20, routes.toString());
        for (Route r : routes) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                HttpResponse<String> response = request(method, example(r));
                assertEquals(405, response.statusCode(), method + " " + example(r) + ": " + response.body());
                assertEquals(r.allow(), response.headers().firstValue("Allow").orElse(""), method + " " + example(r));
            }
            if (r.servlet() != null) {
                HttpResponse<String> options = request("OPTIONS", example(r));
                assertEquals(200, options.statusCode(), example(r));
                String allow = options.headers().firstValue("Allow").orElse("");
                if (r.finer()) // its handler narrows the route's methods per path (none where it serves nothing)
                    assertTrue(r.methods().containsAll(List.of(allow.replace(", OPTIONS", "").replace("OPTIONS", "").split(", "))
                            .stream().filter(m -> !m.isEmpty()).toList()) && allow.endsWith("OPTIONS"), example(r) + ": " + allow);
                else
                    assertEquals(r.allow() + ", OPTIONS", allow, example(r));
                if (!r.methods().contains("GET"))
                    assertEquals(405, request("GET", example(r)).statusCode(), example(r));
            }
        }
        assertEquals("GET, HEAD", request("DELETE", "/no/route/here").headers().firstValue("Allow").orElse(""), "no route: read only");
    }

    @Test
    void aBodyIsCappedByItsRoute() {
        byte[] justOver = new byte[(int) Limit.REQUEST_BYTES.defaultValue() + 1];
        HttpResponse<String> sparql = s.send(HttpRequest.newBuilder(URI.create(s.url(ReadOnlyFilter.SPARQL_PATH)))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(justOver)).build());
        assertEquals(413, sparql.statusCode());
        assertTrue(sparql.body().contains("request-too-large"), sparql.body());
        HttpResponse<String> profile = s.send(HttpRequest.newBuilder(URI.create(s.url(ActionValidateProfile.PATH)))
                .header("Content-Type", "application/n-triples").POST(HttpRequest.BodyPublishers.ofByteArray(justOver)).build());
        assertEquals(400, profile.statusCode(), "under the profile cap: read, and not a profile");
    }

    static String table(List<Route> routes) {
        StringBuilder sb = new StringBuilder("| path | methods | request body | time limit |\n|---|---|---|---|\n");
        for (Route r : routes)
            sb.append("| `").append(r.path().isEmpty() ? "/" : r.path()).append("` | ").append(r.allow()).append(" | ")
                    .append(limit(r.bodyCap())).append(" | ").append(r.timeLimit() == null ? "—" : limit(r.timeLimit())).append(" |\n");
        return sb.toString();
    }

    private static String limit(Limit l) {
        return l.unit().format(l.defaultValue()) + " (`--" + l.flag() + "`)";
    }

    @Test
    void theReadmeTableOfPathsIsGeneratedFromTheRoutes() throws Exception {
        String readme = Files.readString(TestKG.repo("README.md"));
        Matcher m = Pattern.compile("<!-- routes:start[^>]*-->\\R(.*?)<!-- routes:end -->", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has no <!-- routes:start --> ... <!-- routes:end --> block");
        assertEquals(table(s.server.routes()), m.group(1).replace("\r\n", "\n"));
    }
}
