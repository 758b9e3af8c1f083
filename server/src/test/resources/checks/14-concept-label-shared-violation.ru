# The activity "Fine-tuning" is relabelled with the label of the activity "Post-training", in another case.
# expect: activity:fine-tuning
# expect: activity:post-training
DELETE DATA { activity:fine-tuning rdfs:label "Fine-tuning"@en } ;
INSERT DATA { activity:fine-tuning rdfs:label "post-training"@en }
