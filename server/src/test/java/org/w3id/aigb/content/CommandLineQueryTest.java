package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.cli.Main;

/** The README's two command-line examples of research queries (q02, q03), asked by query id. */
class CommandLineQueryTest {

    private static List<String> csvRows(String queryId, int columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"query", queryId, "--format", "csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code, err.toString(StandardCharsets.UTF_8));
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\r\n")).skip(1)
                .map(line -> String.join(",", Arrays.asList(line.split(",")).subList(0, columns))).toList();
    }

    @Test
    void providerItemsAtSystemImplementationWithTheirPrinciples() {
        assertEquals(List.of("P-2-i", "P-3-i", "P-4-i", "P-5-i", "P-6-i"),
                csvRows("q02-provider-items-at-system-implementation", 1));
        assertSameSet("item,principle", Set.of("P-2-i,C-2", "P-3-i,C-3", "P-4-i,C-4", "P-5-i,C-5", "P-6-i,C-6"),
                csvRows("q02-provider-items-at-system-implementation", 3).stream()
                        .map(r -> r.split(",")[0] + "," + r.split(",")[2]).toList());
    }

    @Test
    void itemsCarryingNotesForAiAgents() {
        assertSameSet("items with AI-agent notes", Set.of("D-6-i", "P-2-i", "P-5-i", "U-5-i"),
                csvRows("q03-items-with-ai-agent-notes", 1));
        assertEquals(6, csvRows("q03-items-with-ai-agent-notes", 1).size(), "one row per AI-agent note");
    }
}
