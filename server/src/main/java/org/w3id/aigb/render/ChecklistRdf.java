package org.w3id.aigb.render;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.checklist.ChangesView;
import org.w3id.aigb.checklist.ChecklistView;
import org.w3id.aigb.obligation.ObligationEngine.Compared;
import org.w3id.aigb.obligation.ObligationEngine.Outcome;
import org.w3id.aigb.profile.ProfileReport;
import org.w3id.aigb.vocab.CompactRdf;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The obligations answer as RDF (Turtle or JSON-LD, one graph for all the profiles): each conforming
 * profile with its derivation (the results, their facts and PROV: everything the checklists show)
 * and the SHACL report of its validation's warnings, if any (or, for what the update changed, both
 * derivations and the comparison with its differences, PROV-linked to the change records); a profile
 * with violations, its report;
 * each report names its source ({@code dcterms:source}). The graphs are collected, then written once
 * with long IRIs as prefixes of their own ({@link CompactRdf}).
 */
final class ChecklistRdf implements ChecklistRenderer {
    private final RenderTarget target;
    private final boolean jsonLd;
    private final Graph rdf = GraphFactory.createDefaultGraph();

    ChecklistRdf(RenderTarget target, boolean jsonLd) {
        this.target = target;
        this.jsonLd = jsonLd;
        rdf.getPrefixMapping().setNsPrefixes(Prefixes.get());
    }

    @Override
    public boolean readsView() {
        return false;
    }

    @Override
    public void conforming(String source, Outcome outcome, ChecklistView view) {
        outcome.derivation().graph().find().forEach(rdf::add);
        warnings(source, outcome.report());
    }

    @Override
    public void changes(String source, Compared compared, ChangesView view) {
        compared.comparison().graph().find().forEach(rdf::add);
        warnings(source, compared.report());
    }

    /** A conforming profile's report, if it has warnings. */
    private void warnings(String source, ProfileReport report) {
        if (report.count(Severity.Warning) + report.count(Severity.Info) > 0)
            report(source, report);
    }

    @Override
    public void notConforming(String source, ProfileReport report) {
        report(source, report);
    }

    private void report(String source, ProfileReport report) {
        Graph g = report.graph();
        g.find().forEach(rdf::add);
        Node name = NodeFactory.createLiteralString(source);
        g.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEach(t -> rdf.add(t.getSubject(), DCTerms.source.asNode(), name));
    }

    @Override
    public void unreadable(String source, AigbException error) {
        // named on the command line's error stream; a graph has no place for it
    }

    @Override
    public void end() {
        target.flush();
        if (jsonLd)
            CompactRdf.jsonLd(target.stream(), rdf);
        else
            CompactRdf.turtle(target.stream(), rdf);
    }
}
