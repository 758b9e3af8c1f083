package org.w3id.aigb.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.aigb.AigbException;

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
        for (ResultFormat f : values())
            if (f.name.equals(name.toLowerCase(Locale.ROOT)))
                return f;
        throw new AigbException.BadInput("bad-format", "Unknown format '" + name + "'; choose one of "
                + Arrays.stream(values()).map(ResultFormat::formatName).collect(Collectors.joining(", ")));
    }

    /** True for the formats that write RDF rather than a table. */
    public boolean isRdf() {
        return this == TTL || this == NT || this == JSONLD;
    }
}
