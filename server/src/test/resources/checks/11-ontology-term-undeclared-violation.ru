# A misspelt property in the data, and a property the data uses whose declaration is removed.
# expect: aigb:forRoles
# expect: aigb:atStage
INSERT DATA { item:D-2-i aigb:forRoles role:AIDeveloper } ;
DELETE { aigb:atStage a ?type } WHERE { aigb:atStage a ?type }
