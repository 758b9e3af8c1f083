package org.w3id.aigb.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;

/**
 * The RDF syntaxes a profile can be written in. The syntax is chosen by us from the declared
 * media type (HTTP) or the file name (CLI), never guessed from the content.
 */
public enum ProfileSyntax {
    TURTLE(Format.TTL),
    JSONLD(Format.JSONLD, "json"),
    RDFXML(Format.RDFXML, "owl", "xml"),
    NTRIPLES(Format.NT);

    private final Format format;
    private final List<String> extensions;

    /** {@code format} and, besides its own extension, the other file extensions a profile in it may have. */
    ProfileSyntax(Format format, String... otherExtensions) {
        this.format = format;
        List<String> all = new java.util.ArrayList<>(List.of(format.extension()));
        all.addAll(List.of(otherExtensions));
        this.extensions = List.copyOf(all);
    }

    /** The format in the registry of formats. */
    public Format format() {
        return format;
    }

    public String mediaType() {
        return format.mediaType();
    }

    Lang lang() {
        return format.lang();
    }

    /**
     * The syntax of a {@code Content-Type} value. A {@code charset} other than UTF-8 is refused
     * ({@code unsupported-charset}): profiles are read as UTF-8 only, whatever a client declares.
     */
    public static ProfileSyntax ofMediaType(String contentType) {
        String[] parts = contentType == null ? new String[] { "" } : contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            String value = param.length < 2 ? "" : param[1].strip().replace("\"", "");
            if (param[0].strip().equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8") && !value.equalsIgnoreCase("utf8"))
                throw new AigbException.UnsupportedMediaType("unsupported-charset", "The charset " + value
                        + " is not read: send the profile as UTF-8 (charset=utf-8, or no charset)");
        }
        for (ProfileSyntax s : values())
            if (s.mediaType().equals(type))
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
