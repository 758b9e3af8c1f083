package org.w3id.aigb.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one set comparison of the tests: the graph's answer against the source's, naming what is
 * missing and what is unexpected separately (a whole-set diff hides one wrong code among fifty).
 */
public final class SetAssert {
    private SetAssert() {}

    /** {@code actual} is exactly {@code expected}. */
    public static void assertSameSet(String what, Collection<String> expected, Collection<String> actual) {
        Set<String> missing = minus(expected, actual);
        Set<String> unexpected = minus(actual, expected);
        if (!missing.isEmpty() || !unexpected.isEmpty())
            fail(what + ": missing " + missing + ", unexpected " + unexpected);
    }

    /** {@code actual} holds every member of {@code required} (and may hold more). */
    public static void assertContainsAll(String what, Collection<String> required, Collection<String> actual) {
        Set<String> missing = minus(required, actual);
        if (!missing.isEmpty())
            fail(what + ": missing " + missing);
    }

    private static Set<String> minus(Collection<String> a, Collection<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
