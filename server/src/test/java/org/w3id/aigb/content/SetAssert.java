package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Compares the graph's answer with the source's, naming missing and unexpected members separately. */
final class SetAssert {
    private SetAssert() {}

    static void assertSameSet(String what, Collection<String> expected, Collection<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(),
                what + ": missing " + missing + ", unexpected " + unexpected);
    }
}
