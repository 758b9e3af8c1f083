package org.w3id.aigb.checklist;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.vocab.AIGB;

/**
 * Reads a derivation into its {@link ChecklistView}. Nothing is decided here: the rules derived the
 * results and their facts, which are read as they are (every statement of the derived graph, by
 * subject); the view query ({@code queries/view/checklist.rq}) says which facts of the guideline show
 * them (an item's kind, principle and role, a rule's locator, the sentences of the reasons, ...), and
 * runs once per guideline; the profile gives its measures, systems and organisation. A
 * {@link ChecklistAssembly} puts them together into the view.
 */
final class ChecklistReader {
    static final String QUERY = "queries/view/checklist.rq";
    private static final Var RESOURCE = Var.alloc("resource"), FACT = Var.alloc("fact"), VALUE = Var.alloc("value");

    private static volatile ChecklistReader instance;

    private final Op query;
    private final Context context = ARQ.getContext().copy();
    /** The view query's answer for each guideline graph an engine derives with (one in practice), computed once. */
    private final Map<Graph, Map<Node, Facts>> guidelines = Collections.synchronizedMap(new WeakHashMap<>());
    /** Local names of the properties met, computed once. */
    private final Map<Node, String> localNames = new ConcurrentHashMap<>();

    private ChecklistReader(Sources sources) {
        context.set(ARQ.propertyFunctions, false);
        this.query = Algebra.optimize(Algebra.compile(QueryFile.parse("checklist", QUERY, sources.read(QUERY)).query()), context);
    }

    /** The reader of the view query shipped with the code, compiled on first use. */
    static ChecklistReader get() {
        ChecklistReader r = instance;
        if (r == null) {
            synchronized (ChecklistReader.class) {
                if (instance == null)
                    instance = new ChecklistReader(Sources.classpath());
                r = instance;
            }
        }
        return r;
    }

    ChecklistView read(Derivation derivation, ProfileReport report) {
        DatasetGraph dataset = derivation.dataset();
        Map<Node, Facts> ofGuideline = guidelines.computeIfAbsent(dataset.getDefaultGraph(), this::guidelineFacts);
        return new ChecklistAssembly(derivation, derivedFacts(derivation.derived()), ofGuideline, dataset.getDefaultGraph()).view(report);
    }

    /** The answer of the view query over a guideline, by resource. */
    private Map<Node, Facts> guidelineFacts(Graph guideline) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(guideline);
        ExecutionContext cxt = new ExecutionContext(context, guideline, dataset, QC.getFactory(context));
        Map<Node, Facts> out = new HashMap<>();
        QueryIterator rows = QC.execute(query, BindingFactory.root(), cxt);
        try {
            while (rows.hasNext()) {
                Binding row = rows.next();
                out.computeIfAbsent(row.get(RESOURCE), k -> new Facts()).add(null, row.get(FACT).getLiteralLexicalForm(), row.get(VALUE));
            }
        } finally {
            rows.close();
        }
        return out;
    }

    /**
     * The derived results with their facts, by subject: every statement of the derived graph, named by
     * its property's local name; a derived role given as a value stands for its role.
     */
    private Map<Node, Facts> derivedFacts(Graph derived) {
        Node ofRole = AIGB.property("ofRole").asNode();
        Map<Node, Node> roleOf = new HashMap<>();
        derived.find(Node.ANY, ofRole, Node.ANY).forEachRemaining(t -> roleOf.put(t.getSubject(), t.getObject()));
        Map<Node, Facts> out = new HashMap<>();
        derived.find().forEachRemaining(t -> {
            Facts f = out.computeIfAbsent(t.getSubject(), k -> new Facts());
            if (t.getPredicate().equals(RDF.type.asNode()))
                f.add(t.getObject(), null, null);
            else
                f.add(null, localNames.computeIfAbsent(t.getPredicate(), ChecklistReader::localName), roleOf.getOrDefault(t.getObject(), t.getObject()));
        });
        return out;
    }

    private static String localName(Node property) {
        String iri = property.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
