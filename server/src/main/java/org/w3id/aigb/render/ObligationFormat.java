package org.w3id.aigb.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Formats;

/** How the obligations of a profile are written: JSON, a Markdown or HTML checklist, or the derivation as RDF. */
public enum ObligationFormat {
    JSON("json", "application/json"),
    MD("md", "text/markdown"),
    HTML("html", "text/html"),
    TTL("ttl", "text/turtle"),
    JSONLD("jsonld", "application/ld+json");

    /** What the HTTP endpoint offers, the default (JSON) first, so that an Accept of anything gets it. */
    private static final AcceptList OFFERS = AcceptList.create(Arrays.stream(values()).map(f -> MediaType.create(f.mediaType)).toArray(MediaType[]::new));

    private final String formatName;
    private final String mediaType;

    ObligationFormat(String formatName, String mediaType) {
        this.formatName = formatName;
        this.mediaType = mediaType;
    }

    public String formatName() {
        return formatName;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    public boolean isRdf() {
        return this == TTL || this == JSONLD;
    }

    /** The client's preferred media type among those we write; JSON when it sends no Accept or accepts anything; 406 when none. */
    public static ObligationFormat forAccept(String accept) {
        MediaType chosen = Formats.negotiate(accept, OFFERS);
        for (ObligationFormat f : values())
            if (f.mediaType.equals(chosen.getContentTypeStr()))
                return f;
        return JSON;
    }

    /** Parses a {@code --format} value; an unknown one is a {@code bad-format} error naming the choices. */
    public static ObligationFormat of(String name) {
        for (ObligationFormat f : values())
            if (f.formatName.equals(name.toLowerCase(Locale.ROOT)))
                return f;
        throw new AigbException.BadInput("bad-format", "Unknown output format '" + name + "'; choose one of "
                + Arrays.stream(values()).map(ObligationFormat::formatName).collect(Collectors.joining(", ")));
    }
}
