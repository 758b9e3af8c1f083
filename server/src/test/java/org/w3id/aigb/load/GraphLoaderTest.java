package org.w3id.aigb.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Graphs;

class GraphLoaderTest {

    @Test
    void eachFolderHasItsNamedGraphAndTheDefaultGraphIsTheirUnion() {
        DatasetGraph dsg = TestKG.get().dataset().asDatasetGraph();
        Graph ontology = dsg.getGraph(Graphs.ONTOLOGY);
        assertTrue(ontology.contains(NodeFactory.createURI(AIGB.ONTOLOGY), RDF.type.asNode(), OWL2.Ontology.asNode()),
                "ontology/aigb.ttl declares the ontology in the ontology graph");
        long sum = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext();) {
            var name = it.next();
            assertTrue(name.getURI().startsWith(Graphs.BASE), "unexpected graph " + name);
            Graph g = dsg.getGraph(name);
            g.find().forEachRemaining(t -> assertTrue(dsg.getDefaultGraph().contains(t), "default graph lacks " + t));
            sum += g.size();
        }
        assertTrue(dsg.getDefaultGraph().size() <= sum, "the default graph holds nothing but the named graphs' triples");
        assertEquals(dsg.getDefaultGraph().size(), TestKG.get().size());
    }

    @Test
    void aBrokenFileIsReportedWithItsNameAndLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("ontology"));
        Files.writeString(dir.resolve("ontology/aigb.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n");
        Files.createDirectories(dir.resolve("data/guideline"));
        Files.writeString(dir.resolve("data/guideline/broken.ttl"), "@prefix ex: <http://example.org/> .\n\nex:a ex:b \"unterminated .\n");
        AigbException e = assertThrows(AigbException.class, () -> GraphLoader.load(Sources.directory(dir)));
        assertEquals("load-error", e.code());
        assertTrue(e.getMessage().contains("data/guideline/broken.ttl"), e.getMessage());
        assertTrue(e.getMessage().matches(".*line \\d+, column \\d+: .*newline in string.*"), e.getMessage());
    }

    @Test
    void aDirectoryThatIsNotACheckoutIsRefused(@TempDir Path dir) {
        AigbException e = assertThrows(AigbException.NotFound.class, () -> Sources.directory(dir));
        assertTrue(e.getMessage().contains("ontology/aigb.ttl"), e.getMessage());
    }
}
