package org.w3id.aigb.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.vocab.Graphs;

/**
 * The registry's SPARQL files: each parses and says what it does in Japanese and English; the
 * updates never delete from the audit trail (it is append-only); every name Java uses exists.
 */
class RegistryQueriesTest {
    private static final Sources SOURCES = Sources.classpath();

    @Test
    void everyFileParsesAndOpensWithItsPurposeInJapaneseAndEnglish() {
        new RegistryQueries(SOURCES); // parses every file, or fails naming it
        List<String> files = new java.util.ArrayList<>(SOURCES.list(RegistryQueries.FOLDER, ".rq"));
        files.addAll(SOURCES.list(RegistryQueries.FOLDER, ".ru"));
        assertTrue(files.size() >= 25, files.toString());
        for (String f : files) {
            List<String> header = SOURCES.read(f).lines().takeWhile(l -> l.startsWith("#")).toList();
            assertTrue(header.stream().anyMatch(l -> l.matches("# ja: .{10,}")), f + ": '# ja: ...'");
            assertTrue(header.stream().anyMatch(l -> l.matches("# en: .{10,}")), f + ": '# en: ...'");
        }
    }

    @Test
    void noUpdateEverDeletesFromTheAuditTrail() {
        RegistryQueries queries = new RegistryQueries(SOURCES);
        java.util.Set<String> silent = new java.util.TreeSet<>();
        for (String f : SOURCES.list(RegistryQueries.FOLDER, ".ru")) {
            String name = f.substring(f.lastIndexOf('/') + 1, f.length() - 3);
            UpdateModify u = (UpdateModify) queries.update(name, List.of()).getOperations().get(0);
            for (Quad q : u.getDeleteQuads())
                assertFalse(Graphs.REGISTRY_AUDIT.equals(q.getGraph()), name + " deletes from the audit trail");
            if (u.getInsertQuads().stream().noneMatch(q -> Graphs.REGISTRY_AUDIT.equals(q.getGraph())))
                silent.add(name);
        }
        // version-facts runs in the same request as submit, whose audit record covers it
        assertEquals(java.util.Set.of("version-facts"), silent, "every write records itself in the audit trail");
    }

    @Test
    void aParameterAFileDoesNotDeclareIsAnErrorNotAnIgnoredValue() {
        RegistryQueries queries = new RegistryQueries(SOURCES);
        AigbException e = assertThrows(AigbException.class, () -> queries.query("history", Params.of().string("organisation", "x")));
        assertTrue(e.getMessage().contains("no parameter ?organisation"), e.getMessage());
        assertThrows(AigbException.class, () -> queries.query("no-such-file", List.of()));
    }
}
