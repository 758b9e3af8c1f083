# A Verified resource gets a downgrade reason; another reason becomes two lines.
# expect: target:3-1-1 "Verified, but gives"
# expect: risk:biased-output "not one English (@en) line"
INSERT DATA { target:3-1-1 aigb:downgradeReason "Quoted, yet said to be downgraded."@en } ;
DELETE { risk:biased-output aigb:downgradeReason ?w } INSERT { risk:biased-output aigb:downgradeReason ?two }
WHERE { risk:biased-output aigb:downgradeReason ?w BIND (STRLANG(CONCAT(STR(?w), "\nA second line."), "en") AS ?two) }
