package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Set comparison that reports what is missing and what is unexpected separately. */
final class ContentAssertions {
    private ContentAssertions() {}

    static void assertSameSet(String what, Collection<String> expected, Collection<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        if (!missing.isEmpty() || !unexpected.isEmpty())
            fail(what + ": missing " + missing + ", unexpected " + unexpected);
    }
}
