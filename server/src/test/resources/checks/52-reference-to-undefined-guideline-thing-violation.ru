# A mapping names an item code that does not exist, and a reference names a section the data lost.
# expect: item:D-9-ix
# expect: section:annex-2-A
INSERT DATA { <https://w3id.org/aigb/id/mapping/fixture> aigb:mappingSubject item:D-9-ix } ;
DELETE WHERE { section:annex-2-A rdfs:label ?l }
