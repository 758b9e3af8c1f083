package org.w3id.aigb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.aigb.AigbException;

/**
 * A search as asked over HTTP ({@code /search?q=…&role=…}) or on the command line: free text and/or
 * guided choices. Checked here, so both interfaces reject the same things with the same messages.
 *
 * @param text    the free text, stripped ("" for none)
 * @param filters facet name ({@link Facets#NAMES}) → chosen keys (several roles: any of them; one of the others)
 * @param lang    the language to read the text in, or null to tell it from the script
 * @param limit   the most hits to return
 */
public record SearchRequest(String text, Map<String, List<String>> filters, Lang lang, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 500;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT)
            throw bad("q is longer than " + MAX_TEXT + " characters");
        if (limit < 1 || limit > MAX_LIMIT)
            throw bad("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        Map<String, List<String>> f = new LinkedHashMap<>();
        filters.forEach((k, v) -> {
            if (!Facets.NAMES.contains(k))
                throw bad("unknown filter '" + k + "'");
            if (v.size() > 1 && !k.equals("role"))
                throw bad("choose one " + k + ", not " + v.size() + " (only role may have several)");
            if (!v.isEmpty())
                f.put(k, List.copyOf(v));
        });
        filters = f;
    }

    /**
     * Reads query parameters (role may be repeated or comma-separated). {@code format} is left to the caller; any other unknown parameter is bad input.
     */
    public static SearchRequest fromParameters(Map<String, String[]> params) {
        String text = "";
        Lang lang = null;
        int limit = DEFAULT_LIMIT;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            String name = p.getKey();
            String value = String.join(",", p.getValue()).strip();
            switch (name) {
                case "q" -> text = String.join(" ", p.getValue());
                case "lang" -> lang = value.isEmpty() ? null : Lang.of(value);
                case "limit" -> limit = value.isEmpty() ? DEFAULT_LIMIT : number("limit", value);
                case "format" -> { }
                default -> {
                    if (!Facets.NAMES.contains(name))
                        throw bad("unknown parameter '" + name + "' (use q, role, stage, aitype, topic, lang, limit, format)");
                    filters.put(name, split(value));
                }
            }
        }
        return new SearchRequest(text, filters, lang, limit);
    }

    /** Comma-separated values, blanks dropped. */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split(","))
            if (!s.isBlank())
                out.add(s.strip());
        return out;
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The language the text is read in. */
    public Lang effectiveLang() {
        return lang != null ? lang : Lang.detect(text);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name + " must be a number, not '" + value + "'");
        }
    }

    private static AigbException.BadInput bad(String message) {
        return new AigbException.BadInput("bad-parameter", message);
    }
}
