package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differences account for every item: for every conforming example profile, what applies under the
 * later edition is exactly what applied under the earlier one, plus what the comparison says now applies
 * ("added", "moved in", and "now applies" for content the update did not itself add), minus what it says no
 * longer applies ("removed", "moved out", and "no longer applies"); what it says changed applies under both.
 * Items, notes, principles, Hiroshima principles and code-of-conduct actions alike.
 */
class EditionComparisonPropertyTest {
    private static final String KIND = "https://w3id.org/aigb/id/difference-kind/";
    private static final Set<String> GAINED = Set.of(KIND + "added", KIND + "moved-in", KIND + "newly-applicable");
    private static final Set<String> LOST = Set.of(KIND + "removed", KIND + "moved-out", KIND + "no-longer-applicable");

    static Stream<Path> profiles() {
        return ObligationFixtures.validExamples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theLaterItemsAreTheEarlierPlusWhatCameMinusWhatWent(Path profile) {
        EditionComparison c = ChangesExpectationsTest.compare(profile);
        Set<String> before = applicable(c.earlier()), after = applicable(c.later());
        Map<ComparedLines.Key, ComparedLines.Line> lines = ComparedLines.of(c);
        Set<String> gained = new TreeSet<>(), lost = new TreeSet<>(), changed = new TreeSet<>();
        lines.forEach((k, line) -> {
            if (GAINED.contains(k.kind()) && line.appliesAfter())
                gained.add(k.resource());
            if (LOST.contains(k.kind()) && line.appliesBefore())
                lost.add(k.resource());
            if (k.kind().equals(KIND + "changed"))
                changed.add(k.resource());
        });
        List<String> failures = new ArrayList<>();
        gained.stream().filter(before::contains).forEach(r -> failures.add("said to be new, but applied before: " + r));
        lost.stream().filter(r -> !before.contains(r)).forEach(r -> failures.add("said to apply no longer, but did not apply before: " + r));
        changed.stream().filter(r -> !before.contains(r) || !after.contains(r)).forEach(r -> failures.add("said to be changed, but not applying under both: " + r));
        Set<String> expected = new TreeSet<>(before);
        expected.addAll(gained);
        expected.removeAll(lost);
        assertEquals(List.of(), failures, profile.getFileName().toString());
        assertEquals(expected, after, profile.getFileName() + ": v1.1 + now applying - no longer applying");
    }

    private static Set<String> applicable(Derivation d) {
        return ObligationFixtures.view(d).flat().stream().map(o -> o.resource().iri().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }
}
