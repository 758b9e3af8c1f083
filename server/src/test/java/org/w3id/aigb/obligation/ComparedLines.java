package org.w3id.aigb.obligation;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.vocab.AIGB;

/**
 * The differences of an edition comparison read straight from its RDF (not through the table query the
 * renderers use), for the tests: one line per {@code aigb:EditionDifference}, keyed by its kind and what
 * it is about.
 */
final class ComparedLines {
    /** What a difference is: its kind (id/difference-kind/…) and the resource it is about. */
    record Key(String kind, String resource) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int k = kind.compareTo(o.kind);
            return k != 0 ? k : resource.compareTo(o.resource);
        }

        @Override
        public String toString() {
            return kind.substring(kind.lastIndexOf('/') + 1) + " " + resource.replaceFirst("^.*/id/", "");
        }
    }

    /**
     * A difference: the change records it cites, roles, where moved content was or went, declared status,
     * whether each side is undecided, and whether the result it cites on each side is an applicability.
     */
    record Line(Set<String> dueTo, Set<String> rolesBefore, Set<String> rolesAfter, Set<String> moved, Set<String> status,
                boolean undecidedBefore, boolean undecidedAfter, boolean appliesBefore, boolean appliesAfter) {}

    private ComparedLines() {}

    static Map<Key, Line> of(EditionComparison c) {
        Graph g = c.graph();
        Map<Key, Line> out = new TreeMap<>();
        g.find(Node.ANY, RDF.type.asNode(), AIGB.resource("EditionDifference").asNode()).forEach(t -> {
            Node line = t.getSubject();
            Key key = new Key(one(g, line, "differenceKind"), one(g, line, "differenceOf"));
            Set<String> moved = uris(g, line, "movedFromResource");
            moved.addAll(uris(g, line, "movedToResource"));
            Line previous = out.put(key, new Line(uris(g, line, "dueToChange"), uris(g, line, "roleBefore"), uris(g, line, "roleAfter"), moved,
                    uris(g, line, "declaredStatus"), onlyUndecided(g, line, "earlierResult"), onlyUndecided(g, line, "laterResult"),
                    applies(g, line, "earlierResult"), applies(g, line, "laterResult")));
            if (previous != null)
                throw new AssertionError("two differences " + key);
        });
        return out;
    }

    /** Whether the line has results on that side and none of them is an applicability (they are undecided ones). */
    private static boolean onlyUndecided(Graph g, Node line, String side) {
        Set<Node> results = new java.util.HashSet<>();
        g.find(line, AIGB.property(side).asNode(), Node.ANY).forEach(t -> results.add(t.getObject()));
        return !results.isEmpty() && results.stream().noneMatch(r -> g.contains(r, RDF.type.asNode(), AIGB.resource("Applicability").asNode()))
                && results.stream().anyMatch(r -> g.contains(r, RDF.type.asNode(), AIGB.resource("UndecidedApplicability").asNode()));
    }

    private static boolean applies(Graph g, Node line, String side) {
        return g.find(line, AIGB.property(side).asNode(), Node.ANY)
                .filterKeep(t -> g.contains(t.getObject(), RDF.type.asNode(), AIGB.resource("Applicability").asNode())).hasNext();
    }

    private static String one(Graph g, Node s, String property) {
        Set<String> all = uris(g, s, property);
        if (all.size() != 1)
            throw new AssertionError(s + " has " + all.size() + " aigb:" + property);
        return all.iterator().next();
    }

    private static Set<String> uris(Graph g, Node s, String property) {
        Set<String> out = new TreeSet<>();
        g.find(s, AIGB.property(property).asNode(), Node.ANY).forEach(t -> {
            if (t.getObject().isURI())
                out.add(t.getObject().getURI());
        });
        return out;
    }
}
