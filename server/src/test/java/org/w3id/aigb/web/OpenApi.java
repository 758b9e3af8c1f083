package org.w3id.aigb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.aigb.testing.TestKG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The OpenAPI description of the HTTP API ({@code api/openapi.json}) as the tests read it: its
 * operations, the operation a request is for, what each documents for a status, and the JSON
 * schemas of its answers, compiled (JSON Schema 2020-12, the dialect of OpenAPI 3.1) with their
 * {@code $ref}s resolved within the document.
 */
final class OpenApi {
    /** Where the document's schemas are loaded from: a name only, nothing is fetched. */
    static final String IRI = "https://w3id.org/aigb/openapi.json";
    static final List<String> METHODS = List.of("get", "head", "post", "put", "delete", "patch", "options", "trace");

    /** One operation: its path template, method (lower case) and JSON pointer. */
    record Operation(String template, String method, JsonNode node) {
        String pointer() {
            return "/paths/" + escape(template) + "/" + method;
        }

        String id() {
            return node.path("operationId").asText();
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    private static OpenApi loaded;

    final String text;
    final JsonNode doc;
    private final SchemaRegistry schemas;

    private OpenApi(String text) {
        this.text = text;
        try {
            this.doc = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(IRI, text)));
    }

    /** The repository's {@code api/openapi.json}, read once. */
    static synchronized OpenApi get() {
        if (loaded == null)
            try {
                loaded = new OpenApi(Files.readString(TestKG.repo("api/openapi.json")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        return loaded;
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> {
            for (String m : METHODS)
                if (p.getValue().has(m))
                    out.add(new Operation(p.getKey(), m, p.getValue().get(m)));
        });
        return out;
    }

    /** A path template's parameters (its own and its operation's), resolved. */
    List<JsonNode> parameters(Operation op) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : doc.path("paths").path(op.template()).path("parameters"))
            out.add(resolve(p));
        for (JsonNode p : op.node().path("parameters"))
            out.add(resolve(p));
        return out;
    }

    /**
     * The operation a request is for: the templates whose parameters' schemas accept the path's
     * segments, the one with the most literal characters first (a concrete path before a templated one).
     */
    Optional<Operation> find(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        return operations().stream().filter(o -> o.method().equals(m) && regex(o).matcher(path).matches())
                .max(Comparator.comparingInt(o -> o.template().replaceAll("\\{[^}]*}", "").length()));
    }

    private Pattern regex(Operation op) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.template());
        int last = 0;
        while (m.find()) {
            sb.append(Pattern.quote(op.template().substring(last, m.start())));
            sb.append("(").append(segment(op, m.group(1))).append(")");
            last = m.end();
        }
        sb.append(Pattern.quote(op.template().substring(last)));
        return Pattern.compile(sb.toString());
    }

    /** What a path parameter accepts, from its schema: its pattern, its values, digits, or any one segment. */
    private String segment(Operation op, String name) {
        JsonNode schema = parameters(op).stream().filter(p -> p.path("in").asText().equals("path") && p.path("name").asText().equals(name))
                .findFirst().map(p -> resolve(p.path("schema"))).orElseThrow(() -> new AssertionError(op + " does not declare {" + name + "}"));
        if (schema.has("pattern"))
            return "(?:" + schema.get("pattern").asText().replaceAll("^\\^|\\$$", "") + ")";
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(Pattern.quote(v.asText())));
            return String.join("|", values);
        }
        if (schema.path("type").asText().equals("integer"))
            return "[0-9]+";
        return "[^/]+";
    }

    /** The node a {@code $ref} within the document points at (the node itself when it is none). */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref"))
            node = doc.at(node.get("$ref").asText().substring(1));
        return node;
    }

    /** The pointer of the node a {@code $ref} leads to, or {@code pointer} itself. */
    String resolvedPointer(String pointer) {
        JsonNode node = doc.at(pointer);
        while (node.has("$ref")) {
            pointer = node.get("$ref").asText().substring(1);
            node = doc.at(pointer);
        }
        return pointer;
    }

    Set<String> statuses(Operation op) {
        Set<String> out = new TreeSet<>();
        op.node().path("responses").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The response an operation documents for a status, resolved; a missing node when none. */
    JsonNode response(Operation op, int status) {
        return resolve(op.node().path("responses").path(Integer.toString(status)));
    }

    String responsePointer(Operation op, int status) {
        return resolvedPointer(op.pointer() + "/responses/" + status);
    }

    /** The media types of a response, in their order. */
    static Set<String> mediaTypes(JsonNode response) {
        Set<String> out = new LinkedHashSet<>();
        response.path("content").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The compiled schema of a response's media type. */
    Schema schema(Operation op, int status, String mediaType) {
        return schemaAt(responsePointer(op, status) + "/content/" + escape(mediaType) + "/schema");
    }

    /** The compiled schema at a pointer of the document. */
    Schema schemaAt(String pointer) {
        return schemas.getSchema(SchemaLocation.of(IRI + "#" + pointer));
    }

    /** The error codes a response lists (its JSON schema's {@code code} enum). */
    Set<String> errorCodes(JsonNode response) {
        Set<String> out = new TreeSet<>();
        response.path("content").path("application/json").path("schema").path("properties").path("code").path("enum").forEach(c -> out.add(c.asText()));
        return out;
    }

    /** Every schema of the document (components and inline, not those nested in another), with its pointer. */
    void eachSchema(Consumer<Map.Entry<String, JsonNode>> consumer) {
        walk(doc, "", consumer);
    }

    private static void walk(JsonNode node, String pointer, Consumer<Map.Entry<String, JsonNode>> consumer) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String p = pointer + "/" + escape(e.getKey());
                if ((e.getKey().equals("schema") && !pointer.endsWith("/properties")) || pointer.equals("/components/schemas"))
                    consumer.accept(Map.entry(p, e.getValue()));
                else
                    walk(e.getValue(), p, consumer);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++)
                walk(node.get(i), pointer + "/" + i, consumer);
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
