package org.w3id.aigb.render;

import java.util.List;

import org.w3id.aigb.JsonWriter;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChangesView.Line;
import org.w3id.aigb.checklist.ChecklistView.Party;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.profile.ProfileReportWriter;

/**
 * What an update changed for one organisation, as JSON written as it goes (the object
 * {@link ChecklistJson} writes for a profile's {@link ChangesView}): the organisation, the two editions,
 * the comparison and the two derivations (their IRIs: the RDF answer holds them), and one object per
 * line with its kind, what it is about, the change records it cites, sections, roles, declared status
 * and whether it is undecided on either side; with counts by kind.
 */
final class ChangesJson {
    private ChangesJson() {}

    static void write(JsonWriter w, String source, ChangesView v) {
        w.beginObject().member("source", source).member("conforms", true);
        w.name("organisation").beginObject();
        Party org = v.organisation();
        if (org != null) {
            if (org.iri().isURI())
                w.member("iri", org.iri().getURI());
            w.name("label").value(ProfileReportWriter.pair(org.ja(), org.en()));
        }
        w.endObject();
        w.member("comparison", v.comparison().getURI());
        w.name("earlierEdition");
        edition(w, v.earlier());
        w.name("laterEdition");
        edition(w, v.later());
        w.name("derivations").beginObject().member("earlier", v.earlierDerivation().getURI()).member("later", v.laterDerivation().getURI()).endObject();
        w.name("differences").beginArray();
        v.lines().forEach(l -> line(w, l));
        w.endArray();
        w.name("summary").beginObject();
        v.counts().forEach(w::member);
        w.endObject().endObject();
    }

    private static void line(JsonWriter w, Line l) {
        w.beginObject().member("kind", l.kind());
        w.name("kindLabel").value(ProfileReportWriter.pair(l.kindJa(), l.kindEn()));
        w.member("group", l.group().code()).member("iri", l.resource()).member("code", l.code());
        w.name("title").value(ProfileReportWriter.pair(nullIfEmpty(l.titleJa()), nullIfEmpty(l.titleEn())));
        w.name("changeRecords").beginArray();
        for (ChangesView.ChangeRecord cr : l.changeRecords())
            w.beginObject().member("code", cr.code()).member("iri", cr.iri()).endObject();
        w.endArray();
        strings(w, "sections", l.sections());
        strings(w, "rolesBefore", l.rolesBefore());
        strings(w, "rolesAfter", l.rolesAfter());
        if (!l.moved().isEmpty())
            w.member("movedFromOrTo", l.moved());
        if (!l.status().isEmpty())
            w.member("declaredStatus", l.status());
        if (!l.aiTypes().isEmpty())
            strings(w, "aiTypes", l.aiTypes());
        if (!l.category(true).isEmpty()) {
            w.name("categoryBefore").value(ProfileReportWriter.pair(nullIfEmpty(l.categoryBeforeJa()), nullIfEmpty(l.categoryBeforeEn())));
            w.name("categoryAfter").value(ProfileReportWriter.pair(nullIfEmpty(l.categoryAfterJa()), nullIfEmpty(l.categoryAfterEn())));
        }
        w.member("undecidedBefore", l.undecidedBefore()).member("undecidedAfter", l.undecidedAfter()).endObject();
    }

    /** {@code {iri, code, label{ja,en}}}, as the checklist names an edition. */
    private static void edition(JsonWriter w, Name n) {
        w.beginObject();
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        w.member("code", n.code());
        w.name("label").value(ProfileReportWriter.pair(n.jaOrNull(), n.enOrNull()));
        w.endObject();
    }

    private static void strings(JsonWriter w, String name, List<String> values) {
        w.name(name).beginArray();
        values.forEach(w::value);
        w.endArray();
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
