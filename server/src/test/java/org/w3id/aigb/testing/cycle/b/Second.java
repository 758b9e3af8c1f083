package org.w3id.aigb.testing.cycle.b;

import org.w3id.aigb.testing.cycle.a.First;

/** The other half of a package cycle, for {@code ArchitectureTest} to prove it finds one. */
public class Second {
    First first;
}
