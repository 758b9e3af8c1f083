package org.w3id.aigb.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.ExprUtils;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;

/**
 * How the rule runner compiles a rule (RuleCompiler, MemoisedBinds): filters are tested where their
 * variables are bound and not after the BINDs, pure BINDs are computed once per input, and every such
 * change gives the same solutions as Jena's plain evaluation of the query, on queries built to catch
 * the cases where moving a filter or remembering a value would be wrong.
 */
class RuleCompilerTest {
    private static final String DATA = """
            PREFIX : <http://example/>
            :n1 a :Note ; :forRole :r1 ; :code "N-1" .
            :n2 a :Note ; :forRole :r1 ; :code "N-2" ; :deprecated true .
            :n3 a :Note ; :forRole :r2 ; :code "N-3" .
            :c1 :conditionFor :n3 .
            :s1 :role :r1 , :r2 . :s2 :role :r1 . :s3 :role :r2 .
            :s1 :opt "x" .
            """;
    private static final Graph GRAPH = RDFParser.fromString(DATA, Lang.TURTLE).toGraph();

    /** Queries whose filters and BINDs could be moved or remembered wrongly. */
    private static final List<String> QUERIES = List.of(
            // a filter with a variable local to its EXISTS pattern, after a join, before a BIND
            """
            PREFIX : <http://example/>
            SELECT * WHERE { ?note a :Note ; :forRole ?role ; :code ?code . ?system :role ?role .
              FILTER NOT EXISTS { ?any :conditionFor ?note } FILTER NOT EXISTS { ?note :deprecated true }
              BIND (IRI(CONCAT("http://example/applies-", ?code)) AS ?applies) }
            """,
            // a filter on the BIND's own variable must stay after it
            """
            PREFIX : <http://example/>
            SELECT * WHERE { ?note a :Note ; :code ?code . ?system :role ?r .
              BIND (CONCAT(?code, "-x") AS ?label) FILTER (?label != "N-1-x") }
            """,
            // an EXISTS naming the BIND's variable inside its pattern must stay after it
            """
            PREFIX : <http://example/>
            SELECT * WHERE { ?note a :Note . ?system :role ?r .
              BIND (:n1 AS ?other) FILTER NOT EXISTS { ?other :forRole ?r } }
            """,
            // a filter on a variable an OPTIONAL may leave unbound, and a later step binds, may not move before that step
            """
            PREFIX : <http://example/>
            SELECT * WHERE { ?system :role ?r . OPTIONAL { ?system :opt ?o } ?note :code ?o .
              FILTER NOT EXISTS { ?any :conditionFor ?o } BIND (STR(?note) AS ?s) }
            """,
            // a BIND whose value is an error (unbound), remembered or not, and one with STRUUID() (not pure)
            """
            PREFIX : <http://example/>
            SELECT ?note ?bad (STRLEN(?u) AS ?length) WHERE { ?note a :Note . ?system :role ?r .
              BIND (IRI(CONCAT("bad iri ", STR(?note))) AS ?bad) BIND (STRUUID() AS ?u) }
            """);

    @Test
    void compiledRulesGiveTheSameSolutionsAsJenaOnItsOwn() {
        for (String text : QUERIES) {
            Query query = QueryFactory.create(text);
            List<String> expected = new ArrayList<>();
            try (QueryExec exec = QueryExec.graph(GRAPH).query(query).build()) {
                exec.select().forEachRemaining(b -> expected.add(normalise(b)));
            }
            assertTrue(expected.size() > 0, "the query finds something: " + text);
            List<String> actual = run(RuleCompiler.compile(query, context()), query);
            expected.sort(null);
            actual.sort(null);
            assertEquals(expected, actual, text);
        }
    }

    @Test
    void aFilterOnTheGuidelineRunsWhereItsSharedVariablesAreBoundNotAfterTheBinds() {
        Op op = RuleCompiler.compile(QueryFactory.create(QUERIES.get(0)), context());
        // no filter above the BIND: both are inside, right after the note's pattern
        assertTrue(op instanceof OpExtend, op.toString());
        List<OpFilter> filters = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpFilter f) {
                filters.add(f);
            }
        });
        assertEquals(2, filters.stream().mapToInt(f -> f.getExprs().size()).sum(), op.toString());
        for (OpFilter f : filters)
            assertFalse(f.getSubOp().toString().contains("http://example/role"), "a note's filters are tested before the join with the systems: " + op);
    }

    @Test
    void aFilterOnABindsVariableStaysAfterIt() {
        assertTrue(RuleCompiler.compile(QueryFactory.create(QUERIES.get(1)), context()) instanceof OpFilter);
        assertTrue(RuleCompiler.compile(QueryFactory.create(QUERIES.get(2)), context()) instanceof OpFilter);
    }

    @Test
    void onlyPureBindsAreRemembered() {
        assertTrue(MemoisedBinds.worthRemembering(ExprUtils.parse("IRI(CONCAT(STR(?d), \"#x-\", SUBSTR(SHA1(STR(?s)), 1, 12)))")));
        for (String impure : List.of("BNODE()", "NOW()", "RAND()", "STRUUID()", "CONCAT(STR(?x), STRUUID())", "?x", "\"constant\"",
                "<http://example/f>(?x)"))
            assertFalse(MemoisedBinds.worthRemembering(ExprUtils.parse(impure)), impure);
    }

    @Test
    void aRememberedValueIsTheSameNodeForTheSameInputInOneDerivationOnly() {
        Query query = QueryFactory.create("""
                PREFIX : <http://example/>
                SELECT ?x WHERE { ?system :role ?r . BIND (IRI(CONCAT("http://example/", STRAFTER(STR(?r), "example/"))) AS ?x) }
                """);
        Op op = RuleCompiler.compile(query, context());
        Context derivation = context();
        MemoisedBinds.begin(derivation);
        Set<String> first = new TreeSet<>(run(op, query, derivation));
        assertEquals(Set.of("?x=http://example/r1", "?x=http://example/r2"), first);
        assertEquals(2, ((java.util.Map<?, ?>) derivation.get(MemoisedBinds.CACHE)).size(), "two inputs, two values remembered");
        Context another = context();
        MemoisedBinds.begin(another);
        run(op, query, another);
        assertEquals(2, ((java.util.Map<?, ?>) another.get(MemoisedBinds.CACHE)).size(), "a derivation starts with its own map");
    }

    @Test
    void theClosureCountsEveryConceptAsItselfAndItsBroaderOnes() {
        Graph g = RDFParser.fromString("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX : <http://example/>
                :a a skos:Concept ; skos:broader :b . :b a skos:Concept ; skos:broader :c . :c a skos:Concept . :d skos:broader :c .
                :notAConcept :p :q .
                """, Lang.TURTLE).toGraph();
        long added = new GuidelineClosures(Sources.classpath()).addTo(g);
        Node countsAs = NodeFactory.createURI("https://w3id.org/aigb/ontology#countsAs");
        Set<String> pairs = new TreeSet<>();
        g.find(Node.ANY, countsAs, Node.ANY).forEach(t -> pairs.add(local(t.getSubject()) + ">" + local(t.getObject())));
        assertEquals(Set.of("a>a", "a>b", "a>c", "b>b", "b>c", "c>c", "d>d", "d>c"), pairs);
        assertEquals(8, added);
    }

    private static String local(Node n) {
        return n.getURI().substring("http://example/".length());
    }

    private static Context context() {
        Context c = ARQ.getContext().copy();
        c.set(ARQ.propertyFunctions, false);
        return c;
    }

    private static List<String> run(Op op, Query query) {
        Context c = context();
        MemoisedBinds.begin(c);
        return run(op, query, c);
    }

    private static List<String> run(Op op, Query query, Context c) {
        List<String> out = new ArrayList<>();
        ExecutionContext cxt = new ExecutionContext(c, GRAPH, DatasetGraphFactory.wrap(GRAPH), QC.getFactory(c));
        QueryIterator it = QC.execute(op, BindingFactory.empty(), cxt);
        it.forEachRemaining(b -> out.add(normalise(b))); // the compiled query projects its own variables
        it.close();
        return out;
    }

    private static String normalise(Binding b) {
        List<String> parts = new ArrayList<>();
        b.vars().forEachRemaining(v -> {
            Node n = b.get(v);
            parts.add("?" + v.getVarName() + "=" + (n.isBlank() ? "_:b" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()));
        });
        parts.sort(null);
        return String.join(" ", parts);
    }
}
