package org.w3id.aigb.search;

import java.util.concurrent.Executor;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.w3id.aigb.sys.StartupTask;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The jena-text index behind {@code text:query} on the SPARQL endpoint: the served dataset wrapped
 * by {@link TextDatasetFactory}, with one Lucene document per literal of each single property of
 * {@code data/search/fields.tsv} (field named after the property, e.g. {@code rdfs_label}), analysed
 * by its language tag (multilingual mode: Kuromoji for {@code @ja}, English stemming for
 * {@code @en}; registered by {@code AigbSystem}). Built at start-up from the loaded graph (by the
 * server in the background, see {@link DeferredTextIndex}); the wrapper only reads, the endpoint
 * stays read-only.
 * <pre>
 *   ?s text:query (rdfs:label "個人情報" "lang:ja") .
 *   (?s ?score ?literal) text:query (dcterms:description "least privilege" "lang:en") .
 * </pre>
 */
public final class SparqlTextIndex {
    /** The Lucene index once filled, with the number of literals and the time it took. */
    private record Built(TextIndex index, long literals, long millis) {}

    private final DatasetGraph dataset;
    private final StartupTask<Built> built;

    private SparqlTextIndex(DatasetGraph dataset, StartupTask<Built> built) {
        this.dataset = dataset;
        this.built = built;
    }

    /** The dataset with its text index, filled now. */
    public static SparqlTextIndex wrap(DatasetGraph base, SearchConfig config) {
        EntityDefinition def = definition(config);
        return attach(base, def, StartupTask.done("SPARQL text index", fill(base, def)));
    }

    /**
     * The dataset with its text index, filled on {@code executor}: the dataset can be served at once,
     * and a {@code text:query} waits until the index is complete (never a partial answer).
     */
    public static SparqlTextIndex wrap(DatasetGraph base, SearchConfig config, Executor executor) {
        EntityDefinition def = definition(config);
        return attach(base, def, StartupTask.run("SPARQL text index", () -> fill(base, def), executor));
    }

    private static SparqlTextIndex attach(DatasetGraph base, EntityDefinition def, StartupTask<Built> built) {
        TextIndex index = new DeferredTextIndex(def, () -> built.get().index());
        return new SparqlTextIndex(TextDatasetFactory.create(base, index, true), built);
    }

    private static EntityDefinition definition(SearchConfig config) {
        EntityDefinition def = new EntityDefinition("uri", field(RDFS.label.asNode()), RDFS.label.asNode());
        def.setLangField("lang");
        def.setUidField("uid");
        for (SearchConfig.FieldSource f : config.fields())
            if (f.path().size() == 1 && !f.field().equals("code"))
                def.set(field(f.path().get(0)), f.path().get(0));
        return def;
    }

    private static Built fill(DatasetGraph base, EntityDefinition def) {
        long start = System.nanoTime();
        TextIndexConfig cfg = new TextIndexConfig(def);
        cfg.setAnalyzer(new StandardAnalyzer());
        // Multilingual: each literal is analysed by its language tag. No query analyser may be set,
        // or every query finds nothing (see jena-notes.md).
        cfg.setMultilingualSupport(true);
        cfg.setValueStored(true);
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), cfg);
        long count = 0;
        for (Triple t : base.getDefaultGraph().find().toList()) {
            if (def.getField(t.getPredicate()) == null || !t.getObject().isLiteral())
                continue;
            Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
            if (e != null) {
                index.addEntity(e);
                count++;
            }
        }
        index.commit();
        return new Built(index, count, (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code rdfs_label} for rdfs:label: the prefix and local name, as a Lucene field name. */
    private static String field(Node property) {
        String s = Prefixes.get().shortForm(property.getURI());
        return s.equals(property.getURI()) ? property.getLocalName() : s.replace(':', '_').replace('-', '_');
    }

    /** The served dataset: the loaded one, with the text index attached. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Number of literals indexed (waits for the index). */
    public long literals() {
        return built.get().literals();
    }

    public long buildMillis() {
        return built.get().millis();
    }
}
