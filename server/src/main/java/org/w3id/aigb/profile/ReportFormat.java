package org.w3id.aigb.profile;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.aigb.Formats;

/** How a validation report is written: text for people, a JSON summary, or the SHACL report as RDF. */
public enum ReportFormat {
    TEXT("text", "text/plain; charset=utf-8"),
    JSON("json", "application/json"),
    TTL("ttl", "text/turtle; charset=utf-8"),
    JSONLD("jsonld", "application/ld+json");

    /** What the HTTP endpoint offers, the default (the summary) first, so that an Accept of anything gets it. */
    private static final AcceptList OFFERS = AcceptList.create(MediaType.create("application/json"),
            MediaType.create("text/turtle"), MediaType.create("application/ld+json"), MediaType.create("text/plain"));

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

    /** The media type, without parameters. */
    public String mediaType() {
        return contentType.split(";", 2)[0];
    }

    public boolean isRdf() {
        return this == TTL || this == JSONLD;
    }

    /**
     * The format an HTTP client asks for with {@code Accept}: the first of its media types (in its
     * order of preference) that we write; the JSON summary when it sends no Accept or accepts
     * anything; {@code not-acceptable} (406) when it accepts none of them.
     */
    public static ReportFormat forAccept(String accept) {
        MediaType chosen = Formats.negotiate(accept, OFFERS);
        for (ReportFormat f : values())
            if (f.mediaType().equals(chosen.getContentTypeStr()))
                return f;
        return JSON;
    }

    /** Parses a {@code --format} value; an unknown one is a {@code bad-format} error naming the choices. */
    public static ReportFormat of(String name) {
        return Formats.byName(ReportFormat.class, ReportFormat::formatName, "report format", name);
    }
}
