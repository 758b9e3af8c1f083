# ja: 登録組織に新しいトークンを発行する（コマンド registry add-token。失効させたトークンの置き換え等）。組織が無ければ何もしない。
# en: Issues a new token to a registered organisation (command registry add-token, e.g. to replace a revoked one); does nothing if there is no such organisation.
# row: the server reads back whether ?token exists afterwards.
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?token a aigb:AccessToken ; aigb:tokenId ?tokenId ; aigb:tokenHash ?tokenHash ; aigb:tokenHolder ?organisation ;
        dcterms:created ?now .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:add-token ; prov:endedAtTime ?now ;
        aigb:commandLineUser ?user ; prov:used ?organisation ; prov:generated ?token .
  }
}
WHERE {
  VALUES (?registryId ?token ?tokenId ?tokenHash ?activity ?user ?now) { (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF) }
  GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation a aigb:RegisteredOrganisation ; aigb:registryId ?registryId }
}
