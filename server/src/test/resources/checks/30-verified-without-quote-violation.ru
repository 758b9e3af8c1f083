# A Verified action target loses its quotes; a new resource says it is Verified and quotes nothing.
# expect: target:3-1-1
# expect: risk:fixture-risk
DELETE WHERE { target:3-1-1 aigb:sourceQuote ?q } ;
INSERT DATA { risk:fixture-risk aigb:confidence aigb:Verified }
