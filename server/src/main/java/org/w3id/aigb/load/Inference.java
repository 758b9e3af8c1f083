package org.w3id.aigb.load;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.vocab.AigbId;

/**
 * RDFS/OWL entailments of the asserted graph under Jena's OWL Micro rules (subclasses,
 * subproperties, inverses, domains and ranges), computed once at load. Only entailments about the
 * things of the guideline that say something are kept: no {@code rdfs:Resource}/{@code owl:Thing}
 * types, no reflexive axioms, no blank nodes, no {@code rdfs:seeAlso} echoing {@code rdfs:isDefinedBy}.
 */
public final class Inference {
    /** Entailments are kept for the things of the guideline only: TBox entailments (ranges widened to owl:Thing, ...) are noise. */
    private static final String OURS = AigbId.BASE;
    private static final Set<Node> TRIVIAL_TYPES = Set.of(
            RDFS.Resource.asNode(), OWL2.Thing.asNode(), RDFS.Class.asNode(), RDF.Property.asNode());
    private static final Set<Node> REFLEXIVE = Set.of(
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), OWL2.equivalentClass.asNode(),
            OWL2.equivalentProperty.asNode(), OWL2.sameAs.asNode());

    private Inference() {}

    /** Triples entailed by {@code ontology} + {@code asserted} that {@code asserted} lacks. */
    public static Graph entailments(Graph ontology, Graph asserted) {
        Reasoner reasoner = ReasonerRegistry.getOWLMicroReasoner().bindSchema(ontology);
        InfGraph inf = reasoner.bind(asserted);
        inf.prepare();
        Graph out = GraphFactory.createDefaultGraph();
        inf.find().forEachRemaining(t -> {
            if (keep(t) && !asserted.contains(t))
                out.add(t);
        });
        return out;
    }

    private static boolean keep(Triple t) {
        Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
        if (!s.isURI() || !s.getURI().startsWith(OURS) || o.isBlank())
            return false;
        if (p.equals(OWL2.sameAs.asNode()) || p.equals(OWL2.differentFrom.asNode()) || p.equals(RDFS.seeAlso.asNode()))
            return false;
        if (REFLEXIVE.contains(p) && s.equals(o))
            return false;
        return !(p.equals(RDF.type.asNode()) && TRIVIAL_TYPES.contains(o));
    }
}
