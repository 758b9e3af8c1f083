# Five definitions the FY2025 update adds: one loses its English definition, one its Japanese one, one its
# v1.2 edition, one is put in v1.1 too, one loses its date.
# expect: term:learning "no English skos:definition"
# expect: term:alignment "no Japanese skos:definition"
# expect: term:inference "not aigb:inEdition v1.2"
# expect: term:autonomy "but aigb:inEdition v1.1"
# expect: aitype:ai-agent "no dcterms:created"
DELETE { term:learning skos:definition ?d } WHERE { term:learning skos:definition ?d FILTER (LANG(?d) = "en") } ;
DELETE { term:alignment skos:definition ?d } WHERE { term:alignment skos:definition ?d FILTER (LANG(?d) = "ja") } ;
DELETE DATA { term:inference aigb:inEdition edition:v1.2 } ;
INSERT DATA { term:autonomy aigb:inEdition edition:v1.1 } ;
DELETE WHERE { aitype:ai-agent dcterms:created ?date }
