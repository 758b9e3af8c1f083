# ja: 版の要約（queries/registry/version-summary.rq の結果）を版の記録に加える。submit.ru と同じ要求の中で実行され、版が書かれた場合だけ書く。
# en: Adds a version's summary (the result of queries/registry/version-summary.rq) to its record; runs in the same request as submit.ru, and writes only if the version was written.
# row: —
PREFIX aigb: <https://w3id.org/aigb/ontology#>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry> { ?record ?summaryProperty ?value }
}
WHERE {
  VALUES (?record ?summaryProperty ?value) { (UNDEF UNDEF UNDEF) }
  FILTER (?summaryProperty IN (aigb:summaryRole, aigb:summaryAIType, aigb:summaryApplicationArea, aigb:gapCount))
  GRAPH <https://w3id.org/aigb/graph/registry> { ?record a aigb:Submission }
}
