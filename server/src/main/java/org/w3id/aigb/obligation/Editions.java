package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryRunner;

/**
 * The editions of the guideline the engine derives under, read from the guideline
 * ({@code queries/service/derivation-editions.rq}): those its role rules or items are in, by their short names
 * ({@code v1.1}, {@code v1.2}), the current one (no later edition with role rules revises it) and,
 * for each, the earlier edition it revises (what an edition comparison compares it with). Nothing
 * about an edition is written in Java: a new edition in the data is a new choice here.
 */
public final class Editions {
    /** An edition: its IRI, its short name, and the earlier edition it revises (null if none). */
    public record Edition(Node iri, String name, Node earlier) {}

    static final String QUERY = "queries/service/derivation-editions.rq";

    private final Map<String, Edition> byName;
    private final Edition current;

    private Editions(Map<String, Edition> byName, Edition current) {
        this.byName = Collections.unmodifiableMap(byName);
        this.current = current;
    }

    /** Reads the editions from the guideline; there must be exactly one current one. */
    static Editions read(Sources sources, Graph guideline) {
        QueryFile query = QueryFile.load(sources, QUERY);
        Map<String, Edition> byName = new LinkedHashMap<>();
        List<Edition> current = new ArrayList<>();
        // the project's own query over its own data, once, when the engine is built
        QueryRunner.withoutTimeLimit(guideline).select(query).rows().forEach(row -> {
            Edition e = new Edition(row.get("edition").asNode(), row.getLiteral("name").getLexicalForm(),
                    row.contains("earlier") ? row.get("earlier").asNode() : null);
            byName.put(e.name(), e);
            if (Boolean.parseBoolean(row.getLiteral("current").getLexicalForm()))
                current.add(e);
        });
        if (current.size() != 1)
            throw new AigbException("bad-editions", "The guideline must have exactly one current edition with role rules or items (not revised by a later one); found "
                    + current.stream().map(Edition::name).toList());
        return new Editions(byName, current.get(0));
    }

    /** The current edition: what a derivation uses when no edition is asked for. */
    public Edition current() {
        return current;
    }

    /** The short names of the editions, in order (the choices of {@code --edition} and {@code ?edition=}). */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The edition of that short name; an unknown one is a {@code bad-edition} error naming the choices. */
    public Edition named(String name) {
        Edition e = byName.get(name);
        if (e == null)
            throw new AigbException.BadInput("bad-edition", "Unknown edition '" + name + "'; choose one of " + String.join(", ", names()));
        return e;
    }

    /** The earlier edition {@code e} revises, if the engine can derive under it. */
    public Optional<Edition> earlier(Edition e) {
        return e.earlier() == null ? Optional.empty() : byName.values().stream().filter(x -> x.iri().equals(e.earlier())).findFirst();
    }
}
