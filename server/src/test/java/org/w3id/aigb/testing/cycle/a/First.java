package org.w3id.aigb.testing.cycle.a;

import org.w3id.aigb.testing.cycle.b.Second;

/** Half of a package cycle, for {@code ArchitectureTest} to prove it finds one. */
public class First {
    Second second;
}
