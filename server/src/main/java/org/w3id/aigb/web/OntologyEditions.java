package org.w3id.aigb.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.render.OntologyChanges;
import org.w3id.aigb.render.OntologyDoc;
import org.w3id.aigb.render.OntologyPage;
import org.w3id.aigb.vocab.AIGB;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The editions of the ontology the service answers for: the current one (the loaded ontology graph)
 * at {@code /ontology} and at its version IRI, and each earlier one at its own version IRI
 * ({@code /ontology/{version}}) from its snapshot {@code ontology/releases/{version}.ttl}. Editions are
 * listed in {@code ontology/versions.ttl}. Each edition's documentation page is rendered once, on first
 * request, by {@link OntologyPage} from that edition's graph.
 */
final class OntologyEditions {
    static final String VERSION_BASE = AIGB.ONTOLOGY + "/";
    private static final String RELEASES = "ontology/releases/";

    /** One edition the service can answer for: its graph and its record. */
    record Edition(Model model, OntologyPage.Version version, boolean current) {}

    private final Model current;
    private final Sources sources;
    private final Supplier<Map<String, Long>> usage;
    private final Map<String, Model> snapshots = new ConcurrentHashMap<>();
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private volatile List<OntologyPage.Version> versions;

    OntologyEditions(Model current, Sources sources, Supplier<Map<String, Long>> usage) {
        this.current = current;
        this.sources = sources;
        this.usage = usage;
    }

    /** The name of the current edition (the last segment of the ontology's owl:versionIRI). */
    String currentName() {
        Resource v = current.getResource(AIGB.ONTOLOGY).getPropertyResourceValue(OWL2.versionIRI);
        return v == null ? "current" : name(v.getURI());
    }

    /** The edition named {@code name}, if the service has its document. */
    Optional<Edition> edition(String name) {
        OntologyPage.Version v = versions().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
        if (name.equals(currentName()))
            return Optional.of(new Edition(current, v == null ? new OntologyPage.Version(VERSION_BASE + name, name, null, null, null, null) : v, true));
        Model snapshot = snapshot(name);
        return snapshot == null || v == null ? Optional.empty() : Optional.of(new Edition(snapshot, v, false));
    }

    /** The documentation page of an edition, rendered once. */
    String page(Edition e) {
        return pages.computeIfAbsent(e.version().name(), n -> OntologyPage.render(new OntologyDoc(e.model()), e.version(), e.current(),
                e.current() ? versions() : versions().stream().filter(v -> v.name().equals(n) || olderThan(v, e.version())).toList(),
                e.current() ? usage.get() : Map.of()));
    }

    /** The editions the ontology lists (dcterms:isVersionOf), newest first, each with its computed changes. */
    List<OntologyPage.Version> versions() {
        List<OntologyPage.Version> v = versions;
        if (v == null) {
            Map<String, Resource> records = new LinkedHashMap<>();
            current.listSubjectsWithProperty(DCTerms.isVersionOf, current.getResource(AIGB.ONTOLOGY)).forEach(r -> records.put(name(r.getURI()), r));
            List<OntologyPage.Version> out = new ArrayList<>();
            records.forEach((name, r) -> out.add(new OntologyPage.Version(r.getURI(), name, literal(r, DCTerms.issued, null),
                    literal(r, SKOS.changeNote, "ja"), literal(r, SKOS.changeNote, "en"), changes(r))));
            out.sort(Comparator.comparing((OntologyPage.Version x) -> x.issued() == null ? "" : x.issued()).reversed());
            v = List.copyOf(out);
            versions = v;
        }
        return v;
    }

    /** The changes from the edition before {@code record} to it, where both documents are kept. */
    private List<OntologyChanges.Change> changes(Resource record) {
        Resource prior = record.getPropertyResourceValue(OWL2.priorVersion);
        if (prior == null)
            return null;
        Model before = snapshot(name(prior.getURI()));
        Model after = name(record.getURI()).equals(currentName()) ? current : snapshot(name(record.getURI()));
        return before == null || after == null ? null : OntologyChanges.between(before, after);
    }

    private Model snapshot(String name) {
        if (!name.matches("[a-z0-9][a-z0-9.-]*") || !sources.exists(RELEASES + name + ".ttl"))
            return null;
        return snapshots.computeIfAbsent(name, n -> {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(sources.read(RELEASES + n + ".ttl"), Lang.TURTLE).parse(m);
            m.setNsPrefixes(Prefixes.get());
            return m;
        });
    }

    private static boolean olderThan(OntologyPage.Version v, OntologyPage.Version than) {
        return v.issued() != null && than.issued() != null && v.issued().compareTo(than.issued()) < 0;
    }

    private static String name(String versionIri) {
        return versionIri.startsWith(VERSION_BASE) ? versionIri.substring(VERSION_BASE.length()) : versionIri;
    }

    private static String literal(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        for (RDFNode n : r.getModel().listObjectsOfProperty(r, p).toList())
            if (n.isLiteral() && (lang == null || n.asLiteral().getLanguage().equals(lang)))
                return n.asLiteral().getLexicalForm();
        return null;
    }
}
