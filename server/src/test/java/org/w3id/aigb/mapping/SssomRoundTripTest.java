package org.w3id.aigb.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.cli.Main;
import org.w3id.aigb.graph.Sources;

/**
 * {@code export --mappings DIR} writes the mapping sets back from the loaded RDF, and what it
 * writes reads back to exactly the rows and metadata of the TSV sources: the RDF loses nothing.
 */
class SssomRoundTripTest {

    /** A row without its line number, which differs between the source and the export. */
    static Set<List<Object>> rows(MappingSetFile set) {
        return set.rows().stream().map(r -> List.<Object>of(r.subject(), String.valueOf(r.subjectLabel()), r.predicate(), r.object(),
                String.valueOf(r.objectLabel()), r.mappingJustification(), r.confidence(), r.author(), r.date(), r.comment()))
                .collect(Collectors.toSet());
    }

    @Test
    void exportedMappingSetsReadBackToTheirSources(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"export", "--mappings", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, code);
        Sources sources = Sources.classpath();
        List<String> names = sources.list("data/crossrefs", SssomReader.SUFFIX);
        assertEquals(names.size(), out.toString(StandardCharsets.UTF_8).lines().count(), "one file written per mapping set");
        for (String name : names) {
            MappingSetFile source;
            try (InputStream in = sources.open(name)) {
                source = SssomReader.read(name, in);
            }
            Path exported = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
            MappingSetFile back = SssomReader.parse("data/crossrefs/" + exported.getFileName(), Files.readString(exported));
            assertEquals(source.iri(), back.iri());
            assertEquals(source.metadata(), back.metadata(), name + " metadata");
            assertEquals(source.creators(), back.creators(), name + " creators");
            assertEquals(rows(source), rows(back), name + " rows");
        }
    }
}
