# One mapping loses its author, another gets a confidence above 1, a third a justification of a few words.
# expect: <https://w3id.org/aigb/id/mapping/euaiact-dpv/019fe25205d6>
# expect: <https://w3id.org/aigb/id/mapping/euaiact-dpv/0866afe2a2a3>
# expect: <https://w3id.org/aigb/id/mapping/euaiact-dpv/09e8e7431f55>
DELETE WHERE { <https://w3id.org/aigb/id/mapping/euaiact-dpv/019fe25205d6> dcterms:creator ?a } ;
DELETE { ?m aigb:mappingConfidence ?c } INSERT { ?m aigb:mappingConfidence 1.5 }
WHERE { BIND (<https://w3id.org/aigb/id/mapping/euaiact-dpv/0866afe2a2a3> AS ?m) ?m aigb:mappingConfidence ?c } ;
DELETE { ?m aigb:justification ?j } INSERT { ?m aigb:justification "Same thing."@en }
WHERE { BIND (<https://w3id.org/aigb/id/mapping/euaiact-dpv/09e8e7431f55> AS ?m) ?m aigb:justification ?j }
