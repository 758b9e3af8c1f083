package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.registry.Registry;
import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.Submissions;
import org.w3id.aigb.registry.TdbStore;

/**
 * {@code registry}: accounts and tokens on a store directory, errors with exit code 2, and
 * {@code export}/{@code import} as a round trip that keeps everything, tokens included.
 */
class RegistryCommandTest {
    private static final Pattern TOKEN = Pattern.compile("(?m)^token: (aigb\\.([0-9a-f]{16})\\.\\S+)$");

    private static Matcher token(MainTest.Run r) {
        Matcher m = TOKEN.matcher(r.out());
        assertTrue(m.find(), r.out() + r.err());
        return m;
    }

    @Test
    void addOrganisationPrintsItsTokenOnceAndTheStoreKeepsOnlyItsHash(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        MainTest.Run added = MainTest.run("registry", "add-organisation", "Sample AI Service", "--store", store);
        assertEquals(Main.OK, added.code(), added.err());
        assertTrue(added.out().contains("organisation: sample-ai-service"), "an id made from the name: " + added.out());
        Matcher t = token(added);
        MainTest.Run list = MainTest.run("registry", "list", "--store", store);
        assertTrue(list.out().contains("sample-ai-service\tSample AI Service") && list.out().contains(t.group(2)), list.out());
        assertFalse(list.out().contains(t.group(1)), "the token is never shown again");
        Path export = dir.resolve("backup.trig");
        assertEquals(Main.OK, MainTest.run("registry", "export", "--store", store, "--out", export.toString()).code());
        assertFalse(Files.readString(export).contains(t.group(1).substring(t.group(1).lastIndexOf('.') + 1)), "no secret in the store");
        MainTest.Run japanese = MainTest.run("registry", "add-organisation", "株式会社サンプル", "--corporate-number", "9234567890123", "--store", store);
        assertTrue(japanese.out().matches("(?s)organisation: org-[0-9a-f]{8}\n.*"), "a random id for a name without ASCII: " + japanese.out());
    }

    @Test
    void badInputIsExitTwoWithOneLineSayingWhat(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(Main.OK, MainTest.run("registry", "add-organisation", "A", "--id", "acme", "--store", store).code());
        for (String[] argv : new String[][] {
                {"registry", "add-organisation", "B", "--id", "acme", "--store", store},
                {"registry", "add-organisation", "C", "--id", "Not An Id", "--store", store},
                {"registry", "add-organisation", "D", "--corporate-number", "1234567890123", "--store", store},
                {"registry", "add-token", "nobody", "--store", store},
                {"registry", "revoke", "0123456789abcdef", "--store", store},
                {"registry", "frobnicate", "--store", store},
                {"registry", "add-reviewer", "--store", store},
                {"registry", "list", "--store", "sparql:ftp://example.org/x"},
                {"registry", "import", dir.resolve("missing.trig").toString(), "--store", store}}) {
            MainTest.Run r = MainTest.run(argv);
            assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", argv) + ": " + r.err());
            assertTrue(r.err().startsWith("aigb registry: "), r.err());
        }
    }

    @Test
    void aRevokedTokenNoLongerAuthenticatesAndANewOneDoes(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        Matcher first = token(MainTest.run("registry", "add-organisation", "Acme", "--id", "acme", "--store", store));
        assertEquals(Main.OK, MainTest.run("registry", "revoke", first.group(2), "--store", store).code());
        MainTest.Run twice = MainTest.run("registry", "revoke", first.group(2), "--store", store);
        assertEquals(Main.BAD_INPUT, twice.code());
        assertTrue(twice.err().contains("already-revoked"), twice.err());
        Matcher second = token(MainTest.run("registry", "add-token", "acme", "--store", store));
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            var accounts = Registry.accounts(s, Sources.classpath());
            assertEquals("acme", accounts.authenticate(second.group(1)).registryId());
            var refused = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.aigb.AigbException.Unauthorized.class,
                    () -> accounts.authenticate(first.group(1)));
            assertEquals("invalid-token", refused.code());
        }
    }

    @Test
    void exportThenImportIntoAnEmptyStoreKeepsEverythingAndTheTokensStillWork(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        String orgToken = token(MainTest.run("registry", "add-organisation", "Q", "--id", "company-q", "--store", store.toString())).group(1);
        String reviewer = token(MainTest.run("registry", "add-reviewer", "R", "--store", store.toString())).group(1);
        try (Registry r = RegistryFixture.open(TdbStore.open(store))) {
            var p = r.accounts().authenticate(orgToken);
            r.submissions().submit(p, RegistryFixture.example("company-q"), "text/turtle", "k");
            r.publication().publish(p, "company-q", 1);
            r.reviews().annotate(r.accounts().authenticate(reviewer), "company-q", 1, org.w3id.aigb.registry.Reviews.Status.ACCEPTED, "fine");
        }
        Path backup = dir.resolve("backup.trig");
        assertEquals(Main.OK, MainTest.run("registry", "export", "--store", store.toString(), "--out", backup.toString()).code());
        Path restored = dir.resolve("restored");
        MainTest.Run imported = MainTest.run("registry", "import", backup.toString(), "--store", restored.toString());
        assertEquals(Main.OK, imported.code(), imported.err());
        MainTest.Run again = MainTest.run("registry", "import", backup.toString(), "--store", restored.toString());
        assertEquals(Main.BAD_INPUT, again.code(), "only into an empty store");
        assertTrue(again.err().contains("store-not-empty"), again.err());
        Path second = dir.resolve("second.trig");
        MainTest.run("registry", "export", "--store", restored.toString(), "--out", second.toString());
        Dataset before = RDFDataMgr.loadDataset(backup.toString());
        Dataset after = RDFDataMgr.loadDataset(second.toString());
        // the import adds its own audit record, and nothing else
        assertEquals(before.asDatasetGraph().stream().count() + 4, after.asDatasetGraph().stream().count());
        Dataset withoutImport = DatasetFactory.create();
        after.asDatasetGraph().stream().filter(q -> !q.getGraph().getURI().endsWith("registry-audit")
                || before.asDatasetGraph().contains(q) ).forEach(withoutImport.asDatasetGraph()::add);
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), withoutImport.asDatasetGraph()), "the backup, quad for quad");
        try (Registry r = RegistryFixture.open(TdbStore.open(restored))) {
            var p = r.accounts().authenticate(orgToken);
            Submissions.Stored v = r.submissions().version(p, "company-q", 1);
            org.junit.jupiter.api.Assertions.assertArrayEquals(RegistryFixture.example("company-q"), v.bytes());
            assertTrue(r.published().document("company-q", 1).isPresent(), "still published after the restore");
            assertEquals(1, r.reviews().annotations(p, "company-q", 1L).size());
            assertEquals(2, r.submissions().submit(p, RegistryFixture.example("company-q"), "text/turtle", null) instanceof Submissions.Accepted a
                    ? a.version().version() : -1, "numbering goes on");
        }
    }
}
