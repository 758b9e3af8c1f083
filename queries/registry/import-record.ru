# ja: 取込みを監査記録に残す（registry import）。
# en: Records an import in the audit trail (registry import).
# row: —
PREFIX aigb:   <https://w3id.org/aigb/ontology#>
PREFIX prov:   <http://www.w3.org/ns/prov#>
PREFIX regact: <https://w3id.org/aigb/id/registry-activity/>

INSERT {
  GRAPH <https://w3id.org/aigb/graph/registry-audit> {
    ?activity a aigb:RegistryActivity ; aigb:activityKind regact:import ; prov:endedAtTime ?now ; aigb:commandLineUser ?user .
  }
}
WHERE {
  VALUES (?activity ?user ?now) { (UNDEF UNDEF UNDEF) }
}
