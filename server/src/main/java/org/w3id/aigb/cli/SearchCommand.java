package org.w3id.aigb.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.render.SearchJson;
import org.w3id.aigb.render.SearchText;
import org.w3id.aigb.search.Facets;
import org.w3id.aigb.search.Lang;
import org.w3id.aigb.search.Search;
import org.w3id.aigb.search.SearchRequest;
import org.w3id.aigb.search.SearchResult;

/**
 * {@code search}: free-text and/or guided search of the guideline, as {@code GET /search} does,
 * with no server.
 */
final class SearchCommand implements Command {
    /** A list of hits for people, or the JSON of {@code GET /search}. */
    static final Offers FORMATS = Offers.of("format", Format.TEXT, Format.JSON);

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "search [\"QUERY\"] [--role R[,R]] [--stage S] [--aitype T] [--topic C-n|RISK] [--lang ja|en] [--limit N] [--format text|json]";
    }

    @Override
    public String summary() {
        return "search the guideline by free text (Japanese or English) and/or by role, stage, AI type, topic";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("role", "stage", "aitype", "topic", "lang", "limit", "format");
    }

    @Override
    public Set<Limit> limits() {
        return Set.of(Limit.TIMEOUT);
    }

    @Override
    public int run(Args args, Context context, PrintStream out) {
        Format format = FORMATS.byName(args.get("format", "text"));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String facet : Facets.NAMES)
            if (args.has(facet))
                filters.put(facet, SearchRequest.split(args.get(facet, "")));
        long limit = args.getLong("limit", SearchRequest.DEFAULT_LIMIT);
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT)
            throw Args.usage("--limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", not " + limit);
        SearchRequest request = new SearchRequest(String.join(" ", args.positionals()), filters,
                args.has("lang") ? Lang.of(args.get("lang", "")) : null, (int) limit);
        if (!request.hasText() && !request.hasFilters())
            throw Args.usage("search needs a QUERY or at least one of --role, --stage, --aitype, --topic");
        Search search = Search.build(context.graph(), context.sources(), context.limits());
        SearchResult result = search.run(request);
        out.print(format == Format.JSON ? SearchJson.write(result) : SearchText.write(result));
        out.flush();
        return Main.OK;
    }
}
