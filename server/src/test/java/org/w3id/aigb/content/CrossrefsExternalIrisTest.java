package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.mapping.MappingGraph;
import org.w3id.aigb.mapping.SssomReader;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.Graphs;

/**
 * Every AIRO, VAIR and DPV IRI the cross-references use is defined in the copies of those
 * vocabularies under ../shared/vocab (read there, never copied into the repository). Defined means
 * typed and labelled: the published files mention some misspelled IRIs (e.g. vair:EmergancyTriage)
 * that are typed but never labelled, and a link to one of those must fail. Skipped without the copies.
 */
class CrossrefsExternalIrisTest {
    /** Namespace → its copy under ../shared. */
    static final Map<String, String> COPIES = new LinkedHashMap<>();
    static {
        COPIES.put("https://w3id.org/airo#", "vocab/airo.ttl");
        COPIES.put("https://w3id.org/vair#", "vocab/vair.ttl");
        COPIES.put("https://w3id.org/dpv#", "vocab/dpv-dpv.ttl");
        COPIES.put("https://w3id.org/dpv/ai#", "vocab/dpv-ai.ttl");
        COPIES.put("https://w3id.org/dpv/tech#", "vocab/dpv-tech.ttl");
        COPIES.put("https://w3id.org/dpv/legal/eu/aiact#", "vocab/dpv-eu-aiact.ttl");
    }
    static Graph vocabularies;

    @BeforeAll
    static void readCopies() {
        vocabularies = GraphFactory.createDefaultGraph();
        for (String file : COPIES.values()) {
            Optional<Path> copy = TestKG.shared(file);
            Assumptions.assumeTrue(copy.isPresent(), "../shared/" + file + " not present");
            RDFDataMgr.read(vocabularies, copy.get().toString());
        }
    }

    /** IRIs of the checked namespaces used anywhere in {@code g} that the copies do not define. */
    static Set<String> undefined(Graph g) {
        Set<String> used = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                if (n.isURI() && namespace(n.getURI()) != null)
                    used.add(n.getURI());
        });
        Set<String> out = new TreeSet<>();
        for (String iri : used) {
            Node n = NodeFactory.createURI(iri);
            boolean typed = vocabularies.contains(n, RDF.type.asNode(), Node.ANY);
            boolean labelled = vocabularies.contains(n, RDFS.label.asNode(), Node.ANY) || vocabularies.contains(n, SKOS.prefLabel.asNode(), Node.ANY);
            if (!typed || !labelled)
                out.add(iri);
        }
        return out;
    }

    /** The checked namespace of an IRI, or null. Also catches AIRO/VAIR/DPV IRIs in a wrong namespace. */
    static String namespace(String iri) {
        int hash = iri.indexOf('#');
        String ns = hash < 0 ? iri : iri.substring(0, hash + 1);
        if (COPIES.containsKey(ns))
            return ns;
        boolean looksLikeOne = iri.matches("(?i).*[/#](airo|vair|dpv)([/#].*|$)");
        return looksLikeOne && !iri.startsWith("https://w3id.org/aigb/") ? ns : null;
    }

    @Test
    void everyExternalIriTheCrossrefsUseIsDefinedInItsVocabulary() {
        Graph crossrefs = TestKG.get().dataset().asDatasetGraph().getGraph(Graphs.CROSSREFS);
        assertEquals(Set.of(), undefined(crossrefs));
    }

    @Test
    void aMisspelledOrUnknownVocabularyIriIsReported() throws Exception {
        Graph fixture = GraphFactory.createDefaultGraph();
        String name = "broken/crossrefs/misspelled-vocabulary-iri.sssom.tsv";
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            MappingGraph.add(SssomReader.read(name, in), fixture);
        }
        fixture.add(NodeFactory.createURI("https://w3id.org/aigb/id/role/Stakeholder"), SKOS.closeMatch.asNode(),
                NodeFactory.createURI("http://www.w3.org/airo#Stakeholder"));
        assertEquals(Set.of("http://www.w3.org/airo#Stakeholder", "https://w3id.org/vair#EmergancyTriage", "https://w3id.org/vair#NoSuchConcept"),
                undefined(fixture));
    }
}
