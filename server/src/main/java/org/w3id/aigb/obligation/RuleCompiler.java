package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.util.Context;

/**
 * Compiles a rule's WHERE clause to the algebra the rule runner executes: Jena's own compilation and
 * optimisation, with two changes to how (not what) it evaluates.
 * <ul>
 * <li><b>Filters before binds.</b> A rule ends with the {@code BIND}s that mint its results' IRIs, and
 * SPARQL applies a group's {@code FILTER}s to the whole group, so Jena's algebra filters the rows
 * after the {@code BIND}s, and its filter placement does not move a filter below a {@code BIND}: a
 * test of the guideline such as {@code FILTER NOT EXISTS { ?note sw:term_status "deprecated" }} ran once
 * per result row (note × system × activity) instead of once per note. A filter that does not mention
 * a variable a {@code BIND} sets gives the same rows before the {@code BIND} as after it, so it is
 * moved below, where Jena's filter placement puts it at the earliest point its variables are bound.</li>
 * <li><b>Binds computed once</b> per distinct input in a derivation ({@link MemoisedBinds}).</li>
 * </ul>
 */
final class RuleCompiler {
    private RuleCompiler() {}

    /** The rule's WHERE clause, compiled and optimised for the runner. */
    static Op compile(Query rule, Context context) {
        Op op = Algebra.compile(rule);
        op = Transformer.transform(new FiltersBeforeBinds(), op);
        op = Algebra.optimize(op, context);
        op = Transformer.transform(new FiltersEarlyInSequence(), op);
        return MemoisedBinds.memoised(op);
    }

    /** filter(F, extend(?v := e, X)) → extend(?v := e, filter(F, X)) for the expressions of F that do not mention ?v. */
    static final class FiltersBeforeBinds extends TransformCopy {
        @Override
        public Op transform(OpFilter filter, Op sub) {
            if (!(sub instanceof OpExtend))
                return super.transform(filter, sub);
            return push(filter.getExprs(), sub);
        }

        private static Op push(ExprList exprs, Op op) {
            if (!(op instanceof OpExtend extend))
                return OpFilter.filterBy(exprs, op);
            ExprList below = new ExprList(), above = new ExprList();
            for (Expr e : exprs)
                (mentionsAny(e, extend.getVarExprList().getVars()) ? above : below).add(e);
            Op inner = below.isEmpty() ? extend.getSubOp() : push(below, extend.getSubOp());
            Op out = OpExtend.create(inner, extend.getVarExprList());
            return above.isEmpty() ? out : OpFilter.filterBy(above, out);
        }

        /**
         * Whether the expression mentions one of the variables, anywhere, in the patterns of its
         * {@code EXISTS} too: read off its full written form, so that no part of it is overlooked (a
         * false match only leaves the filter where SPARQL put it).
         */
        static boolean mentionsAny(Expr e, List<Var> vars) {
            String text = e.toString();
            for (Var v : vars)
                if (Pattern.compile("\\?" + Pattern.quote(v.getVarName()) + "(?![\\w\\u00B7])").matcher(text).find())
                    return true;
            return false;
        }
    }

    /**
     * filter(F, sequence(A, B, C)) → sequence(filter(F, sequence(A, B)), C) when every variable of the
     * sequence that F mentions is certainly bound by A and B. Jena's filter placement does this, but
     * counts the variables local to a filter's {@code EXISTS} pattern ({@code ?anyCondition} in
     * {@code FILTER NOT EXISTS { ?anyCondition aigb:conditionFor ?note }}) as variables the filter
     * waits for, so it leaves such a filter after the last join, to run once per result row; here
     * only the variables the filter shares with the sequence count. A filter on variables certainly
     * bound keeps or drops a row the same wherever it is tested, as later steps only add bindings.
     */
    static final class FiltersEarlyInSequence extends TransformCopy {
        @Override
        public Op transform(OpFilter filter, Op sub) {
            if (!(sub instanceof OpSequence sequence))
                return super.transform(filter, sub);
            List<Op> elements = sequence.getElements();
            Set<Var> visible = OpVars.visibleVars(sequence);
            Map<Integer, ExprList> placed = new TreeMap<>();
            ExprList rest = new ExprList();
            for (Expr e : filter.getExprs()) {
                List<Var> shared = visible.stream().filter(v -> FiltersBeforeBinds.mentionsAny(e, List.of(v))).toList();
                int after = earliest(elements, shared);
                if (after < 0 || after == elements.size() - 1)
                    rest.add(e);
                else
                    placed.computeIfAbsent(after, k -> new ExprList()).add(e);
            }
            if (placed.isEmpty())
                return super.transform(filter, sub);
            List<Op> current = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                current.add(elements.get(i));
                ExprList here = placed.get(i);
                if (here != null) {
                    Op prefix = OpFilter.filterBy(here, sequenceOf(current));
                    current = new ArrayList<>(List.of(prefix));
                }
            }
            Op out = sequenceOf(current);
            return rest.isEmpty() ? out : OpFilter.filterBy(rest, out);
        }

        /** The index of the first element after which all the variables are certainly bound; -1 if never. */
        private static int earliest(List<Op> elements, List<Var> vars) {
            Set<Var> bound = new HashSet<>();
            for (int i = 0; i < elements.size(); i++) {
                bound.addAll(certainlyBound(elements.get(i)));
                if (bound.containsAll(vars))
                    return i;
            }
            return -1;
        }

        /** Jena's fixed variables of the op, less those a BIND sets (an evaluation error leaves them unbound). */
        private static Set<Var> certainlyBound(Op op) {
            Set<Var> fixed = new HashSet<>(OpVars.fixedVars(op));
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpExtend extend) {
                    fixed.removeAll(extend.getVarExprList().getVars());
                }

                @Override
                public void visit(OpAssign assign) {
                    fixed.removeAll(assign.getVarExprList().getVars());
                }
            });
            return fixed;
        }

        private static Op sequenceOf(List<Op> ops) {
            if (ops.size() == 1)
                return ops.get(0);
            OpSequence s = OpSequence.create();
            ops.forEach(s::add);
            return s;
        }
    }
}
