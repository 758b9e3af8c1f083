package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.w3id.aigb.Text;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Why;

/**
 * Says in Japanese and English why something applies, one sentence per kind of reason the rules
 * recorded ({@code id/applicability-reason/…}), naming the roles, stages, activities, systems, AI
 * types and processes behind it. Plain text: callers escape it for their format. The systems are the
 * profile's: each name is cut to {@link Text#NAME} characters and at most {@link Text#SYSTEMS_NAMED}
 * are named (the rest counted), so a sentence stays short whatever the profile holds.
 */
public final class Reasons {
    /** One reason: its kind ({@code role-and-stage}, …) and its sentence in each language. */
    public record Reason(String kind, String ja, String en) {}

    private Reasons() {}

    /**
     * The reasons in the order of their kinds, except that {@code owed-to-users} comes last: it says to
     * whom an item that applies for the other reasons is owed, not why it applies.
     */
    public static List<Reason> of(Why why) {
        List<Reason> out = new ArrayList<>();
        for (Named kind : why.kinds())
            out.add(sentence(kind.code(), why));
        out.sort(Comparator.comparing(r -> r.kind().equals(OWED_TO_USERS)));
        return out;
    }

    private static final String OWED_TO_USERS = "owed-to-users";

    private static Reason sentence(String kind, Why w) {
        String roles = ja(w.roles()), rolesEn = en(w.roles());
        String systems = systemsJa(w.systems()), systemsEn = systemsEn(w.systems());
        return switch (kind) {
            case "role-and-stage" -> new Reason(kind,
                    roles + "の事項で、" + name(w.stage(), true) + "に掲げられています。この段階には" + systems + "についての活動（" + ja(w.stageActivities()) + "）が及びます。",
                    "An item for " + rolesEn + " listed at " + name(w.stage(), false) + ", a stage your activities (" + en(w.stageActivities())
                            + ") for " + systemsEn + " reach.");
            case "common-principle" -> new Reason(kind,
                    "共通の指針は、事業活動においてAIに関わる全ての主体が取り組むものです（あなたの組織は" + roles + "）。",
                    "A common guiding principle: every actor dealing with AI in business acts on it (your organisation is " + rolesEn + ").");
            case "ai-type" -> new Reason(kind,
                    systems + "が" + ja(w.aiTypes()) + "に当たるため（" + roles + "として）。",
                    "Because " + systemsEn + " is " + en(w.aiTypes()) + " (as " + rolesEn + ").");
            case "process" -> new Reason(kind,
                    roles + "として" + systems + "について" + ja(w.processes()) + "を行うため。",
                    "Because, as " + rolesEn + ", you carry out " + en(w.processes()) + " for " + systemsEn + ".");
            case "condition" -> new Reason(kind,
                    systems + "が適用の条件「" + ja(w.conditions()) + "」を満たすため（" + roles + "として）。",
                    "Because " + systemsEn + " meets the condition \"" + en(w.conditions()) + "\" (as " + rolesEn + ").");
            case "activity-ai-type" -> new Reason(kind,
                    systems + "について" + ja(w.activities()) + "（" + ja(w.aiTypes()) + "を用いる活動）を行うため（" + roles + "として）。",
                    "Because, for " + systemsEn + ", you carry out " + en(w.activities()) + ", which uses " + en(w.aiTypes()) + " (as " + rolesEn + ").");
            case "owed-to-users" -> new Reason(kind,
                    "この事項が配慮を求める関連するステークホルダーには、" + systemsJa(w.usersOf()) + "の利用者（" + ja(w.userGroups())
                            + "）も含まれます（" + ja(w.duties()) + "）。",
                    "The relevant stakeholders this item asks you to consider include the users of " + systemsEn(w.usersOf()) + " ("
                            + en(w.userGroups()) + "; " + en(w.duties()) + ").");
            case "with-its-item" -> new Reason(kind,
                    "付された事項・共通の指針が適用され、" + roles + "を担うため。",
                    "It applies with the item or principle it is attached to, as you are " + rolesEn + ".");
            case "through-note" -> new Reason(kind,
                    "活動はこの事項の段階に及びませんが、付された留意事項（" + code(w.throughNote()) + "）が適用されるため。",
                    "Your activities do not reach its stage, but its practice note " + code(w.throughNote()) + " applies.");
            case "advanced-ai-system" -> new Reason(kind,
                    systems + "は高度なAIシステムであり、" + roles + "として関わるため（①〜⑪は適切な範囲で適用し、⑫は全ての主体が従う）。",
                    "Because " + systemsEn + " is an advanced AI system you are involved in as " + rolesEn
                            + " (① to ⑪ apply to the appropriate extent, ⑫ is followed by all).");
            case "advanced-ai-developer" -> new Reason(kind,
                    "高度なAIシステム（" + systems + "）のAI開発者であるため。第3部は第2部Dに加えて国際行動規範を参照することが望ましいとしています。",
                    "Because you are the AI developer of an advanced AI system (" + systemsEn
                            + "); Part 3 recommends referring to the code of conduct in addition to Part 2 D.");
            default -> new Reason(kind, kind, kind);
        };
    }

    /** The profile's systems, named briefly: at most {@link Text#SYSTEMS_NAMED}, each cut short, the rest counted. */
    public static String systemsJa(List<Named> systems) {
        return systems(systems, Named::ja, "、", n -> "ほか" + n + "件");
    }

    public static String systemsEn(List<Named> systems) {
        return systems(systems, Named::en, ", ", n -> "and " + n + " more");
    }

    private static String systems(List<Named> systems, Function<Named, String> label, String separator, java.util.function.IntFunction<String> more) {
        List<String> names = systems.stream().map(label).distinct().toList();
        if (names.isEmpty())
            return "—";
        String shown = names.stream().limit(Text.SYSTEMS_NAMED).map(Text::name).collect(Collectors.joining(separator));
        return names.size() <= Text.SYSTEMS_NAMED ? shown : shown + separator + more.apply(names.size() - Text.SYSTEMS_NAMED);
    }

    /** The codes of the things (section codes such as 別添1 A), joined. */
    static String codes(List<Named> names) {
        return join(names, n -> n.code() != null ? n.code() : n.ja(), "、");
    }

    static String ja(List<Named> names) {
        return join(names, Named::ja, "、");
    }

    static String en(List<Named> names) {
        return join(names, Named::en, ", ");
    }

    private static String join(List<Named> names, Function<Named, String> label, String separator) {
        return names.isEmpty() ? "—" : names.stream().map(label).distinct().collect(Collectors.joining(separator));
    }

    private static String name(Named n, boolean ja) {
        return n == null ? "—" : ja ? "「" + n.ja() + "」" : "\"" + n.en() + "\"";
    }

    private static String code(Named n) {
        return n == null ? "—" : n.code();
    }
}
