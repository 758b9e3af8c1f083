# A second Japanese label on a class.
# expect: aigb:ActorItem
INSERT DATA { aigb:ActorItem rdfs:label "主体別事項"@ja }
