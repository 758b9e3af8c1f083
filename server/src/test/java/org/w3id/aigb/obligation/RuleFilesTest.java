package org.w3id.aigb.obligation;

import org.w3id.aigb.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.testing.TestKG;

/**
 * The derivation rules, {@code queries/rules/NN-*.rq}: each a CONSTRUCT whose header says, in
 * Japanese and English, what it derives, from which section of the guideline, and what one result
 * means; run in the order of their numbers; and a rule that does not construct is refused at start.
 */
class RuleFilesTest {
    private static final Node EDITION = NodeFactory.createURI("https://w3id.org/aigb/id/edition/v1.2");

    @Test
    void everyRuleConstructsAndSaysWhatItDerivesAndFromWhere() {
        List<QueryFile> rules = RuleRunner.forEdition(Sources.classpath(), EDITION, Limits.defaults()).rules();
        assertTrue(rules.size() >= 15, "the role, applicability, status and provenance rules: " + rules.size());
        List<String> problems = new ArrayList<>();
        for (QueryFile rule : rules) {
            if (!rule.id().matches("\\d\\d-[a-z0-9-]+"))
                problems.add(rule.id() + ": name it NN-what-it-derives");
            for (String key : List.of("ja", "en", "section", "row"))
                if (rule.get(key).isBlank())
                    problems.add(rule.id() + ": no '# " + key + ":' header");
        }
        assertEquals(List.of(), problems);
        List<String> ids = rules.stream().map(QueryFile::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "rules run in the order of their names");
        assertTrue(ids.get(0).startsWith("10-system-roles") && ids.get(ids.size() - 1).startsWith("90-provenance"), ids.toString());
    }

    @Test
    void aRuleThatDoesNotConstructIsRefusedAtStart(@TempDir Path dir) throws IOException {
        for (String folder : List.of("ontology", "queries/rules"))
            copy(TestKG.repo(folder), dir.resolve(folder));
        Files.writeString(dir.resolve("queries/rules/99-select.rq"), "# ja: x\n# en: x\nSELECT * WHERE { ?s ?p ?o }\n");
        AigbException e = assertThrows(AigbException.class, () -> RuleRunner.forEdition(Sources.directory(dir), EDITION, Limits.defaults()));
        assertEquals("bad-rule", e.code());
        assertTrue(e.getMessage().contains("99-select.rq"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : (Iterable<Path>) files::iterator)
                if (Files.isRegularFile(p))
                    Files.copy(p, to.resolve(p.getFileName().toString()));
        }
    }
}
