package org.w3id.aigb.checklist;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.w3id.aigb.Text;

/**
 * Fills the sentence templates of the graph ({@code aigb:sentenceTemplate} on the kinds of reason,
 * ontology/obligations.ttl) with the facts of a derived result: {@code {forSystem}} becomes the
 * names of the values of {@code aigb:forSystem} in the template's language, joined by 「、」 (Japanese)
 * or ", " (English), "—" when there is none; {@code {throughNote|code}} their codes. The profile's
 * nodes are named briefly: at most {@link Text#SYSTEMS_NAMED}, each cut short, the rest counted
 * ("ほか2件", "and 2 more"), so a sentence stays short whatever the profile holds. Plain text: the
 * renderers escape it for their format.
 */
final class Sentences {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(\\|code)?}");

    private Sentences() {}

    /** The template with its placeholders filled from {@code facts}; null stays null. */
    static String fill(String template, Facts facts, Names names, boolean ja) {
        if (template == null)
            return null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<Name> values = names.of(facts.all(m.group(1)));
            String text = m.group(2) != null ? join(values, n -> n.code() != null ? n.code() : n.label(ja), ja) : list(values, ja);
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Names in one language, joined; a profile's nodes at most {@link Text#SYSTEMS_NAMED}, the rest counted. */
    static String list(List<Name> names, boolean ja) {
        List<String> labels = names.stream().map(n -> n.label(ja)).distinct().toList();
        if (labels.isEmpty())
            return "—";
        boolean ofProfile = names.stream().anyMatch(Name::ofProfile);
        if (!ofProfile || labels.size() <= Text.SYSTEMS_NAMED)
            return String.join(separator(ja), labels);
        String shown = String.join(separator(ja), labels.subList(0, Text.SYSTEMS_NAMED));
        int more = labels.size() - Text.SYSTEMS_NAMED;
        return shown + separator(ja) + (ja ? "ほか" + more + "件" : "and " + more + " more");
    }

    private static String join(List<Name> names, Function<Name, String> label, boolean ja) {
        return names.isEmpty() ? "—" : names.stream().map(label).distinct().collect(Collectors.joining(separator(ja)));
    }

    private static String separator(boolean ja) {
        return ja ? "、" : ", ";
    }
}
