package org.w3id.aigb.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.aigb.AigbException;

/**
 * {@code registry export} and {@code registry import}: the whole store as one TriG file (accounts
 * with their token hashes, every version, annotations, the audit trail), and back. An import goes
 * only into an empty store, so two registries are never merged by mistake, and it is recorded in
 * the audit trail of the store it fills.
 */
public final class Backup {
    private final RegistryStore store;
    private final RegistryQueries queries;

    Backup(RegistryStore store, RegistryQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    public void exportTo(OutputStream out) {
        store.export(out);
    }

    /** Imports a TriG file into the (empty) store; returns the number of quads imported. */
    public long importFrom(Path file, String user) {
        if (!store.select(queries.query("store-is-empty", java.util.List.of())).isEmpty())
            throw new AigbException.BadInput("store-not-empty", "The store " + store.describe() + " is not empty: import only into a new, empty store");
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(data);
        } catch (NoSuchFileException e) {
            throw new AigbException.NotFound("no-such-file", "No file " + file);
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-read", "Cannot read " + file + ": " + e.getMessage());
        } catch (RiotException e) {
            throw new AigbException.BadInput("parse-error", file + ": " + e.getMessage());
        }
        long quads = data.stream().count();
        store.load(data);
        store.update(queries.update("import-record", Params.of().fresh("activity").string("user", user).dateTime("now", Times.now())));
        return quads;
    }
}
