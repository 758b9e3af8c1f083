package org.w3id.aigb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.mapping.SssomReader;
import org.w3id.aigb.mapping.SssomWriter;
import org.w3id.aigb.vocab.Graphs;

/** {@code export --mappings DIR}: writes each mapping set of the graph as DIR/{set}.sssom.tsv. */
final class MappingExport {
    private MappingExport() {}

    static int write(Context context, Path dir, PrintStream out) {
        Graph crossrefs = context.graph().dataset().asDatasetGraph().getGraph(Graphs.CROSSREFS);
        try {
            Files.createDirectories(dir);
            for (String set : SssomWriter.sets(crossrefs)) {
                Path file = dir.resolve(set.substring(SssomReader.SET_BASE.length()) + SssomReader.SUFFIX);
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    SssomWriter.write(crossrefs, set, w);
                }
                out.println(file);
            }
        } catch (IOException e) {
            throw new AigbException.BadInput("cannot-write", "Cannot write " + dir + ": " + e.getMessage());
        }
        out.flush();
        return Main.OK;
    }
}
