package org.w3id.aigb.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.w3id.aigb.JsonWriter;
import org.w3id.aigb.obligation.Derivation.Named;
import org.w3id.aigb.obligation.EditionComparison;
import org.w3id.aigb.profile.ProfileReportWriter;

/**
 * What an update changed for one organisation, as JSON written as it goes: the organisation, the two
 * editions, the comparison and the two derivations (their IRIs: the RDF answer holds them), and one
 * object per line of {@link Changes} with its kind, what it is about, the change records it cites,
 * sections, roles, declared status and whether it is undecided on either side; with counts by kind.
 */
final class ChangesJson {
    private ChangesJson() {}

    static void write(JsonWriter w, String source, EditionComparison c) {
        w.beginObject().member("source", source).member("conforms", true);
        w.name("organisation");
        named(w, c.later().organisation());
        w.member("comparison", c.iri().getURI());
        w.name("earlierEdition");
        named(w, c.earlier().guidelineEdition());
        w.name("laterEdition");
        named(w, c.later().guidelineEdition());
        w.name("derivations").beginObject().member("earlier", c.earlier().iri().getURI()).member("later", c.later().iri().getURI()).endObject();
        Map<String, Integer> counts = new TreeMap<>();
        w.name("differences").beginArray();
        for (Changes.Line l : Changes.lines(c)) {
            line(w, l);
            counts.merge(l.kind(), 1, Integer::sum);
        }
        w.endArray();
        w.name("summary").beginObject();
        counts.forEach((kind, n) -> w.member(kind, n));
        w.endObject().endObject();
    }

    private static void line(JsonWriter w, Changes.Line l) {
        w.beginObject().member("kind", l.kind());
        w.name("kindLabel").value(ProfileReportWriter.pair(l.kindJa(), l.kindEn()));
        w.member("group", l.group().name().toLowerCase(Locale.ROOT)).member("iri", l.resource()).member("code", l.code());
        w.name("title").value(ProfileReportWriter.pair(nullIfEmpty(l.titleJa()), nullIfEmpty(l.titleEn())));
        w.name("changeRecords").beginArray();
        for (Changes.ChangeRecord cr : l.changeRecords())
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
        if (!l.category().isEmpty())
            w.member("categoryBefore", l.categoryBeforeJa()).member("categoryAfter", l.categoryAfterJa());
        w.member("undecidedBefore", l.undecidedBefore()).member("undecidedAfter", l.undecidedAfter()).endObject();
    }

    /** {@code {iri, code, label{ja,en}}}, as the checklist names things. */
    private static void named(JsonWriter w, Named n) {
        w.beginObject();
        if (n.iri().isURI())
            w.member("iri", n.iri().getURI());
        if (n.code() != null)
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
