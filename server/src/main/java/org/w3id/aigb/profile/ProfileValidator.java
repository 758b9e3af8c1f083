package org.w3id.aigb.profile;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.aigb.Limits;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.vocab.Prefixes;

/**
 * Validates profiles against {@code shapes/profile.ttl} and {@code shapes/profile-boundary.ttl}.
 * Built once (shapes parsed once, the knowledge graph's facts extracted once); then
 * {@link #validate(Graph)} is thread-safe and stateless.
 * <p>
 * The existence checks ("is P-2-i an item?") need the knowledge graph. Rather than copying the
 * graph for each profile, the facts the shapes read (types, labels and codes of the guideline's
 * resources: {@code queries/profile/reference.rq}) are extracted once into a small read-only graph,
 * and each profile is validated as a union view over the profile and that graph: nothing is copied
 * per request.
 */
public final class ProfileValidator {
    public static final String SHAPES = "shapes/profile.ttl";
    public static final String BOUNDARY_SHAPES = "shapes/profile-boundary.ttl";
    public static final String REFERENCE_QUERY = "reference";

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final Shapes boundary;
    private final Graph reference;
    private final Limits limits;

    private ProfileValidator(Graph shapesGraph, Graph boundaryGraph, Graph reference, Limits limits) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
        this.boundary = Shapes.parse(boundaryGraph);
        this.reference = reference;
        this.limits = limits;
    }

    /** The validator for the loaded knowledge graph, with the shapes of {@code sources} and the default time limit. */
    public static ProfileValidator create(Sources sources, KnowledgeGraph kg) {
        return create(sources, kg.dataset(), Limits.defaults());
    }

    /** As {@link #create(Sources, KnowledgeGraph)}, each validation within the time limit of {@code limits}. */
    public static ProfileValidator create(Sources sources, KnowledgeGraph kg, Limits limits) {
        return create(sources, kg.dataset(), limits);
    }

    /** The validator over any dataset holding the guideline's resources (tests add fixtures this way). */
    public static ProfileValidator create(Sources sources, Dataset dataset) {
        return create(sources, dataset, Limits.defaults());
    }

    private static ProfileValidator create(Sources sources, Dataset dataset, Limits limits) {
        Graph reference = QueryRunner.withoutTimeLimit(dataset).construct(new QueryLibrary(sources, "queries/profile").get(REFERENCE_QUERY)).getGraph();
        Graph shapes = parse(sources, SHAPES);
        Graph boundary = parse(sources, BOUNDARY_SHAPES);
        // A constraint jena-shacl does not evaluate would be skipped without a word: refuse such shapes.
        ShaclFeatures.requireSupported(SHAPES, shapes, ShaclFeatures.JENA);
        ShaclFeatures.requireSupported(BOUNDARY_SHAPES, boundary, ShaclFeatures.JENA);
        return new ProfileValidator(shapes, boundary, reference, limits);
    }

    private static Graph parse(Sources sources, String name) {
        return RDFParser.fromString(sources.read(name), Lang.TURTLE).base("https://w3id.org/aigb/").toGraph();
    }

    /** Validates one profile, within the time limit ({@code query-timeout}). The profile graph is not modified. */
    public ProfileReport validate(Graph profile) {
        Graph timed = new DeadlineGraph(profile, limits);
        ValidationReport own = ShaclValidator.get().validate(boundary, timed);
        ValidationReport main = ShaclValidator.get().validate(shapes, new Union(timed, reference));
        ValidationReport.Builder merged = ValidationReport.create();
        merged.addPrefixes(Prefixes.get());
        for (ReportEntry e : own.getEntries())
            merged.addReportEntry(e);
        for (ReportEntry e : main.getEntries())
            merged.addReportEntry(e);
        return new ProfileReport(merged.build(), shapesGraph, reference);
    }

    /** Number of triples of the knowledge graph put beside each profile. */
    public long referenceSize() {
        return reference.size();
    }
}
