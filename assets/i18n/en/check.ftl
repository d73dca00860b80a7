# Findings of `farol questionnaire check`, for the legal team that writes and maintains a
# questionnaire (a RON file). Every finding is located by file, line and column ($at).
# Words in `backticks` are the file's own field names and values (help, cite, when,
# languages, Raise, Measure, Floor, Rows…): keep them as they are, untranslated.
# $owner is a described owner (check-owner-…), e.g. "question 'q1'".

## A finding as a line, and its hint on the next line
check-line-error = { $at }: error: { $message }
check-line-warning = { $at }: warning: { $message }
check-line-hint = {"  "}hint: { $hint }

## What a finding is about
check-owner-question = question '{ $id }'
check-owner-section = section '{ $id }'
check-owner-category = category '{ $id }'
check-owner-rule = rule '{ $id }'
check-owner-obligation = obligation '{ $id }'
check-owner-action = action '{ $id }'
check-owner-transfers = transfers
check-owner-screening = screening
check-owner-filing = filing
check-owner-screening-criterion = screening criterion '{ $id }'
check-owner-filing-trigger = filing trigger '{ $id }'
check-owner-notification-item = notification item '{ $id }'

## The header
check-no-id = the questionnaire has no id
check-no-id-hint = give it a short stable id, e.g. "macau-pdpa"
check-no-version = the questionnaire has no version
check-no-version-hint = set a version such as "1.0.0" and raise it on every change
check-no-english = English ("en") is missing from `languages`
check-no-english-hint = English is the base language every text must have
check-no-categories = no data categories are declared
check-no-categories-hint = declare at least one category, e.g. biometric, health, location
check-matrix-shape = the risk matrix must have 4 rows (severity) of 4 levels (likelihood)
check-matrix-shape-hint = write one row per severity level, Negligible to Maximum, each with 4 entries
check-matrix-decreases = the risk matrix goes down as severity or likelihood goes up (row { $row }, column { $column })
check-matrix-decreases-hint = each row and each column must never decrease from Negligible to Maximum

## Ids and texts
# $kind is what the id names: section, question, category, rule, obligation, action.
check-empty-id = { $kind ->
    [action] an action has an empty id
    [obligation] an obligation has an empty id
   *[other] a { $kind } has an empty id
}
check-empty-id-hint = give it a unique id
check-duplicate-id = duplicate { $kind } id '{ $id }'
check-duplicate-id-first-at = duplicate { $kind } id '{ $id }' (first at line { $line })
check-duplicate-id-hint = every { $kind } needs its own id: rename one of them
# $kind is "choice" or "column".
check-duplicate-in-question = { $owner } has two { $kind }s with id '{ $id }'
check-duplicate-in-question-hint = give each { $kind } its own id
# $field is the name of the text in the file (prompt, help, example, label, because, title, text, name).
check-no-english-text = { $owner } has no English `{ $field }`
check-no-english-text-hint = write the text in English; other languages are optional extras
# $language is a language tag declared in `languages` (zh-Hant, pt…).
check-missing-translation = { $owner } has no '{ $language }' translation of `{ $field }`
check-missing-translation-hint = add "{ $language }": "…" to the text, or remove '{ $language }' from `languages`

## Categories, sections and questions
check-sensitive-no-reason = { $owner } is sensitive but does not say why
check-sensitive-no-reason-hint = fill in `because` in plain language
check-sensitive-unverified = { $owner } cites only unverified articles for its sensitivity
check-sensitive-unverified-hint = cite a verified article, or none
check-section-empty = section '{ $id }' has no questions
check-section-empty-hint = add questions or remove the section
check-no-choices = { $owner } offers no choices
check-no-choices-hint = list the choices, or use another answer kind
check-min-above-max = { $owner }: min { $min } is above max { $max }
check-min-above-max-hint = swap them
check-no-columns = { $owner } has no columns
check-no-columns-hint = declare the columns of each row
check-risk-no-help = { $owner } affects the risk model but has no help text
check-risk-no-help-hint = add `help`: why this matters, in plain language for someone who is not a lawyer
check-risk-no-cite = { $owner } affects the risk model but cites nothing
check-risk-unverified-cite = { $owner } affects the risk model but cites only unverified sources
check-risk-cite-hint = add a `cite` entry at level verified or confirmed: an unverified citation never moves a score
check-risk-no-example = { $owner } affects the risk model but has no example
check-risk-no-example-hint = add a concrete `example`

## Citations, rules and obligations
check-no-verified-cite = { $owner } cites no verified or confirmed article
check-rule-cite-hint = add a `cite` entry for the article that justifies the rule, at level verified or confirmed: an unverified citation never moves a score
check-obligation-cite-hint = an obligation must name the article that imposes it, at level verified or confirmed: an unverified citation never justifies a duty
check-citation-both = the citation of { $citation } says both `verified: false` and `level: { $level }`
check-citation-both-hint = keep `level` alone: verified, confirmed or unverified
check-evidence-is-choice = { $owner }: evidence '{ $question }' is a choice, not evidence of an act
check-evidence-is-choice-hint = name a Date, Text or Number question: the filing date, the DSPDP's reference, the authorisation number
check-met-by-opinion = { $owner } can be met by answers that state an opinion alone
check-met-by-opinion-hint = add `evidence: ["…"]` naming the Date, Text or Number questions that prove the act (a date, a reference, a number)
check-no-needs = { $owner } does not say what evidence would meet it
check-no-needs-hint = fill in `needs`, e.g. "the filing date and the DSPDP's reference"
check-belief-no-confirm = { $owner }: a belief must say what a lawyer should confirm
check-belief-no-confirm-hint = fill in the belief's `confirm`

## References
check-did-you-mean = did you mean '{ $id }'?
check-use-one-of = use one of: { $ids }
check-unknown-question = { $owner } refers to unknown question '{ $id }'
check-unknown-question-hint = name a question declared in this file
check-unknown-category = { $owner } refers to unknown category '{ $id }'
check-unknown-category-hint = name a category declared under `categories`
check-unknown-choice = { $owner } refers to unknown choice '{ $choice }' of question '{ $question }'
check-choice-of-choiceless = { $owner } tests question '{ $question }' for a choice, but it has no choices
check-choice-of-choiceless-hint = use Answered, AtLeast or Below for questions without choices
check-not-rows = { $owner }: '{ $question }' is not a rows question
check-not-rows-anyrow-hint = AnyRow and Rows targets need a question of kind Rows
check-not-rows-hint = name a question of kind Rows
check-not-rows-target-hint = a Rows target needs a question of kind Rows
check-no-such-column = { $owner }: '{ $question }' has no column '{ $column }'
check-free-text-column = { $owner }: column '{ $column }' is free text and cannot be tested for choices
check-free-text-column-hint = test a column with choices
check-column-no-choice = { $owner }: column '{ $column }' has no choice '{ $choice }'
check-not-number = { $owner }: '{ $question }' is not a number question
check-not-number-hint = AtLeast and Below compare number answers
# $part is the part of the file: transfers, screening or filing.
check-derived-undeclared = { $owner } tests the { $part }, but the questionnaire declares no `{ $part }`
check-derived-undeclared-hint = declare `{ $part }: …` (see FORMAT.md) or drop the test

## Effects
check-rule-effect-when = { $owner }: a rule's effect takes no `when` list
check-rule-effect-when-hint = put the condition in the rule's own `when`
check-effect-unknown-choice = { $owner }: effect names unknown choice '{ $choice }'
check-effect-when-no-choices = { $owner }: `when` lists choices but the question has none
check-effect-when-no-choices-hint = leave `when` empty: the effect then applies to any answer
check-raise-lowers = { $owner }: a Raise cannot lower a figure
check-raise-lowers-hint = use a Measure to lower residual risk
check-raise-inert = { $owner }: a Raise that moves nothing
check-set-severity-or-likelihood = set `severity` or `likelihood`
check-measure-raises-figure = { $owner }: a Measure cannot raise a figure
check-measure-raises-figure-hint = write the reduction as a negative number, e.g. -0.5
check-measure-moves-nothing = { $owner }: a Measure that moves nothing
check-floor-inert = { $owner }: a Floor that sets nothing
check-column-not-categories = { $owner }: column '{ $column }' does not hold data categories
check-column-not-categories-hint = name a column of kind Categories

## Transfers, screening, filing, notification
check-transfers-no-choice = transfers: column '{ $column }' has no choice '{ $choice }'
check-transfers-requirement-loops = transfers: a requirement cannot itself test transfers
check-transfers-requirement-loops-hint = test the answers that prove the basis (a consent record, a date), not Transfer(…)
check-transfers-in-force-unproven = transfers: a basis can be in force without evidence
check-transfers-in-force-unproven-hint = every `in_force` alternative needs a Filled("…") test on the column holding the date or reference of the DSPDP's act
check-screening-likely-at = screening: likely_at must be at least 1
check-screening-likely-at-hint = WP248 counts two or more criteria as likely needing an assessment
check-declared-twice = { $owner } is declared twice
check-no-title = { $owner } has no title
check-filing-notify-cite = filing: the reason to notify cites no verified or confirmed article
check-filing-notify-cite-hint = cite Law 8/2005, Art 21
check-flows-undeclared = { $owner } tests data flows, but the questionnaire declares no `transfers`
check-flows-undeclared-hint = declare `transfers` or drop the test
check-authorise-cite-hint = an authorisation may only be required on a verified or confirmed citation
check-notification-no-missing = { $owner } does not say what to answer to fill it
check-notification-no-missing-hint = fill in `missing`

## Order of questions
check-cycle = display conditions form a cycle: { $path }
check-cycle-hint = a question may only depend on questions asked before it; break the loop
check-forward = question '{ $id }' is shown depending on '{ $later }', which is asked later
check-forward-hint = move '{ $later }' before '{ $id }', or change the condition
check-section-scope-later = section '{ $section }' depends on category '{ $category }', whose scope is decided by '{ $question }', asked inside or after it
check-section-scope-later-hint = put the questions that decide the category before this section
check-never-shown = question '{ $id }' can never be shown: its condition (with its section's, and those of the questions it depends on) can never hold
check-never-shown-hint = check for a choice that is required and excluded at once, or a dependency on a question that is never shown

## Protective measures
# $why is one of check-measure-mixed … check-measure-decides-scope; $measure a question id.
check-measure-worse = { $owner }: a protective measure could make risk worse: { $why }
check-measure-worse-hint = keep measure questions (those with Measure effects) apart from what raises figures; phrase measures so that 'yes' means protected
check-measure-mixed = it mixes Measure effects with Raise or Floor effects
check-measure-decides-display = it raises figures, but whether it is shown depends on the measure question '{ $measure }'
check-measure-decides-rows = its effect targets rows whose display depends on the measure question '{ $measure }'
check-measure-negated = it lowers figures only when the measure question '{ $measure }' is NOT answered a certain way
check-measure-raises = it raises figures depending on the measure question '{ $measure }'
check-measure-decides-scope = whether it is in scope depends on the measure question '{ $measure }'
check-measure-inert = { $owner }: a protective measure that can never move any figure
check-measure-inert-hint = every category it reaches starts at its floor on that axis and nothing raises it: move the measure to the other axis, widen its target, or lower the floor (see `scoring: Scoring(sensitive_residual: …)`)
# $field is the field the text is the value of (e.g. help), $near the id declared last before it.
check-text-missing-language = the text of `{ $field }` (near '{ $near }') has no '{ $language }' translation
check-instrument-twice = instrument '{ $name }' is listed twice
check-instrument-twice-hint = keep one entry per instrument in `instruments`
check-instrument-unlisted = citations name '{ $name }', which `instruments` does not list
check-instrument-unlisted-hint = add it to `instruments` with its title in each language, so it is cited in local style
