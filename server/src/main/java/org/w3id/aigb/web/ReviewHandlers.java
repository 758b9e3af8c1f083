package org.w3id.aigb.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.registry.Principal;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.Reviews;
import org.w3id.aigb.vocab.AigbId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The reviewers' side: the list with its filters, annotations, and the audit trail ({@code /audit}). */
final class ReviewHandlers {
    static final Set<String> LIST_PARAMETERS = Set.of("conforms", "role", "aitype", "gaps", "annex-iii", "since", "limit", "offset");
    static final int DEFAULT_LIMIT = 50;

    private final Supplier<Registry> registry;
    private final Site site;

    ReviewHandlers(Supplier<Registry> registry, Site site) {
        this.registry = registry;
        this.site = site;
    }

    /**
     * {@code GET /submissions?conforms=&role=&aitype=&gaps=&annex-iii=&since=&limit=&offset=}: the
     * latest version of every organisation, most recently received first.
     */
    void list(Principal principal, HttpServletRequest request, HttpServletResponse response) {
        checkParameters(request, LIST_PARAMETERS);
        Reviews.Filter filter = new Reviews.Filter(bool(request, "conforms"), concept(request, "role", "role/"),
                concept(request, "aitype", "ai-type/"), bool(request, "gaps"), concept(request, "annex-iii", "eu-ai-act/annex-iii/"),
                since(request));
        int offset = integer(request, "offset", 0);
        int limit = integer(request, "limit", DEFAULT_LIMIT);
        Reviews.Page page = registry.get().reviews().list(principal, filter, offset, limit);
        Reply.json(response, 200, SubmissionJson.list(page, page.more() ? next(request, offset + limit) : null));
    }

    /** {@code GET /submissions/{org}/{n}/annotations}. */
    void annotations(Principal principal, String org, long version, HttpServletResponse response) {
        Reply.json(response, 200, SubmissionJson.annotations(registry.get().reviews().annotations(principal, org, version)));
    }

    /** {@code POST /submissions/{org}/{n}/annotations} with {@code {"status": "accepted"|"needs-changes", "comment": "..."}} (or the same as a form). */
    void annotate(Principal principal, String org, long version, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        String status;
        String comment;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            status = request.getParameter("status");
            comment = request.getParameter("comment");
        } else if (type.startsWith("application/json")) {
            JsonObject body = jsonBody(request);
            status = string(body, "status");
            comment = string(body, "comment");
        } else {
            throw new AigbException.UnsupportedMediaType("unsupported-media-type",
                    "Send the annotation as application/json ({\"status\": \"accepted\" or \"needs-changes\", \"comment\": \"...\"}) or as a form");
        }
        if (status == null)
            throw new AigbException.BadInput("missing-status", "An annotation needs a status: accepted or needs-changes");
        Reviews.Annotation a = registry.get().reviews().annotate(principal, org, version, Reviews.Status.of(status), comment);
        response.setHeader("Location", ActionSubmissions.PATH + "/" + org + "/" + version + "/annotations");
        Reply.json(response, 201, SubmissionJson.annotation(a));
    }

    /** {@code GET /audit?since=&limit=&offset=}: the audit trail, newest first. */
    void audit(Principal principal, HttpServletRequest request, HttpServletResponse response) {
        checkParameters(request, Set.of("since", "limit", "offset"));
        int offset = integer(request, "offset", 0);
        int limit = integer(request, "limit", DEFAULT_LIMIT);
        Reviews.AuditPage page = registry.get().reviews().audit(principal, since(request), offset, limit);
        Reply.json(response, 200, SubmissionJson.audit(page.entries(), offset, limit, page.more() ? next(request, offset + limit) : null));
    }

    private static JsonObject jsonBody(HttpServletRequest request) throws IOException {
        String text = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonValue v = JSON.parseAny(text);
            if (v.isObject())
                return v.getAsObject();
        } catch (JsonException e) {
            throw new AigbException.BadInput("bad-json", "The body is not JSON: " + e.getMessage());
        }
        throw new AigbException.BadInput("bad-json", "The body must be a JSON object");
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull())
            return null;
        if (!v.isString())
            throw new AigbException.BadInput("bad-json", "'" + key + "' must be a string");
        return v.getAsString().value();
    }

    private static void checkParameters(HttpServletRequest request, Set<String> known) {
        for (String name : request.getParameterMap().keySet())
            if (!known.contains(name))
                throw new AigbException.BadInput("bad-parameter", "Unknown parameter '" + name + "'; this takes " + String.join(", ", new java.util.TreeSet<>(known)));
    }

    private static Boolean bool(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null)
            return null;
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new AigbException.BadInput("bad-parameter", name + " must be true or false, not '" + v + "'");
        };
    }

    private static int integer(HttpServletRequest request, String name, int fallback) {
        String v = request.getParameter(name);
        if (v == null)
            return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new AigbException.BadInput("bad-parameter", name + " must be a number, not '" + v + "'");
        }
    }

    /** A date ({@code 2026-04-01}, from midnight UTC) or a date-time with its offset. */
    private static Instant since(HttpServletRequest request) {
        String v = request.getParameter("since");
        if (v == null)
            return null;
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new AigbException.BadInput("bad-parameter", "since must be a date (2026-04-01) or a date-time with offset (2026-04-01T09:00:00+09:00), not '" + v + "'");
        }
    }

    /** A guideline concept by its code or slug ({@code AIProvider}, {@code ai-agent}, {@code 4-a}), which must exist. */
    private String concept(HttpServletRequest request, String name, String type) {
        String v = request.getParameter(name);
        if (v == null)
            return null;
        String iri = AigbId.BASE + type + v;
        Node node = NodeFactory.createURI(iri);
        if (!v.matches("[A-Za-z0-9-]{1,80}") || !site.kg().dataset().asDatasetGraph().getDefaultGraph().contains(node, RDFS.label.asNode(), Node.ANY))
            throw new AigbException.BadInput("bad-parameter", name + ": no such value '" + v + "' (e.g. " + example(name) + "; see /list/…)");
        return iri;
    }

    private static String example(String name) {
        return switch (name) {
            case "role" -> "AIDeveloper, AIProvider, AIBusinessUser";
            case "aitype" -> "generative-ai, ai-agent, physical-ai";
            default -> "4-a, 5-d, area-4";
        };
    }

    /** The same request for the next page. */
    private static String next(HttpServletRequest request, int nextOffset) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        params.put("offset", Integer.toString(nextOffset));
        StringBuilder sb = new StringBuilder(request.getRequestURI()).append('?');
        params.forEach((k, v) -> sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return sb.substring(0, sb.length() - 1);
    }
}
