# ja: 組織を登録し、最初のトークンを発行する（コマンド registry add-organisation）。識別子又は法人番号が既に登録されていれば何もしない。
# en: Registers an organisation and issues its first token (command registry add-organisation); does nothing if the identifier or the corporate number is already registered.
# row: the server reads back whether ?organisation exists afterwards, to tell success from a taken identifier.
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?organisation a aigb:RegisteredOrganisation ; aigb:registryId ?registryId ; skos:prefLabel ?name ;
        aigb:corporateNumber ?corporateNumber ; dcterms:created ?now .
    ?token a aigb:AccessToken ; aigb:tokenId ?tokenId ; aigb:tokenHash ?tokenHash ; aigb:tokenHolder ?organisation ;
        dcterms:created ?now .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:add-organisation ; prov:endedAtTime ?now ;
        aigb:commandLineUser ?user ; prov:generated ?organisation , ?token .
  }
}
WHERE {
  VALUES (?organisation ?registryId ?name ?corporateNumber ?token ?tokenId ?tokenHash ?activity ?user ?now) {
    (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF)
  }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?taken aigb:registryId ?registryId } }
  FILTER (!BOUND(?corporateNumber)
          || NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?same a aigb:RegisteredOrganisation ; aigb:corporateNumber ?corporateNumber } })
}
