package org.w3id.aigb.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the aigb ontology ({@code ontology/*.ttl}) used from Java. */
public final class AIGB {
    private AIGB() {}

    /** The ontology document IRI. */
    public static final String ONTOLOGY = "https://w3id.org/aigb/ontology";
    /** Namespace of ontology terms. */
    public static final String NS = ONTOLOGY + "#";

    public static final Resource GuidelineResource = resource("GuidelineResource");
    public static final Resource ActorItem = resource("ActorItem");
    public static final Resource GuidingPrinciple = resource("GuidingPrinciple");
    public static final Resource Role = resource("Role");
    public static final Resource Section = resource("Section");
    public static final Resource Edition = resource("Edition");

    public static final Property code = property("code");
    public static final Property section = property("section");
    public static final Property confidence = property("confidence");
    public static final Property inEdition = property("inEdition");
    public static final Property forRole = property("forRole");
    public static final Property atStage = property("atStage");
    public static final Property implementsPrinciple = property("implementsPrinciple");

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }
}
