# ja: 版を公開する：公開日時と公開文書（公開グラフに入る連結データ）を版に付け、登録簿の公開の世代を一つ進めて版に記す。既に公開中なら何もしない。各サーバは世代を見て公開グラフの写しを更新する。
# en: Publishes a version: gives it its publication time and its public document (the linked data that goes into the public graph), advances the registry's publication generation by one and records it on the version. Does nothing if the version is already published. Every server compares the generation with its copy of the public graph to update it.
# row: the server reads back whether the version carries ?now as its publication time afterwards.
PREFIX aigb:   <https://w3id.org/aigb/ontology#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX regact: <https://w3id.org/aigb/id/registry-activity/>

DELETE {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent . ?organisation aigb:listGeneration ?listStamp .
    <https://w3id.org/aigb/graph/registry> aigb:publicationGeneration ?current .
    ?record aigb:publicationGeneration ?recordGeneration .
  }
}
INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listNext . ?organisation aigb:listGeneration ?listNext .
    <https://w3id.org/aigb/graph/registry> aigb:publicationGeneration ?next .
    ?record aigb:publishedAt ?now ; aigb:publicDocument ?document ; aigb:publicationGeneration ?next .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:publish ; prov:endedAtTime ?now ;
        prov:wasAssociatedWith ?organisation ; aigb:viaToken ?token ; prov:used ?record .
  }
}
WHERE {
  VALUES (?registryId ?version ?document ?token ?activity ?now) { (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF) }
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?organisation aigb:registryId ?registryId .
    ?record aigb:submittedBy ?organisation ; aigb:versionNumber ?version .
    FILTER NOT EXISTS { ?record aigb:publishedAt ?already }
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
