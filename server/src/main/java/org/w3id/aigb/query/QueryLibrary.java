package org.w3id.aigb.query;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;

/**
 * The SPARQL files of one folder ({@code queries/research}, {@code queries/rules}, ...), each parsed
 * once and known by its id: the file name without {@code .rq}.
 */
public final class QueryLibrary {
    private final String folder;
    private final Map<String, QueryFile> queries = new LinkedHashMap<>();

    public QueryLibrary(Sources sources, String folder) {
        this.folder = folder;
        for (String name : sources.list(folder, ".rq")) {
            String id = name.substring(name.lastIndexOf('/') + 1, name.length() - ".rq".length());
            queries.put(id, QueryFile.parse(id, name, sources.read(name)));
        }
    }

    /** The research query library shipped with aigb. */
    public static QueryLibrary research(Sources sources) {
        return new QueryLibrary(sources, "queries/research");
    }

    /** All queries, ordered by id. */
    public Collection<QueryFile> all() {
        return Collections.unmodifiableCollection(queries.values());
    }

    public boolean contains(String id) {
        return queries.containsKey(id);
    }

    public QueryFile get(String id) {
        QueryFile q = queries.get(id);
        if (q == null)
            throw new AigbException.NotFound("no-such-query", "No query '" + id + "' in " + folder);
        return q;
    }
}
