package org.w3id.aigb.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Where a {@link ChecklistRenderer} writes, and how: the stream (UTF-8 text through a buffer, or raw
 * for the RDF writers), which answer (the checklist, or what the update changed), whether several
 * profiles are written (JSON: an array), whether links are root-relative (served) or the resources'
 * IRIs, and the language of the checklist.
 */
public final class RenderTarget implements Appendable {
    /** The languages a checklist is written in: both (Japanese first), or one of them (a printable page in one language). */
    public enum Language {
        BOTH, JA, EN;

        /** Parses {@code ja}, {@code en} or {@code both} (any case); an unknown value is a {@code bad-parameter} error. */
        public static Language of(String value) {
            for (Language l : values())
                if (l.name().equalsIgnoreCase(value))
                    return l;
            throw new org.w3id.aigb.AigbException.BadInput("bad-parameter", "Unknown language '" + org.w3id.aigb.Text.cut(value, 40)
                    + "'; choose ja, en or both");
        }

        public boolean ja() {
            return this != EN;
        }

        public boolean en() {
            return this != JA;
        }

        /** Japanese and English with {@code between} them, or the one of this language. */
        public String both(String ja, String en, String between) {
            return switch (this) {
                case BOTH -> ja + between + en;
                case JA -> ja;
                case EN -> en;
            };
        }

        /** One text in this language (Japanese when both are shown), the other when it is missing. */
        public String pick(String ja, String en) {
            return this == EN ? (en != null ? en : ja) : (ja != null ? ja : en);
        }
    }

    /** The answer written for each profile: its checklist, or what the update that produced its edition changed for it. */
    public enum Answer {
        CHECKLIST, CHANGES
    }

    private final OutputStream stream;
    private final Writer out;
    private final boolean many;
    private final boolean rootRelative;
    private final Language language;
    private final Answer answer;

    public RenderTarget(OutputStream stream, Answer answer, boolean many, boolean rootRelative, Language language) {
        this.stream = stream;
        this.answer = answer;
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        this.many = many;
        this.rootRelative = rootRelative;
        this.language = language;
    }

    /** The raw stream, for writers that encode themselves; {@link #flush} first. */
    public OutputStream stream() {
        return stream;
    }

    public Answer answer() {
        return answer;
    }

    public boolean many() {
        return many;
    }

    public boolean rootRelative() {
        return rootRelative;
    }

    public Language language() {
        return language;
    }

    @Override
    public RenderTarget append(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public RenderTarget append(CharSequence s, int start, int end) {
        return append(s.subSequence(start, end));
    }

    @Override
    public RenderTarget append(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Appends the text of any value ({@code String.valueOf}). */
    public RenderTarget text(Object o) {
        return append(String.valueOf(o));
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
