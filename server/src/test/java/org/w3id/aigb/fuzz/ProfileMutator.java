package org.w3id.aigb.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.w3id.aigb.Limits;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.testing.TestKG;

/**
 * A seeded generator of hostile and strange profiles: each case is one of the example profiles (as
 * Turtle, JSON-LD, RDF/XML or N-Triples) put through one mutation, or a profile made up from
 * scratch. The same seed gives the same cases, so a failure is reproduced by its seed and index.
 * <ul>
 * <li>broken input: truncation, flipped, inserted or deleted bytes, a slice repeated, random bytes;</li>
 * <li>limits: nesting at, just past and far past the depth limit; literals at and past the length
 * limit, and a megabyte long; more triples than the limit;</li>
 * <li>encodings: Shift_JIS, UTF-16, Latin-1, invalid UTF-8 sequences; NUL and bidi overrides;</li>
 * <li>valid but strange graphs: the controlled values swapped for others (so the derivation runs on
 * odd combinations), many AI systems, cycles, blank nodes, odd language tags, ill-typed literals,
 * long lists, statements about the guideline's own resources.</li>
 * </ul>
 */
public final class ProfileMutator {
    /** One generated profile: how it was made (for a failure's message), its bytes and syntax. */
    public record Case(int index, String how, byte[] body, ProfileSyntax syntax) {
        public String describe() {
            return "#" + index + " " + how + " (" + syntax + ", " + body.length + " bytes)";
        }

        /** How it was made, without the example's name: the kind of case. */
        public String kind() {
            return how.replaceFirst("^[a-z0-9-]+\\.(ttl|jsonld|rdf|nt)( as [A-Za-z/-]+)? ", "").replaceAll("\\d+", "N");
        }
    }

    private static final Pattern TERM = Pattern.compile("(activity|aitype|role|status|item|note|users|sector|orgkind|origin):[A-Za-z0-9-]+");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\\\n]{1,200})\"");
    private static final Charset[] OTHER_CHARSETS = { Charset.forName("Shift_JIS"), StandardCharsets.UTF_16, StandardCharsets.ISO_8859_1,
            Charset.forName("EUC-JP") };
    private static final String[] ODD_TEXT = { "\u202E逆順\u202C", "NUL\u0000here", "\u2066isolate\u2069", "bell\u0007", "\uFEFFbom",
            "<script>alert(1)</script>", "]]><!--", "```md`` *x* _y_ | # [l](javascript:x)", "\u0085\u2028\u2029", "😀" };

    private final List<byte[]> turtle = new ArrayList<>();
    private final List<Case> seeds = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();
    private final Limits limits;

    public ProfileMutator(Limits limits) {
        this.limits = limits;
        try {
            for (Path p : Files.list(TestKG.repo("data/examples/profiles")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!ProfileReader.isProfileFileName(name))
                    continue;
                byte[] bytes = Files.readAllBytes(p);
                ProfileSyntax syntax = ProfileSyntax.ofFileName(name);
                seeds.add(new Case(-1, name, bytes, syntax));
                if (syntax != ProfileSyntax.TURTLE)
                    continue;
                turtle.add(bytes);
                Matcher m = TERM.matcher(new String(bytes, StandardCharsets.UTF_8));
                while (m.find())
                    if (!vocabulary.contains(m.group()))
                        vocabulary.add(m.group());
                Graph g = RDFParser.source(p).lang(Lang.TURTLE).base(ProfileReader.BASE).toGraph();
                seeds.add(new Case(-1, name + " as RDF/XML", write(g, Lang.RDFXML), ProfileSyntax.RDFXML));
                seeds.add(new Case(-1, name + " as N-Triples", write(g, Lang.NTRIPLES), ProfileSyntax.NTRIPLES));
                seeds.add(new Case(-1, name + " as JSON-LD", write(g, Lang.JSONLD), ProfileSyntax.JSONLD));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Graph g, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, lang);
        return out.toByteArray();
    }

    int seedCount() {
        return seeds.size();
    }

    /** The case with this index for this seed: the same pair always gives the same case. */
    public Case generate(long seed, int index) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
        Case base = seeds.get(r.nextInt(seeds.size()));
        int kind = r.nextInt(100);
        if (kind < 13)
            return new Case(index, base.how() + " truncated", truncate(base.body(), r), base.syntax());
        if (kind < 26)
            return new Case(index, base.how() + " with flipped bytes", flip(base.body(), r), base.syntax());
        if (kind < 35)
            return new Case(index, base.how() + " with bytes inserted and deleted", splice(base.body(), r), base.syntax());
        if (kind < 40)
            return new Case(index, base.how() + " with a slice repeated", repeatSlice(base.body(), r), base.syntax());
        if (kind < 46)
            return new Case(index, "random bytes", randomBytes(r), ProfileSyntax.values()[r.nextInt(4)]);
        if (kind < 56)
            return nested(index, r);
        if (kind < 61)
            return new Case(index, base.how() + " with a long literal", longLiteral(base.body(), r), base.syntax());
        if (kind < 72)
            return new Case(index, base.how() + " in another encoding", otherEncoding(base.body(), r), base.syntax());
        if (kind < 80)
            return new Case(index, base.how() + " with odd characters in its text", oddText(base.body(), r), base.syntax());
        if (kind < 91)
            return new Case(index, "Turtle example with its controlled values swapped", swapTerms(turtle.get(r.nextInt(turtle.size())), r), ProfileSyntax.TURTLE);
        return new Case(index, "a strange graph", StrangeGraphs.make(r, limits), ProfileSyntax.TURTLE);
    }

    private static byte[] truncate(byte[] b, SplittableRandom r) {
        return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
    }

    private static byte[] flip(byte[] b, SplittableRandom r) {
        byte[] out = b.clone();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n && out.length > 0; i++)
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        return out;
    }

    private static byte[] splice(byte[] b, SplittableRandom r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(b.length + 1), cut = Math.min(b.length - at, r.nextInt(64));
        out.write(b, 0, at);
        byte[] junk = new byte[r.nextInt(32)];
        for (int i = 0; i < junk.length; i++)
            junk[i] = (byte) "{}[]()<>\"'#@;,.:\\_^".charAt(r.nextInt(19));
        out.writeBytes(junk);
        out.write(b, at + cut, b.length - at - cut);
        return out.toByteArray();
    }

    private static byte[] repeatSlice(byte[] b, SplittableRandom r) {
        int from = r.nextInt(b.length), len = 1 + r.nextInt(Math.min(400, b.length - from));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, from + len);
        int times = 2 + r.nextInt(300);
        for (int i = 0; i < times; i++)
            out.write(b, from, len);
        out.write(b, from + len, b.length - from - len);
        return out.toByteArray();
    }

    private static byte[] randomBytes(SplittableRandom r) {
        byte[] b = new byte[r.nextInt(4096)];
        for (int i = 0; i < b.length; i++)
            b[i] = (byte) r.nextInt(256);
        return b;
    }

    /** Nesting at, around and far past the depth limit, in each nesting syntax. */
    private Case nested(int index, SplittableRandom r) {
        int[] depths = { limits.depth() - 2, limits.depth() - 1, limits.depth(), limits.depth() + 1, 500, 2000, 5000 };
        int d = Math.max(1, depths[r.nextInt(depths.length)]);
        return switch (r.nextInt(4)) {
            case 0 -> new Case(index, "Turtle blank nodes " + d + " deep", ("<http://ex.org/a> <http://ex.org/p> " + "[ <http://ex.org/p> ".repeat(d)
                    + "\"x\"" + " ]".repeat(d) + " .").getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE);
            case 1 -> new Case(index, "Turtle lists " + d + " deep", ("<http://ex.org/a> <http://ex.org/p> " + "( ".repeat(d) + "1" + " )".repeat(d) + " .")
                    .getBytes(StandardCharsets.UTF_8), ProfileSyntax.TURTLE);
            case 2 -> new Case(index, "JSON-LD objects " + d + " deep", ("{\"@id\": \"http://ex.org/a\", \"http://ex.org/p\": " + (r.nextBoolean()
                    ? "{\"http://ex.org/p\": ".repeat(d) + "\"x\"" + "}".repeat(d) : "[".repeat(d) + "\"x\"" + "]".repeat(d)) + "}")
                    .getBytes(StandardCharsets.UTF_8), ProfileSyntax.JSONLD);
            default -> new Case(index, "RDF/XML elements " + d + " deep", ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                    + " xmlns:ex=\"http://ex.org/\"><rdf:Description rdf:about=\"http://ex.org/a\">" + "<ex:p><rdf:Description>".repeat(d) + "<ex:q>x</ex:q>"
                    + "</rdf:Description></ex:p>".repeat(d) + "</rdf:Description></rdf:RDF>").getBytes(StandardCharsets.UTF_8), ProfileSyntax.RDFXML);
        };
    }

    /** A literal of the profile replaced by one at, just past, or far past the length limit. */
    private byte[] longLiteral(byte[] b, SplittableRandom r) {
        String s = new String(b, StandardCharsets.UTF_8);
        Matcher m = LITERAL.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find())
            spans.add(new int[] { m.start(1), m.end(1) });
        if (spans.isEmpty())
            return b;
        int[] span = spans.get(r.nextInt(spans.size()));
        int[] lengths = { limits.literalChars(), limits.literalChars() + 1, 1 << 18 };
        String filler = String.valueOf("aあ名Z".charAt(r.nextInt(4))).repeat(lengths[r.nextInt(lengths.length)]);
        return (s.substring(0, span[0]) + filler + s.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] otherEncoding(byte[] b, SplittableRandom r) {
        if (r.nextInt(3) == 0) { // an invalid UTF-8 sequence in the middle
            byte[][] bad = { { (byte) 0xC3, 0x28 }, { (byte) 0xC0, (byte) 0xAF }, { (byte) 0x80 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xFF } };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = r.nextInt(b.length + 1);
            out.write(b, 0, at);
            out.writeBytes(bad[r.nextInt(bad.length)]);
            out.write(b, at, b.length - at);
            return out.toByteArray();
        }
        return new String(b, StandardCharsets.UTF_8).getBytes(OTHER_CHARSETS[r.nextInt(OTHER_CHARSETS.length)]);
    }

    /** Control, bidi, markup and emoji characters spliced into the profile's literals. */
    private static byte[] oddText(byte[] b, SplittableRandom r) {
        String s = new String(b, StandardCharsets.UTF_8);
        Matcher m = LITERAL.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find())
            m.appendReplacement(sb, Matcher.quoteReplacement("\"" + m.group(1) + (r.nextInt(3) == 0 ? escapeForTurtle(ODD_TEXT[r.nextInt(ODD_TEXT.length)]) : "") + "\""));
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Characters a Turtle, JSON or XML string can hold as written: control characters as \\u escapes (XML cannot hold them: a parse error). */
    private static String escapeForTurtle(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray())
            sb.append(c < 0x20 ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        return sb.toString();
    }

    /** Some controlled values of a Turtle example replaced by others: valid-looking profiles with odd combinations. */
    private byte[] swapTerms(byte[] b, SplittableRandom r) {
        String s = new String(b, StandardCharsets.UTF_8);
        Matcher m = TERM.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            if (r.nextInt(4) == 0) {
                String prefix = m.group(1);
                List<String> same = vocabulary.stream().filter(t -> t.startsWith(prefix + ":")).toList();
                replacement = r.nextInt(5) == 0 ? vocabulary.get(r.nextInt(vocabulary.size())) : same.get(r.nextInt(same.size()));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
