package org.w3id.aigb.obligation;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;

/**
 * The closures of the guideline the derivation rules read, {@code queries/rules/closures/NN-*.rq}:
 * CONSTRUCT queries over the guideline alone (such as "a concept counts as itself and every broader
 * concept", {@code aigb:countsAs}), run once when the engine is built, in the order of their names,
 * each seeing what the earlier ones added. What they construct is added to the engine's own copy of
 * the guideline, never to the knowledge graph that is served.
 * <p>
 * They depend on the guideline only, not on a profile: computed once per guideline (per edition),
 * rather than followed step by step ({@code skos:broader*}) for every row of every derivation.
 */
public final class GuidelineClosures {
    /** The folder of the closures. */
    public static final String FOLDER = RuleRunner.FOLDER + "/closures";

    private final List<QueryFile> closures;

    public GuidelineClosures(Sources sources) {
        this.closures = List.copyOf(new QueryLibrary(sources, FOLDER).all());
        for (QueryFile closure : closures)
            if (!closure.query().isConstructType())
                throw new AigbException("bad-rule", closure.name() + " is not a CONSTRUCT query: every closure of the guideline constructs triples");
    }

    /** The closures, in the order they run. */
    public List<QueryFile> closures() {
        return closures;
    }

    /** Adds the closures to {@code guideline} (the engine's private copy); returns the number of triples added. */
    public long addTo(Graph guideline) {
        long before = guideline.size();
        for (QueryFile closure : closures) {
            Graph constructed = QueryRunner.withoutTimeLimit(guideline).construct(closure).getGraph();
            constructed.find().forEach(guideline::add);
        }
        return guideline.size() - before;
    }
}
