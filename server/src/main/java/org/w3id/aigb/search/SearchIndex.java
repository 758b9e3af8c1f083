package org.w3id.aigb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.query.QueryRunner;
import org.w3id.aigb.query.Table;

/**
 * The ranked full-text index: one in-memory Lucene document per guideline resource (every
 * {@code /id/} IRI with a label, from {@code queries/search/resources.rq}), holding the literals
 * that {@code data/search/fields.tsv} names, built once from the loaded graph. Read-only after
 * {@link #build}; an {@link IndexSearcher} is safe to share between threads.
 */
public final class SearchIndex {
    private final IndexSearcher searcher;
    /** The IRI of each Lucene document, by document number (read once instead of per hit). */
    private final String[] iris;
    private final Map<String, Resource> resources;
    private final Map<String, List<String>> parents;
    private final long buildMillis;

    private SearchIndex(IndexSearcher searcher, Map<String, Resource> resources, Map<String, List<String>> parents, long buildMillis)
            throws IOException {
        this.searcher = searcher;
        this.iris = new String[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < iris.length; doc++)
            iris[doc] = searcher.storedFields().document(doc).get(Fields.IRI);
        this.resources = resources;
        this.parents = parents;
        this.buildMillis = buildMillis;
    }

    public static SearchIndex build(KnowledgeGraph kg, QueryLibrary queries, SearchConfig config) {
        long start = System.nanoTime();
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (QuerySolution row : select(kg, queries, "resources").rows()) {
            String iri = Table.text(row, "resource");
            resources.put(iri, new Resource(iri, Table.text(row, "type"), Table.text(row, "typeJa"), Table.text(row, "typeEn"),
                    Table.text(row, "code"), Table.text(row, "labelJa"), Table.text(row, "labelEn"), Table.text(row, "status"), Table.text(row, "section"),
                    Table.text(row, "sectionCode"), Table.text(row, "sectionJa"), Table.text(row, "sectionEn")));
        }
        Map<String, List<String>> parents = new HashMap<>();
        for (QuerySolution row : select(kg, queries, "parents").rows())
            parents.computeIfAbsent(Table.text(row, "child"), k -> new ArrayList<>()).add(Table.text(row, "parent"));

        Map<String, Document> docs = documents(kg.dataset().asDatasetGraph().getDefaultGraph(), resources, config);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            for (Document d : docs.values())
                writer.addDocument(d);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            return new SearchIndex(searcher, Map.copyOf(resources), Map.copyOf(parents), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table select(KnowledgeGraph kg, QueryLibrary queries, String id) {
        return QueryRunner.withoutTimeLimit(kg.dataset()).select(queries.get(id));
    }

    /** The literals of the configured properties, per resource, as stored and analysed fields. */
    private static Map<String, Document> documents(Graph union, Map<String, Resource> resources, SearchConfig config) {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (SearchConfig.FieldSource f : config.fields()) {
            for (Triple first : union.find(Node.ANY, f.path().get(0), Node.ANY).toList()) {
                if (!first.getSubject().isURI() || !resources.containsKey(first.getSubject().getURI()))
                    continue;
                Document doc = docs.computeIfAbsent(first.getSubject().getURI(), SearchIndex::newDocument);
                for (Node value : follow(union, first.getObject(), f.path().subList(1, f.path().size())))
                    if (value.isLiteral())
                        add(doc, f.field(), value);
            }
        }
        return docs;
    }

    /** The nodes reached from {@code start} along {@code path}. */
    private static List<Node> follow(Graph g, Node start, List<Node> path) {
        List<Node> at = List.of(start);
        for (Node p : path) {
            List<Node> next = new ArrayList<>();
            for (Node n : at)
                if (!n.isLiteral())
                    g.find(n, p, Node.ANY).forEach(t -> next.add(t.getObject()));
            at = next;
        }
        return at;
    }

    private static void add(Document doc, String field, Node literal) {
        String text = literal.getLiteralLexicalForm();
        if (field.equals("code")) {
            doc.add(new TextField(Fields.CODE, text, Field.Store.YES));
            return;
        }
        Lang lang = Lang.ofLiteralTag(literal.getLiteralLanguage());
        if (lang == null)
            return;
        doc.add(new TextField(Fields.text(field, lang), text, Field.Store.YES));
        if (lang == Lang.JA)
            doc.add(new TextField(Fields.gram(field), text, Field.Store.NO));
    }

    private static Document newDocument(String iri) {
        Document d = new Document();
        d.add(new StringField(Fields.IRI, iri, Field.Store.YES));
        return d;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** The IRI of a document of the index. */
    String iri(int doc) {
        return iris[doc];
    }

    /** The resource of an IRI that the index holds, or null. */
    public Resource resource(String iri) {
        return resources.get(iri);
    }

    /** The resources {@code iri} belongs to ({@code queries/search/parents.rq}). */
    List<String> parents(String iri) {
        return parents.getOrDefault(iri, List.of());
    }

    /** Number of indexed resources (documents). */
    public int size() {
        return searcher.getIndexReader().numDocs();
    }

    public long buildMillis() {
        return buildMillis;
    }
}
