package org.w3id.aigb.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.w3id.aigb.AigbException;

/** How a validation report is written: text for people, a JSON summary, or the SHACL report as RDF. */
public enum ReportFormat {
    TEXT("text", "text/plain; charset=utf-8"),
    JSON("json", "application/json"),
    TTL("ttl", "text/turtle; charset=utf-8"),
    JSONLD("jsonld", "application/ld+json");

    private final String formatName;
    private final String contentType;

    ReportFormat(String formatName, String contentType) {
        this.formatName = formatName;
        this.contentType = contentType;
    }

    public String formatName() {
        return formatName;
    }

    /** The {@code Content-Type} of the written report. */
    public String contentType() {
        return contentType;
    }

    public boolean isRdf() {
        return this == TTL || this == JSONLD;
    }

    /** Parses a {@code --format} value; an unknown one is a {@code bad-format} error naming the choices. */
    public static ReportFormat of(String name) {
        for (ReportFormat f : values())
            if (f.formatName.equals(name.toLowerCase(Locale.ROOT)))
                return f;
        throw new AigbException.BadInput("bad-format", "Unknown report format '" + name + "'; choose one of "
                + Arrays.stream(values()).map(ReportFormat::formatName).collect(Collectors.joining(", ")));
    }
}
