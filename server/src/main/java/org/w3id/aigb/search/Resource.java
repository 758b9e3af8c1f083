package org.w3id.aigb.search;

import org.w3id.aigb.render.Links;

/**
 * What a hit shows of a guideline resource (a row of {@code queries/search/resources.rq}).
 * Empty strings where the graph has no value.
 */
public record Resource(String iri, String type, String typeJa, String typeEn, String code, String labelJa, String labelEn,
                       String status, String section, String sectionCode, String sectionJa, String sectionEn) {

    /** {@code note:P-2-i-tool-whitelist}: the short name, for resources without a code. */
    public String name() {
        return Links.shortName(iri);
    }

    /** The code if it has one, else the short name. */
    public String codeOrName() {
        return code.isEmpty() ? name() : code;
    }

    /** The resource's page on this site, {@code /id/...}. */
    public String page() {
        return Links.href(iri);
    }
}
