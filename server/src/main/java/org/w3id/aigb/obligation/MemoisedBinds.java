package org.w3id.aigb.obligation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.*;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Evaluates each {@code BIND} of the rules once per distinct input in a derivation: the IRIs of the
 * results ({@code IRI(CONCAT(STR(?derivation), "#applies-", ?code))}) and the keys they are made of
 * ({@code SUBSTR(SHA1(STR(?system)), 1, 12)}). A rule computes them on every solution row, and the same
 * result is reached by many rows (one per system, activity and stage); Jena builds the string and
 * parses and checks it as a full IRI each time, which was a quarter of the rules' time.
 * <p>
 * The rules stay standard SPARQL. When a rule is compiled, each {@code BIND} expression made only of
 * functions whose value depends on nothing but their arguments (the string, hash, IRI, test and
 * conditional functions of SPARQL: {@link #PURE}) is wrapped in {@link Memo}, which looks the values of
 * the variables it mentions up in a map kept in the derivation's context (one map per derivation,
 * dropped with it), and evaluates the expression, with Jena, only for inputs not seen yet. The answer is
 * Jena's; an evaluation error (the variable stays unbound) is not remembered, so it is raised again.
 * {@code BIND}s with {@code EXISTS}, {@code NOW()}, {@code RAND()}, {@code BNODE()}, {@code UUID()} or
 * an extension function are left as they are.
 */
final class MemoisedBinds {
    /** The map of one derivation, in its {@link Context}. */
    static final Symbol CACHE = Symbol.create("urn:aigb:memoised-binds");

    /** The SPARQL functions whose value depends only on their arguments. */
    private static final Set<Class<? extends Expr>> PURE = Set.of(E_StrConcat.class, E_Str.class, E_StrAfter.class, E_StrBefore.class,
            E_StrSubstring.class, E_StrLength.class, E_StrLowerCase.class, E_StrUpperCase.class, E_StrEncodeForURI.class, E_StrStartsWith.class,
            E_StrEndsWith.class, E_StrContains.class, E_StrReplace.class, E_StrLang.class, E_StrDatatype.class, E_SHA1.class, E_SHA224.class,
            E_SHA256.class, E_SHA384.class, E_SHA512.class, E_MD5.class, E_IRI.class, E_URI.class, E_Coalesce.class, E_Conditional.class,
            E_LogicalAnd.class, E_LogicalOr.class, E_LogicalNot.class, E_Equals.class, E_NotEquals.class, E_LessThan.class,
            E_LessThanOrEqual.class, E_GreaterThan.class, E_GreaterThanOrEqual.class, E_SameTerm.class, E_Bound.class, E_IsIRI.class,
            E_IsURI.class, E_IsBlank.class, E_IsLiteral.class, E_IsNumeric.class, E_Datatype.class, E_Lang.class, E_Add.class,
            E_Subtract.class, E_Multiply.class, E_Divide.class);
    /** Jena's {@code afn:bnode} (the label of a blank node): the rules key results on blank-node systems with it. */
    private static final String AFN_BNODE = "http://jena.apache.org/ARQ/function#bnode";

    private MemoisedBinds() {}

    /** The rule's algebra with each pure {@code BIND} evaluated once per distinct input in a derivation. */
    static Op memoised(Op op) {
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpExtend extend, Op sub) {
                VarExprList binds = new VarExprList();
                extend.getVarExprList().forEachVarExpr((v, e) -> binds.add(v, worthRemembering(e) ? new Memo(e) : e));
                return OpExtend.create(sub, binds);
            }
        }, op);
    }

    /** Starts a derivation's map in its context. */
    static void begin(Context derivationContext) {
        derivationContext.set(CACHE, new HashMap<Key, NodeValue>());
    }

    /** A function call (not a constant or a variable) made only of pure functions, variables and constants. */
    static boolean worthRemembering(Expr e) {
        return e instanceof ExprFunction && pure(e);
    }

    private static boolean pure(Expr e) {
        if (e instanceof ExprVar || e instanceof NodeValue)
            return true;
        if (e instanceof E_Function f)
            return AFN_BNODE.equals(f.getFunctionIRI()) && f.getArgs().stream().allMatch(MemoisedBinds::pure);
        if (!(e instanceof ExprFunction f) || !PURE.contains(e.getClass()))
            return false;
        return f.getArgs().stream().allMatch(MemoisedBinds::pure);
    }

    /** One expression and the values of the variables it mentions (null: unbound). */
    private record Key(Memo expression, List<Node> values) {}

    /** An expression whose values are remembered in the derivation's map. */
    static final class Memo extends ExprFunction1 {
        private final Var[] vars;

        Memo(Expr expression) {
            super(expression, "aigb:memo");
            List<Var> mentioned = new ArrayList<>(expression.getVarsMentioned());
            this.vars = mentioned.toArray(Var[]::new);
        }

        @Override
        protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            Map<Key, NodeValue> cache = env.getContext() == null ? null : env.getContext().get(CACHE);
            if (cache == null)
                return expr.eval(binding, env);
            Node[] values = new Node[vars.length];
            for (int i = 0; i < vars.length; i++)
                values[i] = binding.get(vars[i]);
            Key key = new Key(this, Arrays.asList(values));
            NodeValue value = cache.get(key);
            if (value == null) {
                value = expr.eval(binding, env);
                cache.put(key, value);
            }
            return value;
        }

        @Override
        public NodeValue eval(NodeValue v) {
            throw new UnsupportedOperationException("evaluated with its binding");
        }

        @Override
        public Expr copy(Expr expression) {
            return new Memo(expression);
        }

        // identity: two occurrences of the same expression keep separate maps' entries (their inputs are the same anyway)
        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public boolean equals(Expr other, boolean bySyntax) {
            return this == other;
        }
    }
}
