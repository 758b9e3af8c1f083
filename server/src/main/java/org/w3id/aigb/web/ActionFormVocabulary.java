package org.w3id.aigb.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.aigb.format.Format;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.Table;
import org.w3id.aigb.render.RowsJson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /profiles/vocabulary}: what the profile builder asks and offers, from the knowledge graph:
 * the answer of every service query {@code queries/service/form-NAME.rq} under the key {@code NAME}
 * ({@link RowsJson}: one object per row, bilingual texts as {@code {ja, en}}). The graph does not
 * change while the server runs, so the answer is computed once and revalidated by its ETag.
 */
final class ActionFormVocabulary extends PageServlet {
    static final String PATH = "/profiles/vocabulary";
    private static final String PREFIX = "form-";

    private final ComputedOnce vocabulary = new ComputedOnce(Format.JSON, this::body);

    ActionFormVocabulary(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        vocabulary.send(request, response);
    }

    private byte[] body() {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (QueryFile q : site.serviceQueries(PREFIX))
            tables.put(q.id().substring(PREFIX.length()), site.select(q, Map.of()));
        return RowsJson.of(tables).getBytes(StandardCharsets.UTF_8);
    }
}
