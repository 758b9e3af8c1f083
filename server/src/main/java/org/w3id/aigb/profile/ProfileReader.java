package org.w3id.aigb.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Text;
import org.w3id.aigb.graph.StrictErrorHandler;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.sys.NoRemoteDocuments;

/**
 * Reads a profile from untrusted input into a graph, within {@link Limits}: its size
 * ({@code profile-too-large}), nesting ({@code too-deep}), longest literal or IRI
 * ({@code literal-too-long}), number of triples ({@code too-many-triples}) and how far its prefixes
 * and base expand it ({@code expansion-too-large}). The syntax is the
 * caller's choice ({@link ProfileSyntax}); the bytes must be UTF-8 ({@link ProfileInput}) and are
 * parsed strictly. Nothing is ever fetched: JSON-LD contexts other than aigb's bundled ones are
 * refused ({@link NoRemoteDocuments}), and RDF/XML with a document type declaration (the only way to
 * declare entities) is refused before it reaches the RDF/XML parser.
 * <p>
 * Every failure is an {@link AigbException}: {@link Limits.LimitExceeded} for a limit;
 * {@code empty}, {@code bad-encoding} and {@code parse-error} with line and column,
 * {@code remote-context-refused}, {@code xml-doctype-refused}, {@code named-graph} ({@link AigbException.BadInput}).
 */
public final class ProfileReader {
    /**
     * Base for relative IRIs in a profile ({@code <#org>}). A reserved domain that never resolves, and
     * outside aigb's namespace (a profile may not describe aigb's resources).
     */
    public static final String BASE = "http://profile.invalid/";

    private final Limits limits;

    /** A reader with the default limits. */
    public ProfileReader() {
        this(Limits.defaults());
    }

    public ProfileReader(Limits limits) {
        this.limits = limits;
        AigbSystem.init(); // installs the JSON-LD document loader that fetches nothing
    }

    public Limits limits() {
        return limits;
    }

    /**
     * The profile files that command-line arguments name: a file as given; a directory stands for the
     * profile files in it (by extension, leaving out the examples' {@code *.expected.ttl}), sorted.
     */
    public static List<Path> files(List<String> arguments) {
        List<Path> out = new ArrayList<>();
        for (String argument : arguments) {
            Path p = Path.of(argument);
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> listed = Files.list(p)) {
                listed.filter(Files::isRegularFile).filter(f -> isProfileFileName(f.getFileName().toString())).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new AigbException.BadInput("cannot-read", "Cannot list " + p + ": " + e.getMessage());
            }
        }
        if (out.isEmpty())
            throw new AigbException.Usage("No profile files in " + String.join(", ", arguments));
        return out;
    }

    /** A profile's file name: a profile syntax's extension, and not an example's expected results ({@code *.expected.ttl}). */
    public static boolean isProfileFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && ProfileSyntax.ofExtension(name.substring(dot + 1)) != null && !name.endsWith(".expected.ttl");
    }

    /** Reads a file; the syntax comes from its extension. */
    public Graph read(Path file) {
        ProfileSyntax syntax = ProfileSyntax.ofFileName(file.getFileName().toString());
        try {
            long size = Files.size(file);
            if (size > limits.profileBytes())
                throw tooLarge(file.toString(), size + " bytes");
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, syntax, file.toString());
            }
        } catch (NoSuchFileException e) {
            throw new AigbException.NotFound("no-such-file", "No file " + file);
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-read", "Cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Reads a stream to its end (or the size cap) and parses it.
     *
     * @param source names the input in messages: a file name, or "request body"
     */
    public Graph read(InputStream in, ProfileSyntax syntax, String source) {
        return parse(readCapped(in, source), syntax, source);
    }

    private byte[] readCapped(InputStream in, String source) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) >= 0;) {
                if (buffer.size() + (long) n > limits.profileBytes())
                    throw tooLarge(source, "more than " + limits.profileBytes() + " bytes");
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-read", "Cannot read " + source + ": " + e.getMessage());
        }
        return buffer.toByteArray();
    }

    private Graph parse(byte[] bytes, ProfileSyntax syntax, String source) {
        if (isBlank(bytes))
            throw new AigbException.BadInput("empty", source + " is empty: send a profile");
        new ProfileInput(source, limits).check(bytes, syntax);
        Graph graph = GraphFactory.createDefaultGraph();
        LimitedGraphStream stream = new LimitedGraphStream(graph, source, limits, bytes.length);
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(syntax.lang()).base(BASE)
                    .errorHandler(StrictErrorHandler.INSTANCE).parse(stream);
        } catch (RiotParseException e) {
            if (stream.failure() != null)
                throw stream.failure(); // a limit or a refusal, reported by the JSON-LD parser as a parse error
            throw parseError(source, e.getOriginalMessage(), e.getLine(), e.getCol());
        } catch (RiotException e) {
            if (stream.failure() != null)
                throw stream.failure();
            throw parseError(source, e.getMessage(), -1, -1);
        }
        if (graph.isEmpty())
            throw new AigbException.BadInput("empty", source + " contains no triples: send a profile");
        return graph;
    }

    static AigbException.BadInput parseError(String source, String message, long line, long column) {
        String text = message == null ? "syntax error" : Text.cut(message, 300); // a parser may quote the offending input: never all of it
        if (text.contains(NoRemoteDocuments.REFUSED))
            return new AigbException.BadInput("remote-context-refused", source + ": " + text);
        String where = line > 0 ? " line " + line + ", column " + column : "";
        return new AigbException.BadInput("parse-error", source + where + ": " + text, line, column);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes)
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t'))
                return false;
        return true;
    }

    private Limits.LimitExceeded tooLarge(String source, String size) {
        return limits.exceeded(Limits.Limit.PROFILE_BYTES, source + " is too large (" + size + ")");
    }
}
