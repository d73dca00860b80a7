# Words every face of Farol shares: the language's own name, the risk scale, the states of
# duties and transfers, the notify-or-authorise decision, the screening verdict.
# One message per meaning; the faces (tui.ftl, cli.ftl, report.ftl…) use these by id.

language-name = English
# Shown once, on standard error or the status line, when some texts fall back.
fallback-notice = { $n ->
    [one] 1 text is not yet translated into { $language } and is shown in English.
   *[other] { $n } texts are not yet translated into { $language } and are shown in English.
}
error-unknown-language = { $from } names '{ $given }', a language Farol does not have. Available: { $available }.

count-revisions = { $n ->
    [one] { $n } revision
   *[other] { $n } revisions
}

## The risk scale
level-low = Low
level-medium = Medium
level-high = High
level-very-high = Very high
scale-negligible = Negligible
scale-limited = Limited
scale-significant = Significant
scale-maximum = Maximum
level-none = none

## Duties
duty-met = met
duty-awaiting = awaiting the DSPDP
duty-believed = believed not to apply
duty-open = open

## Transfers outside Macau
transfer-inside = stays in Macau
transfer-in-force = basis in force
transfer-applied = applied for, awaiting the DSPDP
transfer-claimed = basis claimed, NOT in force
transfer-none = NO legal basis

## Notify or apply for authorisation
procedure-notify = NOTIFY the DSPDP (Art 21)
procedure-authorise = APPLY FOR AUTHORISATION before starting (Art 22, Art 20(2))

## Screening verdict
verdict-needed = a full assessment is needed
verdict-likely-needed = a full assessment is likely needed
verdict-may-be-needed = a full assessment may be needed
verdict-not-needed = a full assessment is not needed
verdict-incomplete = not yet decided: the screening is not complete

## Citation levels (macau-law.md)
cite-confirmed = confirmed through the regulator
cite-unverified = unverified

## Answers
answer-not-sure = Not sure
answer-yes = Yes
answer-no = No
answer-none = None
answer-rows = { $n ->
    [0] No rows
    [one] 1 row
   *[other] { $n } rows
}

## A figure's place on the scale, and how far above the next level down it is
# $levels is a move without its sign ("½ level", "1½ levels").
steps-count = { $n ->
    [one] { $n } step ({ $levels })
   *[other] { $n } steps ({ $levels })
}
figure-between = between { $below } and { $above } (counted as { $level })
