# ja: 版の公開を取り下げる：公開日時と公開文書を外し、公開の世代を一つ進めて版に記す。公開中でなければ何もしない。
# en: Withdraws a version's publication: removes its publication time and public document, advances the publication generation by one and records it on the version. Does nothing if the version is not published.
# row: the server reads back whether the version is still published afterwards.
PREFIX aigb:   <https://w3id.org/aigb/ontology#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX regact: <https://w3id.org/aigb/id/registry-activity/>

DELETE {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent . ?organisation aigb:listGeneration ?listStamp .
    <https://w3id.org/aigb/graph/registry> aigb:publicationGeneration ?current .
    ?record aigb:publishedAt ?publishedAt ; aigb:publicDocument ?document ; aigb:publicationGeneration ?recordGeneration .
  }
}
INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listNext . ?organisation aigb:listGeneration ?listNext .
    <https://w3id.org/aigb/graph/registry> aigb:publicationGeneration ?next .
    ?record aigb:publicationGeneration ?next .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:withdraw ; prov:endedAtTime ?now ;
        prov:wasAssociatedWith ?organisation ; aigb:viaToken ?token ; prov:used ?record .
  }
}
WHERE {
  VALUES (?registryId ?version ?token ?activity ?now) { (UNDEF UNDEF UNDEF UNDEF UNDEF) }
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?organisation aigb:registryId ?registryId .
    ?record aigb:submittedBy ?organisation ; aigb:versionNumber ?version ; aigb:publishedAt ?publishedAt ; aigb:publicDocument ?document .
    OPTIONAL { ?record aigb:publicationGeneration ?recordGeneration }
    OPTIONAL { <https://w3id.org/aigb/graph/registry> aigb:publicationGeneration ?current }
    BIND (COALESCE(?current, 0) + 1 AS ?next)
  }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?token aigb:revokedAt ?revoked } }
  # the reviewers' list: the registry's list generation advances, and the organisation's row is stamped with it
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent } }
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation aigb:listGeneration ?listStamp } }
  BIND (COALESCE(?listCurrent, 0) + 1 AS ?listNext)
}
