package org.w3id.aigb.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * What the documentation of one edition of the ontology shows, read from that edition's graph: its
 * terms by kind (the {@code aigb:} classes, properties, datatypes and individuals), the concept schemes
 * it defines with their members, and the terms of other vocabularies it declares. Only reads the model.
 */
public final class OntologyDoc {
    /** A kind of term, in the order the page shows them, with the OWL type that makes a term one. */
    public enum Kind {
        CLASS("Classes", "クラス", "class", OWL2.Class),
        OBJECT_PROPERTY("Object properties", "オブジェクトプロパティ", "object property", OWL2.ObjectProperty),
        DATATYPE_PROPERTY("Datatype properties", "データプロパティ", "datatype property", OWL2.DatatypeProperty),
        ANNOTATION_PROPERTY("Annotation properties", "注釈プロパティ", "annotation property", OWL2.AnnotationProperty),
        DATATYPE("Datatypes", "データ型", "datatype", RDFS.Datatype),
        INDIVIDUAL("Named individuals", "個体", "named individual", OWL2.NamedIndividual);

        public final String heading;
        public final String headingJa;
        public final String singular;
        final Resource type;

        Kind(String heading, String headingJa, String singular, Resource type) {
            this.heading = heading;
            this.headingJa = headingJa;
            this.singular = singular;
            this.type = type;
        }
    }

    private static final Property INVERSE = OWL2.inverseOf;
    private final Model model;
    private Set<Resource> anchored;

    public OntologyDoc(Model model) {
        this.model = model;
    }

    public Model model() {
        return model;
    }

    public Resource document() {
        return model.createResource(AIGB.ONTOLOGY);
    }

    /** The {@code aigb:} terms of one kind, sorted by IRI (an individual: any aigb: IRI typed by an aigb: class or owl:NamedIndividual). */
    public List<Resource> terms(Kind kind) {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        if (kind == Kind.INDIVIDUAL) {
            model.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
                RDFNode type = s.getObject();
                if (isOwn(s.getSubject()) && type.isURIResource()
                        && (type.equals(OWL2.NamedIndividual) || (isOwn(type.asResource()) && model.contains(type.asResource(), RDF.type, OWL2.Class))))
                    out.add(s.getSubject());
            });
        } else {
            model.listSubjectsWithProperty(RDF.type, kind.type).forEach(r -> {
                if (isOwn(r))
                    out.add(r);
            });
        }
        return new ArrayList<>(out);
    }

    /** The concept schemes the document defines, each with its members (skos:inScheme), sorted. */
    public Map<Resource, List<Resource>> schemes() {
        Map<Resource, List<Resource>> out = new LinkedHashMap<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI))
                .forEach(scheme -> out.put(scheme, model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                        .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList()));
        return out;
    }

    /** Terms of other vocabularies the document declares (typed, outside aigb: and the things of the guideline). */
    public List<Resource> externalTerms() {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        for (Kind k : Kind.values())
            model.listSubjectsWithProperty(RDF.type, k.type).forEach(r -> {
                if (r.isURIResource() && !isOwn(r) && !r.getURI().startsWith("https://w3id.org/aigb/"))
                    out.add(r);
            });
        return new ArrayList<>(out);
    }

    /** Everything that has an anchor on the page: aigb: terms, schemes and their members, external terms. */
    public synchronized boolean isAnchored(Resource r) {
        if (anchored == null) {
            Set<Resource> all = new java.util.HashSet<>(externalTerms());
            schemes().forEach((scheme, members) -> {
                all.add(scheme);
                all.addAll(members);
            });
            anchored = all;
        }
        return isOwn(r) || anchored.contains(r);
    }

    public static boolean isOwn(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(AIGB.NS);
    }

    /** The objects of {@code p} on {@code r} that are IRIs, sorted. */
    public List<Resource> objects(Resource r, Property p) {
        return model.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** The IRIs that have {@code p} pointing at {@code r} (sub-classes, sub-properties, ...), sorted. */
    public List<Resource> subjects(Property p, Resource r) {
        return model.listSubjectsWithProperty(p, r).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** The literal of {@code p} on {@code r} in {@code lang}, or null. */
    public String text(Resource r, Property p, String lang) {
        for (Statement s : model.listStatements(r, p, (RDFNode) null).toList())
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equalsIgnoreCase(lang))
                return s.getLiteral().getLexicalForm();
        return null;
    }

    /** The plain (untagged) literal of {@code p} on {@code r}, or null. */
    public String plain(Resource r, Property p) {
        for (Statement s : model.listStatements(r, p, (RDFNode) null).toList())
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().isEmpty())
                return s.getLiteral().getLexicalForm();
        return null;
    }

    /** The literals of {@code p} on {@code r}, sorted by language then text. */
    public List<Literal> literals(Resource r, Property p) {
        return model.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .sorted(Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm)).toList();
    }

    /** The members of an owl:oneOf enumeration of the class, in the order given. */
    public List<Resource> oneOf(Resource cls) {
        List<Resource> out = new ArrayList<>();
        for (RDFNode list : model.listObjectsOfProperty(cls, OWL2.oneOf).toList())
            if (list.canAs(RDFList.class))
                list.as(RDFList.class).iterator().forEach(n -> {
                    if (n.isURIResource())
                        out.add(n.asResource());
                });
        return out;
    }

    /** The inverse properties of a property, declared on either side. */
    public List<Resource> inverses(Resource p) {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        out.addAll(objects(p, INVERSE));
        out.addAll(subjects(INVERSE, p));
        return new ArrayList<>(out);
    }

    /** A datatype's definition as text: its base datatype and facets (e.g. xsd:string, pattern "…"). */
    public String datatypeDefinition(Resource datatype) {
        List<String> parts = new ArrayList<>();
        for (RDFNode eq : model.listObjectsOfProperty(datatype, OWL2.equivalentClass).toList()) {
            if (!eq.isResource())
                continue;
            Resource d = eq.asResource();
            d.listProperties(OWL2.onDatatype).forEach(s -> parts.add(Prefixes.shortName(s.getResource().getURI())));
            for (RDFNode list : model.listObjectsOfProperty(d, OWL2.withRestrictions).toList())
                if (list.canAs(RDFList.class))
                    list.as(RDFList.class).iterator().forEach(facet -> facet.asResource().listProperties().forEach(f ->
                            parts.add(f.getPredicate().getLocalName() + " \"" + f.getObject().asLiteral().getLexicalForm() + "\"")));
        }
        return String.join(", ", parts);
    }

    /** Whether {@code r} is declared with the OWL type {@code t} (e.g. owl:FunctionalProperty). */
    public boolean is(Resource r, Resource t) {
        return model.contains(r, RDF.type, t);
    }

    public static Resource iri(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
