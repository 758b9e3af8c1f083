package org.w3id.aigb.web;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.registry.Reviews;
import org.w3id.aigb.registry.Submissions.VersionInfo;
import org.w3id.aigb.registry.VersionDiff;

/**
 * The JSON shapes of the registry's HTTP API (documented in the README, section Registry): a
 * version, a history, the reviewers' list, a difference, an annotation, the audit trail.
 * Guideline resources are named by their code (roles {@code AIProvider}) or last IRI segment
 * (AI types {@code ai-agent}, Annex III points {@code 4-a}), as the filters take them.
 */
final class SubmissionJson {
    private SubmissionJson() {}

    /** {@code {organisation, version, location, profile, received, sha256, bytes, mediaType, edition, warnings, gaps, published, publishedAt?, publicIri?}} */
    static JsonObject version(VersionInfo v) {
        JsonObject o = new JsonObject();
        o.put("organisation", v.registryId());
        o.put("version", v.version());
        o.put("location", v.path());
        o.put("profile", v.path() + "/profile");
        o.put("received", v.received().toString());
        o.put("sha256", v.sha256());
        o.put("bytes", v.byteSize());
        o.put("mediaType", v.mediaType());
        o.put("edition", v.edition());
        o.put("warnings", v.warnings());
        o.put("gaps", v.gaps());
        published(o, v);
        return o;
    }

    private static void published(JsonObject o, VersionInfo v) {
        o.put("published", v.publishedAt() != null);
        if (v.publishedAt() != null) {
            o.put("publishedAt", v.publishedAt().toString());
            o.put("publicIri", v.iri());
        }
    }

    /** {@code {organisation: {id, name}, versions: [version...], annotations: [annotation...]}} */
    static JsonObject history(String registryId, String name, List<VersionInfo> versions, List<Reviews.Annotation> annotations) {
        JsonObject o = new JsonObject();
        o.put("organisation", organisation(registryId, name));
        JsonArray list = new JsonArray();
        versions.forEach(v -> list.add(version(v)));
        o.put("versions", list);
        o.put("annotations", annotations(annotations));
        return o;
    }

    static JsonArray annotations(List<Reviews.Annotation> annotations) {
        JsonArray list = new JsonArray();
        annotations.forEach(a -> list.add(annotation(a)));
        return list;
    }

    /** {@code {version, status, comment?, reviewer, created}} */
    static JsonObject annotation(Reviews.Annotation a) {
        JsonObject o = new JsonObject();
        o.put("version", a.version());
        o.put("status", a.status().code);
        if (a.comment() != null)
            o.put("comment", a.comment());
        o.put("reviewer", a.reviewer());
        o.put("created", a.created().toString());
        return o;
    }

    /** {@code {offset, limit, next?, items: [{organisation, latest, roles, aiTypes, applicationAreas, review?}]}} */
    static JsonObject list(Reviews.Page page, String nextUrl) {
        JsonObject o = new JsonObject();
        o.put("offset", page.offset());
        o.put("limit", page.limit());
        if (nextUrl != null)
            o.put("next", nextUrl);
        JsonArray items = new JsonArray();
        for (Reviews.Row r : page.rows()) {
            VersionInfo v = r.latest();
            JsonObject item = new JsonObject();
            item.put("organisation", organisation(v.registryId(), v.name()));
            JsonObject latest = new JsonObject();
            latest.put("version", v.version());
            latest.put("location", v.path());
            latest.put("received", v.received().toString());
            latest.put("warnings", v.warnings());
            latest.put("gaps", v.gaps());
            published(latest, v);
            item.put("latest", latest);
            item.put("roles", segments(r.roles()));
            item.put("aiTypes", segments(r.aiTypes()));
            item.put("applicationAreas", segments(r.applicationAreas()));
            if (r.reviewStatus() != null) {
                JsonObject review = new JsonObject();
                review.put("status", r.reviewStatus().code);
                review.put("at", r.reviewed().toString());
                item.put("review", review);
            }
            items.add(item);
        }
        o.put("items", items);
        return o;
    }

    /** {@code {organisation, from, to, changes: [{change, code, iri, label: {ja, en}}]}} */
    static JsonObject diff(String registryId, long from, long to, List<VersionDiff.Change> changes) {
        JsonObject o = new JsonObject();
        o.put("organisation", registryId);
        o.put("from", from);
        o.put("to", to);
        JsonArray list = new JsonArray();
        for (VersionDiff.Change c : changes) {
            JsonObject j = new JsonObject();
            j.put("change", c.change());
            j.put("code", c.code());
            j.put("iri", c.resource());
            j.put("label", ProfileReportWriter.pair(c.labelJa(), c.labelEn()));
            list.add(j);
        }
        o.put("changes", list);
        return o;
    }

    /** {@code {offset, limit, next?, items: [{at, kind, agent?: {name, id?}, token?, commandLineUser?, concerns?}]}} */
    static JsonObject audit(List<Reviews.AuditEntry> entries, int offset, int limit, String nextUrl) {
        JsonObject o = new JsonObject();
        o.put("offset", offset);
        o.put("limit", limit);
        if (nextUrl != null)
            o.put("next", nextUrl);
        JsonArray items = new JsonArray();
        for (Reviews.AuditEntry e : entries) {
            JsonObject j = new JsonObject();
            j.put("at", e.at().toString());
            j.put("kind", e.kind());
            if (e.agentName() != null) {
                JsonObject agent = new JsonObject();
                agent.put("name", e.agentName());
                if (e.agentId() != null)
                    agent.put("id", e.agentId());
                j.put("agent", agent);
            }
            putIfPresent(j, "token", e.tokenId());
            putIfPresent(j, "commandLineUser", e.commandLineUser());
            putIfPresent(j, "concerns", e.concerns());
            items.add(j);
        }
        o.put("items", items);
        return o;
    }

    static JsonObject organisation(String id, String name) {
        JsonObject o = new JsonObject();
        o.put("id", id);
        o.put("name", name);
        return o;
    }

    /** {@code {code, message}}, the shape of an error, with more members. */
    static JsonObject problem(String code, String message) {
        JsonObject o = new JsonObject();
        o.put("code", code);
        o.put("message", message);
        return o;
    }

    private static JsonArray segments(Collection<String> iris) {
        JsonArray a = new JsonArray();
        iris.forEach(i -> a.add(i.substring(i.lastIndexOf('/') + 1)));
        return a;
    }

    private static void putIfPresent(JsonObject o, String key, String value) {
        if (value != null)
            o.put(key, value);
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
