package org.w3id.aigb.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.aigb.AigbException;

/**
 * The mapping-set metadata of an SSSOM TSV file: the YAML block written as {@code #} lines before
 * the column header. Only the YAML our files use is read: {@code key: value} pairs, and a key
 * followed by indented {@code - item} lines (a list) or indented {@code key: value} lines (a map,
 * as {@code curie_map}). Anything else, or an unknown key, is an error naming the line, so a typo
 * in the metadata cannot slip through.
 */
public final class SssomHeader {
    static final Set<String> SCALAR_KEYS = Set.of("mapping_set_id", "mapping_set_title", "mapping_set_description",
            "mapping_set_version", "license", "mapping_date", "comment");
    static final Set<String> LIST_KEYS = Set.of("creator_id");
    static final Set<String> MAP_KEYS = Set.of("curie_map");

    private final Map<String, String> scalars = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> curieMap = new LinkedHashMap<>();

    private SssomHeader() {}

    /**
     * Parses the header lines; {@code lines.get(i)} is line {@code i + 1} of {@code name}, each
     * still starting with {@code #}.
     */
    static SssomHeader parse(String name, List<String> lines) {
        SssomHeader h = new SssomHeader();
        String block = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String body = lines.get(i).substring(1);
            if (body.startsWith(" "))
                body = body.substring(1);
            if (body.isBlank())
                continue;
            if (body.startsWith("  ")) {
                if (block == null)
                    throw error(name, lineNo, "indented line outside a list or map");
                h.addToBlock(name, lineNo, block, body.strip());
                continue;
            }
            int colon = body.indexOf(':');
            if (colon <= 0)
                throw error(name, lineNo, "expected 'key: value', got '" + body.strip() + "'");
            String key = body.substring(0, colon).strip();
            String value = unquote(body.substring(colon + 1).strip());
            if (value.isEmpty()) {
                if (!LIST_KEYS.contains(key) && !MAP_KEYS.contains(key))
                    throw error(name, lineNo, unknownOrEmpty(key));
                block = key;
            } else {
                if (!SCALAR_KEYS.contains(key))
                    throw error(name, lineNo, unknownOrEmpty(key));
                if (h.scalars.put(key, value) != null)
                    throw error(name, lineNo, "metadata key '" + key + "' given twice");
                block = null;
            }
        }
        return h;
    }

    private void addToBlock(String name, int lineNo, String block, String item) {
        if (LIST_KEYS.contains(block)) {
            if (!item.startsWith("- "))
                throw error(name, lineNo, "expected '- value' in the list '" + block + "'");
            lists.computeIfAbsent(block, k -> new ArrayList<>()).add(unquote(item.substring(2).strip()));
            return;
        }
        int colon = item.indexOf(':');
        if (colon <= 0)
            throw error(name, lineNo, "expected 'prefix: IRI' in '" + block + "'");
        String prefix = item.substring(0, colon).strip();
        String iri = unquote(item.substring(colon + 1).strip());
        if (!iri.startsWith("http://") && !iri.startsWith("https://"))
            throw error(name, lineNo, "prefix '" + prefix + "' must expand to an http(s) IRI, not '" + iri + "'");
        if (curieMap.put(prefix, iri) != null)
            throw error(name, lineNo, "prefix '" + prefix + "' defined twice");
    }

    private static String unknownOrEmpty(String key) {
        if (SCALAR_KEYS.contains(key))
            return "metadata key '" + key + "' has no value";
        return "unknown metadata key '" + key + "' (known: " + String.join(", ", knownKeys()) + ")";
    }

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(SCALAR_KEYS);
        keys.addAll(LIST_KEYS);
        keys.addAll(MAP_KEYS);
        Collections.sort(keys);
        return keys;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'")))
            return s.substring(1, s.length() - 1);
        return s;
    }

    /** An error in {@code name} at {@code line}, or in its metadata where the line is not known (0). */
    static AigbException error(String name, int line, String message) {
        return new AigbException("load-error", name + (line > 0 ? " line " + line : " metadata") + ": " + message);
    }

    public Map<String, String> scalars() {
        return Collections.unmodifiableMap(scalars);
    }

    public List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }

    public Map<String, String> curieMap() {
        return Collections.unmodifiableMap(curieMap);
    }
}
