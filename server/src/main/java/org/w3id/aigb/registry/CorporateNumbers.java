package org.w3id.aigb.registry;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.vocab.AIGB;

/**
 * Checks a corporate number (法人番号) registered on the command line with the same rule that
 * checks it in a profile: the check-digit shape of {@code shapes/profile.ttl}, run on a one-triple
 * graph. (A registered number with a wrong check digit could never match a conforming profile.)
 */
final class CorporateNumbers {
    private static final org.apache.jena.graph.Node CHECK_DIGIT = NodeFactory.createURI(org.w3id.aigb.vocab.AigbShapes.NS + "CorporateNumberCheckDigit");

    private final Sources sources;
    private volatile Shapes shapes;

    CorporateNumbers(Sources sources) {
        this.sources = sources;
    }

    void check(String number) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:x-aigb:organisation"), AIGB.property("corporateNumber").asNode(), NodeFactory.createLiteralString(number));
        // only the check-digit shape speaks about a lone number (others need a whole profile)
        boolean wrong = ShaclValidator.get().validate(shapes(), g).getEntries().stream()
                .anyMatch(e -> e.source() != null && e.source().equals(CHECK_DIGIT));
        if (wrong)
            throw new AigbException.BadInput("bad-corporate-number", "The corporate number " + number
                    + " has a wrong check digit (its first digit does not match the other twelve): check the number");
    }

    private Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            s = Shapes.parse(RDFParser.fromString(sources.read(ProfileValidator.SHAPES), Lang.TURTLE).base("https://w3id.org/aigb/").toGraph());
            shapes = s;
        }
        return s;
    }
}
