package org.w3id.aigb.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.AigbId;

/**
 * Turns a mapping set read from TSV into RDF: the set, one {@code aigb:Mapping} per row (the mapped
 * triple as {@code aigb:mappingSubject/mappingPredicate/mappingObject}, SSSOM's subject_id,
 * predicate_id and object_id, plus its justification, confidence, author and date), and the SKOS
 * triple itself. The TSV is the one source; this RDF is never written by hand.
 * A mapping's IRI is {@code id/mapping/{set}/{hash}}, the hash taken from subject, predicate and
 * object, so it stays the same when rows are reordered or reworded.
 */
public final class MappingGraph {
    /** Base of mapping IRIs: {@code id/mapping/{set slug}/{hash}}. */
    public static final String MAPPING_BASE = AigbId.BASE + "mapping/";

    private static final Node TYPE = RDF.type.asNode();
    private static final Node MAPPING = AIGB.resource("Mapping").asNode();
    private static final Node MAPPING_SET = AIGB.resource("MappingSet").asNode();
    /** The mapped triple, named with the ontology's own properties: RDF reification is not OWL 2 DL. */
    static final Node SUBJECT = node("mappingSubject");
    static final Node PREDICATE = node("mappingPredicate");
    static final Node OBJECT = node("mappingObject");
    private static final Node IN_SET = node("inMappingSet");
    private static final Node JUSTIFICATION = node("justification");
    private static final Node MAPPING_JUSTIFICATION = node("mappingJustification");
    private static final Node CONFIDENCE = node("mappingConfidence");
    private static final Node SUBJECT_LABEL = node("subjectLabel");
    private static final Node OBJECT_LABEL = node("objectLabel");

    private MappingGraph() {}

    /** Adds the set and all its mappings to {@code g}. */
    public static void add(MappingSetFile set, Graph g) {
        Node s = NodeFactory.createURI(set.iri());
        g.add(s, TYPE, MAPPING_SET);
        var meta = set.metadata();
        if (meta.containsKey("mapping_set_title"))
            g.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(meta.get("mapping_set_title"), "en"));
        if (meta.containsKey("mapping_set_description"))
            g.add(s, DCTerms.description.asNode(), NodeFactory.createLiteralLang(meta.get("mapping_set_description"), "en"));
        if (meta.containsKey("mapping_set_version"))
            g.add(s, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(meta.get("mapping_set_version")));
        g.add(s, DCTerms.license.asNode(), NodeFactory.createURI(meta.get("license")));
        for (String creator : set.creators())
            g.add(s, DCTerms.creator.asNode(), NodeFactory.createURI(creator));
        for (MappingRow row : set.rows())
            addRow(set, row, g);
    }

    private static void addRow(MappingSetFile set, MappingRow row, Graph g) {
        Node m = NodeFactory.createURI(mappingIri(set.slug(), row));
        Node subject = NodeFactory.createURI(row.subject());
        Node predicate = NodeFactory.createURI(row.predicate());
        Node object = NodeFactory.createURI(row.object());
        g.add(subject, predicate, object);
        g.add(m, TYPE, MAPPING);
        g.add(m, SUBJECT, subject);
        g.add(m, PREDICATE, predicate);
        g.add(m, OBJECT, object);
        g.add(m, IN_SET, NodeFactory.createURI(set.iri()));
        g.add(m, MAPPING_JUSTIFICATION, NodeFactory.createURI(row.mappingJustification()));
        g.add(m, CONFIDENCE, NodeFactory.createLiteralDT(row.confidence().toPlainString(), XSDDatatype.XSDdecimal));
        g.add(m, DCTerms.creator.asNode(), NodeFactory.createURI(row.author()));
        g.add(m, DCTerms.date.asNode(), NodeFactory.createLiteralDT(row.date().toString(), XSDDatatype.XSDdate));
        g.add(m, JUSTIFICATION, NodeFactory.createLiteralLang(row.comment(), "en"));
        if (row.subjectLabel() != null)
            g.add(m, SUBJECT_LABEL, NodeFactory.createLiteralString(row.subjectLabel()));
        if (row.objectLabel() != null)
            g.add(m, OBJECT_LABEL, NodeFactory.createLiteralString(row.objectLabel()));
    }

    /** The stable IRI of a row's mapping record. */
    public static String mappingIri(String setSlug, MappingRow row) {
        return MAPPING_BASE + setSlug + "/" + hash(row.subject() + ' ' + row.predicate() + ' ' + row.object());
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static Node node(String localName) {
        return AIGB.property(localName).asNode();
    }
}
