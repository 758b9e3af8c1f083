package org.w3id.aigb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variant and cross-language groups ({@code data/search/variants.tsv}): a query that contains one
 * variant of a group is also searched for the others. A match inside a longer match of another
 * group is ignored, so 事後学習 expands as 事後学習, not as 学習.
 */
public final class Variants {
    /** One line of the file: a weight and its variants. */
    record Group(double weight, List<String> variants) {}

    /** A text to search besides the query, in its language. */
    public record Expansion(String text, Lang lang) {}

    /** The variants of one group that a query mentions, other than those it already holds. */
    public record Expanded(double weight, List<Expansion> expansions) {}

    private record Match(Group group, int start, int end) {
        boolean inside(Match other) {
            return other.start <= start && end <= other.end && (other.end - other.start) > (end - start);
        }
    }

    private final List<Group> groups;

    Variants(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** The expansions of {@code query}, per group it mentions: the group's other variants. */
    public List<Expanded> expand(String query) {
        String q = normalise(query);
        List<Match> matches = new ArrayList<>();
        for (Group g : groups)
            for (String v : g.variants())
                find(q, normalise(v), g, matches);
        Map<Group, Expanded> out = new LinkedHashMap<>();
        for (Match m : matches) {
            if (out.containsKey(m.group()) || matches.stream().anyMatch(other -> other.group() != m.group() && m.inside(other)))
                continue;
            List<Expansion> es = new ArrayList<>();
            for (String v : m.group().variants())
                if (!q.contains(normalise(v)))
                    es.add(new Expansion(v, Lang.detect(v)));
            if (!es.isEmpty())
                out.put(m.group(), new Expanded(m.group().weight(), List.copyOf(es)));
        }
        return List.copyOf(out.values());
    }

    private static void find(String query, String variant, Group g, List<Match> into) {
        Matcher m = pattern(variant).matcher(query);
        while (m.find())
            into.add(new Match(g, m.start(), m.end()));
    }

    /** True if the normalised query mentions {@code phrase} (normalised). */
    static boolean mentions(String query, String phrase) {
        return pattern(phrase).matcher(query).find();
    }

    /** Japanese phrases match as substrings; others as whole words (no ASCII letter or digit around). */
    private static Pattern pattern(String phrase) {
        return PATTERNS.computeIfAbsent(phrase, p -> Pattern.compile(p.codePoints().anyMatch(Lang::isJapanese)
                ? Pattern.quote(p) : "(?<![a-z0-9])" + Pattern.quote(p) + "(?![a-z0-9])"));
    }

    /** Compiled once per phrase: the phrases are the few hundred of the data files. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
