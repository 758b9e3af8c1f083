package org.w3id.aigb.obligation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.vocab.AIGB;

/**
 * Runs the derivation rules, {@code queries/rules/NN-*.rq}, in the order of their names. Each rule is
 * a CONSTRUCT over a dataset whose default graph is the guideline, with the profile in the named
 * graph {@link #PROFILE} and what earlier rules derived in {@link #DERIVED}; what it constructs is
 * added to {@link #DERIVED} before the next rule runs. Rules see {@code ?derivation} (the IRI results
 * are minted under), {@code ?started} and {@code ?ended} (the times the provenance rule records).
 * <p>
 * The guideline's facts come only from the default graph and the profile's only from its graph, so a
 * profile cannot pass itself off as guideline data, and one profile's facts never reach another's
 * derivation. Built once (rules parsed once); {@link #run} is thread-safe.
 */
public final class RuleRunner {
    /** The folder of the rules. */
    public static final String FOLDER = "queries/rules";
    /** Where the rules read the profile. */
    public static final Node PROFILE = NodeFactory.createURI("urn:aigb:profile");
    /** Where the rules read what earlier rules derived. */
    public static final Node DERIVED = NodeFactory.createURI("urn:aigb:derived");

    private final List<QueryFile> rules;
    private final long timeoutMillis;

    public RuleRunner(Sources sources, long timeoutMillis) {
        List<QueryFile> all = new ArrayList<>(new QueryLibrary(sources, FOLDER).all());
        for (QueryFile rule : all)
            if (!rule.query().isConstructType())
                throw new AigbException("bad-rule", rule.name() + " is not a CONSTRUCT query: every derivation rule constructs triples");
        if (all.isEmpty())
            throw new AigbException("no-rules", "No derivation rules in " + FOLDER);
        this.rules = Collections.unmodifiableList(all);
        this.timeoutMillis = timeoutMillis;
    }

    /** The rules, in the order they run. */
    public List<QueryFile> rules() {
        return rules;
    }

    /**
     * Runs every rule over the profile and the guideline; returns what they derived, with the names
     * of the rule files recorded on the derivation ({@code aigb:ruleQuery}).
     */
    public Graph run(Graph guideline, Graph profile, Node derivation) {
        Graph derived = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = DatasetGraphFactory.create(guideline);
        dsg.addGraph(PROFILE, profile);
        dsg.addGraph(DERIVED, derived);
        Dataset dataset = DatasetFactory.wrap(dsg);
        Model bindings = ModelFactory.createDefaultModel();
        String started = Instant.now().toString();
        for (QueryFile rule : rules) {
            List<Triple> constructed = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(rule.query()).dataset(dataset)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .substitution("derivation", bindings.wrapAsResource(derivation))
                    .substitution("started", bindings.createTypedLiteral(started, XSDDatatype.XSDdateTime))
                    .substitution("ended", bindings.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime))
                    .build()) {
                qe.execConstructTriples().forEachRemaining(constructed::add);
            } catch (QueryCancelledException e) {
                throw new AigbException("query-timeout", rule.name() + " took longer than " + timeoutMillis + " ms and was stopped");
            }
            constructed.forEach(derived::add);
        }
        for (QueryFile rule : rules)
            derived.add(derivation, AIGB.property("ruleQuery").asNode(), NodeFactory.createLiteralString(rule.name()));
        return derived;
    }
}
