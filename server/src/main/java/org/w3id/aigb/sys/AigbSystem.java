package org.w3id.aigb.sys;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.sys.JenaSystem;
import org.apache.lucene.index.IndexWriter;

/**
 * Start-up: initialises Jena and sets the global safety switches every entry point relies on.
 * Nothing else touches global Jena state.
 * <ul>
 * <li>Federated query ({@code SERVICE}) is refused without any outbound connection: it is enabled
 * by default in Jena and would let a query make the server fetch any URL.</li>
 * <li>JSON-LD never fetches a remote or {@code file:} {@code @context} ({@link NoRemoteDocuments}).</li>
 * <li>jena-text's multilingual analysers (a global registry): Kuromoji for {@code @ja}, English
 * stemming for {@code @en}, the same analysers as the ranked search ({@link LanguageAnalyzers}).</li>
 * <li>Lucene's {@code IndexWriter} is initialised here, on one thread: its static initialiser and
 * {@code ConcurrentMergeScheduler}'s wait for each other, so two indexes first built at the same
 * time on two threads (the server builds both search indexes in the background) deadlock.</li>
 * <li>The JSON-LD processor (titanium) logs a warning through java.util.logging for every odd term
 * of a document it expands: untrusted input would flood the log. Its logger is switched off; what
 * is wrong with a profile is reported to the client, not logged.</li>
 * </ul>
 */
public final class AigbSystem {
    private static volatile boolean initialised;
    /** Held here: java.util.logging keeps only weak references to loggers, and a collected one loses its level. */
    private static final java.util.logging.Logger JSONLD_LOG = java.util.logging.Logger.getLogger("com.apicatalog");

    private AigbSystem() {}

    private static void initialiseLucene() {
        try {
            Class.forName(IndexWriter.class.getName(), true, IndexWriter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Lucene is not on the class path", e);
        }
    }

    public static synchronized void init() {
        if (initialised)
            return;
        JenaSystem.init();
        ARQ.globalServiceAllowed = false;
        NoRemoteDocuments.install();
        JSONLD_LOG.setLevel(java.util.logging.Level.OFF);
        Util.addAnalyzer("ja", LanguageAnalyzers.JAPANESE);
        Util.addAnalyzer("en", LanguageAnalyzers.ENGLISH);
        initialiseLucene();
        initialised = true;
    }
}
