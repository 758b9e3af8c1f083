package org.w3id.aigb.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.shacl.validation.Severity;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;

/** What the profile tests share: one validator per JVM, over the test knowledge graph, and helpers to read fixtures. */
public final class ProfileFixtures {
    private static ProfileValidator validator;

    private ProfileFixtures() {}

    public static synchronized ProfileValidator validator() {
        if (validator == null)
            validator = ProfileValidator.create(Sources.classpath(), TestKG.get());
        return validator;
    }

    public static ProfileReport validate(Path file) {
        return validator().validate(new ProfileReader().read(file));
    }

    /** Local names of the shapes with results of this severity. */
    public static Set<String> shapes(ProfileReport report, Severity severity) {
        Set<String> out = new TreeSet<>();
        for (ProfileReport.Entry e : report.entries())
            if (e.severity().equals(severity))
                out.add(e.sourceShape().isURI() ? e.sourceShape().getLocalName() : e.sourceShape().toString());
        return out;
    }

    /** {@code AnnexIIIPoint} → {@code annex-iii-point}: how fixture files name the shape they break. */
    public static String kebab(String localName) {
        return localName.replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2").replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(ProfileFixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }

    /** The files of a directory with one of the suffixes, sorted; {@code *.expected.ttl} are not profiles. */
    public static List<Path> files(Path dir, String... suffixes) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Stream.of(suffixes).anyMatch(x -> p.toString().endsWith(x)))
                    .filter(p -> ProfileReader.isProfileFileName(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example profiles of the repository. */
    public static Path examples() {
        return TestKG.repo("data/examples/profiles");
    }
}
