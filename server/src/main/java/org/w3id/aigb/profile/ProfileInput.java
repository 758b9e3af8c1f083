package org.w3id.aigb.profile;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;

/**
 * The checks on a profile's bytes before any RDF parser sees them, each because a parser would
 * otherwise go wrong silently or fatally: the text must be UTF-8 (a parser replaces bad bytes with
 * U+FFFD and reads mojibake without a word); its nesting must stay within {@link Limits#depth()}
 * (the Turtle, JSON-LD and RDF/XML parsers recurse per level and overflow the stack thousands of
 * levels down); and RDF/XML must have no DOCTYPE (the only place XML declares entities and
 * external DTDs) and declare no encoding but UTF-8. Nesting is measured by a scan that knows each
 * syntax's strings, IRIs and comments, so brackets inside them do not count.
 */
final class ProfileInput {
    private final String source;
    private final Limits limits;

    ProfileInput(String source, Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Every check for {@code syntax}; returns normally when the input may be parsed. */
    void check(byte[] bytes, ProfileSyntax syntax) {
        String text = utf8(bytes);
        switch (syntax) {
            case TURTLE -> turtleDepth(text);
            case JSONLD -> jsonDepth(text);
            case RDFXML -> xml(bytes);
            case NTRIPLES -> { } // no nesting in N-Triples
        }
    }

    /** The text, or {@code bad-encoding} at the first byte that is not UTF-8. */
    String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            String decoded = out.flip().toString();
            long line = 1 + decoded.chars().filter(c -> c == '\n').count();
            long column = decoded.length() - decoded.lastIndexOf('\n');
            throw new AigbException.BadInput("bad-encoding", source + " line " + line + ", column " + column + ": byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[bad] & 0xff) + " is not UTF-8; profiles are read as UTF-8 only (save or send the file as UTF-8)",
                    line, column);
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new AigbException.BadInput("bad-encoding", source + " ends inside a UTF-8 character; profiles are read as UTF-8 only");
        }
        return out.flip().toString();
    }

    /** Turtle: {@code [ ]} and {@code ( )} outside IRIs, strings and comments. */
    private void turtleDepth(String s) {
        Depth d = new Depth();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> d.newLine(i);
                case '#' -> {
                    while (i + 1 < n && s.charAt(i + 1) != '\n')
                        i++;
                }
                case '<' -> {
                    while (i + 1 < n && s.charAt(i + 1) != '>' && s.charAt(i + 1) != '\n')
                        i++;
                    i++;
                }
                case '"', '\'' -> i = endOfString(s, i, d);
                case '[', '(' -> d.open(i);
                case ']', ')' -> d.close();
                default -> { }
            }
        }
    }

    /** The index of the closing quote of the string opening at {@code start} (short or long form), or the end. */
    private static int endOfString(String s, int start, Depth d) {
        char q = s.charAt(start);
        int n = s.length();
        boolean isLong = start + 2 < n && s.charAt(start + 1) == q && s.charAt(start + 2) == q;
        int i = isLong ? start + 3 : start + 1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                d.newLine(i);
                if (!isLong)
                    return i; // a short string cannot span lines: the parser reports it
            } else if (c == q) {
                if (!isLong)
                    return i;
                if (i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q)
                    return i + 2;
            }
        }
        return n;
    }

    /** JSON: objects and arrays outside strings. */
    private void jsonDepth(String s) {
        Depth d = new Depth();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> d.newLine(i);
                case '"' -> {
                    for (i++; i < n && s.charAt(i) != '"'; i++)
                        if (s.charAt(i) == '\\')
                            i++;
                        else if (s.charAt(i) == '\n')
                            d.newLine(i);
                }
                case '{', '[' -> d.open(i);
                case '}', ']' -> d.close();
                default -> { }
            }
        }
    }

    /** RDF/XML: element depth, no DOCTYPE, no declared encoding but UTF-8; malformed XML is a parse error. */
    private void xml(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            try {
                String declared = reader.getCharacterEncodingScheme();
                if (declared != null && !declared.equalsIgnoreCase("UTF-8"))
                    throw new AigbException.BadInput("bad-encoding", source + " line 1: the XML declaration names the encoding " + declared
                            + "; profiles are read as UTF-8 only (save the file as UTF-8 and declare encoding=\"UTF-8\" or none)", 1, 1);
                int depth = 0;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD)
                        throw new AigbException.BadInput("xml-doctype-refused", source + " line " + reader.getLocation().getLineNumber()
                                + ": RDF/XML with a DOCTYPE (DTD or ENTITY declarations) is not accepted; remove it", reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber());
                    if (event == XMLStreamConstants.START_ELEMENT && ++depth > limits.depth())
                        throw tooDeep(reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber());
                    if (event == XMLStreamConstants.END_ELEMENT)
                        depth--;
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            String message = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw ProfileReader.parseError(source, message, line, column);
        }
    }

    private Limits.LimitExceeded tooDeep(long line, long column) {
        return limits.exceeded(Limits.Limit.DEPTH, source + " line " + line + ", column " + column + ": nested more than " + limits.depth() + " levels deep",
                line, column);
    }

    /** Nesting depth with the position of the current line, for the message. */
    private final class Depth {
        private int depth;
        private long line = 1;
        private int lineStart;

        void newLine(int index) {
            line++;
            lineStart = index + 1;
        }

        void open(int index) {
            if (++depth > limits.depth())
                throw tooDeep(line, index - lineStart + 1L);
        }

        void close() {
            if (depth > 0)
                depth--;
        }
    }
}
