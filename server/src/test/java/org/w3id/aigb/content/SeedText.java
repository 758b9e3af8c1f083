package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.aigb.testing.TestKG;

/**
 * The FY2025 update document (../shared/seed), the source every aigb:sourceQuote quotes, compared as
 * the quotes are: only whitespace and line breaks are normalised (removed), since the text extraction
 * breaks lines and spaces Japanese freely; every other character, redline marks and stray footnote
 * numbers included, must match. A test that needs it skips itself where the file is absent.
 */
final class SeedText {
    static final String SEED = "seed/000_9f1e3ce6eba81a0e.txt";
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\uFEFF]+");
    private static String text;
    private static String normalised;

    private SeedText() {}

    /** The seed as read from disk (skips the calling test where it is absent). */
    static synchronized String text() {
        if (text == null) {
            Optional<Path> seed = TestKG.shared(SEED);
            assumeTrue(seed.isPresent(), "../shared/" + SEED + " is not available: the quotes are checked where it is");
            try {
                text = Files.readString(seed.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            normalised = normalise(text);
        }
        return text;
    }

    /** {@code s} without whitespace: the form quotes and seed are compared in. */
    static String normalise(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** Where {@code quote} first occurs in the normalised seed at or after {@code from}, or -1. */
    static int indexOf(String quote, int from) {
        text();
        return normalised.indexOf(normalise(quote), from);
    }

    /** Where {@code quote} last occurs in the normalised seed, or -1. */
    static int lastIndexOf(String quote) {
        text();
        return normalised.lastIndexOf(normalise(quote));
    }

    static boolean contains(String quote) {
        return !normalise(quote).isEmpty() && indexOf(quote, 0) >= 0;
    }
}
