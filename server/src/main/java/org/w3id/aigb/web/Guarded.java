package org.w3id.aigb.web;

import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * Runs a Fuseki handler and sends whatever it throws through {@link HttpErrors}, so the SPARQL and
 * Graph Store endpoints answer errors exactly like our own pages.
 */
final class Guarded implements ActionProcessor {
    private final ActionProcessor inner;

    Guarded(ActionProcessor inner) {
        this.inner = inner;
    }

    @Override
    public void process(HttpAction action) {
        try {
            inner.process(action);
        } catch (RuntimeException e) {
            HttpErrors.send(action.getRequest(), action.getResponse(), e, action.id);
        }
    }
}
