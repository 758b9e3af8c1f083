package org.w3id.aigb.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.aigb.graph.Sources;

/**
 * An RDF graph read as an OWL 2 ontology by the OWL API (the parser ROBOT and Protégé use), checked
 * against the OWL 2 DL profile and, with HermiT, for consistency and unsatisfiable classes. Each
 * finding is one line naming the offending axiom (or triple) and, where known, the files whose triples
 * describe the entities it uses, so a failure says what to fix and where.
 */
public final class OwlCheck {
    private final OWLOntology ontology;
    private final List<String> unparsed;
    private final long loadMillis;

    private OwlCheck(OWLOntology ontology, List<String> unparsed, long loadMillis) {
        this.ontology = ontology;
        this.unparsed = unparsed;
        this.loadMillis = loadMillis;
    }

    /** Reads {@code graph} (serialised as N-Triples, never from the network: no imports are followed). */
    public static OwlCheck of(Graph graph) {
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        try {
            OWLOntology o = manager.loadOntologyFromOntologyDocument(
                    new StreamDocumentSource(new ByteArrayInputStream(out.toByteArray()), IRI.create("urn:aigb:owl-check"), new NTriplesDocumentFormat(), null),
                    config);
            List<String> unparsed = new ArrayList<>();
            manager.getOntologyFormat(o).getOntologyLoaderMetaData()
                    .ifPresent(meta -> meta.getUnparsedTriples().map(RDFTriple::toString).sorted().forEach(unparsed::add));
            return new OwlCheck(o, unparsed, (System.nanoTime() - start) / 1_000_000);
        } catch (OWLOntologyCreationException e) {
            throw new AssertionError("The OWL API cannot read the graph as an ontology: " + e.getMessage(), e);
        }
    }

    /**
     * Triples the OWL API could not turn into any OWL 2 axiom and dropped (reserved vocabulary such as
     * RDF reification, malformed axioms): in OWL 2 DL, none.
     */
    public List<String> unparsedTriples() {
        return unparsed;
    }

    /** Every OWL 2 DL profile violation, one line each with its axiom, plus {@link #unparsedTriples()}. */
    public List<String> dlViolations(FileIndex files) {
        List<String> out = new ArrayList<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(ontology).getViolations()) {
            String where = v.getAxiom() == null ? "" : files.filesOf(v.getAxiom().signature().map(OWLEntity::toStringID).toList());
            out.add(v.getClass().getSimpleName() + ": " + v.toString().replace('\n', ' ') + where);
        }
        unparsed.forEach(t -> out.add("UnparsedTriple (dropped by the OWL API, not OWL 2): " + t + files.filesOfTriple(t)));
        return out;
    }

    /** HermiT's verdict: empty when the ontology is consistent and every named class satisfiable. */
    public List<String> reasonerProblems() {
        return reason(true);
    }

    /**
     * HermiT's verdict on consistency alone: for a whole graph, whose classes are the ontology's (their
     * satisfiability is checked on the ontology), this skips classification, two thirds of the time.
     */
    public List<String> consistencyProblems() {
        return reason(false);
    }

    private List<String> reason(boolean classes) {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            if (!reasoner.isConsistent())
                return List.of("HermiT finds the ontology inconsistent (no model satisfies its axioms and facts)");
            if (!classes)
                return List.of();
            return reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                    .map(c -> "HermiT finds the class " + c.getIRI() + " unsatisfiable (no individual can be in it)")
                    .sorted().toList();
        } finally {
            reasoner.dispose();
        }
    }

    public int axiomCount() {
        return ontology.getAxiomCount();
    }

    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Which source file describes an entity (has a triple with it as subject): lets a finding name the
     * file to edit. Built from each file's own graph.
     */
    public static final class FileIndex {
        private final Map<String, Graph> files = new LinkedHashMap<>();

        /** The Turtle files of the project folders given (as packaged), each parsed on its own. */
        public static FileIndex of(String... folders) {
            Sources sources = Sources.classpath();
            FileIndex index = new FileIndex();
            for (String folder : folders)
                for (String name : sources.list(folder, ".ttl")) {
                    Graph g = GraphFactory.createDefaultGraph();
                    try (InputStream in = sources.open(name)) {
                        RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/aigb/").parse(g);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    index.files.put(name, g);
                }
            return index;
        }

        String filesOf(List<String> iris) {
            Set<String> names = new TreeSet<>();
            for (String iri : iris) {
                Node n = NodeFactory.createURI(iri);
                files.forEach((name, g) -> {
                    if (g.contains(n, Node.ANY, Node.ANY))
                        names.add(name);
                });
            }
            return names.isEmpty() ? "" : " [" + String.join(", ", names) + "]";
        }

        String filesOfTriple(String triple) {
            String subject = triple.startsWith("<") ? triple.substring(1, triple.indexOf('>')) : null;
            return subject == null ? "" : filesOf(List.of(subject));
        }

        @Override
        public String toString() {
            return files.keySet().stream().collect(Collectors.joining(", "));
        }
    }
}
