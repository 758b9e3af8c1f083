package org.w3id.aigb.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.aigb.AigbException;

/**
 * Reads one SSSOM mapping set written as TSV ({@code data/crossrefs/*.sssom.tsv}): the {@code #}
 * metadata block ({@link SssomHeader}), a header row naming the columns, then one mapping per row.
 * Every row must carry a SKOS mapping predicate, a SEMAPV justification, a confidence between 0 and
 * 1, an author, a date and a justification sentence (the {@code comment} column); anything missing
 * or malformed is an {@link AigbException} naming the file and the line.
 */
public final class SssomReader {
    /** File-name suffix of mapping sets. */
    public static final String SUFFIX = ".sssom.tsv";
    /** Mapping-set IRIs: {@code mapping_set_id} must be this plus the file's slug. */
    public static final String SET_BASE = "https://w3id.org/aigb/id/mapping-set/";

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String SEMAPV = "https://w3id.org/semapv/vocab/";

    /** The SKOS mapping relations SSSOM allows as predicate_id here. */
    public static final Set<String> PREDICATES = Set.of(
            SKOS + "exactMatch", SKOS + "closeMatch", SKOS + "broadMatch", SKOS + "narrowMatch", SKOS + "relatedMatch");
    /** SEMAPV matching processes accepted as mapping_justification. */
    public static final Set<String> JUSTIFICATIONS = Set.of(
            SEMAPV + "ManualMappingCuration", SEMAPV + "MappingReview", SEMAPV + "LexicalMatching",
            SEMAPV + "LogicalReasoning", SEMAPV + "CompositeMatching", SEMAPV + "UnspecifiedMatching");

    /** Columns every file must have, and the optional ones; any other column is an error. */
    static final List<String> REQUIRED_COLUMNS = List.of("subject_id", "predicate_id", "object_id",
            "mapping_justification", "confidence", "author_id", "mapping_date", "comment");
    static final Set<String> OPTIONAL_COLUMNS = Set.of("subject_label", "object_label");
    /** A justification is a sentence, not a word or two. */
    static final int MIN_COMMENT_LENGTH = 20;

    private static final Map<String, String> BUILT_IN_PREFIXES = Map.of("skos", SKOS, "semapv", SEMAPV);

    private SssomReader() {}

    /** Reads a mapping set; {@code name} is its path as {@code graph.Sources} names it. */
    public static MappingSetFile read(String name, InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AigbException("load-error", name + ": " + e.getMessage(), e);
        }
        return parse(name, text);
    }

    /** Parses the text of a mapping set named {@code name}. */
    public static MappingSetFile parse(String name, String text) {
        String[] lines = text.split("\\R", -1);
        int i = 0;
        List<String> headerLines = new ArrayList<>();
        while (i < lines.length && lines[i].startsWith("#"))
            headerLines.add(lines[i++]);
        SssomHeader header = SssomHeader.parse(name, headerLines);
        String iri = header.scalars().get("mapping_set_id");
        String slug = checkSetMetadata(name, header, iri);
        while (i < lines.length && lines[i].isBlank())
            i++;
        if (i >= lines.length)
            throw new AigbException("load-error", name + ": no column header row after the metadata");
        List<String> columns = List.of(lines[i].split("\t", -1));
        Map<String, Integer> index = columnIndex(name, i + 1, columns);
        Curies curies = new Curies(name, BUILT_IN_PREFIXES, header.curieMap());
        List<MappingRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (i = i + 1; i < lines.length; i++) {
            if (lines[i].isBlank())
                continue;
            MappingRow row = row(name, i + 1, lines[i], columns, index, curies);
            Integer earlier = seen.putIfAbsent(row.subject() + ' ' + row.predicate() + ' ' + row.object(), row.line());
            if (earlier != null)
                throw SssomHeader.error(name, row.line(), "the same mapping as line " + earlier);
            rows.add(row);
        }
        if (rows.isEmpty())
            throw new AigbException("load-error", name + ": the mapping set has no rows");
        List<String> creators = header.list("creator_id").stream().map(c -> curies.expand(c, 0)).toList();
        return new MappingSetFile(name, iri, slug, header, creators, columns, List.copyOf(rows));
    }

    private static String checkSetMetadata(String name, SssomHeader header, String iri) {
        String fileSlug = name.substring(name.lastIndexOf('/') + 1);
        if (!fileSlug.endsWith(SUFFIX))
            throw new AigbException("load-error", name + ": a mapping set's file name ends with " + SUFFIX);
        fileSlug = fileSlug.substring(0, fileSlug.length() - SUFFIX.length());
        if (iri == null)
            throw new AigbException("load-error", name + ": the metadata has no mapping_set_id");
        if (!iri.equals(SET_BASE + fileSlug))
            throw new AigbException("load-error", name + ": mapping_set_id must be " + SET_BASE + fileSlug + " (the file's name), not " + iri);
        if (!header.scalars().containsKey("license"))
            throw new AigbException("load-error", name + ": the metadata has no license");
        if (header.curieMap().isEmpty())
            throw new AigbException("load-error", name + ": the metadata has no curie_map");
        return fileSlug;
    }

    private static Map<String, Integer> columnIndex(String name, int lineNo, List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            if (!REQUIRED_COLUMNS.contains(col) && !OPTIONAL_COLUMNS.contains(col))
                throw SssomHeader.error(name, lineNo, "unknown column '" + col + "'");
            if (index.put(col, c) != null)
                throw SssomHeader.error(name, lineNo, "column '" + col + "' given twice");
        }
        for (String col : REQUIRED_COLUMNS)
            if (!index.containsKey(col))
                throw SssomHeader.error(name, lineNo, "missing column '" + col + "'");
        return index;
    }

    private static MappingRow row(String name, int lineNo, String line, List<String> columns,
                                  Map<String, Integer> index, Curies curies) {
        String[] cells = line.split("\t", -1);
        if (cells.length != columns.size())
            throw SssomHeader.error(name, lineNo, cells.length + " cells, but the header has " + columns.size() + " columns");
        Map<String, String> cell = new HashMap<>();
        index.forEach((col, c) -> cell.put(col, cells[c].strip()));
        for (String col : REQUIRED_COLUMNS)
            if (cell.get(col).isEmpty())
                throw SssomHeader.error(name, lineNo, "empty " + col + (col.equals("comment") ? " (the justification sentence)" : ""));
        String subject = curies.expand(cell.get("subject_id"), lineNo);
        String object = curies.expand(cell.get("object_id"), lineNo);
        if (subject.equals(object))
            throw SssomHeader.error(name, lineNo, "subject and object are the same");
        String predicate = curies.expand(cell.get("predicate_id"), lineNo);
        if (!PREDICATES.contains(predicate))
            throw SssomHeader.error(name, lineNo, "predicate_id must be skos:exactMatch, closeMatch, broadMatch, narrowMatch or relatedMatch, not " + cell.get("predicate_id"));
        String justification = curies.expand(cell.get("mapping_justification"), lineNo);
        if (!JUSTIFICATIONS.contains(justification))
            throw SssomHeader.error(name, lineNo, "mapping_justification must be a SEMAPV matching process such as semapv:ManualMappingCuration, not " + cell.get("mapping_justification"));
        String comment = cell.get("comment");
        if (comment.length() < MIN_COMMENT_LENGTH)
            throw SssomHeader.error(name, lineNo, "the comment must be a justification sentence, not '" + comment + "'");
        return new MappingRow(lineNo, subject, optional(cell, "subject_label"), predicate, object,
                optional(cell, "object_label"), justification, confidence(name, lineNo, cell.get("confidence")),
                curies.expand(cell.get("author_id"), lineNo), date(name, lineNo, cell.get("mapping_date")), comment);
    }

    private static String optional(Map<String, String> cell, String col) {
        String v = cell.get(col);
        return v == null || v.isEmpty() ? null : v;
    }

    private static BigDecimal confidence(String name, int lineNo, String s) {
        try {
            BigDecimal c = new BigDecimal(s);
            if (c.compareTo(BigDecimal.ZERO) >= 0 && c.compareTo(BigDecimal.ONE) <= 0)
                return c;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SssomHeader.error(name, lineNo, "confidence must be a number from 0 to 1, not '" + s + "'");
    }

    private static LocalDate date(String name, int lineNo, String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw SssomHeader.error(name, lineNo, "mapping_date must be a date like 2026-11-26, not '" + s + "'");
        }
    }

    /** CURIE expansion with the file's curie_map plus skos: and semapv:. */
    private record Curies(String name, Map<String, String> builtIn, Map<String, String> declared) {
        String expand(String curie, int lineNo) {
            int colon = curie.indexOf(':');
            if (colon <= 0)
                throw SssomHeader.error(name, lineNo, "'" + curie + "' is not a CURIE (prefix:local)");
            String prefix = curie.substring(0, colon);
            String ns = declared.getOrDefault(prefix, builtIn.get(prefix));
            if (ns == null)
                throw SssomHeader.error(name, lineNo, "prefix '" + prefix + "' of '" + curie + "' is not in the curie_map");
            String iri = ns + curie.substring(colon + 1);
            try {
                IRIx.create(iri);
            } catch (IRIException e) {
                throw SssomHeader.error(name, lineNo, "'" + curie + "' expands to a bad IRI: " + e.getMessage());
            }
            return iri;
        }
    }
}
