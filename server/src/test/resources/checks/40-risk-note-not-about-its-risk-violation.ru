# A note CL-07 adds to the attacks on AI systems is said to be about another risk only.
# expect: risknote:attacks-natural-language-input
DELETE DATA { risknote:attacks-natural-language-input aigb:aboutRisk risk:attacks-on-ai-systems } ;
INSERT DATA { risknote:attacks-natural-language-input aigb:aboutRisk risk:hallucination }
