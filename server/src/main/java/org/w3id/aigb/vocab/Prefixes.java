package org.w3id.aigb.vocab;

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
            .lock();

    /** A read-only mapping of the standard prefixes. */
    public static PrefixMapping get() {
        return PREFIXES;
    }
}
