package org.w3id.aigb.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.w3id.aigb.AigbException;

/**
 * The RDF syntaxes a profile can be written in. The syntax is chosen by us from the declared
 * media type (HTTP) or the file name (CLI), never guessed from the content.
 */
public enum ProfileSyntax {
    TURTLE("text/turtle", Lang.TURTLE, "ttl"),
    JSONLD("application/ld+json", Lang.JSONLD11, "jsonld", "json"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "owl", "xml"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt");

    private final String mediaType;
    private final Lang lang;
    private final List<String> extensions;

    ProfileSyntax(String mediaType, Lang lang, String... extensions) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    Lang lang() {
        return lang;
    }

    /** The syntax of a {@code Content-Type} value; parameters such as {@code charset} are ignored. */
    public static ProfileSyntax ofMediaType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (ProfileSyntax s : values())
            if (s.mediaType.equals(type))
                return s;
        throw new AigbException.UnsupportedMediaType("unsupported-media-type",
                (type.isEmpty() ? "No media type given" : "Media type " + type + " is not read")
                        + "; send one of " + Arrays.stream(values()).map(ProfileSyntax::mediaType).collect(Collectors.joining(", ")));
    }

    /** The syntax of a file, from its extension. */
    public static ProfileSyntax ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        ProfileSyntax syntax = ofExtension(dot < 0 ? "" : fileName.substring(dot + 1));
        if (syntax == null)
            throw new AigbException.UnsupportedMediaType("unsupported-file-type", fileName
                    + ": cannot tell the syntax from the file name; name it .ttl (Turtle), .jsonld (JSON-LD), .rdf (RDF/XML) or .nt (N-Triples)");
        return syntax;
    }

    /** The syntax named by a file extension ({@code ttl}, {@code jsonld}, {@code rdf}, {@code nt}, ...), or null. */
    public static ProfileSyntax ofExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        for (ProfileSyntax s : values())
            if (s.extensions.contains(ext))
                return s;
        return null;
    }
}
