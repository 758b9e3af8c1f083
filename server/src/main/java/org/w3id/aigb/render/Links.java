package org.w3id.aigb.render;

import java.util.List;

import org.w3id.aigb.vocab.AIGB;
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
    /** Paths under {@link #SITE} that every deployment serves itself. */
    private static final List<String> SERVED = List.of("/ontology", "/dataset", "/graph/", "/dumps/", "/kg/", "/query/");

    /** The href for an IRI, or null when it should not be a link. */
    public static String href(String iri) {
        if (iri.startsWith(AigbId.BASE))
            return "/id/" + iri.substring(AigbId.BASE.length());
        if (iri.startsWith(AIGB.NS))
            return "/ontology#" + iri.substring(AIGB.NS.length());
        if (iri.startsWith(SITE + "/")) {
            String path = iri.substring(SITE.length());
            if (SERVED.stream().anyMatch(path::startsWith))
                return path;
        }
        return Html.isSafeHref(iri) && !iri.startsWith("/") ? iri : null;
    }
}
