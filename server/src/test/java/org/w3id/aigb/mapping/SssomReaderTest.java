package org.w3id.aigb.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.aigb.AigbException;

class SssomReaderTest {
    static final String NAME = "data/crossrefs/example.sssom.tsv";
    static final String HEADER = """
            # mapping_set_id: https://w3id.org/aigb/id/mapping-set/example
            # mapping_set_title: "Example"
            # license: https://creativecommons.org/licenses/by/4.0/
            # creator_id:
            #   - agent:someone
            # curie_map:
            #   agent: https://w3id.org/aigb/id/agent/
            #   item: https://w3id.org/aigb/id/item/
            #   euart: https://w3id.org/aigb/id/eu-ai-act/article/
            subject_id\tsubject_label\tpredicate_id\tobject_id\tobject_label\tmapping_justification\tconfidence\tauthor_id\tmapping_date\tcomment
            """;
    static final String ROW = "item:P-2-i\tP-2-i\tskos:relatedMatch\teuart:14\tArt. 14\tsemapv:ManualMappingCuration\t0.6\tagent:someone\t2026-11-26\tBoth concern a person able to intervene.";

    @Test
    void aRowBecomesAMappingWithItsSkosTriple() {
        MappingSetFile set = SssomReader.parse(NAME, HEADER + ROW + "\n");
        assertEquals("example", set.slug());
        assertEquals(1, set.rows().size());
        MappingRow row = set.rows().get(0);
        assertEquals(11, row.line());
        assertEquals("https://w3id.org/aigb/id/item/P-2-i", row.subject());
        assertEquals("http://www.w3.org/2004/02/skos/core#relatedMatch", row.predicate());
        assertEquals("https://w3id.org/aigb/id/eu-ai-act/article/14", row.object());
        assertEquals(new BigDecimal("0.6"), row.confidence());
        assertEquals(LocalDate.of(2026, 11, 26), row.date());
        assertEquals("https://w3id.org/aigb/id/agent/someone", row.author());

        Graph g = GraphFactory.createDefaultGraph();
        MappingGraph.add(set, g);
        assertTrue(g.contains(NodeFactory.createURI(row.subject()), NodeFactory.createURI(row.predicate()), NodeFactory.createURI(row.object())),
                "the SKOS triple itself is in the graph");
        var mapping = NodeFactory.createURI(MappingGraph.mappingIri("example", row));
        assertTrue(mapping.getURI().matches("https://w3id.org/aigb/id/mapping/example/[0-9a-f]{12}"), mapping.getURI());
        assertEquals(12, g.find(mapping, null, null).toList().size(),
                "type, subject, predicate, object, set, justification process, confidence, author, date, sentence, two labels");
    }

    @Test
    void theMappingIriDependsOnTheTripleNotOnTheRowsPosition() {
        String other = "item:U-2-i\tU-2-i\tskos:relatedMatch\teuart:14\tArt. 14\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene.";
        MappingSetFile a = SssomReader.parse(NAME, HEADER + ROW + "\n" + other + "\n");
        MappingSetFile b = SssomReader.parse(NAME, HEADER + other + "\n" + ROW + "\n");
        assertEquals(MappingGraph.mappingIri("example", a.rows().get(0)), MappingGraph.mappingIri("example", b.rows().get(1)));
    }

    @Test
    void aRowWithoutJustificationIsRefusedNamingFileAndLine() throws Exception {
        String name = "broken/crossrefs/no-justification.sssom.tsv";
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            AigbException e = assertThrows(AigbException.class, () -> SssomReader.read(name, in));
            assertEquals("load-error", e.code());
            assertTrue(e.getMessage().startsWith(name + " line 14: empty comment"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "confidence above 1     | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t1.2\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | confidence must be a number from 0 to 1",
        "confidence not number  | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\thigh\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | confidence must be a number from 0 to 1",
        "not a SKOS relation    | item:P-2-i\tP\towl:sameAs\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | prefix 'owl' of 'owl:sameAs' is not in the curie_map",
        "wrong SKOS relation    | item:P-2-i\tP\tskos:related\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | predicate_id must be skos:exactMatch",
        "unknown prefix         | items:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | prefix 'items' of 'items:P-2-i' is not in the curie_map",
        "not a SEMAPV process   | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:Guess\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | mapping_justification must be a SEMAPV matching process",
        "bad date               | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t26.11.2026\tBoth concern a person able to intervene. | mapping_date must be a date",
        "no author              | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\t\t2026-11-26\tBoth concern a person able to intervene. | empty author_id",
        "comment is not a sentence | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tsimilar | the comment must be a justification sentence",
        "missing cell           | item:P-2-i\tP\tskos:relatedMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26 | 9 cells, but the header has 10 columns",
        "subject is object      | euart:14\tP\tskos:exactMatch\teuart:14\tA\tsemapv:ManualMappingCuration\t0.5\tagent:someone\t2026-11-26\tBoth concern a person able to intervene. | subject and object are the same",
    })
    void aBadRowIsRefusedNamingFileAndLine(String why, String row, String expected) {
        AigbException e = assertThrows(AigbException.class, () -> SssomReader.parse(NAME, HEADER + row + "\n"));
        assertEquals("load-error", e.code());
        assertTrue(e.getMessage().startsWith(NAME + " line 11: "), why + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), why + ": " + e.getMessage());
    }

    @Test
    void aRepeatedMappingIsRefused() {
        AigbException e = assertThrows(AigbException.class, () -> SssomReader.parse(NAME, HEADER + ROW + "\n" + ROW + "\n"));
        assertTrue(e.getMessage().contains("line 12: the same mapping as line 11"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "mapping_set_id: https://w3id.org/aigb/id/mapping-set/example | mapping_set_id: https://w3id.org/aigb/id/mapping-set/other | mapping_set_id must be https://w3id.org/aigb/id/mapping-set/example",
        "license: https://creativecommons.org/licenses/by/4.0/          | licence: https://creativecommons.org/licenses/by/4.0/         | line 3: unknown metadata key 'licence'",
        "subject_label                                                 | subject_name                                                 | line 10: unknown column 'subject_name'",
        "\tcomment                                                     | \tremark                                                     | line 10: unknown column 'remark'",
        "#   item: https://w3id.org/aigb/id/item/                      | #   item: w3id.org/aigb/id/item/                              | line 8: prefix 'item' must expand to an http(s) IRI",
    })
    void badMetadataIsRefused(String from, String to, String expected) {
        String text = HEADER.replace(from.strip(), to.strip()) + ROW + "\n";
        AigbException e = assertThrows(AigbException.class, () -> SssomReader.parse(NAME, text));
        assertTrue(e.getMessage().startsWith(NAME), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
