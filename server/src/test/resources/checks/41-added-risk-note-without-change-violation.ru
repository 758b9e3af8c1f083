# The change record that adds a risk note no longer names it.
# expect: risknote:financial-loss-victim-side
DELETE DATA { change:CL-32 aigb:newState risknote:financial-loss-victim-side }
