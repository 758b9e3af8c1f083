package org.w3id.aigb.search;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A jena-text index still being filled when the dataset is first served: its definition is known
 * at once (the dataset wrapper asks for it), every other call waits for the filled index.
 */
final class DeferredTextIndex implements TextIndex {
    private final EntityDefinition definition;
    private final Supplier<TextIndex> index;

    DeferredTextIndex(EntityDefinition definition, Supplier<TextIndex> index) {
        this.definition = definition;
        this.index = index;
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }

    @Override
    public void prepareCommit() {
        index.get().prepareCommit();
    }

    @Override
    public void commit() {
        index.get().commit();
    }

    @Override
    public void rollback() {
        index.get().rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        index.get().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index.get().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index.get().deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index.get().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.get().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.get().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(uri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.get().query(uri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public void close() {
        index.get().close();
    }
}
