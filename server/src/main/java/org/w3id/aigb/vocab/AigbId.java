package org.w3id.aigb.vocab;

/** IRIs of the things of the guideline: {@code https://w3id.org/aigb/id/{type}/{code}}. */
public final class AigbId {
    private AigbId() {}

    /** Base of every thing's IRI; a server maps its own {@code /id/} path to it. */
    public static final String BASE = "https://w3id.org/aigb/id/";

    /** The IRI of the thing of the given type and code, e.g. {@code iri("item", "P-2-i")}. */
    public static String iri(String type, String code) {
        return BASE + type + "/" + code;
    }
}
