package org.w3id.aigb.content;

import static org.w3id.aigb.testing.SetAssert.assertSameSet;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.testing.TestKG;

/**
 * Every resource of this module carries the metadata docs/modelling.md requires. (shapes/kg.ttl
 * checks the same for every aigb:GuidelineResource once the core branch is merged; this test keeps
 * the content honest until then.)
 */
class ContentMetadataTest {

    @Test
    void guidelineResourcesCarryLabelsDescriptionsSourceSectionEditionStatusAndConfidence() {
        assertSameSet("content resources lacking metadata", Set.of(), TestKG.values("""
                SELECT ?problem WHERE {
                  VALUES ?class { aigb:Risk aigb:RiskCategory aigb:RiskClassification aigb:RiskNote aigb:RiskMapping aigb:Benefit
                                  aigb:BusinessFunction aigb:BenefitGroup aigb:CaseExample aigb:CaseParticipant aigb:CaseRoleAssignment
                                  aigb:RoleRule aigb:GovernanceStep aigb:ActionTarget aigb:GovernanceColumn }
                  ?r a ?class .
                  BIND (EXISTS { ?r rdfs:label ?l1 FILTER (LANG(?l1) = "ja") } && EXISTS { ?r rdfs:label ?l2 FILTER (LANG(?l2) = "en") } AS ?labels)
                  BIND (EXISTS { ?r dcterms:description ?d1 FILTER (LANG(?d1) = "ja") } && EXISTS { ?r dcterms:description ?d2 FILTER (LANG(?d2) = "en") } AS ?descriptions)
                  BIND (EXISTS { ?r dcterms:source ?s } && EXISTS { ?r aigb:section ?x } && EXISTS { ?r aigb:inEdition ?e } AS ?provenance)
                  BIND (EXISTS { ?r sw:term_status ?st FILTER (?st IN ("stable", "added", "changed", "deprecated")) } AS ?status)
                  BIND (EXISTS { ?r aigb:confidence ?c } AS ?confidence)
                  BIND (EXISTS { ?r aigb:confidence ?c2 FILTER (?c2 != aigb:Verified) } && NOT EXISTS { ?r aigb:confidenceNote ?n } AS ?unexplained)
                  FILTER (!?labels || !?descriptions || !?provenance || !?status || !?confidence || ?unexplained)
                  BIND (CONCAT(STR(?r), IF(?labels, "", " labels"), IF(?descriptions, "", " descriptions"), IF(?provenance, "", " source/section/edition"),
                               IF(?status, "", " status"), IF(?confidence, "", " confidence"), IF(?unexplained, " confidenceNote", "")) AS ?problem)
                }""", "problem"));
    }

    @Test
    void changeRecordsTopicsAndDocumentsCarryLabelsDescriptionsSourceAndConfidence() {
        assertSameSet("change-log resources lacking metadata", Set.of(), TestKG.values("""
                SELECT ?problem WHERE {
                  VALUES ?class { aigb:ChangeRecord aigb:UpdateTopic aigb:ReviewBody aigb:SupportResource aigb:ReferenceDocument }
                  ?r a ?class .
                  FILTER (STRSTARTS(STR(?r), "https://w3id.org/aigb/id/"))
                  FILTER (NOT EXISTS { ?r rdfs:label ?l1 FILTER (LANG(?l1) = "ja") } || NOT EXISTS { ?r rdfs:label ?l2 FILTER (LANG(?l2) = "en") }
                       || NOT EXISTS { ?r dcterms:description ?d1 FILTER (LANG(?d1) = "ja") } || NOT EXISTS { ?r dcterms:description ?d2 FILTER (LANG(?d2) = "en") }
                       || NOT EXISTS { ?r dcterms:source ?s } || NOT EXISTS { ?r aigb:confidence ?c })
                  BIND (STR(?r) AS ?problem)
                }""", "problem"));
    }

    @Test
    void everyOntologyTermHasLabelsAndDefinitionsInBothLanguages() {
        assertSameSet("ontology terms lacking ja/en label or definition", Set.of(), TestKG.values("""
                SELECT ?problem WHERE {
                  GRAPH <https://w3id.org/aigb/graph/ontology> {
                    ?term a ?kind FILTER (?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty, owl:NamedIndividual))
                  }
                  FILTER (STRSTARTS(STR(?term), "https://w3id.org/aigb/ontology#"))
                  FILTER (NOT EXISTS { ?term rdfs:label ?l1 FILTER (LANG(?l1) = "ja") } || NOT EXISTS { ?term rdfs:label ?l2 FILTER (LANG(?l2) = "en") }
                       || NOT EXISTS { ?term skos:definition ?d1 FILTER (LANG(?d1) = "ja") } || NOT EXISTS { ?term skos:definition ?d2 FILTER (LANG(?d2) = "en") }
                       || NOT EXISTS { ?term rdfs:isDefinedBy <https://w3id.org/aigb/ontology> })
                  BIND (STR(?term) AS ?problem)
                }""", "problem"));
    }
}
