# A class loses its English label, a property its Japanese definition, an individual its rdfs:isDefinedBy,
# and an annotation property is declared with nothing else.
# expect: aigb:ActorItem "no English rdfs:label"
# expect: aigb:forRole "no Japanese skos:definition"
# expect: aigb:Verified "not rdfs:isDefinedBy"
# expect: aigb:fixtureAnnotation "no Japanese rdfs:label"
# expect: aigb:fixtureAnnotation "no English skos:definition"
DELETE { aigb:ActorItem rdfs:label ?l } WHERE { aigb:ActorItem rdfs:label ?l FILTER (LANG(?l) = "en") } ;
DELETE { aigb:forRole skos:definition ?d } WHERE { aigb:forRole skos:definition ?d FILTER (LANG(?d) = "ja") } ;
DELETE DATA { aigb:Verified rdfs:isDefinedBy <https://w3id.org/aigb/ontology> } ;
INSERT DATA { aigb:fixtureAnnotation a owl:AnnotationProperty }
