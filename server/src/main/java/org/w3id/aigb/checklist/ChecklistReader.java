package org.w3id.aigb.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.w3id.aigb.Text;
import org.w3id.aigb.checklist.ChecklistView.Emphasis;
import org.w3id.aigb.checklist.ChecklistView.Entry;
import org.w3id.aigb.checklist.ChecklistView.Guidance;
import org.w3id.aigb.checklist.ChecklistView.Information;
import org.w3id.aigb.checklist.ChecklistView.Measure;
import org.w3id.aigb.checklist.ChecklistView.Notice;
import org.w3id.aigb.checklist.ChecklistView.Party;
import org.w3id.aigb.checklist.ChecklistView.Reason;
import org.w3id.aigb.checklist.ChecklistView.Risk;
import org.w3id.aigb.checklist.ChecklistView.Role;
import org.w3id.aigb.checklist.ChecklistView.RuleReason;
import org.w3id.aigb.checklist.ChecklistView.StageNotReached;
import org.w3id.aigb.checklist.ChecklistView.Undecided;
import org.w3id.aigb.checklist.ChecklistView.Warning;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.Derivation;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.query.QueryFile;
import org.w3id.aigb.vocab.AIGB;

/**
 * Reads a derivation into its {@link ChecklistView}: runs the view query
 * ({@code queries/view/checklist.rq}, compiled once) over the derivation as the rules read it, and
 * puts its facts together by result. Nothing is decided here: the rules derived the results, the
 * query says which facts of the guideline show them, the graph holds the sentences; this groups,
 * names ({@link Names}), orders as the guideline numbers things, fills the sentences
 * ({@link Sentences}) and cuts the profile's text short.
 */
final class ChecklistReader {
    static final String QUERY = "queries/view/checklist.rq";
    /** The notice of the Annex III information (ontology/obligations.ttl); the JSON gives it even when no system is in an Annex III area. */
    private static final Node RISK_BASED = NodeFactory.createURI("https://w3id.org/aigb/id/checklist-notice/risk-based-approach");
    private static final Var RESULT = Var.alloc("result"), CLASS = Var.alloc("class"), FACT = Var.alloc("fact"), VALUE = Var.alloc("value"),
            DERIVATION = Var.alloc("derivation");

    private static volatile ChecklistReader instance;

    private final Op query;
    private final Context context = ARQ.getContext().copy();

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
        return new Assembly(derivation, facts(derivation)).view(report);
    }

    /** The answer of the view query, by result. */
    private Map<Node, Facts> facts(Derivation derivation) {
        DatasetGraph dataset = derivation.dataset();
        Binding input = BindingFactory.binding(DERIVATION, derivation.iri());
        ExecutionContext cxt = new ExecutionContext(context, dataset.getDefaultGraph(), dataset, QC.getFactory(context));
        Map<Node, Facts> out = new LinkedHashMap<>();
        QueryIterator rows = QC.execute(query, input, cxt);
        try {
            while (rows.hasNext()) {
                Binding row = rows.next();
                Node fact = row.get(FACT);
                out.computeIfAbsent(row.get(RESULT), k -> new Facts()).add(row.get(CLASS), fact == null ? null : factName(fact), row.get(VALUE));
            }
        } finally {
            rows.close();
        }
        return out;
    }

    /** A property by its local name ({@code aigb:forSystem} → {@code forSystem}), a word of the query as it is. */
    private static String factName(Node fact) {
        if (fact.isLiteral())
            return fact.getLiteralLexicalForm();
        String iri = fact.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** One view being put together. */
    private static final class Assembly {
        private final Derivation derivation;
        private final Map<Node, Facts> facts;
        private final Names names;

        Assembly(Derivation derivation, Map<Node, Facts> facts) {
            this.derivation = derivation;
            this.facts = facts;
            this.names = new Names(derivation.profile(), derivation.dataset().getDefaultGraph());
        }

        private List<Node> results(String aigbClass) {
            return results(AIGB.resource(aigbClass).asNode());
        }

        private List<Node> results(Node type) {
            List<Node> out = new ArrayList<>();
            facts.forEach((node, f) -> {
                if (type.equals(f.type()))
                    out.add(node);
            });
            return out;
        }

        private Facts of(Node n) {
            Facts f = facts.get(n);
            return f != null ? f : new Facts();
        }

        ChecklistView view(ProfileReport report) {
            Facts d = of(derivation.iri());
            List<Role> roles = roles();
            List<Entry> entries = entries();
            List<Undecided> undecided = undecided();
            List<Notice> notices = d.all("notice").stream().map(this::notice).toList();
            return new ChecklistView(derivation.iri(), organisation(), systems(), roles, "true".equals(d.lexical("businessActor")), notices, entries,
                    undecided, information(roles), warnings(report), Layout.summary(entries, undecided), Layout.byPrinciple(roles, entries),
                    Layout.undecidedGroups(undecided));
        }

        // ---- the profile's organisation and systems, named in full once ----------------------------

        private Party organisation() {
            List<Node> orgs = results(NodeFactory.createURI("http://www.w3.org/ns/org#Organization"));
            return orgs.isEmpty() ? null : party(orgs.get(0), null);
        }

        private List<Party> systems() {
            List<Party> out = new ArrayList<>();
            for (Name system : names.of(results("AISystem")))
                out.add(party(system.iri(), "s" + (out.size() + 1)));
            return List.copyOf(out);
        }

        private Party party(Node n, String key) {
            String ja = names.fullLabel(n, "ja"), en = names.fullLabel(n, "en");
            if (ja == null && en == null)
                en = names.fullLabel(n, null);
            if (ja == null && en == null && n.isURI())
                en = n.getURI();
            return new Party(n, key, ja, en);
        }

        // ---- roles ------------------------------------------------------------------------------------

        /** The roles, each with one reason per rule: a rule that holds for several systems is one reason naming them all. */
        private List<Role> roles() {
            List<Node> orgRoles = results("OrganisationRole");
            orgRoles.sort(Comparator.comparing((Node r) -> order(of(r))).thenComparing(r -> names.of(of(r).one("ofRole")).sortKey()));
            List<Role> out = new ArrayList<>();
            for (Node orgRole : orgRoles) {
                Facts role = of(orgRole);
                Map<Node, List<Facts>> firingsByRule = new LinkedHashMap<>();
                for (Node firing : role.all("derivedBy"))
                    firingsByRule.computeIfAbsent(of(firing).one("appliedRule"), k -> new ArrayList<>()).add(of(firing));
                List<RuleReason> reasons = new ArrayList<>();
                firingsByRule.forEach((rule, firings) -> {
                    Facts first = firings.get(0);
                    reasons.add(new RuleReason(names.of(rule), union(firings, "section"), first.literal("locator", "ja"), first.literal("locator", "en"),
                            union(firings, "forSystem"), union(firings, "matchedActivity"), names.of(first.one("illustratingCase"))));
                });
                reasons.sort(Comparator.comparing(r -> r.rule().sortKey()));
                out.add(new Role(names.of(role.one("ofRole")), names.of(role.all("forSystem")), List.copyOf(reasons)));
            }
            return List.copyOf(out);
        }

        private static int order(Facts role) {
            String o = role.lexical("order");
            return o == null ? Integer.MAX_VALUE : Integer.parseInt(o);
        }

        private List<Name> union(List<Facts> all, String fact) {
            Set<Node> nodes = new LinkedHashSet<>();
            all.forEach(f -> nodes.addAll(f.all(fact)));
            return names.of(nodes);
        }

        // ---- what applies ---------------------------------------------------------------------------------

        /** Principles, items, Hiroshima principles and actions, each with the notes attached to it; a note whose item does not apply on its own. */
        private List<Entry> entries() {
            Map<Node, Node> applicabilityOf = new LinkedHashMap<>();
            for (Node a : results("Applicability"))
                applicabilityOf.put(of(a).one("applicableResource"), a);
            Map<Node, List<Entry>> notesByTarget = new HashMap<>();
            List<Entry> top = new ArrayList<>();
            applicabilityOf.forEach((resource, a) -> {
                Facts f = of(a);
                if (kind(f) == Kind.NOTE) {
                    Entry note = entry(f, List.of());
                    if (applicabilityOf.containsKey(f.one("target")))
                        notesByTarget.computeIfAbsent(f.one("target"), k -> new ArrayList<>()).add(note);
                    else
                        top.add(note); // its item does not apply: shown on its own, never dropped
                }
            });
            applicabilityOf.forEach((resource, a) -> {
                Facts f = of(a);
                if (kind(f) != Kind.NOTE) {
                    List<Entry> notes = new ArrayList<>(notesByTarget.getOrDefault(resource, List.of()));
                    notes.sort(Comparator.comparing(o -> o.resource().sortKey()));
                    top.add(entry(f, List.copyOf(notes)));
                }
            });
            top.sort(Comparator.comparing(Entry::kind).thenComparing(o -> o.resource().sortKey()));
            return List.copyOf(top);
        }

        private static Kind kind(Facts f) {
            return Kind.of(f.lexical("kind"));
        }

        private Entry entry(Facts f, List<Entry> notes) {
            List<Measure> measures = new ArrayList<>();
            for (Node m : f.all("declaredMeasure"))
                measures.add(measure(of(m)));
            measures.sort(Comparator.comparing((Measure m) -> m.system() == null ? "" : m.system().sortKey())
                    .thenComparing(m -> String.valueOf(m.evidenceJa()) + m.evidenceEn()));
            return new Entry(kind(f), names.of(f.one("applicableResource")), names.of(f.one("principle")), names.of(f.one("target")),
                    names.of(f.one("itemRole")), names.of(f.all("throughRole")), names.of(f.one("applicableAtStage")), names.of(f.all("forSystem")),
                    reasons(f), names.of(f.all("references")), names.of(f.one("obligationStatus")), List.copyOf(measures),
                    names.of(f.all("uncoveredSystem")), notes);
        }

        /** One sentence per kind of reason, in the order of the kinds, filled with the result's facts. */
        private List<Reason> reasons(Facts f) {
            List<Node> kinds = new ArrayList<>(f.all("reasonKind"));
            kinds.sort(Comparator.comparing((Node k) -> sequence(of(k))).thenComparing(k -> names.of(k).sortKey()));
            List<Reason> out = new ArrayList<>();
            for (Node kind : kinds) {
                Facts t = of(kind);
                Name name = names.of(kind);
                String ja = Sentences.fill(t.literal("sentenceTemplate", "ja"), f, names, true);
                String en = Sentences.fill(t.literal("sentenceTemplate", "en"), f, names, false);
                out.add(new Reason(name, ja != null ? ja : name.ja(), en != null ? en : name.en()));
            }
            return List.copyOf(out);
        }

        private static int sequence(Facts kind) {
            String s = kind.lexical("sequence");
            return s == null ? Integer.MAX_VALUE : Integer.parseInt(s);
        }

        private Measure measure(Facts m) {
            Node url = m.one("evidenceUrl");
            return new Measure(names.of(m.one("measureStatus")), Text.cap(m.literal("evidence", "ja"), Text.PASSAGE),
                    Text.cap(m.literal("evidence", "en"), Text.PASSAGE), url != null && url.isURI() ? url.getURI() : null,
                    Text.cap(m.literal("notApplicableReason", "ja"), Text.PASSAGE), Text.cap(m.literal("notApplicableReason", "en"), Text.PASSAGE),
                    names.of(m.one("system")));
        }

        // ---- what could not be decided, and information -----------------------------------------------------

        private List<Undecided> undecided() {
            Map<Node, List<Facts>> byResource = new LinkedHashMap<>();
            for (Node u : results("UndecidedApplicability"))
                byResource.computeIfAbsent(of(u).one("applicableResource"), k -> new ArrayList<>()).add(of(u));
            List<Undecided> out = new ArrayList<>();
            byResource.forEach((resource, all) -> out.add(new Undecided(kind(all.get(0)), names.of(resource), names.of(all.get(0).one("target")),
                    union(all, "throughRole"), union(all, "forSystem"), union(all, "missingFact"))));
            out.sort(Comparator.comparing(Undecided::kind).thenComparing(u -> u.resource().sortKey()));
            return List.copyOf(out);
        }

        private Information information(List<Role> roles) {
            List<Emphasis> emphases = new ArrayList<>();
            Node riskBased = RISK_BASED;
            for (Node e : results("RiskBasedEmphasis")) {
                Facts f = of(e);
                emphases.add(new Emphasis(names.of(f.one("forSystem")), names.of(f.one("annexIIIArea")), names.of(f.all("references"))));
                if (f.one("notice") != null)
                    riskBased = f.one("notice");
            }
            emphases.sort(Comparator.comparing((Emphasis e) -> e.system().en()).thenComparing(e -> e.area().sortKey()));
            List<Risk> risks = new ArrayList<>();
            for (Node r : results("AssociatedRisk")) {
                Facts f = of(r);
                risks.add(new Risk(names.of(f.one("riskNote")), names.of(f.one("risk")), names.of(f.all("becauseOfAIType")), names.of(f.all("forSystem"))));
            }
            risks.sort(Comparator.comparing((Risk r) -> r.risk() == null ? "" : r.risk().sortKey()).thenComparing(r -> r.note().sortKey()));
            List<Guidance> guidance = new ArrayList<>();
            for (Node m : results("SectorGuidanceMatch")) {
                Facts f = of(m);
                Node url = f.one("url");
                guidance.add(new Guidance(names.of(f.one("sectorGuidance")), names.of(f.one("document")), names.of(f.one("matchedBy")),
                        f.literal("publisher", "ja"), f.literal("publisher", "en"), f.literal("locator", "ja"), f.literal("locator", "en"),
                        url == null ? null : url.getURI()));
            }
            guidance.sort(Comparator.comparing(g -> g.guidance().sortKey()));
            Map<Name, Integer> roleOrder = new HashMap<>();
            roles.forEach(r -> roleOrder.put(r.role(), roleOrder.size()));
            List<StageNotReached> stages = new ArrayList<>();
            for (Node s : results("StageNotReached"))
                stages.add(new StageNotReached(names.of(of(s).one("throughRole")), names.of(of(s).one("unreachedStage"))));
            stages.sort(Comparator.comparing((StageNotReached s) -> roleOrder.getOrDefault(s.role(), Integer.MAX_VALUE))
                    .thenComparing(s -> s.stage().sortKey()));
            return new Information(notice(riskBased), List.copyOf(emphases), List.copyOf(risks), List.copyOf(guidance), List.copyOf(stages));
        }

        private Notice notice(Node notice) {
            Facts t = of(notice);
            return new Notice(names.of(notice), t.literal("sentenceTemplate", "ja"), t.literal("sentenceTemplate", "en"));
        }

        /** The validation's warnings and infos, messages cut short. */
        private static List<Warning> warnings(ProfileReport report) {
            List<Warning> out = new ArrayList<>();
            for (ProfileReport.Entry e : report.entries())
                if (!e.severity().equals(Severity.Violation))
                    out.add(new Warning(e.severity().level().getLocalName(), Text.cap(e.messageJa(), Text.PASSAGE), Text.cap(e.messageEn(), Text.PASSAGE),
                            e.cites().stream().map(ProfileReport.Citation::code).toList()));
            return List.copyOf(out);
        }
    }
}
