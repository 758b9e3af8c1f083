package org.w3id.aigb.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;

/**
 * The registry's SPARQL: the files of {@code queries/registry/} ({@code .rq} queries, {@code .ru}
 * updates), known by name. Each declares its parameters in the first element of its WHERE clause,
 * {@code VALUES (?a ?b) { (UNDEF UNDEF) }}; {@link #query}/{@link #update} put the values given in
 * that block and leave the others UNDEF. The file stays the whole statement a reviewer reads: Java
 * never writes SPARQL text, it fills the rows of a VALUES block in the parsed syntax tree.
 */
public final class RegistryQueries {
    public static final String FOLDER = "queries/registry";

    private final Sources sources;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    public RegistryQueries(Sources sources) {
        this.sources = sources;
        // parse every file once up front: a broken file fails at start-up, naming itself
        for (String name : sources.list(FOLDER, ".rq"))
            query(stem(name, ".rq"), List.of());
        for (String name : sources.list(FOLDER, ".ru"))
            update(stem(name, ".ru"), List.of());
    }

    private static String stem(String path, String extension) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - extension.length());
    }

    public Query query(String name, Params params) {
        return query(name, List.of(params));
    }

    /** The query {@code queries/registry/NAME.rq} with its parameter block holding {@code rows} (none: left as written). */
    public Query query(String name, List<Params> rows) {
        String file = FOLDER + "/" + name + ".rq";
        Query query;
        try {
            query = QueryFactory.create(text(file));
        } catch (QueryParseException e) {
            throw new AigbException("registry-query-broken", file + ": " + e.getMessage(), e);
        }
        if (!rows.isEmpty())
            bind(file, query.getQueryPattern(), rows);
        return query;
    }

    public UpdateRequest update(String name, Params params) {
        return update(name, List.of(params));
    }

    /** The update {@code queries/registry/NAME.ru} (one INSERT/DELETE ... WHERE), its parameter block holding {@code rows}. */
    public UpdateRequest update(String name, List<Params> rows) {
        String file = FOLDER + "/" + name + ".ru";
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text(file));
        } catch (QueryParseException e) {
            throw new AigbException("registry-query-broken", file + ": " + e.getMessage(), e);
        }
        if (request.getOperations().size() != 1 || !(request.getOperations().get(0) instanceof UpdateModify modify))
            throw new AigbException("registry-query-broken", file + ": expected one INSERT/DELETE ... WHERE operation");
        if (!rows.isEmpty())
            bind(file, modify.getWherePattern(), rows);
        return request;
    }

    /** The operations of several requests as one request: one transaction, in order. */
    public static UpdateRequest together(List<UpdateRequest> requests) {
        UpdateRequest all = new UpdateRequest();
        for (UpdateRequest r : requests)
            for (Update u : r.getOperations())
                all.add(u);
        return all;
    }

    private String text(String file) {
        return texts.computeIfAbsent(file, sources::read);
    }

    private static void bind(String file, Element pattern, List<Params> rows) {
        if (!(pattern instanceof ElementGroup group) || group.isEmpty() || !(group.get(0) instanceof ElementData data))
            throw new AigbException("registry-query-broken", file + ": the WHERE clause must open with its parameters, VALUES (...) { (UNDEF ...) }");
        List<Var> vars = data.getVars();
        data.getRows().clear();
        for (Params row : rows) {
            BindingBuilder b = Binding.builder();
            row.values().forEach((name, value) -> {
                Var v = Var.alloc(name);
                if (!vars.contains(v))
                    throw new AigbException("registry-query-broken", file + " has no parameter ?" + name);
                b.add(v, value);
            });
            data.add(b.build());
        }
    }
}
