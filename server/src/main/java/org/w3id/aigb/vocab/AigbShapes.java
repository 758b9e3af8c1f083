package org.w3id.aigb.vocab;

/** IRIs of the aigb SHACL shapes ({@code shapes/*.ttl}). */
public final class AigbShapes {
    private AigbShapes() {}

    public static final String NS = "https://w3id.org/aigb/shapes#";
}
