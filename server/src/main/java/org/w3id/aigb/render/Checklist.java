package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.obligation.Derivation.Kind;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.Derivation.Obligation;
import org.w3id.aigb.obligation.Derivation.Undecided;

/**
 * A derivation arranged as a checklist in the manner of 別添7: one block per common guiding principle
 * (the principle, then its items by role, each with its practice notes), then Part 2 D and the code
 * of conduct, what could not be decided (grouped by the facts missing), and a summary of the gaps.
 * Shared by the Markdown and HTML checklists and the JSON summary, so all three count alike.
 */
public final class Checklist {
    /** Said when the organisation holds no role the guideline addresses items to. */
    public static final String NON_BUSINESS_JA = "業務外利用者（事業活動以外でAIを利用する者）に向けられた事項はありません。ガイドラインの事項（第3部〜第5部）と共通の指針は、事業活動においてAIに関わるAI開発者・AI提供者・AI利用者に向けたもので、業務外利用者はそれらの主体が配慮すべきステークホルダーとして扱われます。";
    public static final String NON_BUSINESS_EN = "No item is addressed to non-business users (people using AI outside any business activity). The guideline's items (Parts 3 to 5) and common guiding principles address AI developers, providers and business users acting in business; non-business users appear as stakeholders those actors must consider.";
    /** The label of the EU AI Act Annex III information. */
    public static final String RISK_BASED_JA = "リスクベースアプローチのための参考情報であり、法的な判断ではありません（別添2 行動目標3-1 脚注38）。";
    public static final String RISK_BASED_EN = "Information for the risk-based approach, not a legal determination (Appendix 2, action target 3-1, footnote 38).";

    /** Counts over every applicable principle, item, note, Hiroshima principle and action. */
    public record Summary(int applicable, int addressed, int planned, int notApplicable, int gap, int undecided) {}

    /** The block of one common guiding principle: the principle (null if it does not apply) and its items by role. */
    public record PrincipleBlock(Named principle, Obligation applicable, Map<Named, List<Obligation>> itemsByRole) {}

    /** Undecided entries that lack the same facts, or go through the same open questions of role, for the same systems. */
    public record UndecidedGroup(List<Named> missingFacts, List<Named> openQuestions, List<Named> systems, List<Undecided> entries) {}

    private Checklist() {}

    /** Every obligation, notes included, in checklist order. */
    public static List<Obligation> flat(Derivation d) {
        List<Obligation> out = new ArrayList<>();
        for (Obligation o : d.obligations()) {
            out.add(o);
            out.addAll(o.notes());
        }
        return out;
    }

    public static Summary summary(Derivation d) {
        int[] n = new int[5];
        for (Obligation o : flat(d)) {
            n[0]++;
            switch (status(o)) {
                case "addressed" -> n[1]++;
                case "planned" -> n[2]++;
                case "not-applicable" -> n[3]++;
                default -> n[4]++;
            }
        }
        return new Summary(n[0], n[1], n[2], n[3], n[4], d.undecided().size());
    }

    /** The status code (addressed, planned, not-applicable, gap). */
    public static String status(Obligation o) {
        return o.status() == null ? "gap" : o.status().code();
    }

    public static List<Obligation> gaps(Derivation d) {
        return flat(d).stream().filter(o -> status(o).equals("gap")).toList();
    }

    public static List<Obligation> ofKind(Derivation d, Kind kind) {
        return d.obligations().stream().filter(o -> o.kind() == kind).toList();
    }

    /** One block per common guiding principle, in the guideline's order; items by role in the order of the roles. */
    public static List<PrincipleBlock> byPrinciple(Derivation d) {
        Map<String, PrincipleBlock> blocks = new LinkedHashMap<>();
        for (Obligation p : ofKind(d, Kind.PRINCIPLE))
            blocks.put(p.resource().code(), new PrincipleBlock(p.resource(), p, new LinkedHashMap<>()));
        List<Obligation> items = new ArrayList<>(ofKind(d, Kind.ITEM));
        items.addAll(ofKind(d, Kind.NOTE)); // notes whose item does not apply stand on their own
        for (Derivation.Role role : d.roles())
            for (Obligation item : items)
                if (role.role().equals(item.role())) {
                    String key = item.principle() == null ? "" : item.principle().code();
                    blocks.computeIfAbsent(key, k -> new PrincipleBlock(item.principle(), null, new LinkedHashMap<>()))
                            .itemsByRole().computeIfAbsent(role.role(), r -> new ArrayList<>()).add(item);
                }
        return new ArrayList<>(blocks.values());
    }

    public static List<UndecidedGroup> undecidedGroups(Derivation d) {
        Map<List<Object>, UndecidedGroup> groups = new LinkedHashMap<>();
        for (Undecided u : d.undecided())
            groups.computeIfAbsent(List.of(u.missingFacts(), u.openQuestions(), u.systems()),
                    k -> new UndecidedGroup(u.missingFacts(), u.openQuestions(), u.systems(), new ArrayList<>())).entries().add(u);
        return new ArrayList<>(groups.values());
    }

    /** How Markdown and the command line name a kind. */
    public static String kindName(Kind kind) {
        return switch (kind) {
            case PRINCIPLE -> "principle";
            case ITEM -> "item";
            case NOTE -> "note";
            case HIROSHIMA_PRINCIPLE -> "hiroshima-principle";
            case CODE_OF_CONDUCT -> "code-of-conduct";
        };
    }
}
