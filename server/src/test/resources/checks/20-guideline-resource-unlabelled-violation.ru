# An item loses its English label and a practice note its Japanese one.
# expect: item:D-2-i
# expect: note:P-2-i-guardrails
DELETE { item:D-2-i rdfs:label ?l } WHERE { item:D-2-i rdfs:label ?l FILTER (LANG(?l) = "en") } ;
DELETE { note:P-2-i-guardrails rdfs:label ?l } WHERE { note:P-2-i-guardrails rdfs:label ?l FILTER (LANG(?l) = "ja") }
