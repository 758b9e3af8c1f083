package org.w3id.aigb.render;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.aigb.JsonText;
import org.w3id.aigb.query.QueryFile;

/**
 * What the query editor's script is set up with, from the project's own files, so that nothing of it
 * is written twice: the endpoint, the query a new tab starts with, where the IRIs of this site are
 * read ({@link Links#served()}), the research queries as examples (their {@code .rq} text and
 * header), and the prefixes of the graph.
 */
public final class EditorJson {
    private EditorJson() {}

    /**
     * {@code {"endpoint", "startQuery", "links": [{"iri", "path"}], "examples": [{"id", "ja", "en",
     * "section", "page", "query"}]}}; examples in the library's order (by id).
     */
    public static String config(String endpoint, QueryFile startQuery, Collection<QueryFile> examples) {
        JsonObject out = new JsonObject();
        out.put("endpoint", endpoint);
        out.put("startQuery", startQuery.text());
        JsonArray links = new JsonArray();
        for (Map.Entry<String, String> e : Links.served().entrySet()) {
            JsonObject link = new JsonObject();
            link.put("iri", e.getKey());
            link.put("path", e.getValue());
            links.add(link);
        }
        out.put("links", links);
        JsonArray list = new JsonArray();
        for (QueryFile q : examples) {
            JsonObject example = new JsonObject();
            example.put("id", q.id());
            example.put("ja", q.get("ja"));
            example.put("en", q.get("en"));
            example.put("section", q.get("section"));
            example.put("page", "/query/" + q.id());
            example.put("query", q.text());
            list.add(example);
        }
        out.put("examples", list);
        return JsonText.compact(out);
    }

    /**
     * The prefixes as {@code {"prefix": "namespace"}}, the shape prefix.cc publishes and YASQE's prefix
     * autocompletion reads. Longest namespace first: the results table abbreviates an IRI with the first
     * namespace it starts with, which is then the most specific ({@code euart:14}, not
     * {@code euact:article/14}).
     */
    public static String prefixes(PrefixMapping prefixes) {
        JsonObject out = new JsonObject();
        prefixes.getNsPrefixMap().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getValue().length()).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return JsonText.compact(out);
    }
}
