# A mapping triple written by hand, without a row of a mapping set.
# expect: item:D-2-i
INSERT DATA { item:D-2-i skos:closeMatch <https://w3id.org/dpv/ai#AIDevelopment> }
