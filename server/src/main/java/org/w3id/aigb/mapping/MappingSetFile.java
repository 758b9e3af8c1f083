package org.w3id.aigb.mapping;

import java.util.List;
import java.util.Map;

/**
 * One SSSOM TSV file read: the mapping set's IRI ({@code mapping_set_id}), its slug (the IRI's last
 * segment, which is also the file name without {@code .sssom.tsv}), its other metadata, its
 * creators (expanded IRIs), the column order of the file, and its rows.
 */
public record MappingSetFile(
        String name,
        String iri,
        String slug,
        SssomHeader header,
        List<String> creators,
        List<String> columns,
        List<MappingRow> rows) {

    /** Metadata values by key (scalars), as written in the header. */
    public Map<String, String> metadata() {
        return header.scalars();
    }
}
