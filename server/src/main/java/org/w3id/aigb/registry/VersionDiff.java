package org.w3id.aigb.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.w3id.aigb.query.QueryRunner;

/**
 * What changed between two versions of one organisation's profile: queries/registry/version-diff.rq
 * over the two versions' kept derivations (never derived again), with the guideline beside them for
 * codes and titles.
 */
public final class VersionDiff {
    /** One change: its kind (role-gained, new-gap, withdrawn-measure, ...) and the guideline resource it concerns. */
    public record Change(String change, String resource, String code, String labelJa, String labelEn) {}

    /** The graph names queries/registry/version-diff.rq reads. */
    private static final Node BEFORE = NodeFactory.createURI("urn:x-aigb:diff:before");
    private static final Node AFTER = NodeFactory.createURI("urn:x-aigb:diff:after");

    private VersionDiff() {}

    static List<Change> between(RegistryQueries queries, Graph guideline, VersionGraphs before, VersionGraphs after) {
        DatasetGraph dsg = new DatasetGraphMapLink(guideline);
        dsg.addGraph(BEFORE, new Union(before.profile(), before.derived()));
        dsg.addGraph(AFTER, new Union(after.profile(), after.derived()));
        List<Change> out = new ArrayList<>();
        for (QuerySolution r : QueryRunner.withoutTimeLimit(DatasetFactory.wrap(dsg)).select(queries.query("version-diff", List.of()), "version-diff", Map.of()).rows())
            out.add(new Change(text(r, "change"), r.getResource("resource").getURI(), text(r, "code"), text(r, "labelJa"), text(r, "labelEn")));
        return out;
    }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.asLiteral().getLexicalForm();
    }
}
