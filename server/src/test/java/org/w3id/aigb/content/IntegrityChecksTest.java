package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Delta;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.testing.KgValidation;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The integrity checks of the graph, {@code queries/checks/NN-*-violation.rq}: each a SELECT of
 * {@code ?resource ?message} that returns one row per violation and none when the graph is right.
 * Every check finds nothing in the graph, both as the service serves it (with its entailments) and as
 * the dump {@code /dumps/aigb.ttl} holds it (the asserted graphs in one graph, which is what a user
 * runs the checks over with another SPARQL engine); and every check finds exactly the resources its
 * broken fixture, {@code src/test/resources/checks/NN-*-violation.ru}, breaks: a SPARQL Update
 * applied to the graph (without changing it), whose {@code # expect: IRI ["message fragment"]} lines
 * name them and, where a check finds several kinds of violation, the kind.
 */
class IntegrityChecksTest {
    private static final String FOLDER = "queries/checks";
    private static final String FIXTURES = "checks/";
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (\\S+)(?: \"([^\"]+)\")?\\s*$");
    private static final Pattern NAME = Pattern.compile("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*-violation");

    private static final QueryLibrary LIBRARY = new QueryLibrary(Sources.classpath(), FOLDER);

    /** One row of a check's answer. */
    record Violation(String resource, String message) {
        @Override
        public String toString() {
            return Prefixes.get().shortForm(resource) + ": " + message;
        }
    }

    static List<String> checks() {
        return LIBRARY.all().stream().map(QueryFile::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void findsNothingInTheGraph(String id) {
        QueryFile check = LIBRARY.get(id);
        for (var view : List.of(Map.entry("the graph as served", TestKG.get().dataset()),
                Map.entry("the graph as dumped", DatasetFactory.wrap(DatasetGraphFactory.wrap(KgValidation.asserted()))))) {
            List<Violation> found = run(check, view.getValue());
            if (!found.isEmpty())
                fail(id + " (" + check.get("title") + ") over " + view.getKey() + ":\n  "
                        + found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void findsTheViolationsOfItsBrokenFixture(String id) {
        String fixture = FIXTURES + id + ".ru";
        String update = read(fixture);
        List<Violation> expected = new ArrayList<>();
        Matcher m = EXPECT.matcher(update);
        while (m.find())
            expected.add(new Violation(iri(m.group(1)), m.group(2) == null ? "" : m.group(2)));
        assertFalse(expected.isEmpty(), fixture + " names no resource with '# expect: IRI [\"message fragment\"]'");
        Graph broken = new Delta(KgValidation.asserted());
        UpdateAction.parseExecute(TestKG.prologue() + update, broken);
        List<Violation> found = run(LIBRARY.get(id), DatasetFactory.wrap(DatasetGraphFactory.wrap(broken)));
        assertSameSet(id + " over the graph broken by " + fixture + " (resources reported)",
                expected.stream().map(Violation::resource).toList(), found.stream().map(Violation::resource).toList());
        for (Violation e : expected)
            assertTrue(found.stream().anyMatch(f -> f.resource().equals(e.resource()) && f.message().contains(e.message())),
                    id + ": no row for " + e + "; rows: " + found);
    }

    /** An IRI in a fixture's header: {@code <...>} or a prefixed name of the standard prefixes. */
    private static String iri(String written) {
        return written.startsWith("<") ? written.substring(1, written.length() - 1) : Prefixes.get().expandPrefix(written);
    }

    /** The header, the name and the shape of the answer a user and the tests rely on; no check depends on named graphs. */
    @Test
    void everyCheckIsNamedDocumentedAndRunsOverOneGraph() {
        List<String> problems = new ArrayList<>();
        for (QueryFile check : LIBRARY.all()) {
            if (!NAME.matcher(check.id()).matches())
                problems.add(check.id() + ": name it NN-what-is-wrong-violation.rq");
            for (String key : List.of("title", "description", "rationale", "row"))
                if (check.get(key).isBlank())
                    problems.add(check.id() + ": no '# " + key + ":' header");
            if (!check.query().isSelectType() || !check.query().getResultVars().equals(List.of("resource", "message")))
                problems.add(check.id() + ": not SELECT ?resource ?message");
            if (!check.query().getGraphURIs().isEmpty() || !check.query().getNamedGraphURIs().isEmpty() || namesAGraph(check))
                problems.add(check.id() + ": uses named graphs (FROM or GRAPH); the checks run over the one-graph dump too");
            if (KgValidation.class.getClassLoader().getResource(FIXTURES + check.id() + ".ru") == null)
                problems.add(check.id() + ": no broken fixture " + FIXTURES + check.id() + ".ru");
        }
        for (String fixture : fixtureFiles())
            if (!LIBRARY.contains(fixture.replaceFirst("\\.ru$", "")))
                problems.add(FIXTURES + fixture + ": a fixture of no check (queries/checks/*.rq)");
        assertEquals(List.of(), problems);
        assertTrue(LIBRARY.all().size() >= 15, "the checks are found: " + checks());
    }

    private static boolean namesAGraph(QueryFile check) {
        boolean[] found = {false};
        ElementWalker.walk(check.query().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static List<Violation> run(QueryFile check, Dataset dataset) {
        List<Violation> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(check.query()).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(new Violation(String.valueOf(row.get("resource")),
                    row.contains("message") ? row.get("message").asLiteral().getLexicalForm() : "")));
        }
        return out;
    }

    private static List<String> fixtureFiles() {
        try (Stream<Path> files = Files.list(Path.of(KgValidation.class.getClassLoader().getResource(FIXTURES).toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = KgValidation.open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
