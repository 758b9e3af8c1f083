package org.w3id.aigb.obligation;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_IRI;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * Evaluates the rules' {@code IRI(...)} once per distinct string in a derivation. A rule mints the IRI
 * of a result ({@code IRI(CONCAT(STR(?derivation), "#applies-", ?code))}) on every solution row, and
 * the same result is reached by many rows (one per system, activity and stage) and by several rules;
 * Jena parses and checks the string as a full IRI each time, which was a quarter of the rules' time.
 * <p>
 * The rules keep the standard {@code IRI()} function: when they are compiled, each {@code IRI(x)} is
 * replaced by {@link Memo}, which evaluates {@code x} as before and looks the result up in a map kept
 * in the derivation's context (one map per derivation, dropped with it); a string not seen yet is
 * handed to Jena's own {@code IRI()} and its answer remembered. So the answer, or the evaluation
 * error, is exactly Jena's.
 */
final class MintedIris {
    /** The map of one derivation, in its {@link Context}. */
    static final Symbol CACHE = Symbol.create("urn:aigb:minted-iris");

    private MintedIris() {}

    /** The rule's algebra with every {@code IRI(x)} evaluated through the derivation's map. */
    static Op memoised(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func.getClass() == E_IRI.class)
                    return new Memo(((E_IRI) func).getParserBase(), arg);
                return super.transform(func, arg);
            }
        }, op);
    }

    /** Starts a derivation's map in its context. */
    static void begin(Context derivationContext) {
        derivationContext.set(CACHE, new HashMap<Key, NodeValue>());
    }

    private record Key(String base, Node string) {}

    /** {@code IRI(x)}, remembering its answers in the derivation's map. */
    static final class Memo extends E_IRI {
        Memo(String parserBase, Expr arg) {
            super(parserBase, arg);
        }

        @Override
        protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
            NodeValue string = getArg().eval(binding, env);
            Map<Key, NodeValue> cache = env.getContext() == null ? null : env.getContext().get(CACHE);
            if (cache == null)
                return eval(string, env);
            Key key = new Key(parserBase, string.asNode());
            NodeValue iri = cache.get(key);
            if (iri == null) {
                iri = eval(string, env);
                cache.put(key, iri);
            }
            return iri;
        }

        @Override
        public Expr copy(Expr expr) {
            return new Memo(parserBase, expr);
        }
    }
}
