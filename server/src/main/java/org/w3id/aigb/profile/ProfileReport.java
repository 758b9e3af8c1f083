package org.w3id.aigb.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * A small view over the {@code sh:ValidationReport} of one profile: whether it conforms (no
 * violation: warnings do not count), and each result with its message in Japanese and English and
 * the guideline items or sections the failing shape cites ({@code aigb:citesItem},
 * {@code aigb:citesSection}).
 * <p>
 * {@link #graph()} is the SHACL report with the citations added to each result. Its
 * {@code sh:conforms} follows the SHACL specification: false whenever there is any result, a
 * warning included.
 */
public final class ProfileReport {
    /** A guideline item, practice note or section that a result cites. */
    public record Citation(Node iri, String code, String labelJa, String labelEn) {}

    /** One result. {@code path} and {@code value} may be null. */
    public record Entry(Severity severity, Node focusNode, Path path, Node value, Node sourceShape,
                        String messageJa, String messageEn, List<Citation> cites) {}

    private static final List<Node> CITING = List.of(AIGB.property("citesItem").asNode(), AIGB.property("citesSection").asNode());

    /** Violations first, then warnings, infos; within each by shape, focus node and value. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> rank(e.severity()))
            .thenComparing(e -> String.valueOf(e.sourceShape()))
            .thenComparing(e -> String.valueOf(e.focusNode()))
            .thenComparing(e -> String.valueOf(e.value()));

    private final ValidationReport report;
    private final Graph shapes;
    private final List<Entry> entries;

    ProfileReport(ValidationReport report, Graph shapes, Graph reference) {
        this.report = report;
        this.shapes = shapes;
        // One entry per shape, focus node, path and value: a value can break two constraints of one
        // shape (a pattern and an existence check), which says the same thing twice.
        Map<List<Object>, Entry> unique = new LinkedHashMap<>();
        for (ReportEntry e : report.getEntries())
            unique.putIfAbsent(Arrays.asList(e.severity().level(), e.source(), e.focusNode(), e.resultPath(), e.value()),
                    new Entry(e.severity(), e.focusNode(), e.resultPath(), e.value(), e.source(),
                            message(e, "ja"), message(e, "en"), citations(e.source(), reference)));
        List<Entry> list = new ArrayList<>(unique.values());
        list.sort(ORDER);
        this.entries = Collections.unmodifiableList(list);
    }

    /**
     * The report of a profile whose results were not kept (a registry version: it conformed when it
     * was stored, and its validation summary is kept beside it): no entries.
     */
    public static ProfileReport notKept() {
        return new ProfileReport(ValidationReport.reportConformsTrue(), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(),
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
    }

    /** True when there is no violation; warnings and infos do not stop a profile conforming. */
    public boolean conforms() {
        return count(Severity.Violation) == 0;
    }

    public List<Entry> entries() {
        return entries;
    }

    public long count(Severity severity) {
        return entries.stream().filter(e -> e.severity().equals(severity)).count();
    }

    /** The SHACL validation report, each result with {@code aigb:citesItem}/{@code aigb:citesSection} of its shape. */
    public Graph graph() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.get());
        model.add(report.getModel());
        List<Statement> added = new ArrayList<>();
        model.listResourcesWithProperty(RDF.type, model.wrapAsResource(SHACL.ValidationResult)).forEachRemaining(result -> {
            Statement source = result.getProperty(model.createProperty(SHACL.sourceShape.getURI()));
            if (source == null)
                return;
            for (Node p : CITING)
                shapes.find(source.getObject().asNode(), p, Node.ANY).forEach(t ->
                        added.add(model.createStatement(result, model.createProperty(p.getURI()), model.asRDFNode(t.getObject()))));
        });
        model.add(added);
        return model.getGraph();
    }

    private static int rank(Severity s) {
        return s.equals(Severity.Violation) ? 0 : s.equals(Severity.Warning) ? 1 : 2;
    }

    private static String message(ReportEntry e, String lang) {
        Optional<String> tagged = e.messages().stream()
                .filter(n -> n.isLiteral() && lang.equalsIgnoreCase(n.getLiteralLanguage()))
                .map(Node::getLiteralLexicalForm).findFirst();
        // A constraint without an aigb message (none should be: ProfileShapesTest checks) keeps Jena's own text.
        return tagged.orElseGet(() -> e.message() == null ? "" : e.message());
    }

    private List<Citation> citations(Node shape, Graph reference) {
        if (shape == null)
            return List.of();
        List<Citation> out = new ArrayList<>();
        for (Node p : CITING)
            shapes.find(shape, p, Node.ANY).forEach(t -> out.add(citation(t.getObject(), reference)));
        out.sort(Comparator.comparing(c -> c.iri().toString()));
        return List.copyOf(out);
    }

    private static Citation citation(Node iri, Graph reference) {
        String code = reference.find(iri, AIGB.code.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElseGet(() -> iri.isURI() ? iri.getURI().substring(iri.getURI().lastIndexOf('/') + 1) : iri.toString());
        return new Citation(iri, code, label(reference, iri, "ja"), label(reference, iri, "en"));
    }

    private static String label(Graph reference, Node iri, String lang) {
        return reference.find(iri, RDFS.label.asNode(), Node.ANY).filterKeep(t -> lang.equals(t.getObject().getLiteralLanguage()))
                .nextOptional().map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
    }
}
