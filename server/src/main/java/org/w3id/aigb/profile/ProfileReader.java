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

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.StrictErrorHandler;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.sys.NoRemoteDocuments;

/**
 * Reads a profile from untrusted input into a graph. The syntax is the caller's choice
 * ({@link ProfileSyntax}); the input is read up to a size cap and parsed strictly. Nothing is ever
 * fetched: JSON-LD contexts other than aigb's bundled ones are refused ({@link NoRemoteDocuments}),
 * and RDF/XML with a document type declaration (the only way to declare entities) is refused
 * before it reaches the RDF/XML parser.
 * <p>
 * Every failure is an {@link AigbException}: {@code too-large} ({@link AigbException.TooLarge}),
 * {@code empty} and {@code parse-error} with line and column, {@code remote-context-refused},
 * {@code xml-doctype-refused} ({@link AigbException.BadInput}).
 */
public final class ProfileReader {
    /** Default size cap: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /**
     * Base for relative IRIs in a profile ({@code <#org>}). A reserved domain that never resolves, and
     * outside aigb's namespace (a profile may not describe aigb's resources).
     */
    public static final String BASE = "http://profile.invalid/";

    private final long maxBytes;

    public ProfileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ProfileReader(long maxBytes) {
        if (maxBytes <= 0)
            throw new AigbException.BadInput("usage", "The size limit must be a positive number of bytes, not " + maxBytes);
        this.maxBytes = maxBytes;
        AigbSystem.init(); // installs the JSON-LD document loader that fetches nothing
    }

    public long maxBytes() {
        return maxBytes;
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
            throw new AigbException.BadInput("usage", "No profile files in " + String.join(", ", arguments));
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
            if (size > maxBytes)
                throw tooLarge(file.toString());
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
                if (buffer.size() + (long) n > maxBytes)
                    throw tooLarge(source);
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
        if (syntax == ProfileSyntax.RDFXML)
            refuseDoctype(bytes, source);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(syntax.lang()).base(BASE)
                    .errorHandler(StrictErrorHandler.INSTANCE).parse(graph);
        } catch (RiotParseException e) {
            throw parseError(source, e.getOriginalMessage(), e.getLine(), e.getCol());
        } catch (RiotException e) {
            throw parseError(source, e.getMessage(), -1, -1);
        }
        if (graph.isEmpty())
            throw new AigbException.BadInput("empty", source + " contains no triples: send a profile");
        return graph;
    }

    private static AigbException.BadInput parseError(String source, String message, long line, long column) {
        String text = message == null ? "syntax error" : message;
        if (text.contains(NoRemoteDocuments.REFUSED))
            return new AigbException.BadInput("remote-context-refused", source + ": " + text);
        String where = line > 0 ? " line " + line + ", column " + column : "";
        return new AigbException.BadInput("parse-error", source + where + ": " + text, line, column);
    }

    /** A DOCTYPE is where XML declares entities and external DTDs: refuse it, whatever it holds. */
    private static void refuseDoctype(byte[] bytes, String source) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD)
                        throw new AigbException.BadInput("xml-doctype-refused", source + " line " + reader.getLocation().getLineNumber()
                                + ": RDF/XML with a DOCTYPE (DTD or ENTITY declarations) is not accepted; remove it", reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                    if (event == XMLStreamConstants.START_ELEMENT)
                        return; // the prolog, the only place for a DOCTYPE, is over
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw parseError(source, message, line, column);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes)
            if (!(b == ' ' || b == '\n' || b == '\r' || b == '\t'))
                return false;
        return true;
    }

    private AigbException.TooLarge tooLarge(String source) {
        return new AigbException.TooLarge("too-large", source + " is larger than the limit of " + maxBytes + " bytes");
    }
}
