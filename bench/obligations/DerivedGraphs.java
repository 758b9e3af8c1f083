import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Writes what the engine of the jar on the class path derives for each profile: the reference graphs
 * of {@code DerivedGraphsTest} (server/src/test/resources/derivations/derived/), written with the
 * previous code so that the test shows a faster engine derives the same RDF. The derivation IRI is
 * {@code ObligationEngine.nameBasedIri(<file name>)}, and the two times of the derivation
 * ({@code prov:startedAtTime}, {@code prov:endedAtTime}), which differ at every run, are left out.
 * Only public API that every version has. See bench/obligations/derived-graphs.sh.
 * <p>
 * Usage: {@code java -cp aigb.jar:CLASSES DerivedGraphs OUT_DIR PROFILE...} (writes OUT_DIR/NAME.ttl
 * for each PROFILE NAME.ttl; a profile that does not conform is an error).
 */
public class DerivedGraphs {
    static final String PROV = "http://www.w3.org/ns/prov#";

    public static void main(String[] args) throws Exception {
        AigbSystem.init();
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        ObligationEngine engine = ObligationEngine.create(sources, kg, ProfileValidator.create(sources, kg));
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String name = file.getFileName().toString();
            Node iri = ObligationEngine.nameBasedIri(name);
            ObligationEngine.Outcome o = engine.check(new ProfileReader().read(file), iri);
            if (!o.conforms())
                throw new IllegalStateException(file + " does not conform");
            Graph g = GraphFactory.createDefaultGraph();
            Node started = NodeFactory.createURI(PROV + "startedAtTime"), ended = NodeFactory.createURI(PROV + "endedAtTime");
            o.derivation().derived().find().forEach(t -> {
                if (!t.getPredicate().equals(started) && !t.getPredicate().equals(ended))
                    g.add(t);
            });
            g.getPrefixMapping().setNsPrefixes(Prefixes.usedIn(g));
            g.getPrefixMapping().setNsPrefix("derivation", iri.getURI() + "#");
            try (OutputStream w = Files.newOutputStream(out.resolve(name.replaceFirst("\\.[a-z]+$", ".ttl")))) {
                RDFDataMgr.write(w, g, RDFFormat.TURTLE_BLOCKS);
            }
            System.out.println(name + ": " + g.size() + " triples");
        }
    }
}
