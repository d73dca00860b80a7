# The DSPDP filing pack (`farol filing`): the content of a notification (Art 21) or an
# authorisation request (Art 22, Art 20(2)) under Art 23 (a)–(j), laid out item by item to
# copy into the DSPDP's form. `backticks` hold question ids, kept as they are.

## Shared pieces
# Between the items of a list ("Employees, Customers").
filing-sep = {"; "}
# Between citations.
filing-cite-sep = {"; "}
# An item of Art 23 by its letter; $n is the letter (en), the numeral elsewhere.
filing-item-mark = ({ $n })
filing-item-heading = Art 23({ $n }): { $title }
filing-field = { $label }: { $value }
filing-row = { $n }.
filing-question-answer = { $question } Answer: { $answer }
filing-reason = Why: { $because } ({ $cites })
filing-item-cite = Law: { $cites }

## The head of the pack
filing-title = DSPDP filing pack: { $title }
filing-assessment = Assessment: { $id }
filing-signed = Made from signed revision { $revision }, signed by { $signer } on { $at }.
filing-sha256 = SHA-256 of the signed revision file: { $sha256 }
filing-not-signed = NOT SIGNED: a preview made from the draft. Sign the assessment (`farol sign`) and make the pack from the signed revision before filing.
filing-not-signed-mark = [NOT SIGNED: draft preview]
filing-questionnaire = Questionnaire: { $id } { $version }
filing-forms-summary = Forms, one per purpose: { $n } (authorisation requests: { $authorise }; notifications: { $notify }).
filing-complete = Complete: every item of Article 23 is filled from the answers.
filing-incomplete = { $n ->
    [one] INCOMPLETE: 1 gap to fill before filing (listed under its item and at the end).
   *[other] INCOMPLETE: { $n } gaps to fill before filing (listed under each item and at the end).
}
filing-incomplete-mark = [INCOMPLETE: see the gaps]
filing-how-to = File in Chinese or Portuguese, one form for each purpose below. Purposes that need an authorisation are filed on the DSPDP's authorisation request form before the processing starts; the others are notified within 8 days of starting. Copy each item into the form; check every entry before filing.

## A form
filing-form-heading = Form { $n } of { $total }: { $purpose }
filing-decision-notify = Decision: NOTIFICATION to the DSPDP (Art 21)
filing-decision-authorise = Decision: AUTHORISATION REQUEST to the DSPDP before starting (Art 22, Art 20(2))

## Gaps
filing-gap-line = ! { $text }
filing-gap-missing = { $mark } { $missing }
filing-gap-answer = { $mark } “{ $what }” is not given: answer `{ $question }`
filing-gap-answer-first = { $mark } “{ $what }” is not given: answer `{ $first }`, then `{ $question }`
filing-gap-purpose-cell = { $mark } “{ $what }” is not given for “{ $purpose }”: answer `{ $question }`
filing-gap-row-cell = { $mark } “{ $what }” is not given for row { $row } (“{ $name }”): answer `{ $question }`
filing-gap-no-purposes = { $mark } No purpose is listed: answer `{ $question }`
filing-gap-no-rows = { $mark } Nothing in `{ $question }` concerns “{ $purpose }”: answer `{ $question }`
filing-gaps-heading = { $n ->
    [one] 1 gap to fill before filing
   *[other] { $n } gaps to fill before filing
}
filing-gaps-none = No gaps: every item is filled.

## Transfers
filing-transfers-heading = Transfers outside Macau filed on their own
filing-transfers-none = No transfer rests on consent or a listed necessity (Art 20(1)) or on the GBA standard contract. Transfers that need the DSPDP's authorisation are in the forms above, under item (i).
filing-transfer-notified = Transfer notification (Art 20(1)), flow { $row }: { $name }
filing-transfer-gba = GBA standard contract (Mainland, Macao), flow { $row }: { $name }
filing-transfer-gba-draft = DRAFT to confirm with the DSPDP: whether the GBA standard contract meets Articles 19 and 20 for this transfer is for the DSPDP to confirm. These are the facts its filing asks for: the parties, the data, the purposes and the points of the simplified personal information protection impact assessment.
filing-transfer-state = Basis: { $state }
filing-transfer-purposes = Purposes it serves: { $purposes }
filing-translation-note = Farol's own words in this pack are Farol's translation; the authentic texts of Law 8/2005 are the Chinese and Portuguese ones.

## The command
filing-bad-revision = '{ $given }' is not a revision: give a number, `latest` or `draft`
filing-cannot = cannot make the filing pack of '{ $id }'
filing-refused = Revision { $revision } of '{ $id }' does not verify: it is not used for a filing.
filing-refused-hint = Check it with `farol verify { $id }`; a revision changed after signing cannot be filed.
filing-draft-changed = note: the draft of '{ $id }' has changed since revision { $revision }, which this pack is made from: sign it (`farol sign { $id }`) to file the changes, or preview them with `--revision draft`
filing-wrote = Wrote the filing pack of '{ $id }' to { $path }.

## `farol questionnaire check`: the mapping of Art 23
filing-check-item-absent = `notification` has no item '{ $item }': Article 23 lists items (a) to (j)
filing-check-item-absent-hint = add Item(id: "{ $item }", …) with its title, `complete`, `missing` and `fill`
filing-check-item-unknown = { $owner } is not one of Article 23's items (a) to (j)
filing-check-item-unknown-hint = use a letter from a to j as its id
filing-check-unmapped = { $owner } says nothing about what fills it
filing-check-unmapped-hint = add `fill: [...]`: Answer(question: …), Answers(questions: [...]) or Rows(question: …, columns: [...])
filing-check-no-questions = { $owner }: an Answers source lists no question
filing-check-no-columns = { $owner }: a Rows source shows no column
filing-check-no-columns-hint = name the columns to show in `columns`
filing-check-required-hidden = { $owner }: required column '{ $column }' is not among the columns shown
filing-check-required-hidden-hint = add it to `columns`, so that what is required is also shown
filing-check-own-not-purposes = { $owner }: `purpose: Own` needs the purposes question, not '{ $question }'
filing-check-own-not-purposes-hint = use it with the question `filing.purposes` names, or use Carries("column")
filing-cli-about = The DSPDP filing pack: the decision and the content of Article 23 for each purpose, as text to copy into the DSPDP's form, or as a PDF
filing-cli-arg-id = The assessment's id (see `farol list`)
filing-cli-arg-revision = What to file: a revision number, `latest`, or `draft` (marked not signed). Default: the latest signed revision, or the draft when nothing is signed yet
filing-cli-arg-output = Where to write the pack; `-` for standard output (the default). A FILE ending in `.pdf` gets the pack as a PDF, in the language of `--lang`: file it in Chinese (`zh-Hant`) or Portuguese (`pt`); in English it is marked as a working copy

## The pack as a PDF (`farol filing ID -o FILE.pdf`)
filing-pdf-banner = DSPDP FILING PACK
filing-pdf-header-left = DSPDP filing pack · { $id }
# The header of a signed pack: the revision and the start of its file's SHA-256.
filing-pdf-header-signed = Revision { $n } · SHA-256 { $sha }…
filing-pdf-not-signed-mark = NOT SIGNED — draft preview
filing-pdf-incomplete-mark = { $n ->
    [one] INCOMPLETE — 1 gap to fill before filing
   *[other] INCOMPLETE — { $n } gaps to fill before filing
}
# On every page of a pack in English.
filing-pdf-working-copy = WORKING COPY — file in Chinese or Portuguese
filing-pdf-working-copy-box = WORKING COPY in English: the DSPDP takes filings in Chinese or Portuguese. Make the pack to file with `--lang zh-Hant` or `--lang pt`.
filing-pdf-signed-box = Made from a signed revision of the assessment, named below with its SHA-256.
filing-pdf-controller = The controller and its representative
filing-pdf-controller-none = The questionnaire names no item (a): see the forms.
filing-pdf-what = What this pack is made from
filing-pdf-label-assessment = Assessment
filing-pdf-label-questionnaire = Questionnaire
filing-pdf-label-revision = Revision filed
filing-pdf-revision-value = Revision { $n }, signed by { $signer } on { $at }
filing-pdf-label-sha256 = SHA-256 of the revision file
filing-pdf-forms = The forms in this pack, one per purpose
filing-pdf-col-form = Form
filing-pdf-col-purpose = Purpose
filing-pdf-col-decision = Decision
filing-pdf-col-gaps = Gaps
filing-pdf-gaps-none-short = None
filing-pdf-notify-short = Notification (Art 21)
filing-pdf-authorise-short = Authorisation request (Art 22, Art 20(2))
# The number column of a table of rows.
filing-pdf-col-no = No.
filing-pdf-col-question = Question
filing-pdf-col-answer = Answer
filing-pdf-label-basis = Basis
filing-pdf-label-purposes = Purposes it serves
# $procedure is the RON value: Notify or Authorise.
filing-check-no-duty = no obligation is marked `files: Some({ $procedure })`: the filing pack and the evidence bundle cannot say whether this filing is recorded
filing-check-no-duty-hint = add `files: Some({ $procedure })` to the obligation the filing meets
filing-cli-arg-json = Machine-readable output: the pack as JSON, the same in every language

## The filing PDF's metadata
filing-pdf-subject = Notifications and authorisation requests to the DSPDP under Law 8/2005, from assessment { $id }, { $revision ->
    [0] unsigned draft
   *[other] signed revision { $revision }
}
