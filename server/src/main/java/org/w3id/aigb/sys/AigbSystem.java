package org.w3id.aigb.sys;

import org.apache.jena.query.ARQ;
import org.apache.jena.sys.JenaSystem;

/**
 * Start-up: initialises Jena and sets the global safety switches every entry point relies on.
 * Nothing else touches global Jena state.
 * <ul>
 * <li>Federated query ({@code SERVICE}) is refused without any outbound connection: it is enabled
 * by default in Jena and would let a query make the server fetch any URL.</li>
 * <li>JSON-LD never fetches a remote or {@code file:} {@code @context} ({@link NoRemoteDocuments}).</li>
 * </ul>
 */
public final class AigbSystem {
    private static volatile boolean initialised;

    private AigbSystem() {}

    public static synchronized void init() {
        if (initialised)
            return;
        JenaSystem.init();
        ARQ.globalServiceAllowed = false;
        NoRemoteDocuments.install();
        initialised = true;
    }
}
