package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.junit.jupiter.api.Test;

/** The {@code search} command: the two example questions of the README's Search section, a guided search, and its usage errors. */
class SearchCommandTest {
    @Test
    void theAgentToolQuestionListsTheToolWhitelistNoteThenItsItem() {
        MainTest.Run r = MainTest.run("search", "AIエージェントに外部ツールを連携させる時の注意点", "--limit", "3");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().startsWith(" 1. note:P-2-i-tool-whitelist"), r.out());
        assertTrue(r.out().contains("\n 2. P-2-i "), r.out());
    }

    @Test
    void theRagSourcesQuestionInJson() {
        MainTest.Run r = MainTest.run("search", "what must a provider do about RAG sources", "--format", "json", "--limit", "2");
        assertEquals(Main.OK, r.code(), r.err());
        JsonArray hits = JSON.parse(r.out()).get("hits").getAsArray();
        assertEquals(2, hits.size(), r.out());
        assertEquals("note:P-6-i-rag-source-citation", hits.get(0).getAsObject().getString("name"), r.out());
        assertEquals("item:P-6-i", hits.get(1).getAsObject().getString("name"), r.out());
    }

    @Test
    void aGuidedSearchPrintsTheGroups() {
        MainTest.Run r = MainTest.run("search", "--role", "AIProvider", "--aitype", "ai-agent", "--stage", "system-implementation");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("C-5 セキュリティ確保") && r.out().contains("note:P-5-i-least-privilege"), r.out());
    }

    @Test
    void badUsageIsExitTwoWithOneLine() {
        for (String[] argv : new String[][] {{"search"}, {"search", "x", "--lang", "fr"}, {"search", "--role", "Nobody"},
                {"search", "x", "--limit", "0"}, {"search", "x", "--format", "xml"}}) {
            MainTest.Run r = MainTest.run(argv);
            assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", argv) + ": " + r.err());
            assertTrue(r.err().startsWith("aigb search: "), r.err());
        }
    }
}
