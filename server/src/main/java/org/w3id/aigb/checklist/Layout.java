package org.w3id.aigb.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.PrincipleBlock;
import org.w3id.aigb.checklist.ChecklistView.Role;
import org.w3id.aigb.checklist.ChecklistView.RoleItems;
import org.w3id.aigb.checklist.ChecklistView.Summary;
import org.w3id.aigb.checklist.ChecklistView.Undecided;
import org.w3id.aigb.checklist.ChecklistView.UndecidedGroup;

/**
 * The arrangements of a checklist every format shares, made once with the view: the counts, the
 * blocks of 別添7 A (one per common guiding principle: the principle, then its items by role, each
 * with its notes), and what could not be decided grouped by the facts missing or the role questions left open.
 */
final class Layout {
    private Layout() {}

    static Summary summary(List<Entry> entries, List<Undecided> undecided) {
        int[] n = new int[5];
        for (Entry top : entries)
            for (Entry e : withNotes(top)) {
                n[0]++;
                switch (e.statusCode()) {
                    case "addressed" -> n[1]++;
                    case "planned" -> n[2]++;
                    case "not-applicable" -> n[3]++;
                    default -> n[4]++;
                }
            }
        return new Summary(n[0], n[1], n[2], n[3], n[4], undecided.size());
    }

    private static List<Entry> withNotes(Entry e) {
        List<Entry> out = new ArrayList<>(e.notes().size() + 1);
        out.add(e);
        out.addAll(e.notes());
        return out;
    }

    /** One block per common guiding principle, in the guideline's order; items (and lone notes) by role in the order of the roles. */
    static List<PrincipleBlock> byPrinciple(List<Role> roles, List<Entry> entries) {
        Map<String, Entry> principles = new LinkedHashMap<>();
        Map<String, Name> principleNames = new LinkedHashMap<>();
        for (Entry p : entries)
            if (p.kind() == Kind.PRINCIPLE) {
                principles.put(p.resource().code(), p);
                principleNames.put(p.resource().code(), p.resource());
            }
        Map<String, Map<Name, List<Entry>>> items = new LinkedHashMap<>();
        principleNames.keySet().forEach(code -> items.put(code, new LinkedHashMap<>()));
        for (Role role : roles)
            for (Entry item : entries)
                if ((item.kind() == Kind.ITEM || item.kind() == Kind.NOTE) && role.role().equals(item.role())) {
                    String key = item.principle() == null ? "" : item.principle().code();
                    principleNames.putIfAbsent(key, item.principle());
                    items.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(role.role(), r -> new ArrayList<>()).add(item);
                }
        List<PrincipleBlock> out = new ArrayList<>();
        items.forEach((code, byRole) -> {
            List<RoleItems> roleItems = new ArrayList<>();
            byRole.forEach((role, list) -> roleItems.add(new RoleItems(role, List.copyOf(list))));
            out.add(new PrincipleBlock(principleNames.get(code), principles.get(code), List.copyOf(roleItems)));
        });
        return List.copyOf(out);
    }

    static List<UndecidedGroup> undecidedGroups(List<Undecided> undecided) {
        Map<List<Object>, List<Undecided>> groups = new LinkedHashMap<>();
        for (Undecided u : undecided)
            groups.computeIfAbsent(List.of(u.missingFacts(), u.openQuestions(), u.systems()), k -> new ArrayList<>()).add(u);
        List<UndecidedGroup> out = new ArrayList<>();
        groups.values().forEach(g -> out.add(new UndecidedGroup(g.get(0).missingFacts(), g.get(0).openQuestions(), g.get(0).systems(), List.copyOf(g))));
        return List.copyOf(out);
    }
}
