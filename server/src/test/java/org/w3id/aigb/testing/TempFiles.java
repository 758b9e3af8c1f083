package org.w3id.aigb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories for tests that outlive one method (a class's store), deleted by the test. */
public final class TempFiles {
    private TempFiles() {}

    public static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory tree; what cannot be deleted is left (a temporary directory, cleaned by the system). */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir))
            return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system to clean
        }
    }
}
