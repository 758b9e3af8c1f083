package org.w3id.aigb.obligation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.testing.TestKG;

/** What the obligation tests share: one engine per JVM over the test knowledge graph, and the example profiles. */
final class ObligationFixtures {
    private static ObligationEngine engine;

    private ObligationFixtures() {}

    static synchronized ObligationEngine engine() {
        if (engine == null)
            engine = ObligationEngine.create(Sources.classpath(), TestKG.get(), ProfileFixtures.validator());
        return engine;
    }

    static ObligationEngine.Outcome check(Path profile) {
        return engine().check(new ProfileReader().read(profile));
    }

    /** The derivation of a profile that must conform. */
    static Derivation derive(Path profile) {
        ObligationEngine.Outcome o = check(profile);
        if (!o.conforms())
            throw new AssertionError(profile.getFileName() + " does not conform: " + ProfileFixtures.shapes(o.report(), org.apache.jena.shacl.validation.Severity.Violation));
        return o.derivation();
    }

    /** The checklist of a profile that must conform. */
    static ChecklistView view(Path profile) {
        ObligationEngine.Outcome o = check(profile);
        if (!o.conforms())
            throw new AssertionError(profile.getFileName() + " does not conform: " + ProfileFixtures.shapes(o.report(), org.apache.jena.shacl.validation.Severity.Violation));
        return ChecklistView.of(o);
    }

    /** The checklist of a derivation of a conforming profile (one side of an edition comparison), with its validation's warnings. */
    static ChecklistView view(Derivation d) {
        return ChecklistView.of(new ObligationEngine.Outcome(ProfileFixtures.validator().validate(d.profile()), d));
    }

    /** The example profiles that are meant to conform (not invalid-*, not the JSON-LD twin of the annotated example). */
    static List<Path> validExamples() {
        List<Path> out = new ArrayList<>();
        for (Path p : ProfileFixtures.files(ProfileFixtures.examples(), ".ttl"))
            if (!p.getFileName().toString().startsWith("invalid-"))
                out.add(p);
        return out;
    }

    /** The {@code *.expected.ttl} files of a directory (what a derivation must give), sorted; not the {@code *.changes.expected.ttl}. */
    static List<Path> expectationFiles(Path dir) {
        return filesEndingWith(dir, ".expected.ttl").stream().filter(p -> !p.getFileName().toString().endsWith(CHANGES_EXPECTED)).toList();
    }

    /** The {@code *.changes.expected.ttl} files of a directory (what an edition comparison must give), sorted. */
    static List<Path> changesExpectationFiles(Path dir) {
        return filesEndingWith(dir, CHANGES_EXPECTED);
    }

    private static final String CHANGES_EXPECTED = ".changes.expected.ttl";

    private static List<Path> filesEndingWith(Path dir, String suffix) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The profile an expectations file is about: {@code x.expected.ttl} or {@code x.changes.expected.ttl} → {@code x.ttl} beside it. */
    static Path profileOf(Path expected) {
        return expected.resolveSibling(expected.getFileName().toString().replaceFirst("(\\.changes)?\\.expected\\.ttl$", ".ttl"));
    }
}
