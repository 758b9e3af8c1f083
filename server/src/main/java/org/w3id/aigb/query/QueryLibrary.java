package org.w3id.aigb.query;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Whether {@link #get} finds {@code id}. */
    public boolean contains(String id) {
        return queries.containsKey(id) || matching(id).size() == 1;
    }

    /**
     * The query with this id, or with this short id: the id's part before its first hyphen
     * ({@code q01} for {@code q01-items-per-role-and-stage}), as the README and the pages name them.
     */
    public QueryFile get(String id) {
        QueryFile q = queries.get(id);
        if (q != null)
            return q;
        List<String> candidates = matching(id);
        if (candidates.size() == 1)
            return queries.get(candidates.get(0));
        if (candidates.size() > 1)
            throw new AigbException.BadInput("ambiguous-query", "'" + id + "' names several queries in " + folder + ": " + String.join(", ", candidates));
        throw new AigbException.NotFound("no-such-query", "No query '" + id + "' in " + folder);
    }

    private List<String> matching(String shortId) {
        return queries.keySet().stream().filter(k -> k.startsWith(shortId + "-")).toList();
    }
}
