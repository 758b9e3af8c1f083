package org.w3id.aigb.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;

/**
 * One SPARQL file, parsed once, with its header: the comment lines before the first
 * non-comment line, as {@code # key: value} pairs. Keys used by the query library:
 * {@code ja} and {@code en} (the question), {@code section} (the guideline section it relies on)
 * and {@code row} (what one result row means).
 */
public record QueryFile(String id, String name, String text, Query query, Map<String, String> header) {

    /** The query file {@code name} of {@code sources} ({@code queries/service/x.rq}), parsed; its id is the file name without {@code .rq}. */
    public static QueryFile load(Sources sources, String name) {
        String id = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.rq$", "");
        return parse(id, name, sources.read(name));
    }

    /** Parses {@code text}; a syntax error names the file, line and column. */
    public static QueryFile parse(String id, String name, String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw syntaxError(name + ": ", e);
        }
        return new QueryFile(id, name, text, query, readHeader(text));
    }

    private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * A syntax error as bad input with its line and column. Jena's exception gives the position of
     * the last good token (0 and 0 when there is none), while its message names the token in error
     * ("Encountered "~" at line 1, column 29", "Lexical error at line 1, column 6"): the message's
     * position is the one reported, so the JSON {@code line}/{@code column} agree with the message.
     */
    public static AigbException.BadInput syntaxError(String prefix, QueryParseException e) {
        long line = e.getLine(), column = e.getColumn();
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            line = Long.parseLong(m.group(1));
            column = Long.parseLong(m.group(2));
        }
        return new AigbException.BadInput("query-parse-error", prefix + e.getMessage(), line < 1 ? -1 : line, line < 1 ? -1 : column);
    }

    /** The header value for {@code key}, or the empty string. */
    public String get(String key) {
        return header.getOrDefault(key, "");
    }

    private static Map<String, String> readHeader(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String lastKey = null;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty())
                continue;
            if (!t.startsWith("#"))
                break;
            String body = t.replaceFirst("^#+\\s?", "");
            int colon = body.indexOf(':');
            String key = colon > 0 ? body.substring(0, colon).strip() : "";
            if (colon > 0 && key.matches("[a-z][a-z-]*")) {
                header.put(key, body.substring(colon + 1).strip());
                lastKey = key;
            } else if (lastKey != null && !body.isBlank()) {
                // continuation line of the previous key
                header.merge(lastKey, body.strip(), (a, b) -> a + " " + b);
            }
        }
        return header;
    }
}
