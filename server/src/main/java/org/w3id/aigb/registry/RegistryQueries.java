package org.w3id.aigb.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
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
 * never writes SPARQL text, it fills the rows of a VALUES block in the parsed syntax tree. Each file
 * is parsed once; a call copies the tree with the block replaced (the rest is shared, never changed).
 */
public final class RegistryQueries {
    public static final String FOLDER = "queries/registry";

    private final Sources sources;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();
    private final Map<String, UpdateRequest> updates = new ConcurrentHashMap<>();

    public RegistryQueries(Sources sources) {
        this.sources = sources;
        // parse every file once up front: a broken file fails at start-up, naming itself
        for (String name : sources.list(FOLDER, ".rq"))
            parsedQuery(stem(name, ".rq"));
        for (String name : sources.list(FOLDER, ".ru"))
            parsedUpdate(stem(name, ".ru"));
    }

    private static String stem(String path, String extension) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - extension.length());
    }

    public Query query(String name, Params params) {
        return query(name, List.of(params));
    }

    /** The query {@code queries/registry/NAME.rq} with its parameter block holding {@code rows} (none: as written); a new object each call. */
    public Query query(String name, List<Params> rows) {
        Query parsed = parsedQuery(name);
        String file = FOLDER + "/" + name + ".rq";
        Query copy = QueryTransformOps.transform(parsed, new Rows(parameters(file, parsed.getQueryPattern()), rows, file));
        copy.setLimit(parsed.getLimit());
        copy.setOffset(parsed.getOffset());
        return copy;
    }

    public UpdateRequest update(String name, Params params) {
        return update(name, List.of(params));
    }

    /** The update {@code queries/registry/NAME.ru} (one INSERT/DELETE ... WHERE), its parameter block holding {@code rows}. */
    public UpdateRequest update(String name, List<Params> rows) {
        UpdateRequest parsed = parsedUpdate(name);
        String file = FOLDER + "/" + name + ".ru";
        ElementData block = parameters(file, ((UpdateModify) parsed.getOperations().get(0)).getWherePattern());
        return UpdateTransformOps.transform(parsed, new Rows(block, rows, file), null);
    }

    /** The operations of several requests as one request: one transaction, in order. */
    public static UpdateRequest together(List<UpdateRequest> requests) {
        UpdateRequest all = new UpdateRequest();
        for (UpdateRequest r : requests)
            for (Update u : r.getOperations())
                all.add(u);
        return all;
    }

    private Query parsedQuery(String name) {
        return queries.computeIfAbsent(name, n -> parse(FOLDER + "/" + n + ".rq", text -> QueryFactory.create(text)));
    }

    private UpdateRequest parsedUpdate(String name) {
        return updates.computeIfAbsent(name, n -> {
            String file = FOLDER + "/" + n + ".ru";
            UpdateRequest request = parse(file, UpdateFactory::create);
            if (request.getOperations().size() != 1 || !(request.getOperations().get(0) instanceof UpdateModify))
                throw new AigbException("registry-query-broken", file + ": expected one INSERT/DELETE ... WHERE operation");
            return request;
        });
    }

    private <T> T parse(String file, Function<String, T> parser) {
        try {
            return parser.apply(sources.read(file));
        } catch (QueryParseException e) {
            throw new AigbException("registry-query-broken", file + ": " + e.getMessage(), e);
        }
    }

    /** The parameter block: the first element of the WHERE clause, a VALUES block; null when the file takes none. */
    private static ElementData parameters(String file, Element pattern) {
        if (pattern instanceof ElementGroup group && !group.isEmpty() && group.get(0) instanceof ElementData data)
            return data;
        return null;
    }

    /** Copies a syntax tree, with the parameter block's rows replaced. */
    private static final class Rows extends ElementTransformCopyBase {
        private final ElementData block;
        private final List<Params> rows;
        private final String file;

        Rows(ElementData block, List<Params> rows, String file) {
            this.block = block;
            this.rows = rows;
            this.file = file;
            if (block == null && !rows.isEmpty())
                throw new AigbException("registry-query-broken", file + ": the WHERE clause must open with its parameters, VALUES (...) { (UNDEF ...) }");
        }

        @Override
        public Element transform(ElementData data) {
            if (data != block || rows.isEmpty())
                return data;
            List<Var> vars = data.getVars();
            ElementData replaced = new ElementData(vars, new java.util.ArrayList<>());
            for (Params row : rows) {
                BindingBuilder b = Binding.builder();
                row.values().forEach((name, value) -> {
                    Var v = Var.alloc(name);
                    if (!vars.contains(v))
                        throw new AigbException("registry-query-broken", file + " has no parameter ?" + name);
                    b.add(v, value);
                });
                replaced.add(b.build());
            }
            return replaced;
        }
    }
}
