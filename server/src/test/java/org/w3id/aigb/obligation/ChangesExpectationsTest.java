package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;

/**
 * What the FY2025 update changed for the case organisations, as the update document says it: each
 * {@code <slug>.changes.expected.ttl} beside an example profile was written by hand from the deck (its
 * comments quote the slide each line rests on) and is compared with what {@link ObligationEngine#compare}
 * derives ({@link ComparedLines}). A new case needs one file and no Java. The vocabulary
 * ({@code https://w3id.org/aigb/test#}):
 * <ul>
 * <li>{@code t:difference [t:kind; t:resource; …]} — a difference of that kind (id/difference-kind/…) about
 *     that resource, citing exactly the change records {@code t:dueTo} (none if absent), with exactly the
 *     declared status {@code t:status} (none if absent), undecided in the earlier or the later edition only if
 *     {@code t:undecidedBefore} / {@code t:undecidedAfter true}; and, when given, exactly the roles
 *     {@code t:roleBefore} / {@code t:roleAfter} and where moved content was or went ({@code t:moved});</li>
 * <li>{@code t:complete true} — no difference beyond those listed;</li>
 * <li>{@code t:notAbout} — no difference about that resource (an item, note, role or risk statement);</li>
 * <li>{@code t:onlyCodesStartingWith} — every difference about an item, note or principle has a code starting with one of these;</li>
 * <li>{@code t:nothingChanges true} — no difference at all; {@code t:nothingAppliesInEither true} — nothing
 *     applies or is undecided under either edition, and the organisation is no business actor in either.</li>
 * </ul>
 */
class ChangesExpectationsTest {
    private static final String T = "https://w3id.org/aigb/test#";

    static Stream<Path> expectations() {
        return ObligationFixtures.changesExpectationFiles(ProfileFixtures.examples()).stream();
    }

    @Test
    void theDeckIsWrittenOutForTheCaseOrganisationsTheIssueNames() {
        Set<String> cases = expectations().map(p -> p.getFileName().toString().replace(".changes.expected.ttl", "")).collect(Collectors.toSet());
        // a RAG provider, a fine-tune-and-provide organisation, an AI agent provider, a physical AI provider,
        // a business user only, a non-business user
        for (String slug : List.of("consumer-rag-assistant", "company-e", "company-g", "company-h-automaker", "company-o", "private-traveller"))
            assertTrue(cases.contains(slug), "no " + slug + ".changes.expected.ttl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void theComparisonDerivesWhatTheDeckSays(Path expectedFile) {
        Model expected = read(expectedFile);
        Resource test = expected.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, expected.createResource(T + "ChangesTest")).nextOptional()
                .orElseThrow(() -> new AssertionError(expectedFile + " has no t:ChangesTest"));
        EditionComparison c = compare(ObligationFixtures.profileOf(expectedFile));
        Map<ComparedLines.Key, ComparedLines.Line> derived = ComparedLines.of(c);
        List<String> failures = new ArrayList<>();

        Set<ComparedLines.Key> listed = new TreeSet<>();
        for (Resource d : objects(test, "difference")) {
            ComparedLines.Key key = new ComparedLines.Key(uri(d, "kind"), uri(d, "resource"));
            listed.add(key);
            ComparedLines.Line line = derived.get(key);
            if (line == null) {
                failures.add("no difference " + key);
                continue;
            }
            same(key + " cites", iris(d, "dueTo"), line.dueTo(), failures);
            same(key + " has the declared status", iris(d, "status"), line.status(), failures);
            if (d.hasProperty(p("roleBefore")))
                same(key + " has the roles before", iris(d, "roleBefore"), line.rolesBefore(), failures);
            if (d.hasProperty(p("roleAfter")))
                same(key + " has the roles after", iris(d, "roleAfter"), line.rolesAfter(), failures);
            if (d.hasProperty(p("moved")))
                same(key + " was moved from or to", iris(d, "moved"), line.moved(), failures);
            if (line.undecidedBefore() != d.hasLiteral(p("undecidedBefore"), true))
                failures.add(key + (line.undecidedBefore() ? " is" : " is not") + " undecided in the earlier edition");
            if (line.undecidedAfter() != d.hasLiteral(p("undecidedAfter"), true))
                failures.add(key + (line.undecidedAfter() ? " is" : " is not") + " undecided in the later edition");
        }
        if (test.hasLiteral(p("complete"), true))
            for (ComparedLines.Key k : derived.keySet())
                if (!listed.contains(k))
                    failures.add("a difference the deck does not give: " + k + " citing " + derived.get(k).dueTo());
        for (String r : iris(test, "notAbout"))
            derived.keySet().stream().filter(k -> k.resource().equals(r)).forEach(k -> failures.add("a difference about " + r + ": " + k));
        List<String> prefixes = test.listProperties(p("onlyCodesStartingWith")).mapWith(st -> st.getString()).toList();
        if (!prefixes.isEmpty())
            for (ComparedLines.Key k : derived.keySet())
                if (k.resource().matches(".*/id/(item|note|principle|hiroshima-principle|hcoc-action)/.*")
                        && prefixes.stream().noneMatch(x -> k.resource().substring(k.resource().lastIndexOf('/') + 1).startsWith(x)))
                    failures.add("a difference beyond " + prefixes + ": " + k);
        if (test.hasLiteral(p("nothingChanges"), true) && !derived.isEmpty())
            failures.add("the update changes something: " + derived.keySet());
        if (test.hasLiteral(p("nothingAppliesInEither"), true))
            for (Derivation d : List.of(c.earlier(), c.later())) {
                ChecklistView v = ObligationFixtures.view(d);
                if (!v.flat().isEmpty() || !v.undecided().isEmpty() || v.businessActor())
                    failures.add("something applies under " + d.edition().getURI() + ": " + v.flat().size() + " applicable, "
                            + v.undecided().size() + " undecided");
            }
        assertEquals(List.of(), failures, expectedFile.toString());
    }

    static EditionComparison compare(Path profile) {
        ObligationEngine.Compared o = ObligationFixtures.engine().compare(new ProfileReader().read(profile));
        if (!o.conforms())
            throw new AssertionError(profile.getFileName() + " does not conform");
        return o.comparison();
    }

    private static void same(String what, Set<String> expected, Set<String> derived, List<String> failures) {
        if (!expected.equals(derived))
            failures.add(what + " " + derived + ", expected " + expected);
    }

    private static Model read(Path file) {
        try {
            return RDFParser.source(file).base(file.toUri().toString()).toModel();
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(T, local);
    }

    private static List<Resource> objects(Resource s, String local) {
        return s.listProperties(p(local)).mapWith(st -> st.getResource()).toList();
    }

    private static String uri(Resource s, String local) {
        Resource r = s.getPropertyResourceValue(p(local));
        if (r == null || !r.isURIResource())
            throw new AssertionError("a t:difference without t:" + local);
        return r.getURI();
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
}
