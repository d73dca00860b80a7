# The PDF report (src/report). Farol's English texts are the reference its authors wrote.
# Questionnaire texts (questions, answers, categories, obligations) are not here: they come
# from the questionnaire. Commands, file names and hashes are passed in as placeables and
# never translated.

## Document, header and footer
report-document-title = Privacy impact assessment: { $title }
report-header-left = Farol PIA · { $id }
report-header-signed-revision = Signed record, revision { $n } · SHA-256 { $sha }…
report-header-signed = Signed record · SHA-256 { $sha }…
report-page = Page { $page } of { $total }
# A table that continues on the next page repeats its caption with this.
report-table-continued = { $caption } (continued)
# Between the items of a list ("a, b, c").
report-list-separator = {", "}
# Between longer items ("a; b; c").
report-list-separator-strong = {"; "}

## Cover
report-cover-banner = PRIVACY IMPACT ASSESSMENT
report-cover-under = Under Macau's Personal Data Protection Act (Law 8/2005). Questionnaire: { $questionnaire } (version { $version }).
report-status-signed = SIGNED RECORD
# On the cover and at the top of every page of a report made from a draft.
report-unsigned-mark = UNSIGNED DRAFT — not evidence
report-cover-draft-warning = This report was made from a draft that anyone with the file can still change. It records the assessment as it stood when the draft was last saved; it is not evidence that anyone approved it. Sign the assessment to freeze it into a record, then make the report from the record.
report-label-assessment = Assessment
report-label-organisation = Organisation
report-label-system = System
report-label-vendor = Vendor
report-label-assessor = Assessor
report-label-reviewer = Reviewer
report-label-started = Started
report-label-changed = Last changed
report-label-as-of = Report as of
report-label-status = Status
report-label-record = Record
report-label-screening = Full assessment
report-label-completeness = Completeness
report-label-language = Language
report-not-given = (not given)
report-reviewer = { $reviewer }, { $role } ({ $at })
report-reviewer-none = None yet
report-as-of-record = { $at } (record revision { $n })
report-as-of-draft = { $at } (the draft as last saved)
report-status-unsigned = Unsigned draft
report-status-signed-by = Signed by { $signers }
report-signer = { $name } ({ $role })
report-status-reviewed = { $status }; review: { $opinion } — { $reviewer }, { $role } ({ $at })
report-record-hash = SHA-256 { $sha }
report-record-none = Unsigned: there is no record, so no record hash
report-completeness = { $answered } of { $shown } questions shown answered; { $unanswered } not answered, { $unsure } answered "not sure"
# $language is the language's own name (English, 繁體中文, Português), $tag its code.
report-language = { $language } ({ $tag })
report-overall-before = Overall risk before measures
report-overall-with = Overall risk with measures
report-level-not-assessed = not assessed (no data in scope)
report-translation-note = Whose words these are: Farol's English texts are the reference its authors wrote; the Chinese and Portuguese texts of Farol's own questions and messages are Farol's translations. The authentic texts of the Personal Data Protection Act (Law 8/2005) are its Chinese and Portuguese texts. The answers are shown as they were given.
report-role-assessor = assessor
report-role-reviewer = reviewer
report-role-approver = approver

## Summary
report-summary = Summary
report-what-system = What the system does
report-purposes = Purposes: { $purposes }
report-data-touches = The data it touches
report-category-sensitive = { $name } (sensitive)
report-no-data-yet = No kind of personal data is in scope yet.
report-kinds-of-data = Kinds of data: { $list }.
report-about = About: { $subjects }.
report-how-many = How many people: { $volume }.
report-top-risks = The top risks
report-no-drivers = No answer raises the risk figures.
report-every-kind = every kind of data in scope
report-driver-question = { $because } ({ $id }: { $answer }) Affects: { $categories }.
report-driver-rule = { $because } (rule { $id }) Affects: { $categories }.
report-driver = { $because } Affects: { $categories }.
report-flows-summary = Where it goes: { $total ->
    [one] 1 destination
   *[other] { $total } destinations
}, { $outside } of them outside Macau; { $without ->
    [one] 1 border crossing
   *[other] { $without } border crossings
} without a basis in force.
report-flows-summary-parts = Where it goes: { $total ->
    [one] 1 destination
   *[other] { $total } destinations
}, { $outside } of them outside Macau; { $without ->
    [one] 1 border crossing
   *[other] { $without } border crossings
} without a basis in force ({ $parts }).
report-flows-applied = { $n } applied for and awaiting the DSPDP
report-flows-claimed = { $n } claimed but not evidenced
report-flows-no-basis = { $n } with no legal basis
report-summary-obligations = The obligations
report-obligation-line = { $title } — { $state } [{ $cite }]
report-decisions-summary = Procedure with the DSPDP: { $authorise ->
    [one] 1 purpose needs
   *[other] { $authorise } purposes need
} its prior authorisation, { $notify } a notification.
report-decisions-summary-no-ground = Procedure with the DSPDP: { $authorise ->
    [one] 1 purpose needs
   *[other] { $authorise } purposes need
} its prior authorisation, { $notify } a notification; { $none ->
    [one] 1 purpose names
   *[other] { $none } purposes name
} no legal ground.
report-content-summary = Notification content: { $complete } of the { $total } items it must state (Art 23) are complete.

## Screening
report-screening-heading = Is a full assessment needed?
report-verdict-line = { $verdict } — { $because }
report-screening-required-by = Required by law: { $laws }.
report-screening-likely = { $n } of the screening criteria are met; { $at } or more make an assessment likely needed.
report-screening-other-sign = No screening criterion is met, but another sign of risk is: { $signs }.
report-screening-may = { $n ->
    [one] 1 of the screening criteria is met
   *[other] { $n } of the screening criteria are met
}; { $at } or more make an assessment likely needed.
report-screening-none-met = No screening criterion is met.
report-screening-unanswered = { $n ->
    [one] 1 screening question is not answered yet
   *[other] { $n } screening questions are not answered yet
}: { $list }.
report-screening-required = Required by law: { $title }
report-screening-required-cited = Required by law: { $title } [{ $cite }]
report-screening-criterion = Criteria met: { $title }
report-screening-criterion-cited = Criteria met: { $title } [{ $cite }]
report-screening-sign = Other signs: { $title }
report-screening-sign-cited = Other signs: { $title } [{ $cite }]

## Data inventory and flows
report-inventory = Data inventory and flows
report-flows-heading = Where the data goes
report-flows-intro = Every destination from the data flows answer, grouped by jurisdiction. Each line that leaves Macau is a transfer (Law 8/2005, Arts 19–20), marked with the state of its legal basis: green only when the basis is evidenced as in force (the DSPDP's authorisation or decision with its number and date, or a notification with its date). A basis claimed in the answers but not evidenced is not in force.
report-flows-none = No data flows are listed, so there is nothing to draw.
report-flows-no-model = This questionnaire does not say how data flows are classified, so the report cannot tell which of them are transfers or on what basis.
report-flows-unclassified = See the data flows answer: this questionnaire does not classify them.
# Under the organisation's name in the flows diagram.
report-controller = (controller)
report-zone-macau = MACAU
report-zone-mainland = MAINLAND CHINA
report-zone-elsewhere = ELSEWHERE
report-destinations = Destinations
report-col-destination = Destination
report-col-where = Where
report-col-kinds = Kinds of data
report-col-basis-named = Legal basis named
report-col-basis-state = State of the basis
report-col-evidence = Evidence given
report-location-not-known = Location not known
report-no-basis-named = (none named)
report-no-evidence = (none)
report-not-listed-in-flows = Not listed in the data flows
report-no-data-in-scope = No kind of personal data is in scope.
report-yes = Yes
report-no = No
# A destination and where it is: "WorkLink cloud (Mainland, Greater Bay Area city)".
report-place = { $name } ({ $place })
report-levels = { $before } before measures, { $with } with measures
report-data-where = Kinds of data and where each is stored
report-col-kind = Kind of data
report-col-sensitive = Sensitive
report-col-where-stored = Where it is stored or sent
report-col-risk-level = Risk level
report-transfer-inside = Stays in Macau: not a transfer
report-transfer-in-force = In force
report-transfer-applied = Applied for — awaiting the DSPDP
report-transfer-claimed = CLAIMED, NOT IN FORCE
report-transfer-none = NO LEGAL BASIS
# The short label on a border crossing in the diagram.
report-crossing-in-force = In force
report-crossing-applied = AWAITING THE DSPDP
report-crossing-claimed = NOT IN FORCE
report-crossing-none = NO LEGAL BASIS
report-crossing-applied-for = Applied for: { $basis }
report-crossing-claimed-basis = Claimed: { $basis }
report-crossing-answer = Answer: { $basis }

## Risk
report-risk = Risk
report-risk-intro-symmetric = Each kind of data is placed on the 4×4 matrix twice: before measures (inherent, hollow marker) and with the measures in place (residual, filled marker). The colour of a cell is its risk level. A figure between two levels reads as the one nearer where it started, so a half-level raise and a half-level measure move a level alike.
report-risk-intro-round-up = Each kind of data is placed on the 4×4 matrix twice: before measures (inherent, hollow marker) and with the measures in place (residual, filled marker). The colour of a cell is its risk level. A figure between two levels counts as the higher one.
report-nothing-to-place = No kind of personal data is in scope, so there is nothing to place.
report-axis-severity = SEVERITY
report-axis-likelihood = LIKELIHOOD
report-legend-inherent = before measures (inherent)
report-legend-residual = with measures (residual)
# Under the heat map: the number of each marker and its kind of data.
report-map-key = { $n }  { $name }
report-why-figures = Why each figure is what it is
report-category-head = { $n }  { $name } — before measures { $inherent }, with measures { $residual }
report-category-head-sensitive = { $n }  { $name } (sensitive) — before measures { $inherent }, with measures { $residual }
report-above = With measures: { $level }, { $steps } above { $next }.
report-above-held = With measures: { $level }, { $steps } above { $next }, held there by a floor: only removing its cause lowers it.
report-gain-lowers = Would lower it: { $action } — { $now } → { $then }.
report-gain-closer = Would bring it closer: { $action } — { $steps } closer to the next level down.
# $amount is "½", "1", "1½"…; $halves the number of half-levels.
report-severity-before = Severity before measures: { $figure }
report-severity-with = Severity with measures: { $figure }
report-likelihood-before = Likelihood before measures: { $figure }
report-likelihood-with = Likelihood with measures: { $figure }
report-no-change = no change
report-no-measure-lowers = No measure in place lowers it.
report-based-question = { $id }: { $answer }
report-based-rule = rule { $id }
report-based-category = the kind of data
report-based-inherent = the figure before measures
report-col-figure = Figure
report-col-step = Step
report-col-why = Why
report-col-based-on = Based on

## Obligations
report-citation-legend = [confirmed through the regulator]: the article's content is confirmed through the DSPDP's notes or news, its text was not read; [unverified]: never the ground of a score or an obligation.
report-obligations = Obligations
report-obligations-intro = What the answers make the organisation do under the law: notification, authorisation, consent and contracts. A duty is met only when the answers give evidence of the act (a filing date, the DSPDP's reference or the authorisation's number and date), never by opinion. A duty applied for is open until the DSPDP decides; a duty the organisation believes does not apply stays open until a lawyer confirms it.
report-obligations-none = The answers trigger no obligation.
report-col-obligation = Obligation
report-col-standing = Where it stands
report-col-citation = Citation
report-col-state = State
report-duty-met = Met
report-duty-awaiting = Awaiting the DSPDP
report-duty-believed = OPEN: believed not to apply
report-duty-open = OPEN
report-met-by-opinion = Said to be done: NO EVIDENCE
report-met-by-opinion-why = The answers say it is done but give no evidence of the act (a date, a reference, a number): this version of the questionnaire lets an answer alone meet it. Not met until the evidence is recorded.
report-evidence-item = { $prompt } — { $answer }
report-evidence-given = Evidence given: { $list }
report-evidence-missing = Said to be done, but this evidence is missing: { $list }
report-not-shown-done = The answers do not show that it is done.
report-to-meet-it = To meet it: { $needs }
report-awaiting = Filed or applied for: open until the DSPDP decides.
report-belief-reason = The organisation believes it does not apply. Its reason: { $reason }
report-belief-says = { $says }. The organisation's reason: { $reason }
report-belief-no-reason = (no reason given)
report-lawyer-confirm = A lawyer should confirm: { $what }

## Notify or apply for authorisation
report-decisions = Notify or apply for authorisation
report-decisions-intro = For each purpose of the processing, what the DSPDP must be asked: a notification (Law 8/2005, Art 21) or a prior authorisation (Art 22, or Art 20(2) for a transfer), and why. The questionnaire's rules draw this from the answers; a lawyer should check it before anything is filed.
report-decisions-none = No decision yet: no purpose is listed and no kind of personal data is in scope.
report-decisions-no-model = This questionnaire does not say how the procedure is decided, so the report cannot say whether to notify the DSPDP or apply for its authorisation.
report-col-purpose = Purpose
report-col-ground = Legal ground
report-col-procedure = Procedure
report-all-processing = All processing (no purposes listed yet)
report-unnamed-purpose = Purpose { $row } (no name given)
report-no-ground = NO LEGAL GROUND GIVEN
# A reason followed by its citations.
report-cited = { $text } [{ $cite }]
report-content = Notification content (Art 23)
report-content-intro = What a notification or an authorisation request must state (Law 8/2005, Art 23 (a)–(j)), and whether the answers give it.
report-col-item = Item
report-col-states = What it states
report-col-from-answers = From the answers
report-content-complete = Complete
report-content-missing = MISSING:

## Action plan
report-plan = Action plan
report-plan-none = No action has been adopted into the plan yet.
report-col-action = Action
report-col-owner = Owner
report-col-due = Due
report-col-status = Status
report-col-priority = Priority
report-no-date = (no date)
report-plan-todo = to do
report-plan-in-progress = in progress
report-plan-done = done
report-plan-dropped = dropped
report-priority-high = High
report-priority-medium = Medium
report-priority-low = Low
report-recommended = Recommended by the risk model, not yet in the plan
report-recommended-none = None: every recommended action is in the plan.
report-for = For: { $categories }

## Every question and answer
report-questions = Every question and answer
report-questions-intro = Every question the answers bring into the assessment, as it was asked, with the answer given and the provisions it rests on. Questions not answered, and answers of "not sure", are flagged.
report-col-question = Question
report-col-answer = Answer
report-not-answered = NOT ANSWERED
report-not-sure = NOT SURE: { $answer }
report-note = Note: { $note }

## Signatures and review
report-signatures = Signatures and review
report-col-signer = Signer
report-col-role = Role
report-col-fingerprint = Key fingerprint
report-col-signed-at = Signed at
report-col-record-sha = Record SHA-256
report-public-key = Public key: { $key }
report-how-to-check = How to check the signatures
report-check-this-file = This PDF checks itself, offline, with one command (give the name it is saved under; Farol writes it as { $name }):
report-check-this-file-what = It verifies what the PDF carries inside it: the signed record and the signed reviews shown here, their signatures, and that each review judges this very record. It then writes the pages again from them and compares them with these, byte for byte: a page, a figure or a review changed after signing fails.
report-check-this-file-limit = What it cannot tell is whether a key is really its signer's: that trust comes from outside the file. Compare each fingerprint in the table above with one obtained from the signer, then give it with --trust.
report-check-intro = Anyone with the record file can check, offline, that it is intact, signed by the keys above and, for the reviews, that they judge this very record. In the dossier or in an evidence bundle:
report-check-record = { $command } — this record
report-check-assessment = { $command } — every revision and review of the assessment
report-check-bundle = { $command } — a whole evidence bundle, file by file against its signed manifest
report-check-trust = A signature proves who signed only if the key is theirs: obtain each signer's key fingerprint from the organisation by another channel (by phone, in person, on paper) and give it with --trust. Keys that came with a bundle are shown with their full fingerprints, to compare, and are never trusted on their own. Compare the SHA-256 printed by the command with the one in the table above and on every page of this report.
report-check-openssl = Without Farol, with OpenSSL 3 alone (an evidence bundle ships each key as { $key }): the signed bytes are every line above the record's "{ $marker }" line, the signature is the hex two lines below it. In a shell:
report-check-openssl-result = OpenSSL prints "{ $ok }". The key's fingerprint is: { $command }
report-not-signed = NOT SIGNED. This report was made from a draft. It carries no signature and is not evidence that the assessment was completed, reviewed or approved.
report-how-to-sign = How to sign and verify
report-sign-step = Sign the assessment, which freezes it into a record: { $command }
report-verify-step = Check a record's signatures and its SHA-256 at any time: { $command }
report-then-report-step = Then make the report from the record: { $command }
report-review = Review
report-no-review = No review yet.
report-review-line = { $reviewer }, { $role } — { $at } — opinion: { $opinion }
report-opinion-approve = approve
report-opinion-approve-with-conditions = approve with conditions
report-opinion-reject = reject
report-section-acceptable = acceptable
report-section-to-improve = to improve
report-section-to-correct = to correct
report-review-conditions = Conditions: { $text }
report-review-reasons = Reasons: { $text }
report-review-section = Section "{ $section }": { $verdict }
report-review-section-note = Section "{ $section }": { $verdict } — { $note }
report-review-comment = On "{ $prompt }" ({ $question }): { $text }
report-review-attests = Attests that { $list }.
report-attest-description = the description of the processing matches reality
report-attest-risks = the risks are understood
report-attest-plan = the action plan is accepted and will be carried out
report-review-due = Review due by { $date }.
report-review-signed = Signed review { $n } with key { $key } (fingerprint { $fingerprint }).

## Characters the fonts cannot draw
report-missing-glyphs-heading = Characters the fonts cannot draw
report-missing-glyphs = The embedded fonts have no glyph for these characters, so they are printed as their code points instead, e.g. [U+1F600]: { $list }.

## The bilingual report (Chinese, then Portuguese)
# On the cover of the first part.
report-bilingual-first = This report is bilingual: the same report follows in the other language.
# On the cover of the second part; $last is the last page of the first part.
report-bilingual-second = This report is bilingual: the same report in the other language is on pages 1 to { $last }.

## The PDF's metadata and the record it carries
report-pdf-subject = Privacy impact assessment under Macau's Personal Data Protection Act (Law 8/2005): { $id }, { $revision ->
    [0] unsigned draft
   *[other] signed revision { $revision }
}
report-pdf-attachment = The signed record this report shows (revision { $revision }), byte for byte: `farol verify` on this PDF checks it
report-pdf-attachment-review = Signed review { $number } of revision { $revision }, shown in this report, byte for byte: `farol verify` on this PDF checks it against the record
report-questions-unverified-left-out = This report is for filing: citations not yet verified against the text of the law are left out of it. The report in a single language lists them, marked as unverified.
# Text alternatives of the report's figures, read out by screen readers.
report-figure-risk-map = Risk matrix: severity (rows) by likelihood (columns), each kind of data placed before and with the measures. { $positions }
report-figure-risk-map-item = { $n } { $name }: { $before } before measures, { $with } with them
report-figure-flows = Diagram of where the data goes from { $organisation }, grouped by jurisdiction: { $places }. The tables that follow give each destination's legal basis.
