package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example profile in data/examples/profiles: the valid ones conform (warnings allowed), and
 * each {@code invalid-<shape>.ttl} fails with violations of that one shape and no other.
 */
class ProfileExamplesTest {
    static Stream<Path> valid() {
        return ProfileFixtures.files(ProfileFixtures.examples(), ".ttl", ".jsonld").stream()
                .filter(p -> !p.getFileName().toString().startsWith("invalid-"));
    }

    static Stream<Path> invalid() {
        return ProfileFixtures.files(ProfileFixtures.examples(), ".ttl").stream()
                .filter(p -> p.getFileName().toString().startsWith("invalid-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void aValidExampleConforms(Path file) {
        ProfileReport report = ProfileFixtures.validate(file);
        assertTrue(report.conforms(), () -> file.getFileName() + " has violations: " + ProfileFixtures.shapes(report, Severity.Violation));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void anInvalidExampleFailsWithTheShapeItIsNamedAfter(Path file) {
        String reason = file.getFileName().toString().replaceFirst("^invalid-", "").replaceFirst("\\.ttl$", "");
        ProfileReport report = ProfileFixtures.validate(file);
        Set<String> failing = ProfileFixtures.shapes(report, Severity.Violation);
        assertEquals(Set.of(reason), failing.stream().map(ProfileFixtures::kebab).collect(java.util.stream.Collectors.toSet()),
                file.getFileName() + " must fail exactly its shape; it fails " + failing);
    }

    @Test
    void thereAreEnoughExamples() {
        long valid = valid().count(), invalid = invalid().count();
        assertTrue(valid >= 12, "at least 12 valid example profiles, found " + valid);
        assertTrue(invalid >= 4, "at least 4 invalid example profiles, found " + invalid);
    }

    @Test
    void theSeedsCaseOrganisationsEachHaveAProfile() {
        // 別添1 A, table 「AIシステム・サービス例」 (FY2025 additions): every organisation named in a case.
        List<String> orgs = List.of("a", "d", "e", "f", "g", "h-automaker", "h-software", "i", "j", "o", "p", "q", "x", "y", "z");
        List<String> missing = orgs.stream().filter(o -> !ProfileFixtures.examples().resolve("company-" + o + ".ttl").toFile().isFile()).toList();
        assertEquals(List.of(), missing, "case organisations without a profile");
    }

    @Test
    void theAnnotatedExampleSaysTheSameInTurtleAndJsonLd() {
        ProfileReader reader = new ProfileReader();
        Graph ttl = reader.read(ProfileFixtures.examples().resolve("annotated-example.ttl"));
        Graph jsonld = reader.read(ProfileFixtures.examples().resolve("annotated-example.jsonld"));
        assertTrue(ttl.isIsomorphicWith(jsonld), "annotated-example.jsonld and .ttl differ: " + ttl.size() + " vs " + jsonld.size() + " triples");
    }

    @Test
    void aMisspeltJsonLdKeyIsReportedNotDropped() {
        // The published context maps unknown keys into the aigb: namespace (@vocab), so a typo is a
        // finding of aigbsh:KnownTerm instead of a fact silently lost by JSON-LD processing.
        String json = """
                {"@context": "https://w3id.org/aigb/context/profile.jsonld", "id": "#org", "type": "Organization",
                 "name": {"ja": "例"}, "kind": "company",
                 "aiSystems": [{"id": "#s", "name": {"ja": "システム"}, "activities": ["business-use"], "activites": ["fine-tuning"]}]}""";
        Graph g = new ProfileReader().read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ProfileSyntax.JSONLD, "request body");
        ProfileReport report = ProfileFixtures.validator().validate(g);
        assertEquals(Set.of("KnownTerm"), ProfileFixtures.shapes(report, Severity.Violation));
        assertEquals("https://w3id.org/aigb/ontology#activites", report.entries().get(0).path().toString().replaceAll("[<>]", ""));
    }
}
