package org.w3id.aigb.web;

import java.nio.file.Path;

import org.w3id.aigb.registry.RegistryFixture;
import org.w3id.aigb.registry.RegistryStore;
import org.w3id.aigb.registry.TdbStore;
import org.w3id.aigb.testing.TempFiles;

/** The registry suite on the embedded store: a TDB2 database in a temporary directory. */
class RegistryTdbTest extends RegistrySuite {
    private Path directory;

    @Override
    RegistryStore openStore() {
        directory = RegistryFixture.tempDir("aigb-registry-tdb");
        return TdbStore.open(directory.resolve("store"));
    }

    @Override
    void closeStore() {
        TempFiles.delete(directory);
    }
}
