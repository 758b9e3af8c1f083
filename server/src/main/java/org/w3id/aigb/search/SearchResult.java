package org.w3id.aigb.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param request the request
 * @param lang    the language the text was read in (null without text)
 * @param chosen  the guided choices, resolved (facet → choices)
 * @param hits    ranked free-text hits (within the guided selection when choices were made)
 * @param groups  without text: the guided selection grouped by principle; with text: empty
 * @param millis  time taken
 */
public record SearchResult(SearchRequest request, Lang lang, Map<String, List<Facets.Choice>> chosen, List<Hit> hits,
                           List<Guided.Group> groups, double millis) {}
