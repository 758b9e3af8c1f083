package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.web.OpenApi.Operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI description ({@code api/openapi.json}) is valid OpenAPI 3.1, and says what the server
 * does: the same paths and methods as the routes the server registers (neither can change without
 * the other), the body limits those routes declare, the formats the format registry offers on each
 * negotiated path, the error formats, and tokens on the registry's paths only. What real answers
 * look like is checked against it by {@link OpenApiConformanceTest}.
 */
class OpenApiDocumentTest {
    private static final OpenApi api = OpenApi.get();

    @Test
    void itIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(api.text, null, options);
        assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
        assertEquals(List.of(), result.getMessages(), "swagger-parser's findings");
        assertTrue(result.isOpenapi31(), "read as OpenAPI 3.1");
        assertTrue(result.getOpenAPI().getOpenapi().startsWith("3.1."), result.getOpenAPI().getOpenapi());
        assertEquals(api.operations().size(), result.getOpenAPI().getPaths().values().stream()
                .mapToInt(p -> p.readOperations().size()).sum(), "every operation read");
    }

    @Test
    void everySchemaIsAJsonSchema202012() {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        api.eachSchema(e -> {
            count[0]++;
            for (Error error : meta.validate(e.getValue()))
                problems.add(e.getKey() + ": " + error);
            api.schemaAt(e.getKey()).validate(e.getValue()); // compiles, its $refs resolved
        });
        assertTrue(count[0] > 100, "schemas found: " + count[0]);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyExampleFitsItsSchema() {
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        api.eachSchema(e -> {
            String pointer = e.getKey();
            JsonNode schema = e.getValue();
            for (JsonNode example : schema.path("examples"))
                check(pointer, example, problems, count);
            JsonNode owner = api.doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
            if (owner.has("example"))
                check(pointer, owner.get("example"), problems, count);
        });
        assertTrue(count[0] >= 10, "examples found: " + count[0]);
        assertEquals(List.of(), problems);
    }

    private static void check(String schemaPointer, JsonNode example, List<String> problems, int[] count) {
        count[0]++;
        for (Error error : api.schemaAt(schemaPointer).validate(example))
            problems.add(schemaPointer + ": " + error);
    }

    @Test
    void everyOperationIsNamedDescribedAndTagged() {
        Set<String> tags = new HashSet<>();
        api.doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> ids = new HashSet<>();
        for (Operation op : api.operations()) {
            assertTrue(ids.add(op.id()), "operationId used twice: " + op.id());
            assertFalse(op.node().path("summary").asText().isBlank(), op + ": summary");
            assertFalse(op.node().path("tags").isEmpty(), op + ": tags");
            op.node().path("tags").forEach(t -> assertTrue(tags.contains(t.asText()), op + ": undeclared tag " + t));
            assertFalse(api.statuses(op).isEmpty(), op + ": responses");
            for (String status : api.statuses(op))
                assertFalse(api.response(op, Integer.parseInt(status)).path("description").asText().isBlank(), op + " " + status);
        }
    }

    /**
     * The two cannot drift apart: each path of the description is answered by a route of the server
     * (the one the server would dispatch it to), each route answers some path of it, and the methods of
     * a route are those of the paths it answers. HEAD is documented wherever GET is, with the same statuses.
     */
    @Test
    void theRoutesOfTheServerAndThePathsOfTheDescriptionAreTheSame() {
        List<Route> routes = TestServer.sharedDefault().server.routes();
        Routes lookup = new Routes(routes);
        Map<String, Set<String>> methodsByRoute = new TreeMap<>();
        for (Operation op : api.operations()) {
            String example = example(op.template());
            Optional<Route> route = lookup.find(example);
            assertTrue(route.isPresent(), op.template() + " (" + example + "): no route answers it");
            assertTrue(route.get().methods().contains(op.method().toUpperCase(Locale.ROOT)),
                    op + ": the route " + route.get().path() + " takes only " + route.get().allow());
            methodsByRoute.computeIfAbsent(route.get().path(), k -> new TreeSet<>()).add(op.method().toUpperCase(Locale.ROOT));
        }
        for (Route r : routes)
            assertEquals(new TreeSet<>(r.methods()), methodsByRoute.get(r.path()),
                    "the route " + (r.path().isEmpty() ? "/" : r.path()) + ": its methods, and those the description gives the paths it answers");
        for (Operation op : api.operations())
            if (op.method().equals("get")) {
                Operation head = api.operations().stream().filter(o -> o.template().equals(op.template()) && o.method().equals("head"))
                        .findFirst().orElseThrow(() -> new AssertionError(op + " has no HEAD"));
                assertEquals(api.statuses(op), api.statuses(head), "HEAD " + op.template() + " answers as GET does");
            }
    }

    /** A concrete path of a template: each parameter's example (or "x"). */
    static String example(String template) {
        return template.replaceAll("\\{[^}]+}", "x");
    }

    /** Each request body names the limit its route puts on it, and the 413 of that limit is documented. */
    @Test
    void everyRequestBodyNamesTheLimitItsRouteDeclares() {
        Routes lookup = new Routes(TestServer.sharedDefault().server.routes());
        int bodies = 0;
        for (Operation op : api.operations()) {
            JsonNode body = api.resolve(op.node().path("requestBody"));
            if (body.isMissingNode())
                continue;
            bodies++;
            Route route = lookup.find(example(op.template())).orElseThrow();
            assertEquals(route.bodyCap().flag(), body.path("x-aigb-limit").asText(), op + ": x-aigb-limit");
            assertTrue(api.errorCodes(api.response(op, 413)).contains(route.bodyCap().code()),
                    op + ": its 413 lists " + route.bodyCap().code());
            assertTrue(body.path("required").asBoolean(), op + ": the body is required");
        }
        assertEquals(6, bodies, "the operations that take a body: the three of /profiles, a SPARQL query, a submission, an annotation");
    }

    /** What each negotiated operation offers, from the format registry (the lists the handlers negotiate with). */
    static Map<String, List<Offers>> offersByOperation() {
        Map<String, List<Offers>> m = new HashMap<>();
        for (String id : List.of("getResource", "getGroupedResource", "getOntology", "getOntologyEdition", "getDatasetDescription",
                "getWellKnownVoid", "getClassPartition", "getNamedGraphDescription", "getPublishedSubmissions", "getPublishedSubmission"))
            m.put(id, List.of(RdfView.OFFERS));
        m.put("search", List.of(ActionSearch.OFFERS));
        m.put("getResearchQuery", List.of(ActionQuery.TABLE_PAGE, ActionQuery.GRAPH_PAGE));
        for (String id : List.of("getDump", "getDumpFile", "getGraphDump"))
            m.put(id, List.of(ActionDumps.OFFERS));
        m.put("sparqlQuery", List.of(SparqlFormats.SELECT, SparqlFormats.ASK, SparqlFormats.CONSTRUCT, SparqlFormats.DESCRIBE, RdfView.DATA_FIRST));
        m.put("sparqlQueryPost", List.of(SparqlFormats.SELECT, SparqlFormats.ASK, SparqlFormats.CONSTRUCT, SparqlFormats.DESCRIBE));
        m.put("graphStoreRead", List.of(SparqlFormats.STORE_GRAPH, SparqlFormats.STORE_DATASET));
        m.put("validateProfile", List.of(ActionValidateProfile.OFFERS));
        m.put("deriveObligations", List.of(ObligationWriter.FORMATS));
        m.put("getSubmission", List.of(ObligationWriter.FORMATS));
        m.put("convertProfile", List.of(ActionConvertProfile.OFFERS));
        return m;
    }

    /**
     * A negotiated operation documents every format the format registry offers there, and nothing
     * else; its {@code format=} takes exactly the registry's names; it documents the 406. An
     * operation with several representations and no list here would be negotiated unchecked.
     */
    @Test
    void theFormatsOfEachNegotiatedOperationAreThoseOfTheFormatRegistry() {
        Map<String, List<Offers>> offers = offersByOperation();
        Set<String> notNegotiated = Set.of("getDumpFile", "getSubmittedProfile"); // the extension, or the media type it was sent in
        for (Operation op : api.operations()) {
            if (op.method().equals("head"))
                continue;
            int ok = op.method().equals("post") && api.statuses(op).contains("201") ? 201 : 200;
            Set<String> documented = OpenApi.mediaTypes(api.response(op, ok));
            List<Offers> lists = offers.get(op.id());
            if (lists == null) {
                assertTrue(documented.size() <= 1 || notNegotiated.contains(op.id()), op + " has several representations: add its offers here");
                continue;
            }
            Set<String> formats = lists.stream().flatMap(o -> o.formats().stream()).map(Format::mediaType).collect(Collectors.toCollection(TreeSet::new));
            Set<String> accepted = lists.stream().flatMap(o -> o.mediaTypes().stream()).collect(Collectors.toSet());
            assertTrue(documented.containsAll(formats), op + ": offered but not documented: " + minus(formats, documented));
            assertTrue(accepted.containsAll(documented), op + ": documented but not offered: " + minus(documented, accepted));
            if (!notNegotiated.contains(op.id()))
                assertTrue(api.statuses(op).contains("406"), op + ": its 406");
            api.parameters(op).stream().filter(p -> p.path("name").asText().equals("format") && p.path("schema").has("enum")).forEach(p -> {
                Set<String> names = new TreeSet<>();
                api.resolve(p.path("schema")).path("enum").forEach(n -> names.add(n.asText()));
                Set<String> registry = lists.stream().flatMap(o -> o.formats().stream()).map(Format::formatName).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(registry, names, op + ": the names format= takes");
            });
        }
        for (String id : offers.keySet())
            assertTrue(api.operations().stream().anyMatch(o -> o.id().equals(id)), "no operation " + id);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** Every error answers as the one error mapping writes it: JSON, text or a page, with the codes it can carry. */
    @Test
    void everyErrorResponseHasTheErrorFormatsAndListsItsCodes() {
        Set<String> errorTypes = new LinkedHashSet<>(HttpErrors.OFFERS.mediaTypes());
        Set<String> allCodes = new TreeSet<>();
        for (Operation op : api.operations())
            for (String status : api.statuses(op)) {
                int s = Integer.parseInt(status);
                if (s < 400 || op.method().equals("head"))
                    continue;
                JsonNode r = api.response(op, s);
                assertEquals(errorTypes, OpenApi.mediaTypes(r), op + " " + s);
                Set<String> codes = api.errorCodes(r);
                assertFalse(codes.isEmpty(), op + " " + s + ": its codes");
                allCodes.addAll(codes);
            }
        String readme = readme();
        assertEquals(Set.of(), allCodes.stream().filter(c -> !readme.contains("`" + c + "`")).collect(Collectors.toSet()),
                "error codes of the description that the README's tables of errors do not list");
    }

    private static String readme() {
        try {
            return Files.readString(TestKG.repo("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The registry's operations, and only they, need a token: an organisation's or a reviewer's, as each allows; each documents its 401. */
    @Test
    void theRegistryAndNothingElseNeedsAToken() {
        assertEquals("[{}]", api.doc.path("security").toString(), "public by default");
        Set<String> schemes = new TreeSet<>();
        api.doc.path("components").path("securitySchemes").properties().forEach(e -> {
            schemes.add(e.getKey());
            assertEquals("http", e.getValue().path("type").asText());
            assertEquals("bearer", e.getValue().path("scheme").asText());
        });
        assertEquals(Set.of("reviewerToken", "submitterToken"), schemes);
        for (Operation op : api.operations()) {
            boolean registry = Stream.of(ActionSubmissions.PATH, ActionAudit.PATH).anyMatch(p -> op.template().equals(p) || op.template().startsWith(p + "/"));
            if (!registry) {
                assertFalse(op.node().has("security"), op + ": public");
                continue;
            }
            JsonNode security = op.node().path("security");
            assertFalse(security.isEmpty(), op + ": needs a token");
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(n -> assertTrue(schemes.contains(n), op + ": " + n)));
            assertTrue(api.statuses(op).contains("401"), op + ": its 401");
        }
    }

    @Test
    void aTemplateFindsItsOperation() {
        assertEquals("getResource", api.find("GET", "/id/item/P-2-i").orElseThrow().id());
        assertEquals("getGroupedResource", api.find("GET", "/id/eu-ai-act/annex-iii/4-a").orElseThrow().id());
        assertEquals("getPublishedSubmission", api.find("GET", "/id/submission/sample-ai/1").orElseThrow().id(), "the more literal template");
        assertEquals("getGraphDump", api.find("GET", "/dumps/graph/inferred.ttl").orElseThrow().id());
        assertEquals("getDumpFile", api.find("GET", "/dumps/aigb.nt").orElseThrow().id());
        assertTrue(api.find("GET", "/dumps/aigb.trig").isEmpty(), "not an extension it documents");
        assertTrue(api.find("PUT", "/id/item/P-2-i").isEmpty());
        assertTrue(api.find("GET", "/submissions/Not_An_Id").isEmpty(), "not an organisation id");
    }
}
