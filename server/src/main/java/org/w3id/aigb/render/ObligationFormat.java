package org.w3id.aigb.render;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.aigb.Formats;

/**
 * How the obligations of a profile are written: JSON, a Markdown, HTML or CSV checklist, or the
 * derivation as RDF; each with the renderer that writes it. A new format is a renderer class and one
 * constant here: the command line's {@code --format} and the HTTP endpoint's negotiation offer it.
 */
public enum ObligationFormat {
    JSON("json", "application/json", ChecklistJson::new),
    MD("md", "text/markdown", ChecklistMarkdown::new),
    HTML("html", "text/html", ChecklistHtml::new),
    CSV("csv", "text/csv", ChecklistCsv::new),
    TTL("ttl", "text/turtle", t -> new ChecklistRdf(t, false)),
    JSONLD("jsonld", "application/ld+json", t -> new ChecklistRdf(t, true));

    /** What the HTTP endpoint offers, the default (JSON) first, so that an Accept of anything gets it. */
    private static final AcceptList OFFERS = AcceptList.create(Arrays.stream(values()).map(f -> MediaType.create(f.mediaType)).toArray(MediaType[]::new));

    private final String formatName;
    private final String mediaType;
    private final Function<RenderTarget, ChecklistRenderer> renderer;

    ObligationFormat(String formatName, String mediaType, Function<RenderTarget, ChecklistRenderer> renderer) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.renderer = renderer;
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

    /** A renderer of this format writing to {@code target}. */
    public ChecklistRenderer renderer(RenderTarget target) {
        return renderer.apply(target);
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
        return Formats.byName(ObligationFormat.class, ObligationFormat::formatName, "output format", name);
    }
}
