# ja: 審査者が版に注記（受理又は要修正と所見）を付ける。版が無ければ何もしない。
# en: A reviewer annotates a version (accepted or needs changes, with a comment); does nothing if there is no such version.
# row: the server reads back whether ?annotation exists afterwards.
PREFIX aigb:    <https://w3id.org/aigb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX regact:  <https://w3id.org/aigb/id/registry-activity/>

DELETE {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent . ?organisation aigb:listGeneration ?listStamp .
  }
}
INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> {
    <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listNext . ?organisation aigb:listGeneration ?listNext .
    ?annotation a aigb:ReviewAnnotation ; aigb:annotates ?record ; aigb:reviewStatus ?status ;
        aigb:reviewComment ?comment ; dcterms:creator ?reviewer ; dcterms:created ?now .
  }
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:annotate ; prov:endedAtTime ?now ;
        prov:wasAssociatedWith ?reviewer ; aigb:viaToken ?token ; prov:used ?record ; prov:generated ?annotation .
  }
}
WHERE {
  VALUES (?registryId ?version ?annotation ?status ?comment ?reviewer ?token ?activity ?now) {
    (UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF UNDEF)
  }
  GRAPH <https://w3id.org/aigb/graph/registry> {
    ?organisation aigb:registryId ?registryId .
    ?record aigb:submittedBy ?organisation ; aigb:versionNumber ?version .
  }
  FILTER NOT EXISTS { GRAPH <https://w3id.org/aigb/graph/registry> { ?token aigb:revokedAt ?revoked } }
  # the reviewers' list: the registry's list generation advances, and the organisation's row is stamped with it
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { <https://w3id.org/aigb/graph/registry> aigb:listGeneration ?listCurrent } }
  OPTIONAL { GRAPH <https://w3id.org/aigb/graph/registry> { ?organisation aigb:listGeneration ?listStamp } }
  BIND (COALESCE(?listCurrent, 0) + 1 AS ?listNext)
}
