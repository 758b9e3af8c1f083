# ja: アクセストークンを失効させる（コマンド registry revoke）。無いトークン又は失効済みのトークンには何もしない。
# en: Revokes an access token (command registry revoke); does nothing for an unknown or already revoked token.
# row: the server reads back whether the token carries ?now as its revocation time afterwards.
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> { ?token aigb:revokedAt ?now }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:revoke ; prov:endedAtTime ?now ;
        aigb:commandLineUser ?user ; prov:used ?token .
  }
}
WHERE {
  VALUES (?tokenId ?activity ?user ?now) { (UNDEF UNDEF UNDEF UNDEF) }
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?token a aigb:AccessToken ; aigb:tokenId ?tokenId .
    FILTER NOT EXISTS { ?token aigb:revokedAt ?earlier }
  }
}
