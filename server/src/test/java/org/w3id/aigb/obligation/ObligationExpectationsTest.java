package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.Name;
import org.w3id.aigb.profile.ProfileFixtures;

/**
 * The rule test, data-driven like jena-shacl's manifest: each {@code <slug>.expected.ttl} beside a
 * profile (the example profiles, which cite the seed's case, and the fixtures of
 * {@code server/src/test/resources/obligation/}) says what the engine must derive for it. A new case
 * needs two files and no Java. The vocabulary ({@code https://w3id.org/aigb/test#}):
 * <ul>
 * <li>{@code t:roles} — exactly the organisation's roles;</li>
 * <li>{@code t:applies} / {@code t:doesNotApply} — items, notes, principles that must / must not apply;</li>
 * <li>{@code t:undecided [t:resource; t:missingFact…]} — undecided, lacking exactly these facts;
 *     {@code t:decided} — not undecided;</li>
 * <li>{@code t:status [t:resource; t:is; t:uncoveredSystem…]} — its status (id/obligation-status/…);</li>
 * <li>{@code t:onlyCodesStartingWith} — every applicable code starts with one of these;</li>
 * <li>{@code t:nothingApplies true} — no item, no undecided item, not a business actor;</li>
 * <li>{@code t:sectorGuidance}, {@code t:annexIIIArea} — information that must be given.</li>
 * </ul>
 */
class ObligationExpectationsTest {
    private static final String T = "https://w3id.org/aigb/test#";

    static Stream<Path> expectations() {
        return Stream.concat(ObligationFixtures.expectationFiles(ProfileFixtures.examples()).stream(),
                ObligationFixtures.expectationFiles(ProfileFixtures.resource("obligation")).stream());
    }

    @Test
    void everyExampleProfileThatConformsHasItsExpectations() {
        List<String> missing = ObligationFixtures.validExamples().stream()
                .filter(p -> !Files.isRegularFile(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.ttl$", ".expected.ttl"))))
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(), missing, "example profiles without a <slug>.expected.ttl");
        assertTrue(expectations().count() >= 20, "expectations for the seed's case organisations and the fixtures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theEngineDerivesWhatTheExpectationsSay(Path expectedFile) {
        Model expected = read(expectedFile);
        Resource test = expected.listSubjectsWithProperty(expected.createProperty(T, "roles")).nextOptional()
                .orElseThrow(() -> new AssertionError(expectedFile + " has no t:roles"));
        ChecklistView d = ObligationFixtures.view(ObligationFixtures.profileOf(expectedFile));
        List<String> failures = new ArrayList<>();

        Set<String> roles = iris(test, "roles");
        Set<String> derivedRoles = d.roles().stream().map(r -> r.role().iri().getURI()).collect(Collectors.toCollection(TreeSet::new));
        difference("role the seed gives but the engine does not derive", roles, derivedRoles, failures);
        difference("role derived beyond the expected ones", derivedRoles, roles, failures);

        Set<String> applicable = d.flat().stream().map(o -> o.resource().iri().getURI()).collect(Collectors.toSet());
        for (String r : iris(test, "applies"))
            if (!applicable.contains(r))
                failures.add("does not apply, but should: " + r);
        for (String r : iris(test, "doesNotApply"))
            if (applicable.contains(r))
                failures.add("applies, but should not: " + r);

        for (String r : iris(test, "decided"))
            if (d.undecided().stream().anyMatch(u -> u.resource().iri().getURI().equals(r)))
                failures.add("undecided, but every fact it needs is given: " + r);
        for (Resource u : objects(test, "undecided")) {
            String r = u.getPropertyResourceValue(p("resource")).getURI();
            Set<String> facts = iris(u, "missingFact");
            Set<String> derived = d.undecided().stream().filter(x -> x.resource().iri().getURI().equals(r))
                    .flatMap(x -> x.missingFacts().stream()).map(f -> f.iri().getURI()).collect(Collectors.toCollection(TreeSet::new));
            if (derived.isEmpty())
                failures.add("not undecided, but should be for lack of " + facts + ": " + r);
            else if (!derived.equals(facts))
                failures.add(r + " is undecided for lack of " + derived + ", expected " + facts);
        }

        for (Resource s : objects(test, "status")) {
            String r = s.getPropertyResourceValue(p("resource")).getURI();
            Entry o = d.flat().stream().filter(x -> x.resource().iri().getURI().equals(r)).findFirst().orElse(null);
            String want = s.getPropertyResourceValue(p("is")).getURI();
            if (o == null)
                failures.add("no status: does not apply: " + r);
            else if (o.status() == null || !o.status().iri().getURI().equals(want))
                failures.add(r + " has status " + (o.status() == null ? null : o.status().code()) + ", expected " + want);
            else if (!iris(s, "uncoveredSystem").equals(uris(o.uncoveredSystems())))
                failures.add(r + " leaves " + uris(o.uncoveredSystems()) + " uncovered, expected " + iris(s, "uncoveredSystem"));
        }

        List<String> prefixes = test.listProperties(p("onlyCodesStartingWith")).mapWith(st -> st.getString()).toList();
        if (!prefixes.isEmpty())
            for (Entry o : d.flat())
                if (prefixes.stream().noneMatch(x -> o.resource().code().startsWith(x)))
                    failures.add("applies, but only " + prefixes + " should: " + o.resource().code());

        if (test.hasLiteral(p("nothingApplies"), true)) {
            if (!d.flat().isEmpty() || !d.undecided().isEmpty() || d.businessActor())
                failures.add("something applies or is undecided, but nothing should: " + d.flat().size() + " applicable, " + d.undecided().size() + " undecided");
        }
        Set<String> guidance = d.information().guidance().stream().map(g -> g.guidance().iri().getURI()).collect(Collectors.toSet());
        for (String g : iris(test, "sectorGuidance"))
            if (!guidance.contains(g))
                failures.add("sector guidance not given: " + g);
        Set<String> areas = d.information().emphases().stream().map(e -> e.area().iri().getURI()).collect(Collectors.toSet());
        for (String a : iris(test, "annexIIIArea"))
            if (!areas.contains(a))
                failures.add("Annex III area not given: " + a);

        assertEquals(List.of(), failures, expectedFile.toString());
    }

    private static void difference(String what, Set<String> a, Set<String> b, List<String> failures) {
        for (String x : a)
            if (!b.contains(x))
                failures.add(what + ": " + x);
    }

    private static Model read(Path file) {
        try {
            return RDFParser.source(file).base(file.toUri().toString()).toModel();
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Property p(String local) {
        return org.apache.jena.rdf.model.ResourceFactory.createProperty(T, local);
    }

    private static List<Resource> objects(Resource s, String local) {
        return s.listProperties(p(local)).mapWith(st -> st.getResource()).toList();
    }

    private static Set<String> iris(Resource s, String local) {
        Set<String> out = new TreeSet<>();
        s.listProperties(p(local)).forEachRemaining(st -> {
            RDFNode o = st.getObject();
            if (o.isURIResource())
                out.add(o.asResource().getURI());
        });
        return out;
    }

    private static Set<String> uris(List<Name> names) {
        return names.stream().map(n -> n.iri().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }
}
