package org.w3id.aigb.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.aigb.vocab.AigbId;

/**
 * Where an IRI is read on this site: things of the guideline at {@code /id/...}, ontology terms at
 * {@code /ontology#Term}, the dataset description's resources, named graphs and dumps at their own
 * paths; other http(s) IRIs link to themselves. Links are root-relative so pages work on any host the
 * service runs on, whatever its {@code --base}.
 */
public final class Links {
    private Links() {}

    /** {@code https://w3id.org/aigb} */
    private static final String SITE = "https://w3id.org/aigb";

    /**
     * The IRIs every deployment serves itself: IRI prefix → the root-relative path that serves it (the
     * rest of the IRI appended). The query editor's results link with the same table.
     */
    private static final Map<String, String> SERVED = servedTable();

    private static Map<String, String> servedTable() {
        Map<String, String> served = new LinkedHashMap<>();
        served.put(AigbId.BASE, "/id/");
        // the ontology document, its terms (ontology#Term) and its editions (ontology/{version})
        for (String path : new String[] {"/ontology", "/dataset", "/graph/", "/dumps/", "/kg/", "/query/"})
            served.put(SITE + path, path);
        return Collections.unmodifiableMap(served);
    }

    /** IRI prefix → root-relative path for every IRI this site serves a page or document for, in the order they are tried. */
    public static Map<String, String> served() {
        return SERVED;
    }

    /** The href for an IRI, or null when it should not be a link. */
    public static String href(String iri) {
        for (Map.Entry<String, String> e : SERVED.entrySet())
            if (iri.startsWith(e.getKey()))
                return e.getValue() + iri.substring(e.getKey().length());
        return Html.isSafeHref(iri) && !iri.startsWith("/") ? iri : null;
    }
}
