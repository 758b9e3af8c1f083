package org.w3id.aigb.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.vocab.Graphs;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The knowledge graph as the integrity shapes see it: every {@code shapes/kg*.ttl}, parsed once, and
 * the asserted graphs (ontology and data, without the inferred graph, whose range entailments would
 * hide a missing rdf:type), optionally plus a test fixture. Also names what a report entry failed, in
 * the words of a broken fixture's {@code # expect:} header.
 */
public final class KgValidation {
    private static Shapes shapes;
    private static Graph asserted;

    private KgValidation() {}

    /** The integrity shape files: {@code shapes/kg.ttl} and its siblings {@code shapes/kg-*.ttl}. */
    public static List<String> shapeFiles() {
        return Sources.classpath().list("shapes", ".ttl").stream()
                .filter(name -> name.matches("shapes/kg(-[a-z0-9-]+)?\\.ttl")).toList();
    }

    /** The shapes of every integrity shape file, parsed once. */
    public static synchronized Shapes shapes() {
        if (shapes == null) {
            Graph g = GraphFactory.createDefaultGraph();
            for (String name : shapeFiles())
                parseTurtle(Sources.classpath().open(name), g);
            shapes = Shapes.parse(g);
        }
        return shapes;
    }

    /** The union of the asserted named graphs (everything but the inferred graph), copied once. */
    public static synchronized Graph asserted() {
        if (asserted == null) {
            DatasetGraph dsg = TestKG.get().dataset().asDatasetGraph();
            Graph g = GraphFactory.createDefaultGraph();
            dsg.listGraphNodes().forEachRemaining(name -> {
                if (!name.equals(Graphs.INFERRED))
                    dsg.getGraph(name).find().forEachRemaining(g::add);
            });
            asserted = g;
        }
        return asserted;
    }

    /** The asserted graphs plus the inferred graph: what a SPARQL query over the service sees. */
    public static Graph withEntailments() {
        return TestKG.get().dataset().asDatasetGraph().getDefaultGraph();
    }

    /** A copy of the asserted graph plus a fixture's triples. */
    public static Graph assertedPlus(Graph fixture) {
        Graph g = GraphFactory.createDefaultGraph();
        asserted().find().forEachRemaining(g::add);
        fixture.find().forEachRemaining(g::add);
        return g;
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** A Turtle test resource (e.g. {@code broken/item-without-role.ttl}) as a graph of its own. */
    public static Graph turtle(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        parseTurtle(open(resource), g);
        return g;
    }

    public static InputStream open(String resource) {
        InputStream in = KgValidation.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("No test resource " + resource);
        return in;
    }

    /**
     * The named shape an entry comes from: its source shape, or for an unnamed property shape
     * ({@code sh:property [ ... ]}) the named shape that holds it.
     */
    public static String shape(ReportEntry e) {
        return shortForm(named(e.source()));
    }

    /** The entry's path in prefixed form ({@code aigb:code}, {@code ^aigb:inCase}), or "-" when it has none. */
    public static String path(ReportEntry e) {
        return e.resultPath() == null ? "-" : path(e.resultPath());
    }

    /**
     * The constraint an entry reports, named as {@link #constraints()} names it: a named shape; an unnamed
     * property shape as "named-shape path" (plus its English message when the shape has several on that
     * path); one of several SPARQL constraints of a shape as {@code named-shape "message"}.
     */
    public static String constraint(ReportEntry e) {
        Shape source = shapes().getShape(e.source());
        if (source instanceof PropertyShape p && e.source().isBlank())
            return name(shapes().getShape(named(e.source())), p);
        return name(source, e.constraint());
    }

    /** Every constraint of the integrity shapes, named as {@link #constraint(ReportEntry)} names an entry's. */
    public static Set<String> constraints() {
        Set<String> out = new TreeSet<>();
        for (Shape s : shapes().getShapeMap().values()) {
            Node node = s.getShapeNode();
            if (node.isURI()) {
                for (Constraint c : s.getConstraints())
                    out.add(name(s, c));
            } else if (s instanceof PropertyShape p && !p.getConstraints().isEmpty()) {
                // Shapes nested in sh:or, sh:not or sh:qualifiedValueShape have no owner: the enclosing shape reports them.
                Shape owner = shapes().getShape(named(node));
                if (owner != s)
                    out.add(name(owner, p));
            }
        }
        return out;
    }

    /** A named shape's constraint: the shape, or for one of its several SPARQL constraints the shape and the message. */
    private static String name(Shape shape, Constraint c) {
        String name = shortForm(shape.getShapeNode());
        return c instanceof SparqlConstraint sparql && shape.getConstraints().size() > 1 ? name + " \"" + sparql.getMessage() + "\"" : name;
    }

    /** An unnamed property shape: its owner and path, and its English message if the owner has another on that path. */
    private static String name(Shape owner, PropertyShape p) {
        String name = shortForm(owner.getShapeNode()) + " " + path(p.getPath());
        boolean shared = owner.getPropertyShapes().stream().filter(q -> q != p && q.getShapeNode().isBlank())
                .anyMatch(q -> q.getPath().equals(p.getPath()));
        if (!shared)
            return name;
        return name + " \"" + p.getMessages().stream().filter(m -> "en".equals(m.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(p.getShapeNode().toString()) + "\"";
    }

    /** One line for a failure message: focus, path, shape and message. */
    public static String describe(ReportEntry e) {
        return shortForm(e.focusNode()) + " " + path(e) + " [" + shape(e) + "] " + e.message();
    }

    public static String shortForm(Node n) {
        return n.isURI() ? Prefixes.get().shortForm(n.getURI()) : n.toString();
    }

    private static String path(Path p) {
        return PathWriter.asString(p, new Prologue(Prefixes.get()));
    }

    private static Node named(Node shape) {
        if (shape.isURI())
            return shape;
        Graph g = shapes().getGraph();
        return g.find(Node.ANY, SHACL.property, shape).nextOptional().map(t -> t.getSubject()).orElse(shape);
    }

    private static void parseTurtle(InputStream in, Graph into) {
        try (in) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
