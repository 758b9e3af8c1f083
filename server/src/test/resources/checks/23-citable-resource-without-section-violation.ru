# An item loses its section; a check item's section is replaced by one that has no code.
# expect: item:P-2-i
# expect: <https://w3id.org/aigb/id/check-item/7B-1>
DELETE WHERE { item:P-2-i aigb:section ?s } ;
DELETE { ?c aigb:section ?s } INSERT { ?c aigb:section section:fixture-without-code }
WHERE { ?c a aigb:CheckItem ; aigb:code "7B-1" ; aigb:section ?s } ;
INSERT DATA { section:fixture-without-code rdfs:label "コードのない節"@ja }
