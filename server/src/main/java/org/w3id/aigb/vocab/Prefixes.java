package org.w3id.aigb.vocab;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes used in every RDF output (dumps, CONSTRUCT results, linked-data documents). */
public final class Prefixes {
    private Prefixes() {}

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("aigb", AIGB.NS)
            .setNsPrefix("aigbsh", AigbShapes.NS)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("sw", "http://www.w3.org/2003/06/sw-vocab-status/ns#")
            .setNsPrefix("vann", "http://purl.org/vocab/vann/")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("edition", AigbId.BASE + "edition/")
            .setNsPrefix("section", AigbId.BASE + "section/")
            .setNsPrefix("role", AigbId.BASE + "role/")
            .setNsPrefix("stage", AigbId.BASE + "stage/")
            .setNsPrefix("term", AigbId.BASE + "term/")
            .setNsPrefix("aitype", AigbId.BASE + "ai-type/")
            .setNsPrefix("philosophy", AigbId.BASE + "philosophy/")
            .setNsPrefix("principle", AigbId.BASE + "principle/")
            .setNsPrefix("item", AigbId.BASE + "item/")
            .setNsPrefix("note", AigbId.BASE + "note/")
            .setNsPrefix("scheme", AigbId.BASE + "scheme/")
            .setNsPrefix("doc", AigbId.BASE + "doc/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("risk", AigbId.BASE + "risk/")
            .setNsPrefix("riskcat", AigbId.BASE + "risk-category/")
            .setNsPrefix("riskclass", AigbId.BASE + "risk-classification/")
            .setNsPrefix("risknote", AigbId.BASE + "risk-note/")
            .setNsPrefix("riskmap", AigbId.BASE + "risk-mapping/")
            .setNsPrefix("reading", AigbId.BASE + "reading/")
            .setNsPrefix("benefit", AigbId.BASE + "benefit/")
            .setNsPrefix("bizfn", AigbId.BASE + "business-function/")
            .setNsPrefix("benefitgroup", AigbId.BASE + "benefit-group/")
            .setNsPrefix("case", AigbId.BASE + "case/")
            .setNsPrefix("participant", AigbId.BASE + "case-participant/")
            .setNsPrefix("assignment", AigbId.BASE + "role-assignment/")
            .setNsPrefix("rule", AigbId.BASE + "rule/")
            .setNsPrefix("activity", AigbId.BASE + "activity/")
            .setNsPrefix("govstep", AigbId.BASE + "governance-step/")
            .setNsPrefix("target", AigbId.BASE + "action-target/")
            .setNsPrefix("column", AigbId.BASE + "governance-column/")
            .setNsPrefix("topic", AigbId.BASE + "topic/")
            .setNsPrefix("body", AigbId.BASE + "body/")
            .setNsPrefix("change", AigbId.BASE + "change/")
            .setNsPrefix("support", AigbId.BASE + "support/")
            // company profiles (ontology/profiles.ttl)
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("orgkind", AigbId.BASE + "organisation-kind/")
            .setNsPrefix("orgsize", AigbId.BASE + "organisation-size/")
            .setNsPrefix("sector", AigbId.BASE + "sector/")
            .setNsPrefix("usergroup", AigbId.BASE + "user-group/")
            .setNsPrefix("modelorigin", AigbId.BASE + "model-origin/")
            .setNsPrefix("measurestatus", AigbId.BASE + "measure-status/")
            // obligations (ontology/obligations.ttl, data/guideline/applicability-conditions.ttl, sector-guidance.ttl)
            .setNsPrefix("obstatus", AigbId.BASE + "obligation-status/")
            .setNsPrefix("appreason", AigbId.BASE + "applicability-reason/")
            .setNsPrefix("condition", AigbId.BASE + "applicability-condition/")
            .setNsPrefix("sectorguide", AigbId.BASE + "sector-guidance/")
            // editions and their differences (ontology/edition-changes.ttl, data/guideline/open-role-questions.ttl)
            .setNsPrefix("question", AigbId.BASE + "open-question/")
            .setNsPrefix("openkind", AigbId.BASE + "open-kind/")
            .setNsPrefix("diffkind", AigbId.BASE + "difference-kind/")
            // cross-references (data/crossrefs): EU AI Act, Hiroshima AI Process, mappings, external vocabularies
            .setNsPrefix("euact", AigbId.BASE + "eu-ai-act/")
            .setNsPrefix("euart", AigbId.BASE + "eu-ai-act/article/")
            .setNsPrefix("annex3", AigbId.BASE + "eu-ai-act/annex-iii/")
            .setNsPrefix("eurole", AigbId.BASE + "eu-ai-act/role/")
            .setNsPrefix("hiroshima", AigbId.BASE + "hiroshima-principle/")
            .setNsPrefix("hcoc", AigbId.BASE + "hcoc-action/")
            .setNsPrefix("check", AigbId.BASE + "check-item/")
            .setNsPrefix("gref", AigbId.BASE + "guideline-reference/")
            .setNsPrefix("mapping", AigbId.BASE + "mapping/")
            .setNsPrefix("mappingset", AigbId.BASE + "mapping-set/")
            .setNsPrefix("agent", AigbId.BASE + "agent/")
            .setNsPrefix("eli", "http://data.europa.eu/eli/ontology#")
            .setNsPrefix("airo", "https://w3id.org/airo#")
            .setNsPrefix("vair", "https://w3id.org/vair#")
            .setNsPrefix("dpv-ai", "https://w3id.org/dpv/ai#")
            .setNsPrefix("eu-aiact", "https://w3id.org/dpv/legal/eu/aiact#")
            .setNsPrefix("semapv", "https://w3id.org/semapv/vocab/")
            .lock();

    /** A read-only mapping of the standard prefixes. */
    public static PrefixMapping get() {
        return PREFIXES;
    }

    /** {@code item:P-2-i} style short name of an IRI by the standard prefixes, or the IRI itself. */
    public static String shortName(String iri) {
        String s = PREFIXES.shortForm(iri);
        return s == null ? iri : s;
    }

    /**
     * The standard prefixes that abbreviate an IRI of {@code graph} (a node or a datatype; for each, its
     * longest matching namespace): a small document (one resource's description) declares what it
     * uses, not all sixty.
     */
    public static PrefixMapping usedIn(Graph graph) {
        Set<String> iris = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI())
                    iris.add(n.getURI());
                else if (n.isLiteral())
                    iris.add(n.getLiteralDatatypeURI());
            }
        });
        PrefixMapping used = PrefixMapping.Factory.create();
        Map<String, String> all = PREFIXES.getNsPrefixMap();
        for (String iri : iris) {
            // the longest namespace, as the writers abbreviate: item:…, not id:item/…
            all.entrySet().stream().filter(e -> iri.startsWith(e.getValue()))
                    .max(Comparator.comparingInt(e -> e.getValue().length()))
                    .ifPresent(e -> used.setNsPrefix(e.getKey(), e.getValue()));
        }
        return used.lock();
    }
}
