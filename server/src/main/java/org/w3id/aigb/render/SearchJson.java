package org.w3id.aigb.render;


import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonString;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.search.Facets;
import org.w3id.aigb.search.Hit;
import org.w3id.aigb.search.Resource;
import org.w3id.aigb.search.SearchResult;
import org.w3id.aigb.search.Snippet;

/**
 * A search result as JSON, for {@code GET /search} (application/json) and {@code search --format json}:
 * the request as understood, the ranked hits (resource, class, code, labels, source section,
 * score, snippet with marked ranges, page) and, for a guided search, the groups by principle.
 */
public final class SearchJson {
    private SearchJson() {}

    public static String write(SearchResult result) {
        JsonObject json = new JsonObject();
        JsonObject query = new JsonObject();
        query.put("q", result.request().text());
        query.put("lang", result.lang() == null ? JsonNull.instance : new JsonString(result.lang().tag()));
        query.put("limit", result.request().limit());
        JsonObject filters = new JsonObject();
        result.chosen().forEach((facet, choices) -> {
            JsonArray a = new JsonArray();
            for (Facets.Choice c : choices) {
                JsonObject o = new JsonObject();
                o.put("key", c.key());
                o.put("iri", c.iri());
                o.put("label", labels(c.labelJa(), c.labelEn()));
                a.add(o);
            }
            filters.put(facet, a);
        });
        query.put("filters", filters);
        json.put("query", query);
        JsonArray hits = new JsonArray();
        int rank = 0;
        for (Hit h : result.hits()) {
            JsonObject o = resource(h.resource());
            o.put("rank", ++rank);
            o.put("score", JsonNumber.value(h.score()));
            o.put("snippet", h.snippet() == null ? JsonNull.instance : snippet(h.snippet()));
            o.put("via", h.via() == null ? JsonNull.instance : resource(h.via()));
            hits.add(o);
        }
        json.put("hits", hits);
        JsonArray groups = new JsonArray();
        result.groups().forEach(g -> {
            JsonObject o = new JsonObject();
            o.put("principle", g.principle());
            o.put("code", g.code());
            o.put("label", labels(g.labelJa(), g.labelEn()));
            o.put("page", Links.href(g.principle()));
            JsonArray entries = new JsonArray();
            g.entries().forEach(e -> {
                JsonObject eo = resource(e.resource());
                eo.put("kind", e.kind());
                eo.put("anchor", e.anchor());
                eo.put("specific", e.specific());
                entries.add(eo);
            });
            o.put("entries", entries);
            groups.add(o);
        });
        json.put("groups", groups);
        json.put("tookMillis", JsonNumber.value(Math.round(result.millis() * 100) / 100.0));
        return JsonText.compact(json) + "\n";
    }

    private static JsonObject resource(Resource r) {
        JsonObject o = new JsonObject();
        o.put("iri", r.iri());
        o.put("name", r.name());
        o.put("code", r.code().isEmpty() ? JsonNull.instance : new JsonString(r.code()));
        o.put("type", r.type());
        o.put("typeLabel", labels(r.typeJa(), r.typeEn()));
        o.put("label", labels(r.labelJa(), r.labelEn()));
        if (r.section().isEmpty()) {
            o.put("section", JsonNull.instance);
        } else {
            JsonObject s = labels(r.sectionJa(), r.sectionEn());
            s.put("iri", r.section());
            s.put("code", r.sectionCode());
            o.put("section", s);
        }
        o.put("page", Links.href(r.iri()));
        return o;
    }

    private static JsonObject snippet(Snippet s) {
        JsonObject o = new JsonObject();
        o.put("text", s.text());
        o.put("lang", s.lang().tag());
        o.put("field", s.field());
        JsonArray marks = new JsonArray();
        int at = 0;
        for (Snippet.Segment seg : s.segments()) {
            if (seg.marked()) {
                JsonArray m = new JsonArray();
                m.add(at);
                m.add(at + seg.text().length());
                marks.add(m);
            }
            at += seg.text().length();
        }
        o.put("marks", marks);
        return o;
    }

    private static JsonObject labels(String ja, String en) {
        JsonObject o = new JsonObject();
        o.put("ja", ja);
        o.put("en", en);
        return o;
    }

}
