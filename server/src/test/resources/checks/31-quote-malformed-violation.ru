# The quotes of one action target lose their Japanese locators, those of another name no slide, one quote
# of a third is retagged @en; a risk gets a quote of 201 characters from another source.
# expect: target:3-1-1 "no Japanese aigb:locator"
# expect: target:3-1 "no Japanese aigb:locator"
# expect: target:3-2 "not tagged @ja"
# expect: risk:hallucination "not 1 to 200 characters"
# expect: risk:hallucination "edition:fy2025-update"
DELETE { ?q aigb:locator ?l } WHERE { target:3-1-1 aigb:sourceQuote ?q . ?q aigb:locator ?l FILTER (LANG(?l) = "ja") } ;
DELETE { ?q aigb:locator ?l } INSERT { ?q aigb:locator "論点7「その他」"@ja }
WHERE { target:3-1 aigb:sourceQuote ?q . ?q aigb:locator ?l FILTER (LANG(?l) = "ja") } ;
DELETE { ?q aigb:quotation ?t } INSERT { ?q aigb:quotation ?en }
WHERE { { SELECT ?q WHERE { target:3-2 aigb:sourceQuote ?q } LIMIT 1 } ?q aigb:quotation ?t BIND (STRLANG(STR(?t), "en") AS ?en) } ;
INSERT { risk:hallucination aigb:sourceQuote [ aigb:quotation ?long ; aigb:locator "論点1／スライド：リスク"@ja ; dcterms:source edition:v1.1 ] }
WHERE {
  BIND ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコ" AS ?fifty)
  BIND (STRLANG(CONCAT(?fifty, ?fifty, ?fifty, ?fifty, "。"), "ja") AS ?long)
}
