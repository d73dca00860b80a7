# The risk model's explanation of each figure: how it started, what moved it, why.
# These read in the risk screen, `farol score` and the report.

# A move of a figure. $sign is + or −, $amount is ½, 1, 1½…; $unit is "one" up to one
# level, "other" above.
risk-steps = { $sign }{ $amount } { $unit ->
    [one] level
   *[other] levels
}
risk-start-change = starts at { $level }
risk-start-severity = Starting point for { $category }: the harm people usually suffer if this kind of data is misused.
risk-start-likelihood = Starting point for { $category }: how likely misuse usually is, before the answers move it.
risk-cap-change = capped at Maximum
risk-cap-because = Maximum is the top of the scale.
risk-residual-start-change = starts at the inherent figure, { $level }
risk-residual-start-because = Residual risk is the inherent risk less the measures in place.
risk-hold-change = held at Negligible
risk-hold-because = Negligible is the bottom of the scale.
risk-damp-half = Beyond the { $n } largest, further raises count half: many small aggravating factors do not add up to the worst case on their own.
risk-damp-cap = Raises add at most { $amount } on one axis; only a floor — a serious combination such as an unlawful transfer — lifts a figure further.
risk-floor = never below { $floor }
risk-floor-held = never below { $floor } (already there or above)

## What changed, as the assessor answers
risk-not-processed = not processed
risk-now-processed = this data is now processed
risk-no-longer-processed = this data is no longer processed
risk-no-longer = no longer: { $reason }
risk-change = { $name }: { $from } → { $to }
risk-change-because = { $name }: { $from } → { $to } — { $because }
