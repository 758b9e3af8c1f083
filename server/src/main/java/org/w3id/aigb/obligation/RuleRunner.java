package org.w3id.aigb.obligation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.vocab.AIGB;

/**
 * Runs the derivation rules, {@code queries/rules/NN-*.rq}, in the order of their names. Each rule is
 * a CONSTRUCT over a dataset whose default graph is the guideline, with the profile in the named
 * graph {@link #PROFILE} and what earlier rules derived in {@link #DERIVED}; what it constructs is
 * added to {@link #DERIVED} before the next rule runs. Rules see {@code ?derivation} (the IRI results
 * are minted under), {@code ?started} and {@code ?ended} (the times the provenance rule records),
 * bound when each rule starts.
 * <p>
 * The guideline's facts come only from the default graph and the profile's only from its graph, so a
 * profile cannot pass itself off as guideline data, and one profile's facts never reach another's
 * derivation. Built once: each rule is parsed and compiled to an optimised algebra expression once
 * (compiling per run cost more than some rules take), with its {@code IRI()} calls evaluated once per
 * distinct string in a derivation ({@link MemoisedBinds}); {@link #run} is thread-safe.
 */
public final class RuleRunner {
    /** The folder of the rules. */
    public static final String FOLDER = "queries/rules";
    /** Where the rules read the profile. */
    public static final Node PROFILE = NodeFactory.createURI("urn:aigb:profile");
    /** Where the rules read what earlier rules derived. */
    public static final Node DERIVED = NodeFactory.createURI("urn:aigb:derived");

    private static final Var DERIVATION = Var.alloc("derivation"), STARTED = Var.alloc("started"), ENDED = Var.alloc("ended");
    /** Stops a derivation that runs past its time limit (one daemon thread for all runs). */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "aigb-rule-timer");
        t.setDaemon(true);
        return t;
    });

    /** A rule compiled once: its WHERE clause as algebra and its CONSTRUCT template. */
    private record Compiled(QueryFile file, Op where, List<Triple> template) {}

    private final List<QueryFile> files;
    private final List<Compiled> rules;
    private final Limits limits;
    private final Context context = ARQ.getContext().copy();

    /** The rules of {@code sources}; each run stops at the time limit of {@code limits}. */
    public RuleRunner(Sources sources, Limits limits) {
        // The rules are standard SPARQL, with no property functions: switched off, they no longer cost a
        // registry look-up at every step of a property path.
        context.set(ARQ.propertyFunctions, false);
        List<QueryFile> all = new ArrayList<>(new QueryLibrary(sources, FOLDER).all());
        List<Compiled> compiled = new ArrayList<>();
        for (QueryFile rule : all) {
            if (!rule.query().isConstructType())
                throw new AigbException("bad-rule", rule.name() + " is not a CONSTRUCT query: every derivation rule constructs triples");
            compiled.add(new Compiled(rule, RuleCompiler.compile(rule.query(), context), rule.query().getConstructTemplate().getTriples()));
        }
        if (all.isEmpty())
            throw new AigbException("no-rules", "No derivation rules in " + FOLDER);
        this.files = Collections.unmodifiableList(all);
        this.rules = List.copyOf(compiled);
        this.limits = limits;
    }

    /** The rules, in the order they run. */
    public List<QueryFile> rules() {
        return files;
    }

    /**
     * Runs every rule over the profile and the guideline; returns what they derived, with the names
     * of the rule files recorded on the derivation ({@code aigb:ruleQuery}).
     */
    public Graph run(Graph guideline, Graph profile, Node derivation) {
        Graph derived = GraphFactory.createDefaultGraph();
        DatasetGraph dataset = DatasetGraphFactory.create(guideline);
        dataset.addGraph(PROFILE, profile);
        dataset.addGraph(DERIVED, derived);
        Node started = NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
        Context runContext = context.copy(); // one per derivation: it holds the derivation's minted IRIs
        MemoisedBinds.begin(runContext);
        AtomicBoolean cancel = new AtomicBoolean(false);
        ScheduledFuture<?> alarm = TIMER.schedule(() -> cancel.set(true), limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Compiled rule : rules) {
                Binding input = BindingFactory.builder().add(DERIVATION, derivation).add(STARTED, started)
                        .add(ENDED, NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)).build();
                ExecutionContext cxt = new ExecutionContext(runContext, guideline, dataset, QC.getFactory(context), cancel);
                List<Triple> constructed = new ArrayList<>();
                QueryIterator results = null;
                try {
                    results = QC.execute(rule.where(), input, cxt);
                    TemplateLib.calcTriples(rule.template(), results).forEachRemaining(constructed::add);
                } catch (QueryCancelledException e) {
                    throw limits.exceeded(Limit.TIMEOUT, "The derivation was stopped at " + rule.file().name() + ": it took longer than the time limit");
                } finally {
                    if (results != null)
                        results.close();
                }
                constructed.forEach(derived::add);
            }
        } finally {
            alarm.cancel(false);
        }
        for (QueryFile rule : files)
            derived.add(derivation, AIGB.property("ruleQuery").asNode(), NodeFactory.createLiteralString(rule.name()));
        return derived;
    }
}
