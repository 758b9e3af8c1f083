package org.w3id.aigb.registry;

import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The values of one row of a query's parameters: the variables its leading
 * {@code VALUES (...) { (UNDEF ...) }} declares. A parameter left out stays UNDEF, which the files
 * read as "not given" (e.g. no filter).
 */
public final class Params {
    private final Map<String, Node> values = new LinkedHashMap<>();

    public static Params of() {
        return new Params();
    }

    public Params node(String name, Node value) {
        if (value != null)
            values.put(name, value);
        return this;
    }

    public Params iri(String name, String iri) {
        return iri == null ? this : node(name, NodeFactory.createURI(iri));
    }

    public Params string(String name, String value) {
        return value == null ? this : node(name, NodeFactory.createLiteralString(value));
    }

    public Params integer(String name, long value) {
        return node(name, NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    public Params bool(String name, Boolean value) {
        return value == null ? this : node(name, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDboolean));
    }

    public Params dateTime(String name, Instant value) {
        return value == null ? this : node(name, dateTime(value));
    }

    public Params base64(String name, byte[] value) {
        return value == null ? this : node(name, NodeFactory.createLiteralDT(Base64.getEncoder().encodeToString(value), XSDDatatype.XSDbase64Binary));
    }

    /** A fresh {@code urn:uuid:} IRI: what the registry names its private records with. */
    public Params fresh(String name) {
        return node(name, freshIri());
    }

    public Map<String, Node> values() {
        return Collections.unmodifiableMap(values);
    }

    public static Node freshIri() {
        return NodeFactory.createURI("urn:uuid:" + UUID.randomUUID());
    }

    public static Node dateTime(Instant value) {
        return NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime);
    }
}
