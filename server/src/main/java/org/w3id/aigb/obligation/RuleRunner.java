package org.w3id.aigb.obligation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
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
 * added to {@link #DERIVED} before the next rule runs. Rules see {@code ?edition} (the edition of the
 * guideline derived under: the rules read only what is {@code aigb:inEdition} it), written into them
 * when they are compiled ({@link #forEdition}: one runner per edition), and {@code ?derivation} (the
 * IRI results are minted under), {@code ?started} and {@code ?ended} (the times the provenance rule
 * records), bound when each rule starts (used only in the rules' final {@code BIND}s and templates).
 * <p>
 * The same runner runs other folders of rules over other named graphs: the comparison of two
 * derivations ({@code queries/rules/changes/}) reads them in {@link #EARLIER} and {@link #LATER}.
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
    /** Where the comparison rules read the derivation under the earlier edition. */
    public static final Node EARLIER = NodeFactory.createURI("urn:aigb:earlier");
    /** Where the comparison rules read the derivation under the later edition. */
    public static final Node LATER = NodeFactory.createURI("urn:aigb:later");

    private static final Var DERIVATION = Var.alloc("derivation"), EDITION = Var.alloc("edition"), STARTED = Var.alloc("started"),
            ENDED = Var.alloc("ended");
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
    private final Map<Var, Node> constants;
    private final Context context = ARQ.getContext().copy();

    /**
     * The rules of {@code folder} ({@code NN-*.rq}, CONSTRUCT queries), each compiled once, with the
     * variables of {@code constants} replaced by their values before it is compiled (an edition: the
     * derivation rules under that edition, the comparison rules for two editions). A constant is
     * written into the rule rather than bound when it runs because Jena evaluates the right-hand side
     * of a join, and so a {@code FILTER NOT EXISTS} there, without the bindings a run starts from; and
     * a constant lets the optimiser plan with it.
     */
    public RuleRunner(Sources sources, String folder, Map<Var, Node> constants, Limits limits) {
        // The rules are standard SPARQL, with no property functions: switched off, they no longer cost a
        // registry look-up at every step of a property path.
        context.set(ARQ.propertyFunctions, false);
        List<QueryFile> all = new ArrayList<>(new QueryLibrary(sources, folder).all());
        List<Compiled> compiled = new ArrayList<>();
        for (QueryFile rule : all) {
            if (!rule.query().isConstructType())
                throw new AigbException("bad-rule", rule.name() + " is not a CONSTRUCT query: every derivation rule constructs triples");
            Query query = constants.isEmpty() ? rule.query() : QueryTransformOps.replaceVars(rule.query(), constants);
            compiled.add(new Compiled(rule, RuleCompiler.compile(query, context), query.getConstructTemplate().getTriples()));
        }
        if (all.isEmpty())
            throw new AigbException("no-rules", "No rules in " + folder);
        this.files = Collections.unmodifiableList(all);
        this.rules = List.copyOf(compiled);
        this.limits = limits;
        this.constants = Map.copyOf(constants);
    }

    /** The derivation rules under one edition: {@code ?edition} is that edition's IRI in every rule. */
    public static RuleRunner forEdition(Sources sources, Node edition, Limits limits) {
        return new RuleRunner(sources, FOLDER, Map.of(EDITION, edition), limits);
    }

    /** The rules, in the order they run. */
    public List<QueryFile> rules() {
        return files;
    }

    /**
     * Runs every rule over the profile and the guideline, under {@code edition}; returns what they
     * derived, with the names of the rule files recorded on the derivation ({@code aigb:ruleQuery}).
     */
    public Graph run(Graph guideline, Graph profile, Node derivation, Node edition) {
        Node fixed = constants.get(EDITION);
        if (fixed != null && !fixed.equals(edition))
            throw new IllegalArgumentException("These rules are compiled for " + fixed + ", not " + edition);
        Graph derived = run(guideline, Map.of(PROFILE, profile), Map.of(DERIVATION, derivation, EDITION, edition));
        for (QueryFile rule : files)
            derived.add(derivation, AIGB.property("ruleQuery").asNode(), NodeFactory.createLiteralString(rule.name()));
        return derived;
    }

    /**
     * Runs every rule over the guideline (the default graph) and the named {@code inputs}, with the
     * {@code bindings} (and {@code ?started}, {@code ?ended}) bound; what each rule constructs is in
     * {@link #DERIVED} for the next. Returns what they derived.
     */
    public Graph run(Graph guideline, Map<Node, Graph> inputs, Map<Var, Node> bindings) {
        Graph derived = GraphFactory.createDefaultGraph();
        DatasetGraph dataset = DatasetGraphFactory.create(guideline);
        inputs.forEach(dataset::addGraph);
        dataset.addGraph(DERIVED, derived);
        Node started = now();
        Context runContext = context.copy(); // one per run: it holds the run's minted IRIs
        MemoisedBinds.begin(runContext);
        AtomicBoolean cancel = new AtomicBoolean(false);
        ScheduledFuture<?> alarm = TIMER.schedule(() -> cancel.set(true), limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Compiled rule : rules) {
                BindingBuilder input = BindingFactory.builder();
                bindings.forEach(input::add);
                Binding binding = input.add(STARTED, started).add(ENDED, now()).build();
                ExecutionContext cxt = new ExecutionContext(runContext, guideline, dataset, QC.getFactory(context), cancel);
                List<Triple> constructed = new ArrayList<>();
                QueryIterator results = null;
                try {
                    results = QC.execute(rule.where(), binding, cxt);
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
        return derived;
    }

    private static Node now() {
        return NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime);
    }
}
