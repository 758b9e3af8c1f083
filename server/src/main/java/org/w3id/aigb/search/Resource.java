package org.w3id.aigb.search;


import org.w3id.aigb.vocab.Prefixes;

/**
 * What a hit shows of a guideline resource (a row of {@code queries/search/resources.rq}).
 * Empty strings where the graph has no value.
 */
public record Resource(String iri, String type, String typeJa, String typeEn, String code, String labelJa, String labelEn,
                       String status, String section, String sectionCode, String sectionJa, String sectionEn) {

    /** {@code note:P-2-i-tool-whitelist}: the short name, for resources without a code. */
    public String name() {
        return Prefixes.shortName(iri);
    }

    /** The code if it has one, else the short name. */
    public String codeOrName() {
        return code.isEmpty() ? name() : code;
    }

    /**
     * The source section as one line: its code and Japanese title, without saying the part twice
     * ({@code 本編 第4部} + {@code 第4部 AI提供者に関する事項} → {@code 本編 第4部 AI提供者に関する事項}).
     */
    public String sectionTitle() {
        String last = sectionCode.substring(sectionCode.lastIndexOf(' ') + 1);
        if (!last.isEmpty() && sectionJa.startsWith(last))
            return (sectionCode.substring(0, sectionCode.length() - last.length()) + sectionJa).strip();
        return (sectionCode + " " + sectionJa).strip();
    }
}
