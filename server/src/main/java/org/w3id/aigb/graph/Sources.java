package org.w3id.aigb.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.w3id.aigb.AigbException;

/**
 * Finds the project's files by name ({@code ontology/aigb.ttl}, {@code queries/research/q01.rq}).
 * The same names work in a checkout (a directory holding {@code ontology/}, {@code data/},
 * {@code shapes/}, {@code queries/}) and in the jar, where Maven copies those folders under
 * {@code aigb/}.
 */
public final class Sources {
    /** A file that exists in every layout; used to locate the root on the classpath. */
    private static final String MARKER = "ontology/aigb.ttl";
    private static final String CLASSPATH_ROOT = "aigb/";

    private final Path root;

    private Sources(Path root) {
        this.root = root;
    }

    /** The files packaged with the code (the jar, or target/classes in a build). */
    public static Sources classpath() {
        URL url = Sources.class.getClassLoader().getResource(CLASSPATH_ROOT + MARKER);
        if (url == null)
            throw new AigbException("no-sources", "The aigb files are not on the classpath (" + CLASSPATH_ROOT + MARKER + " missing): rebuild with mvn package");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                String s = uri.toString();
                URI jar = URI.create(s.substring(0, s.indexOf("!/")));
                return new Sources(jarFileSystem(jar).getPath("/" + CLASSPATH_ROOT));
            }
            return new Sources(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException e) {
            throw new AigbException("no-sources", "Cannot locate the aigb files: " + e.getMessage(), e);
        }
    }

    /**
     * The files of a checkout, or of any directory laid out like one. The directory is made absolute
     * and normal first ({@code .}, {@code ./}, {@code ../x}), so that names resolved in it stay inside it.
     */
    public static Sources directory(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(MARKER)))
            throw new AigbException.NotFound("no-sources", dir + " does not look like an aigb checkout (no " + MARKER + ")");
        return new Sources(root);
    }

    private static FileSystem jarFileSystem(URI jar) {
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the files directly in {@code folder} whose names end with {@code suffix}, sorted. */
    public List<String> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .map(n -> folder + "/" + n)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String name) {
        return Files.isRegularFile(root.resolve(name));
    }

    public InputStream open(String name) {
        try {
            return Files.newInputStream(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root) || !Files.isRegularFile(p))
            throw new AigbException.NotFound("no-such-file", "No file " + name);
        return p;
    }

    @Override
    public String toString() {
        return root.toUri().toString();
    }
}
