# aigb:atStage is relabelled with the English label of aigb:forRole, in another case.
# expect: aigb:atStage
# expect: aigb:forRole
DELETE DATA { aigb:atStage rdfs:label "at stage"@en } ;
INSERT DATA { aigb:atStage rdfs:label "For Role"@en }
