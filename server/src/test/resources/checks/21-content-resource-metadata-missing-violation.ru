# A risk loses its Japanese description, a case participant its section, a benefit example (a subclass of
# aigb:Benefit) gets a status outside the list, a risk mapping that is not Verified loses the note saying
# why; a new governance column has its labels and nothing else, a new risk not even those.
# expect: risk:hallucination "no Japanese dcterms:description"
# expect: participant:travel-booking-agent-traveller "no aigb:section"
# expect: benefit:development-coding-assistant "no sw:term_status"
# expect: riskmap:over-reliance-C-3 "no aigb:confidenceNote"
# expect: column:fixture-column "no English dcterms:description"
# expect: column:fixture-column "no dcterms:source"
# expect: column:fixture-column "no aigb:inEdition"
# expect: column:fixture-column "no aigb:confidence"
# expect: risk:fixture-risk "no Japanese rdfs:label"
# expect: risk:fixture-risk "no English rdfs:label"
DELETE { risk:hallucination dcterms:description ?d } WHERE { risk:hallucination dcterms:description ?d FILTER (LANG(?d) = "ja") } ;
DELETE WHERE { participant:travel-booking-agent-traveller aigb:section ?s } ;
DELETE { benefit:development-coding-assistant sw:term_status ?st } INSERT { benefit:development-coding-assistant sw:term_status "proposed" }
WHERE { benefit:development-coding-assistant sw:term_status ?st } ;
DELETE WHERE { riskmap:over-reliance-C-3 aigb:confidenceNote ?n } ;
INSERT DATA {
  column:fixture-column a aigb:GovernanceColumn ; rdfs:label "コラム"@ja , "Column"@en .
  risk:fixture-risk a aigb:Risk .
}
