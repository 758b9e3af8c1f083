package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.query.Table;

/**
 * The choices of the guided search ({@code queries/search/facets.rq}): roles, stages, AI types and
 * processes, topics. A choice is named by its code ({@code AIProvider}, {@code C-2}), the last
 * segment of its IRI ({@code ai-agent}, {@code system-implementation}) or its IRI.
 */
public final class Facets {
    /** One choice of a facet. */
    public record Choice(String facet, String iri, String code, String labelJa, String labelEn) {
        /** The name used in URLs and on the command line: the code, else the IRI's last segment. */
        public String key() {
            return code.isEmpty() ? iri.substring(iri.lastIndexOf('/') + 1) : code;
        }
    }

    public static final List<String> NAMES = List.of("role", "stage", "aitype", "topic");

    private final Map<String, List<Choice>> choices = new LinkedHashMap<>();

    Facets(Table rows) {
        NAMES.forEach(n -> choices.put(n, new ArrayList<>()));
        for (QuerySolution row : rows.rows())
            choices.get(Table.text(row, "facet")).add(new Choice(Table.text(row, "facet"), Table.text(row, "value"),
                    Table.text(row, "code"), Table.text(row, "labelJa"), Table.text(row, "labelEn")));
    }

    /** The choices of one facet, in the guideline's order. */
    public List<Choice> of(String facet) {
        return List.copyOf(choices.get(facet));
    }

    /** The choice named {@code name}; an unknown name is bad input listing the valid ones. */
    public Choice resolve(String facet, String name) {
        String n = name.strip();
        for (Choice c : choices.get(facet))
            if (c.key().equalsIgnoreCase(n) || c.iri().equals(n) || c.code().equalsIgnoreCase(n))
                return c;
        throw new AigbException.BadInput("bad-parameter", "Unknown " + facet + " '" + name + "'; choose one of "
                + choices.get(facet).stream().map(Choice::key).collect(Collectors.joining(", ")));
    }
}
