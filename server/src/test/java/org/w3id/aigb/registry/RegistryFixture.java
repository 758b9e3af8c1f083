package org.w3id.aigb.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.testing.TestKG;

/** A registry over a store for tests, with the project's graph, shapes and rules (built once per JVM). */
public final class RegistryFixture {
    private static ObligationEngine engine;

    private RegistryFixture() {}

    public static synchronized ObligationEngine engine() {
        if (engine == null)
            engine = ObligationEngine.create(Sources.classpath(), TestKG.get());
        return engine;
    }

    public static Registry open(RegistryStore store) {
        return Registry.open(store, Sources.classpath(), TestKG.get().dataset(), RegistryFixture::engine, org.w3id.aigb.Limits.defaults());
    }

    /** An example profile's bytes (data/examples/profiles/NAME.ttl). */
    public static byte[] example(String name) {
        try {
            return Files.readAllBytes(TestKG.repo("data/examples/profiles/" + name + ".ttl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An example profile with its text changed (e.g. a measure added), as bytes. */
    public static byte[] example(String name, String find, String replace) {
        String text = new String(example(name), java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains(find))
            throw new IllegalArgumentException(name + " has no '" + find + "'");
        return text.replace(find, replace).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The profile with its own IRIs ({@code PREFIX ex:}) moved into a namespace of its own, so that
     * organisations of different tests never describe the same organisation IRI.
     */
    public static byte[] unique(byte[] profile, String suffix) {
        String text = new String(profile, java.nio.charset.StandardCharsets.UTF_8);
        String moved = text.replaceFirst("(PREFIX ex:\\s+<[^>#]*)#>", "$1-" + suffix + "#>");
        if (moved.equals(text))
            throw new IllegalArgumentException("the profile has no PREFIX ex: <...#>");
        return moved.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
