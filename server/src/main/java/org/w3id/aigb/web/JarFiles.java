package org.w3id.aigb.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.w3id.aigb.format.Format;

/**
 * Files shipped in the jar under one folder, read once and then served from memory (the jar does not
 * change while the server runs). The pages whose scripts and styles are files (the profile builder,
 * the query editor) serve them through this, so nothing they load comes from elsewhere.
 */
final class JarFiles {
    /** The formats a shipped file may have, by extension. */
    private static final Map<String, Format> TYPES = Map.of("js", Format.JAVASCRIPT, "css", Format.CSS, "json", Format.JSON,
            "txt", Format.TEXT);

    private final String folder;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    /** @param folder the resource folder, ending with {@code /} */
    JarFiles(String folder) {
        this.folder = folder;
    }

    /**
     * The bytes of {@code name} in the folder, or null when the jar has no such file. Only files that
     * exist are kept: names asked for in requests are not remembered.
     */
    byte[] get(String name) {
        return files.computeIfAbsent(name, n -> read(folder + n));
    }

    /** How many files are kept. */
    int size() {
        return files.size();
    }

    /** The format of a file served this way, from its extension. */
    static Format format(String name) {
        Format type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null)
            throw new IllegalArgumentException("No media type for " + name);
        return type;
    }

    /** A file of the jar, or null when there is none. */
    private static byte[] read(String resource) {
        try (InputStream in = JarFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
