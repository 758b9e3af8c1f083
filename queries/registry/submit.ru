# ja: 受け付けたプロファイルを、組織の次の版として保存する。版番号は、この更新の中で「最新の版の番号＋1」として決め、その番号の版が既にあれば何も書かない。一つのSPARQL Update要求は一つのトランザクションで実行されるため、複数のサーバが同時に受け付けても同じ組織に同じ番号の版が二つできることはない。同じ冪等キーの版が既にある場合、及びプロファイルの組織のIRIを別の登録組織が用いている場合も何も書かない。版と監査記録は一度に書かれ、途中までの版が見えることはない。
# en: Stores an accepted profile as the organisation's next version. The version number is decided inside this update as "the latest version's number + 1", and nothing is written if a version with that number exists: one SPARQL Update request runs as one transaction, so replicas accepting versions of one organisation at the same time never produce two versions with the same number. Nothing is written either if a version with the same idempotency key exists, or if another registered organisation's profiles describe the profile's organisation IRI. The version and its audit record are written together: a half-written version is never visible.
# row: the server reads back the number ?record got (or finds it absent, and then why).
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

DELETE {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?organisation aigb:latestSubmission ?previous .
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent . ?organisation aigb:listGeneration ?listStamp .
  }
}
INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listNext . ?organisation aigb:listGeneration ?listNext .
    ?organisation aigb:latestSubmission ?record .
    ?record a aigb:Submission ; aigb:submittedBy ?organisation ; aigb:versionNumber ?version ;
        prov:wasRevisionOf ?previous ;
        prov:generatedAtTime ?received ; aigb:sha256 ?sha256 ; aigb:byteSize ?byteSize ; dcterms:format ?mediaType ;
        aigb:guidelineEdition ?edition ; aigb:describesOrganisation ?profileOrganisation ; aigb:derivation ?derivation ;
        aigb:idempotencyKey ?idempotencyKey ;
        aigb:profileBytes ?profileBytes ; aigb:versionGraphs ?versionGraphs ; aigb:validationSummary ?validationSummary ;
        aigb:warningCount ?warningCount .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:submit ; prov:endedAtTime ?received ;
        prov:wasAssociatedWith ?organisation ; aigb:viaToken ?token ; prov:generated ?record .
  }
}
WHERE {
  VALUES (?registryId ?token ?record ?activity ?received ?sha256 ?byteSize ?mediaType ?edition ?profileOrganisation
          ?derivation ?idempotencyKey ?profileBytes ?versionGraphs ?validationSummary ?warningCount) {
    (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF)
  }
  GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation a aigb:RegisteredOrganisation ; aigb:registryId ?registryId }
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation aigb:latestSubmission ?previous . ?previous aigb:versionNumber ?last } }
  BIND (COALESCE(?last, 0) + 1 AS ?version)
  # (the conditions stay in this group, beside the parameters: a FILTER inside a GRAPH block would
  # not see them, since SPARQL evaluates each group before joining it)
  # a token revoked since the request was authenticated writes nothing
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?token aigb:revokedAt ?revoked } }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?taken aigb:submittedBy ?organisation ; aigb:versionNumber ?version } }
  FILTER (!BOUND(?idempotencyKey)
          || NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?same aigb:submittedBy ?organisation ; aigb:idempotencyKey ?idempotencyKey } })
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> {
                        ?other aigb:describesOrganisation ?profileOrganisation ; aigb:submittedBy ?otherOrganisation }
                      FILTER (?otherOrganisation != ?organisation) }
  # the reviewers' list: the registry's list generation advances, and the organisation's row is stamped with it
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent } }
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation aigb:listGeneration ?listStamp } }
  BIND (COALESCE(?listCurrent, 0) + 1 AS ?listNext)
}
