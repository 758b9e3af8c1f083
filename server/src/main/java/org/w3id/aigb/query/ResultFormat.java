package org.w3id.aigb.query;

import org.w3id.aigb.Formats;

/** Output formats of query results: tables for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    TEXT("text"), CSV("csv"), TSV("tsv"), JSON("json"), TTL("ttl"), NT("nt"), JSONLD("jsonld");

    private final String name;

    ResultFormat(String name) {
        this.name = name;
    }

    public String formatName() {
        return name;
    }

    /** Parses a {@code --format} value; an unknown one is a {@code bad-format} error naming the choices. */
    public static ResultFormat of(String name) {
        return Formats.byName(ResultFormat.class, ResultFormat::formatName, "format", name);
    }

    /** True for the formats that write RDF rather than a table. */
    public boolean isRdf() {
        return this == TTL || this == NT || this == JSONLD;
    }
}
