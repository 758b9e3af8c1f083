package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.aigb.testing.TestKG;

/**
 * Rows of the Markdown tables of {@code ../shared/reference/guidelines-facts.md}, the reference the
 * content tests check the graph against. A test that needs it skips itself where the file is absent.
 */
final class FactsTable {
    private FactsTable() {}

    /** The cells (trimmed) of every table row whose first cell matches {@code firstCell}. */
    static List<List<String>> rows(String firstCell) {
        Optional<Path> facts = TestKG.shared("reference/guidelines-facts.md");
        assumeTrue(facts.isPresent(), "../shared/reference/guidelines-facts.md is not available");
        Pattern first = Pattern.compile(firstCell);
        List<List<String>> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(facts.get())) {
                if (!line.startsWith("|"))
                    continue;
                String[] cells = line.substring(1).split("\\|", -1);
                List<String> row = Arrays.stream(cells).map(String::strip).toList();
                if (!row.isEmpty() && first.matcher(row.get(0)).matches())
                    rows.add(row.subList(0, row.size() - 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The whole file, for facts written as prose rather than as a table. */
    static String text() {
        Optional<Path> facts = TestKG.shared("reference/guidelines-facts.md");
        assumeTrue(facts.isPresent(), "../shared/reference/guidelines-facts.md is not available");
        try {
            return Files.readString(facts.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
