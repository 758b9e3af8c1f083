# ja: 審査者を登録し、そのトークンを発行する（コマンド registry add-reviewer）。
# en: Registers a reviewer and issues their token (command registry add-reviewer).
# row: —
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?reviewer a aigb:Reviewer ; skos:prefLabel ?name ; dcterms:created ?now .
    ?token a aigb:AccessToken ; aigb:tokenId ?tokenId ; aigb:tokenHash ?tokenHash ; aigb:tokenHolder ?reviewer ;
        dcterms:created ?now .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:add-reviewer ; prov:endedAtTime ?now ;
        aigb:commandLineUser ?user ; prov:generated ?reviewer , ?token .
  }
}
WHERE {
  VALUES (?reviewer ?name ?token ?tokenId ?tokenHash ?activity ?user ?now) { (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF) }
}
