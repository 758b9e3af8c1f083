# A change record loses its source, a review body its English description, and a new change record has
# a type only; a reference document outside https://w3id.org/aigb/id/ (someone else's resource) is not
# ours to describe and is not reported.
# expect: change:CL-01 "no dcterms:source"
# expect: body:business-survey "no English dcterms:description"
# expect: change:CL-99 "no Japanese rdfs:label"
# expect: change:CL-99 "no English rdfs:label"
# expect: change:CL-99 "no Japanese dcterms:description"
# expect: change:CL-99 "no aigb:confidence"
DELETE WHERE { change:CL-01 dcterms:source ?s } ;
DELETE { body:business-survey dcterms:description ?d } WHERE { body:business-survey dcterms:description ?d FILTER (LANG(?d) = "en") } ;
INSERT DATA { change:CL-99 a aigb:ChangeRecord . <https://example.org/other-document> a aigb:ReferenceDocument }
