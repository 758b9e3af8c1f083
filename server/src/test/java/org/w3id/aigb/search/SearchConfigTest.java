package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;

/** The search's data files: a broken line fails at start-up, naming the file and the line. */
class SearchConfigTest {
    /** A checkout whose {@code data/search/NAME} is replaced by {@code text}. */
    private static Sources checkoutWith(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("ontology"));
        Files.copy(TestKG.repo("ontology/aigb.ttl"), dir.resolve("ontology/aigb.ttl"));
        Path search = Files.createDirectories(dir.resolve("data/search"));
        try (var files = Files.list(TestKG.repo("data/search"))) {
            for (Path f : (Iterable<Path>) files::iterator)
                Files.copy(f, search.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(search.resolve(name), text);
        return Sources.directory(dir);
    }

    @Test
    void theShippedFilesRead() {
        SearchConfig c = SearchConfig.read(Sources.classpath());
        assertTrue(c.fields().size() > 5 && !c.intents().isEmpty());
    }

    @Test
    void anUnknownPrefixNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Sources s = checkoutWith(dir, "fields.tsv", "# comment\nrdfs:label\tlabel\nnope:thing\ttext\n");
        AigbException e = assertThrows(AigbException.class, () -> SearchConfig.read(s));
        assertTrue(e.getMessage().contains("data/search/fields.tsv line 3") && e.getMessage().contains("nope:thing"), e.getMessage());
    }

    @Test
    void aMissingWeightFailsAtStartUp(@TempDir Path dir) throws IOException {
        Sources s = checkoutWith(dir, "ranking.tsv", "field\tlabel\t3.0\n");
        AigbException e = assertThrows(AigbException.class, () -> SearchConfig.read(s));
        assertTrue(e.getMessage().contains("ranking.tsv has no weight for 'field code'"), e.getMessage());
    }

    @Test
    void aWeightThatIsNotANumberNamesTheLine(@TempDir Path dir) throws IOException {
        Sources s = checkoutWith(dir, "variants.tsv", "high\tRAG\t検索拡張生成\n");
        AigbException e = assertThrows(AigbException.class, () -> SearchConfig.read(s));
        assertTrue(e.getMessage().contains("variants.tsv line 1: 'high' is not a number"), e.getMessage());
    }
}
