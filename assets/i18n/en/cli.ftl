# The command line's output (`farol …` without --json). Placeables hold ids, file paths,
# commands, names and texts from the questionnaire or the risk model: keep them as they are.
# Text in `backticks` is a command to type: never translate it.

## Shared words of the command line
# Joins names in a list: "Location, Health".
cli-list-separator = {", "}
# Joins longer items in a list: "Location High → Medium; Health (1 step closer)".
cli-list-separator-long = {"; "}
cli-not-processed = not processed
# A person and the role they sign in: "Ana Lei (assessor)".
cli-name-role = { $name } ({ $role })
cli-name-role-key = { $name } ({ $role }, { $key })
cli-rule = rule { $id }
cli-plan-todo = to do
cli-plan-in-progress = in progress
cli-plan-done = done
cli-plan-dropped = dropped
cli-role-assessor = assessor
cli-role-reviewer = reviewer
cli-role-approver = approver
# The priority of a recommended action, in brackets before it: "[High  ] Enable MFA".
cli-priority-high = High
cli-priority-medium = Medium
cli-priority-low = Low

## farol score
cli-score-title = Risk assessment: { $title }
cli-score-progress = Questionnaire { $questionnaire } · { $answered } of { $shown } questions answered
cli-score-progress-unsure = Questionnaire { $questionnaire } · { $answered } of { $shown } questions answered · { $unsure } answered "not sure"
cli-overall-risk = Overall risk: { $inherent } before measures, { $residual } with the measures in place.
cli-score-highest = Highest: { $names }.
cli-score-nothing-in-scope = No personal data category is in scope yet: answer the data inventory questions first.
cli-drivers-heading = What drives the risk most:
cli-driver-question = "{ $prompt }" → { $answer }
cli-driver-the-data = the kind of data itself
cli-driver-affects = Affects: { $names }.
cli-driver-affects-all = Affects: all { $n } categories in scope.
# Column headings of the risk table (upper case in English; the language's usage elsewhere).
cli-col-inherent = BEFORE MEASURES (inherent)
cli-col-residual = WITH MEASURES (residual)
cli-col-category = DATA CATEGORY
cli-col-risk = RISK
cli-col-severity = SEVERITY
cli-col-likelihood = LIKELIHOOD
cli-category-sensitive = { $name } *
cli-sensitive-note = * sensitive: severity never below Significant before measures
cli-above-heading = How far above the next level down, with measures:
cli-above = { $name } { $level }: { $steps } above { $next }
cli-above-held = { $name } { $level }: { $steps } above { $next }, but held there by a floor: only removing its cause lowers it
cli-gains-heading = What would lower the risk most:
cli-gain-lowers = { $name } { $now } → { $then }
cli-gain-closer = { $name } ({ $steps } closer)
cli-gain-overall = overall { $now } → { $then }; { $categories }
# Half-level steps: $levels is the same distance in levels ("½ level", "1½ levels").
cli-why-category = Why: { $name } — { $inherent } before measures, { $residual } with measures
cli-axis-severity = Severity (how much harm)
cli-axis-likelihood = Likelihood (how likely)
cli-figure-line = { $axis }: { $inherent } before measures, { $residual } with measures
cli-measures-none = with measures: no measure in place lowers it
cli-measures = with measures:
cli-move-question = { $id } "{ $prompt }" → { $answer }
# The citations after an explanation, with the space before them.
cli-move-cites = {" "}[{ $cites }]
cli-actions-heading = Recommended actions ({ $n })
cli-score-unsure = Answered "not sure" — find out, then answer: { $ids }
cli-score-unanswered = Not answered yet ({ $n }): { $ids }

## farol score: the legal conclusions
cli-screening = Screening: { $verdict }.
cli-screening-required = required by law: { $title } — { $cite }
cli-screening-criteria = { $n ->
    [one] { $n } of the nine WP248 criteria met ({ $likely } or more: likely needed):
   *[other] { $n } of the nine WP248 criteria met ({ $likely } or more: likely needed):
}
cli-screening-also = also: { $title }
cli-screening-unanswered = Still to answer: { $ids }
cli-decisions-heading = Notify or apply for authorisation, purpose by purpose ({ $authorise } to authorise, { $notify } to notify)
cli-decision-all-processing = All processing (no purposes listed yet)
cli-decision-no-ground = NO legal ground given (Art 6)
cli-decision-not-a-ground = { $ground } — NOT a legal ground yet (Art 6)
cli-decision-ground = Ground: { $ground }. Data: { $data }.
cli-decision-why = Why: { $because } ({ $cite })
cli-transfers-heading = Data leaving Macau ({ $n ->
    [one] { $n } flow
   *[other] { $n } flows
}, { $without } without a basis in force)
cli-transfer-line = { $row }. { $name } → { $place }: { $state }
cli-transfer-no-basis = no basis given
cli-transfer-basis = Basis: { $basis }.
cli-transfer-basis-evidence = Basis: { $basis }. Evidence: { $evidence }.
cli-obligations-heading = Legal obligations triggered by the answers ({ $open } open, { $met } met)
# Short marks of a duty's state, in brackets before it.
cli-mark-met = met
cli-mark-awaiting = awaiting
cli-mark-belief = belief
cli-mark-open = open
cli-duty-evidence = Evidence: { $prompt } { $answer }
cli-duty-awaiting = Awaiting the DSPDP: open until it decides.
cli-duty-would-meet = Would meet it: { $needs }
cli-duty-no-reason = no reason given
cli-duty-you-believe = You believe it does not apply
# $says: what the assessor believes; $confirm: what a lawyer should confirm.
cli-duty-belief = { $says } ({ $reason }). It stays open. A lawyer should confirm: { $confirm }
cli-duty-missing = Evidence missing: { $missing }
cli-notification-heading = Notification content (Law 8/2005, Art 23): { $done } of { $total } items filled
cli-notification-missing = ({ $id }) { $title }: missing — { $missing }

## farol list
cli-list-empty = The dossier { $dossier } has no assessments yet.
cli-list-start = Start one:        farol new --title "Attendance platform rollout"
cli-list-demo = Or explore a demo: farol demo   (a Macau SME's chat and attendance platform)
cli-col-id = ID
cli-col-answered = ANSWERED
cli-col-status = STATUS
cli-col-review-due = REVIEW DUE
cli-col-updated = UPDATED
cli-col-title = TITLE
cli-col-rev = REV
cli-list-unreadable = UNREADABLE: { $error }
cli-list-status-forked = { $status }, forked
cli-list-forked-note = forked: two revisions follow the same one (signed in two clones); `farol verify` names them, `farol resolve ID` ends the fork
cli-list-changed-note = * changed since the latest signed revision

## farol questionnaire check
cli-check-citations = { $file }: citations: { $verified } verified (text read), { $confirmed } confirmed through the regulator, { $unverified } unverified (never the ground of a score or an obligation)
cli-check-ok = { $file }: ok — { $id } { $version } · { $questions } questions · fingerprint { $fingerprint }{ $warnings ->
    [0] {""}
    [one] {" · "}{ $warnings } warning
   *[other] {" · "}{ $warnings } warnings
}
cli-check-failed = { $file }: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}

## farol verify
cli-verify-not-verified = NOT VERIFIED
cli-verify-not-verified-because = NOT VERIFIED: { $failures }

## farol diff
cli-diff-the-draft = the current draft
cli-diff-revision = revision { $n } ({ $signer }, { $at })
cli-diff-no-changes = No changes.
cli-diff-details = Details
cli-diff-answers = Answers ({ $n } changed)
cli-diff-no-longer-answered = { $answer } (no longer answered)
cli-diff-risk = Risk (residual unless stated)
cli-diff-overall = overall: { $from } → { $to }
cli-diff-inherent = (inherent { $from } → { $to })
cli-diff-plan = Action plan
cli-field-title = title
cli-field-organisation = organisation
cli-field-system = system
cli-field-vendor = vendor
cli-field-assessor = assessor
cli-field-questionnaire = questionnaire
cli-field-attachments = attachments
cli-field-status = status
cli-field-owner = owner
cli-field-due = due
cli-field-detail = detail
cli-field-no-date = none

## farol review: the review sheet
cli-sheet-title = Review of '{ $id }' — { $title }
cli-sheet-signed = Revision { $revision }, signed by { $name } ({ $role }) on { $at }
cli-sheet-sha = sha256 { $sha256 } · questionnaire { $questionnaire }
cli-sheet-responds = answers review { $review }: the assessor's notes below reply to its comments
cli-meta-organisation = Organisation
cli-meta-system = System
cli-meta-vendor = Vendor
cli-meta-assessor = Assessor
# A label and its value on one line: "Organisation: Lusofonia Logistics".
cli-label-value = { $label }: { $value }
cli-sheet-overall = Overall risk: { $inherent } before measures, { $residual } with the measures in place
cli-sheet-duties = Legal duties
cli-sheet-beliefs = Beliefs to check ({ $n }): duties the assessor believes do not apply; each stays open until a lawyer confirms
cli-sheet-no-reason = none given
cli-sheet-belief-reason = Assessor's reason: { $reason }
cli-sheet-belief-confirm = A lawyer should confirm: { $confirm }
cli-sheet-level-unverified = [unverified]: not checked against a source, not to be relied on without a lawyer
cli-sheet-level-confirmed = [confirmed through the regulator]: read in the DSPDP's notes or news, not in the law's text
cli-sheet-levels = Citation levels: { $levels }; unmarked: the law's text was read.
cli-sheet-verdict = verdict: { $verdict }
cli-sheet-no-verdict = no verdict yet
cli-sheet-reviewer-note = Reviewer: { $note }
cli-sheet-answer = Answer: { $answer }
cli-sheet-why = Why: { $help }
cli-sheet-cite = Cite: { $cite }
cli-sheet-assessor-note = Assessor's note: { $note }
cli-sheet-comment = ▸ Comment: { $comment }
cli-sheet-comments-elsewhere = Comments on questions not answered in this revision
cli-sheet-plan = Action plan ({ $n })
cli-sheet-plan-due = , due { $due }

## farol review: before countersigning
cli-readiness-title = Review of revision { $revision } ({ $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
}, { $verdicts ->
    [one] { $verdicts } verdict
   *[other] { $verdicts } verdicts
})
# Labels of a column (the values are aligned after the longest).
cli-readiness-opinion = Opinion:
cli-readiness-reasons = Reasons:
cli-readiness-conditions = Conditions:
cli-readiness-attestations = Attestations:
cli-readiness-due = Review due:
cli-readiness-no-opinion = none yet
cli-readiness-due-none = none (a rejection)
cli-readiness-due-default = { $months } months after countersigning
cli-readiness-ready = Ready to countersign: farol review { $id } --sign
cli-readiness-give = Before countersigning, give:

## farol status
cli-status-latest-revision = latest revision
cli-status-latest-review = latest review
cli-status-review-due = review due
cli-status-not-signed = not signed yet: `farol sign { $id }` freezes the draft
cli-status-changed = the draft has changed since revision { $revision }: sign again to submit the changes
cli-status-due-none = none yet (set by an approval)
cli-status-awaiting-review = awaiting review: `farol review { $id }`
cli-status-in-review = a review is in progress: `farol review { $id }` shows it
cli-status-draft-unreadable = (draft unreadable)
cli-status-changed-note = * the draft has changed since the latest revision
cli-feedback-title = Review { $review } of revision { $revision } by { $reviewer } ({ $role }), { $date }: { $opinion }
cli-feedback-reasons = Reasons: { $text }
cli-feedback-conditions = Conditions: { $text }
cli-feedback-answered = Answered: revision { $revision } was signed since.
cli-feedback-to-answer = To answer it: change the draft, reply in the notes of the questions commented on, and sign again.
cli-due-overdue-by = { $date } (OVERDUE by { $days ->
    [one] { $days } day
   *[other] { $days } days
})
cli-due-in = { $date } (in { $days ->
    [one] { $days } day
   *[other] { $days } days
})

## farol verify of an evidence bundle
cli-bundle-title = Evidence bundle { $bundle }
# Labels of a column (keep them short).
cli-bundle-manifest = manifest
cli-bundle-bundled-by = bundled by
cli-bundle-listed = { $n } files listed, { $intact } as bundled
cli-bundle-changed = { $n } changed
cli-bundle-missing = { $n } missing
cli-bundle-added = { $n } added
cli-bundle-no-manifest = MISSING
# Who signed the manifest: name (role), when, key id.
cli-bundle-signer = { $name } ({ $role }), { $at }, key { $key }
cli-bundle-signed-trusted = { $signer }: trusted as { $who }
cli-bundle-signed-untrusted = { $signer }: NOT TRUSTED (fingerprint { $fingerprint })
cli-bundle-unsigned = NOT SIGNED: nobody vouches for the manifest
cli-bundle-no-manifest-to-check = not checked: there is no manifest
cli-bundle-signature-changed = INVALID: { $file } was changed after signing
cli-bundle-manifest-changed = INVALID: { $file } was changed after { $signer } signed it
cli-bundle-signer-mismatch = INVALID: signed by another key than it names
cli-bundle-signature-damaged = DAMAGED: { $file } cannot be read
cli-bundle-fail-changed = { $n ->
    [one] { $n } file changed since bundling
   *[other] { $n } files changed since bundling
}
cli-bundle-fail-missing = { $n ->
    [one] { $n } file missing
   *[other] { $n } files missing
}
cli-bundle-fail-added = { $n ->
    [one] { $n } file added after bundling
   *[other] { $n } files added after bundling
}
cli-bundle-fail-other = { $n ->
    [one] { $n } other manifest problem
   *[other] { $n } other manifest problems
}
cli-bundle-fail-signature = the manifest's signature fails
cli-bundle-fail-no-record = no record to verify
cli-bundle-fail-records = { $failed } of { $n } records fail
cli-bundle-fail-records-check = the records check fails
cli-bundle-verified = VERIFIED: every file is as bundled and every record verifies
cli-bundle-verdict = Evidence bundle: { $verdict }

## Prefixes of messages on standard error
cli-warning = warning: { $message }
cli-note-removed-temps = { $n ->
    [one] note: removed { $n } temporary file left in { $dir } by an interrupted Farol
   *[other] note: removed { $n } temporary files left in { $dir } by an interrupted Farol
}
cli-cannot-read = cannot read { $path }
cli-cannot-write = cannot write { $path }
cli-cannot-write-hint = cannot write { $path }
    hint: check that the directory exists and that you may write to it
cli-saved-to = Saved to { $path }

## farol (no command) and farol new, answer, demo
cli-home-title = Farol — privacy impact assessments under Macau's Personal Data Protection Act
cli-home-dossier = Dossier: { $dossier }
cli-home-hint = Explain a risk score: farol score ID    ·    all commands: farol --help
cli-no-tui-open = cannot open '{ $id }': this Farol was built without the terminal UI (cargo feature `tui`)
    hint: use `farol answer` and `farol score`
cli-no-tui-new = give the assessment a title with --title (this Farol was built without the terminal UI)
cli-new-needs-title = give the assessment a title with --title
    hint: farol new --title "Fingerprint clock rollout" [--id ID] [--answers FILE]
cli-new-invalid-id = '{ $id }' cannot be an assessment id
    hint: an id is 1 to 64 lower-case letters (a–z), digits and hyphens, starting and ending with a letter or digit, with no two hyphens in a row, e.g. fingerprint-clock-2026
cli-new-id-taken = the dossier already has an assessment '{ $id }'
    hint: choose another id with --id, or open that one with `farol open { $id }`
cli-new-created = Created assessment '{ $id }' ({ $questionnaire }).
cli-new-next = Answer questions with `farol answer { $id } QUESTION VALUE`; see the risk with `farol score { $id }`.
# $at: file:line:column; $problem and $hint: the RON reader's words.
cli-answers-file-unreadable = { $at }: { $problem }
    hint: { $hint }. An answers file is a map such as {"{"}"sec.mfa": Yes, "inv.volume": Choice("100_1000"){"}"}
cli-answers-file-bad-answer = { $at }: { $problem }
    hint: correct or remove that answer
cli-answer-no-question = { $problem }
    hint: `farol questionnaire show --list` lists every question with its id (they look like sec.mfa)
cli-answer-removed = { $id }: answer removed
cli-answer-not-asked = note: this question is not asked given the other answers, so its answer does not count
cli-demo-exists = The demo is already in the dossier: { $path }
cli-demo-explore = Explore it with `farol score { $id }`; run `farol demo --force` to reset it.
cli-demo-wrote = Wrote the demo assessment '{ $id }' to { $path }
cli-demo-see-why = See why: farol score { $id }

## farol questionnaire
cli-check-cannot-read = cannot read { $path }: { $problem }
    hint: check the path
cli-questionnaire-line = { $id } { $version } — { $title } ({ $questions } questions, { $categories } categories) fingerprint { $fingerprint }
## farol keys, sign
cli-keys-created = Created signing key { $id } for { $name } ({ $role }).
# A label and a fingerprint, aligned under the line above.
cli-keys-fingerprint = fingerprint  { $fingerprint }
cli-keys-private = private key  { $path } (readable by you alone; keep a backup)
cli-keys-protected = {"             "}protected by your passphrase: it cannot be recovered if forgotten
cli-keys-to-be-accepted = To have your signatures accepted in a dossier:
cli-keys-trust-own = farol keys trust { $id }            (in your own dossier)
cli-keys-show-others = farol keys show { $id } > key.pub.ron   (to give to whoever keeps another)
cli-keys-trusted = Trusted { $id } ({ $name }, { $role }) in { $dossier }.
cli-keys-check-fingerprint = Check this fingerprint with the key's owner, by phone or in person.
cli-keys-yours = Your signing keys ({ $dir }):
cli-keys-none-yours = none: create one with `farol keys new --name "Your Name"`
cli-keys-line-created = { $name } ({ $role }), created { $date }
cli-keys-trusted-here = Trusted in this dossier ({ $dir }):
cli-keys-none-trusted = none: add keys with `farol keys trust FILE|KEY`
cli-keys-not-trusted = { $file }: { $problem } (not trusted)
cli-passphrase-for = Passphrase for { $path }:{" "}
cli-passphrase-new = New passphrase:{" "}
cli-passphrase-again = The same again:{" "}
cli-passphrase-env-empty = { $var } is empty
    hint: set it to the passphrase, or unset it to be asked
cli-passphrase-no-terminal = cannot ask for a passphrase: no terminal
    hint: run it in a terminal, or set FAROL_PASSPHRASE for this command alone
cli-passphrase-too-short = a passphrase needs at least { $n } characters
    hint: a few unrelated words make a good one; nothing was created
cli-passphrase-differ = the two passphrases differ
    hint: run the command again; nothing was created
cli-signed = Signed { $id } revision { $revision } as { $name } ({ $role }) with { $key }.
# The label of the record file's path (a column, with "sha256" under it).
cli-signed-record = record
cli-signed-next = The draft stays as it is, to go on editing; the next `farol sign` makes revision { $next }.
cli-signed-over-newer = note: your draft started from revision { $base }, and revision { $last } was signed here since (by someone else, arrived with git): revision { $revision } follows it with your draft's answers. See what that changed with `farol diff { $id } { $last } { $revision }`.
cli-signed-untrusted-note = note: this dossier does not trust { $key } yet, so `farol verify` will fail until you run
      farol keys trust { $key }

## farol diff
cli-diff-not-a-revision = '{ $given }' is not a revision
    hint: give a revision number (1, 2, …) or `draft`
cli-diff-nothing-signed = '{ $id }' has no signed revision to compare
    hint: sign it with `farol sign { $id }`
cli-diff-does-not-verify = warning: { $file } does not verify ({ $problem }); run `farol verify { $file }` before relying on this diff
cli-diff-does-not-verify-see = warning: { $file } does not verify (see farol verify); run `farol verify { $file }` before relying on this diff
cli-diff-reading-older = reading the older revision
cli-diff-reading-newer = reading the newer revision

## farol review
cli-review-superseded = note: the saved review judged revision { $old }, but revision { $latest } is the latest; this is a new review (the old one is kept as { $file } when this one is saved)
cli-review-not-a-verdict = '{ $given }' is not a verdict
    hint: use acceptable, to-improve or to-correct, e.g. --verdict { $section } to-correct
cli-review-note-without-verdict = section '{ $section }' has no verdict to note
    hint: give the verdict too: --verdict { $section } to-improve --note { $section } "…"
cli-review-not-an-attestation = '{ $given }' is not an attestation
    hint: use description, risks, plan or all
cli-review-not-an-opinion = '{ $given }' is not an opinion; use approve, approve-with-conditions or reject
cli-review-saved = Saved the review of '{ $id }' in { $path }
cli-countersigned = Countersigned review { $review } of '{ $id }' revision { $revision }: { $opinion }, as { $name } ({ $role }) with { $key }.
cli-countersigned-next = The assessor sees the review when reopening the draft (`farol status { $id }`); the next `farol sign` answers it.
cli-countersigned-untrusted-note = note: this dossier does not trust { $key } as { $role } yet, so `farol verify` will fail until you run
      farol keys trust { $key }

## farol evidence
cli-evidence-wrote = Wrote the evidence bundle { $path } ({ $assessments ->
    [one] { $assessments } assessment
   *[other] { $assessments } assessments
}, { $revisions ->
    [one] { $revisions } revision
   *[other] { $revisions } revisions
}, { $reviews ->
    [one] { $reviews } review
   *[other] { $reviews } reviews
}, { $reports ->
    [one] { $reports } report
   *[other] { $reports } reports
}; { $files } files, { $kb } KB).
cli-evidence-assessment = revision { $revision } · sha256 { $sha256 }
# The label of the line saying how the bundle's records verify (a column, under "manifest").
cli-evidence-records = records
cli-evidence-signed-by = signed by { $who }
cli-evidence-not-signed = NOT SIGNED: you have no signing key (create one with `farol keys new`)
cli-evidence-records-line = { $verified } verified, { $failed } failed
cli-evidence-records-line-failed = { $verified } verified, { $failed } failed (see VERIFICATION.txt in the bundle)
cli-evidence-give-fingerprints = Give the inspector these fingerprints by another channel (phone, paper, in person);
    they check the bundle with: farol verify { $path } --trust FINGERPRINT …
cli-evidence-some-fail = warning: some records do not verify; the bundle holds them as they are, and says so

## farol export, import
cli-export-plan-needs-csv = --plan goes with --format csv
    hint: the JSON export already holds the action plan; for the plan alone run `farol export { $id } --format csv --plan`
cli-wrote-bytes = Wrote { $path } ({ $n ->
    [one] { $n } byte
   *[other] { $n } bytes
}).
cli-import-cannot-read-stdin = cannot read the standard input
cli-import-stdin = (standard input)
cli-import-cannot-read = cannot read { $path }
    hint: check the path; give a file written by `farol export ID --format json`
cli-import-counts = { $answers ->
    [one] { $answers } answer
   *[other] { $answers } answers
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $plan ->
    [one] { $plan } plan item
   *[other] { $plan } plan items
}, { $attachments ->
    [one] { $attachments } attachment
   *[other] { $attachments } attachments
}
cli-import-imported = Imported '{ $id }' ({ $title }) from { $from }: { $counts } ({ $questionnaire }).
cli-import-replaced = Replaced the draft of '{ $id }' ({ $title }) from { $from }: { $counts } ({ $questionnaire }).
cli-import-draft = draft  { $path }
cli-import-revisions = '{ $id }' has { $n ->
    [one] { $n } signed revision
   *[other] { $n } signed revisions
}; the next `farol sign { $id }` makes revision { $next }.
cli-import-next = Open it with `farol open { $id }`, or see its risk with `farol score { $id }`.
cli-import-missing-attachment = note: the attachment { $name } ({ $sha256 }) is not in this dossier; copy it to { $path }

## farol report
cli-report-bad-revision = --revision { $given }: expected a revision number (1, 2, …), `latest` or `draft`
    hint: `farol verify` lists the revisions
cli-report-cannot = cannot report '{ $id }'
cli-report-wrote-revision = Wrote { $path } ({ $pages } pages, { $kb } KB): signed revision { $revision }.
cli-report-wrote-draft = Wrote { $path } ({ $pages } pages, { $kb } KB): UNSIGNED DRAFT, made from the draft; sign it with `farol sign { $id }`.
cli-report-draft-changed = note: the draft has changed since revision { $revision } was signed; for the report of the record, run
      farol report { $id } --revision { $revision }
cli-report-missing-glyphs = warning: the report's fonts cannot draw { $n ->
    [one] { $n } character
   *[other] { $n } characters
}, printed as their code points instead: { $chars }
cli-report-overflows = warning: some text runs off the page (a bug in the layout, please report it):

## farol --help: the commands and their options (clap's help, shown in the user's language)
# Headings of the help screen.
cli-help-usage = Usage:{" "}
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-flag = Print help
cli-help-flag-long = Print help (see a summary with '-h')
cli-help-flag-short = Print help (see more with '--help')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-about-farol = Privacy impact assessments under Macau's Personal Data Protection Act (Law 8/2005)
cli-about-farol-long =
    Farol guides you through a privacy impact assessment (PIA) under Macau's Personal Data Protection Act (Law 8/2005), scores the risk for each category of personal data and explains it.
    {""}
    Assessments live in a dossier directory: --dossier DIR, or FAROL_DOSSIER, or a per-user default.
    Farol never connects to the network.
cli-arg-dossier = The dossier directory holding the assessments (also FAROL_DOSSIER)
cli-arg-lang = Language of screens, messages, reports and questionnaire texts: en, zh-Hant or pt (also FAROL_LANG; else the language chosen in the terminal UI, else the locale)
cli-about-new = Start a new assessment: the form in the terminal UI, or headless with --title
cli-arg-new-title = A short title, e.g. "Fingerprint clock rollout". Without it, the terminal UI asks
cli-arg-new-id = The assessment's id: lower-case letters, digits and inner hyphens, e.g. fingerprint-clock-2026 (default: made from the title, Chinese in pinyin)
cli-arg-new-questionnaire = A built-in questionnaire id or a questionnaire file; - reads it from standard input (default: macau-pdpa)
cli-arg-new-answers = Start from the answers in this RON file ({"{"}"question.id": Yes, …{"}"}); - reads them from standard input
cli-arg-new-organisation = The organisation responsible for the processing
cli-arg-new-system = The system being assessed
cli-arg-new-vendor = The system's vendor or supplier
cli-arg-new-assessor = Who carries out the assessment
cli-about-open = Resume an assessment in the terminal UI, at the question you were at
cli-arg-open-id = The assessment id (see `farol list`)
cli-about-answer = Answer one question of a draft (for scripts; the terminal UI is the usual way)
cli-arg-answer-id = The assessment id (see `farol list`)
cli-arg-answer-question = The question id, e.g. sec.mfa
cli-arg-answer-value = The answer: yes/no/unsure, a choice id, ids separated by commas, text, a number, a date YYYY-MM-DD, or for a table one row as "column=value; column=a,b" (appended)
cli-arg-answer-clear = Remove the answer instead
cli-arg-answer-note = A note to keep with the answer
cli-about-list = List the assessments in the dossier
cli-arg-list-json = Machine-readable output
cli-about-demo = Write a filled-in example assessment to explore
cli-arg-demo-force = Replace the demo if it is already in the dossier
cli-about-score = Score a draft or an answers file: risk per data category, with the reasons
cli-arg-score-target = An assessment id, a draft file, or an answers file; - reads a draft or answers from standard input
cli-arg-score-questionnaire = The questionnaire for an answers file: a built-in id or a file; - reads it from standard input (default: macau-pdpa)
cli-arg-score-json = Machine-readable output; the same inputs always give the same bytes
cli-about-keys = Create, show, trust and list signing keys
cli-about-keys-new = Create a signing key pair; the private key is kept readable by you alone
cli-arg-keys-new-name = Your name, as it will appear on every record you sign
cli-arg-keys-new-role = The role you sign in: assessor, reviewer or approver (default: assessor)
cli-arg-keys-new-passphrase = Protect the private key with a passphrase (asked twice on the terminal, or taken from FAROL_PASSPHRASE); every signature then asks for it
cli-about-keys-show = Print a public key and its fingerprint, as a file others can trust
cli-arg-keys-show-id = A key id (farol:…) or owner name; the only key if omitted
cli-about-keys-trust = Trust a public key in this dossier: its signatures will verify
cli-arg-keys-trust-key = A file from `farol keys show` (- for standard input), an SPKI PEM file, 64 hex digits, or your own key's id
cli-arg-keys-trust-name = Whose key it is (taken from the file when it says)
cli-arg-keys-trust-role = The role it signs in (taken from the file when it says)
cli-about-keys-list = List your signing keys and the keys this dossier trusts
cli-about-sign = Freeze the draft into the next signed revision
cli-arg-sign-id = The assessment id (see `farol list`)
cli-arg-sign-key = The key to sign with: an id (farol:…) or owner name; needed if you have several
cli-about-verify = Check signatures, trust, the revision chain and the stored risk; exit 0 only if all verify
cli-arg-verify-paths = Record files, assessment directories, dossiers, or one evidence bundle (its directory or zip); - reads a record, a bundle zip or a report PDF from standard input (default: the dossier)
cli-arg-verify-trust = Trust exactly this key: a public key file as `farol keys show` writes it, or a full 64-hex fingerprint you obtained from its owner by another channel; - reads a key file from standard input. Repeatable. Without it, your own dossier's trusted keys (--dossier or FAROL_DOSSIER) are used
cli-arg-verify-trust-bundle-keys = Also trust the keys that came with a bundle (or another dossier), unchecked. Only for a bundle whose fingerprints you compared yourself
cli-arg-verify-accept-unanchored = Accept assessments signed before Farol recorded heads (and dossiers without an index): the removal of their newest revision or review cannot be detected, and is reported as a note instead of failing
cli-arg-verify-json = Machine-readable output
cli-about-diff = What changed between two revisions: answers, risk, action plan
cli-arg-diff-id = The assessment id (see `farol list`)
cli-arg-diff-rev-a = The older revision: a number, or "draft" (default: the one before REV_B)
cli-arg-diff-rev-b = The newer revision: a number, or "draft" (default: the latest)
cli-arg-diff-json = Machine-readable output
cli-about-review = Review a signed revision: comment, give verdicts and an opinion, attest, countersign (in a terminal with no flags: review mode, full screen)
cli-arg-review-id = The assessment id (see `farol list`)
cli-arg-review-comment = Comment on a question (repeatable); an empty TEXT removes the comment
cli-arg-review-verdict = A verdict on a section: acceptable, to-improve or to-correct (repeatable)
cli-arg-review-note = The reviewer's note on a section's verdict (repeatable)
cli-arg-review-opinion = The overall opinion: approve, approve-with-conditions or reject
cli-arg-review-conditions = The conditions of an approval with conditions, or the reasons of a rejection
cli-arg-review-attest = Attest: description (it matches reality), risks (they are understood), plan (it is accepted and will be carried out), or all; repeatable or comma-separated
cli-arg-review-unattest = Take back an attestation (description, risks, plan or all)
cli-arg-review-due = When the assessment must be reviewed again (default: six months after countersigning)
cli-arg-review-sign = Countersign the review: it becomes a signed record, written once
cli-arg-review-key = The key to countersign with: an id (farol:…) or owner name; by default your only reviewer or approver key
cli-arg-review-json = Machine-readable output: the sheet and the review so far
cli-about-status = Where assessments stand: draft, signed, in review, approved, rejected; review due
cli-arg-status-id = One assessment (default: every assessment in the dossier)
cli-arg-status-json = Machine-readable output
cli-about-report = Write the PDF report for the compliance file
cli-arg-report-id = The assessment's id (see `farol list`)
cli-arg-report-revision = What to report: a revision number, `latest`, or `draft`. Default: the latest signed revision if the draft has not changed since it was signed, else the draft (marked UNSIGNED DRAFT on every page)
cli-arg-report-output = Where to write the PDF (default: ID-rNNNN.pdf or ID-draft.pdf in the current directory)
cli-about-evidence = Bundle the signed records, reports, keys and a signed manifest for an inspection
cli-after-evidence = The bundle holds every signed revision and review of the assessments, their PDF reports, the trusted public keys, the questionnaire versions they answer, the verification report and a manifest of SHA-256 hashes, signed with your key. Drafts are not included: they are unsigned. Give the inspector your keys' fingerprints by another channel; they check the bundle anywhere with `farol verify FILE.zip --trust FINGERPRINT`, or with OpenSSL alone as its README.txt explains.
cli-arg-evidence-since = Only assessments with a revision or review signed on or after DATE (YYYY-MM-DD, UTC). Each comes with its full history, so its revision chain still verifies
cli-arg-evidence-output = Where to write: a FILE.zip, or a directory that does not exist or is empty, or - for the zip on standard output [default: evidence-YYYY-MM-DD.zip in the current directory]. Nothing is ever replaced
cli-arg-evidence-key = The key that signs the manifest: an id (farol:…) or owner name; needed if you have several. Without any key the manifest is written unsigned
cli-about-export = Write a draft as JSON (to import elsewhere) or CSV (answers or action plan)
cli-arg-export-id = The assessment id (see `farol list`)
cli-arg-export-format = json (the whole draft, to import elsewhere) or csv (the answers, or with --plan the action plan); default: json
cli-arg-export-plan = With --format csv: the action plan instead of the answers
cli-arg-export-output = Write to FILE instead of the standard output
cli-about-import = Create a draft from a JSON export
cli-arg-import-file = A file written by `farol export ID --format json` (- for the standard input)
cli-arg-import-id = Import under this id instead of the one in the file
cli-arg-import-force = Replace the draft of an assessment that already has this id
cli-about-questionnaire = Work with questionnaires
cli-about-questionnaire-check = Validate a questionnaire file; every problem with file, line and column
cli-arg-questionnaire-check-file = The questionnaire file (.ron); - for standard input
cli-arg-questionnaire-check-json = Machine-readable output
cli-about-questionnaire-list = List the built-in questionnaires

## clap's usage errors (an unknown option, a missing argument…)
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-invalid-subcommand = unrecognized subcommand '{ $name }'
cli-clap-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-possible-values = possible values: { $values }
cli-clap-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-clap-missing-required = the following required arguments were not provided: { $args }
cli-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-wrong-number = wrong number of values for '{ $arg }': { $actual } given
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-suggest = tip: a similar one exists: '{ $suggestion }'
cli-clap-more-info = For more information, try '--help'.
cli-arg-answer-row = For a table: change row N (from 1) instead of adding one; the cells given replace that row's, the others are kept (with --clear: remove that row)
cli-answer-no-row = '{ $id }' has no row { $row }: its table has { $rows ->
    [0] no rows
    [one] 1 row
   *[other] { $rows } rows
}
    {"  "}hint: `farol score` and the report list the rows; add one without --row
cli-answer-row-not-table = --row is for a table question, and '{ $id }' is not one
cli-no-dossier = there is no dossier at { $path }
    {"  "}hint: check the path (--dossier, FAROL_DOSSIER); `farol new` or `farol demo` starts a dossier there
cli-cannot-write-stdout = cannot write the output

## Forks
cli-about-completions = Print the completion script for a shell, to install where the shell reads them
cli-about-man = Print the manual page (roff), e.g. `farol man > farol.1 && man -l farol.1`
cli-arg-completions-shell = The shell: bash, zsh, fish, elvish or powershell
cli-about-questionnaire-show = Every question of the built-in questionnaire with its id, or one question whole
cli-about-questionnaire-export = Write a built-in questionnaire's file, byte for byte, to adapt or check it
cli-arg-questionnaire-show-question = A question id, e.g. sec.mfa; without it, every question
cli-arg-questionnaire-show-list = List every question (the same as giving none)
cli-arg-questionnaire-export-id = The questionnaire id (default: macau-pdpa)
cli-arg-questionnaire-export-output = The file to write; - or none for standard output
cli-questionnaire-unknown = there is no built-in questionnaire '{ $id }'; the built-in ones are: { $known }
cli-questionnaire-no-question = '{ $id }' is not a question of the built-in questionnaire; `farol questionnaire show --list` lists every question with its id
cli-questionnaire-show-line = { $id }  [{ $section }]  { $prompt }
cli-questionnaire-show-section = section: { $section }
cli-questionnaire-show-one-of = answer: one of { $values }
cli-questionnaire-show-any-of = answer: any of { $values } (separated by commas)
cli-questionnaire-show-columns = answer: rows with the columns { $values } (`farol answer ID QUESTION "column=value; …"` adds one)
cli-questionnaire-show-text = answer: text
cli-questionnaire-show-number = answer: a whole number (at least { $min }, at most { $max })
cli-questionnaire-show-date = answer: a date, YYYY-MM-DD
cli-questionnaire-show-conditional = asked only when earlier answers make it relevant
cli-questionnaire-show-why = why it matters: { $text }
cli-questionnaire-show-example = example: { $text }
cli-questionnaire-show-cite = cites: { $cite }
cli-questionnaire-export-failed = cannot write the questionnaire to { $path }: check that its directory exists and that you may write there
cli-questionnaire-exported = Wrote { $path } (fingerprint { $fingerprint }); check a changed copy with `farol questionnaire check { $path }`
cli-arg-keys-list-json = Machine-readable output (JSON, with a schema version)
cli-about-resolve = End a fork: sign a revision that follows one latest revision and merges the others
cli-arg-resolve-keep = Sign that latest revision's content (N-<hash>, as `farol verify` names it) instead of the draft's; the draft becomes that content
cli-resolve-keep-draft-changed = your draft of '{ $id }' holds changes no revision has signed, and --keep would replace them: run `farol resolve { $id }` to sign your draft as the revision that ends the fork, or sign it first with `farol sign { $id }` and then resolve
cli-resolve-bad-keep = '{ $given }' names no revision: give N-<hash>, as `farol verify` names the latest revisions
cli-resolve-keep-not-a-tip = '{ $given }' is not one of the latest revisions of the fork: choose one of { $tips }
cli-resolved = Signed { $id } revision { $revision } ({ $file }): it merges { $count ->
    [one] the other latest revision, { $merged }
   *[other] the other latest revisions, { $merged }
}. The fork is resolved; every revision is kept as evidence.
cli-signed-forked = warning: '{ $id }' is forked: { $file } does not follow { $count ->
    [one] { $others }, which arrived from another clone
   *[other] { $others }, which arrived from another clone
}. Both are kept, but `farol verify` fails until you run `farol resolve { $id }`.
cli-forked-warning = note: '{ $id }' is forked: its latest revisions are { $tips }; { $latest } is used. `farol verify` names the fork; `farol resolve { $id }` ends it.
cli-after-farol =
    Environment:
    {"  "}FAROL_DOSSIER     the dossier directory, as --dossier
    {"  "}FAROL_LANG        the language, as --lang: en, zh-Hant or pt
    {"  "}FAROL_KEYS        the directory of your private signing keys
    {"                    "}(default: keys/ in Farol's configuration directory)
    {"  "}FAROL_PASSPHRASE  the passphrase of a protected key, for scripts
    {"                    "}(else it is asked on the terminal)
    {"  "}FAROL_CONFIG_DIR  where Farol keeps its settings
    {"                    "}(default: ~/.config/farol on Linux)
    {"  "}FAROL_THEME       the terminal UI's colours: dark, light or auto (default: auto)
    {"  "}NO_COLOR          set to anything: the terminal UI uses no colour
cli-arg-json = Machine-readable output (see "JSON output" in the README)
cli-json-not-with-stdout = --json and -o - would both write to standard output: write the PDF to a file with -o FILE, or leave out --json
cli-stdin-once = standard input (-) can be given once only
cli-stdin-two-options = { $first } and { $second } both ask to read standard input (-), which can be read once: give one of them as a file
cli-json-not-with-stdout-zip = --json and -o - would both write to standard output: write the bundle to a file with -o FILE.zip, or leave out --json
cli-progress-reports = Rendering the reports:
cli-progress-verify = Signed files checked:
