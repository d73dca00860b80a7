# Farol's error messages. Each is shown as "error: MESSAGE", the hint on the next line.
# Placeables: $path, $dir, $file, $dossier are paths; $at is "file:line:column"; $id an
# assessment id; $source the operating system's reason; $problems a list, one per line.

## Layout

# An error and, on its own line, what to do about it. Keep the two spaces and the
# word for "hint" short.
err-with-hint =
    { $message }
    {"  "}hint: { $hint }
# Where in a file, then what is wrong there.
err-at = { $at }: { $message }
# The first line of an error on standard error, and each cause after it.
err-error = error: { $message }
err-caused-by = {"  "}caused by: { $message }
# A hint for a bug.
err-bug-hint = this is a bug in Farol; please report it

## Reading and writing files

err-io-read = cannot read { $path }: { $source }
err-io-write = cannot write { $path }: { $source }
err-io-create = cannot create { $path }: { $source }
err-io-move-aside = cannot move aside { $path }: { $source }
err-io-temp-dir-in = cannot create a temporary directory in { $path }: { $source }
err-io-temp-dir-unpack = cannot create a temporary directory to unpack { $path }: { $source }
err-io-unpack-into = cannot unpack into { $path }: { $source }
err-io-signed-cannot-remove = signed the review, but cannot remove { $path }: { $source }

# The operating system's reasons, for languages other than English (English shows the
# system's own text).
err-os-not-found = No such file or directory
err-os-permission-denied = Permission denied
err-os-disk-full = No space left on device
err-os-already-exists = File exists

## Fixed phrases the library puts in its messages

err-phrase-read-dossier = check that you may read the dossier
err-phrase-dossier-read = check that the dossier exists and that you may read it
err-phrase-dossier-write = check that the dossier exists and that you may write to it
err-phrase-dir-write = check that the directory exists and that you may write to it
err-phrase-file-read = check that the file exists and that you may read it
err-phrase-key-dir-read = check that you may read the key directory
err-phrase-key-dir-write = check that you may write to the key directory, or set FAROL_KEYS to another one
err-phrase-key-dir-create = check that the directory can be created, or set FAROL_KEYS to another one
err-phrase-key-file-exists = check that the key file exists; `farol keys list` shows your keys
err-phrase-assessment-dir-write = check that you may write to the assessment's directory
err-phrase-path-read = check the path and that you may read the file
err-phrase-path-records = check the path: give a record file, an assessment directory or a dossier
err-phrase-path-reviews = check the path; `farol verify` on the assessment lists its reviews
err-phrase-path-revisions = check the path; `farol verify` on the assessment lists its revisions
err-phrase-remove-tmp-dirs = remove the .*.tmp directories left there by interrupted runs
err-phrase-remove-by-hand = remove the file by hand: the signed review is complete
err-phrase-set-tmpdir = set TMPDIR to a directory you may write to
err-phrase-disk-full-nothing-written = the disk is full: free some space on it and do it again; nothing was written
err-phrase-zip-bug = this is a bug in Farol; write the bundle as a directory with -o DIR meanwhile
err-phrase-zip-damaged = the file is damaged or is not a zip; ask for the bundle again
err-phrase-give-bundle = give the zip written by `farol evidence`, or the directory it unpacks to
err-phrase-sign-first = sign an assessment with `farol sign ID` first; drafts are not bundled, as they carry no signature
err-phrase-earlier-since = give an earlier --since date, or leave it out to bundle every signed assessment
err-phrase-record-damaged = the file was damaged or is not a Farol record; restore it from a backup
err-phrase-review-damaged = the file was damaged or is not a Farol review; restore it from a backup
err-phrase-give-revision = give a signed revision file, …/assessments/ID/revisions/NNNN.ron
err-phrase-give-review = give a signed review file, …/assessments/ID/reviews/NNNN.ron
err-phrase-verify-newer = verify it with a newer Farol
err-phrase-read-newer = read it with a newer Farol
err-phrase-key-file-describes = this file describes a signing key; restore it from a backup, or make a new key with `farol keys new`
err-phrase-key-files-mixed = the key files were mixed up or edited; restore both from a backup
err-phrase-key-restore = restore the key from a backup, or make a new one with `farol keys new`
err-phrase-record-edited = a signed record must not be edited; restore it from a backup
err-phrase-record-restore = restore the record from a backup; a draft is signed with `farol sign ID`
err-phrase-review-copied = it was copied from another assessment; move it back there or remove it. The file has not been changed.
err-phrase-not-utf8 = this is not UTF-8 text
err-phrase-not-record = this is not a Farol record (it does not start with `Record(`)
err-phrase-not-review = this is not a Farol review (it does not start with `Review(`)
err-phrase-lock-reappearing = the lock file keeps reappearing
err-phrase-too-many-leftovers = too many leftovers
err-phrase-some-space = some space

err-phrase-ron-eof = Unexpected end of RON
err-phrase-ron-comma = Expected comma
err-phrase-ron-close-paren = Expected closing `)`
err-phrase-ron-close-bracket = Expected closing `]`
err-phrase-ron-close-brace = Expected closing `{"}"}`
err-phrase-ron-open-paren = Expected opening `(`
err-phrase-ron-open-bracket = Expected opening `[`
err-phrase-ron-string = Expected string
err-phrase-ron-string-end = Expected end of string
err-phrase-ron-integer = Expected integer
err-phrase-ron-boolean = Expected boolean
err-phrase-ron-identifier = Expected identifier
err-phrase-ron-colon = Expected colon
err-phrase-ron-trailing = Non-whitespace trailing characters
err-phrase-ron-missing-field-in = Unexpected missing field named { $field } in { $within }
err-phrase-ron-missing-field = Unexpected missing field named { $field }
err-phrase-ron-duplicate-field-in = Unexpected duplicate field named { $field } in { $within }
err-phrase-ron-unexpected-char = Unexpected char { $char }
err-phrase-hint-eof = the file ends too early: it may have been cut off; restore it from a backup or close the open brackets
err-phrase-hint-comma = put a comma between the items
err-phrase-hint-quotes = write text between double quotes
err-phrase-hint-format = fix the text at that position; the format is described in questionnaires/FORMAT.md
err-phrase-kind-yes-no = Yes, No or Unsure
err-phrase-kind-a-choice = a Choice
err-phrase-kind-a-number = a Number
err-phrase-kind-a-date = a Date
err-phrase-typed-yes-no = yes, no or unsure
err-phrase-typed-number = a whole number
err-phrase-typed-date = a date written YYYY-MM-DD
err-phrase-typed-row = a row written column=value; column=value
err-phrase-add-field = add the field `{ $field }`
err-phrase-rename-field = remove or rename the field; allowed here: { $allowed }
err-phrase-use-one-of = use one of: { $allowed }
err-phrase-write-once = write `{ $field }` only once
err-phrase-write-struct = write `{ $name }(` here
err-phrase-review-tampered = the review was changed or damaged after it was signed (a signed review is never edited); restore it from a backup
err-phrase-record-tampered = the record was changed or damaged after it was signed (a signed record is never edited); restore it from a backup
err-phrase-no-signature = no signature: the file does not end with the `// -- farol signature` trailer, so it was cut short, or it is not a signed record
err-phrase-key-needs-name = a key needs its owner's name
err-phrase-public-key-length = the public key has the wrong length
err-phrase-question-ids = question ids look like sec.mfa; `farol review ID` lists every question with its id
err-phrase-known-keys = known keys: { $known }
err-phrase-several-keys = '{ $id }' names several keys; give more of the id: { $known }
err-phrase-whose-key = '{ $source }' does not say whose key it is
err-phrase-holds-no = it holds no { $file }
err-phrase-no-signed-assessment = the dossier { $dossier } has no signed assessment
err-phrase-nothing-since = no assessment has a revision or review signed on or after { $since }
err-phrase-zip-build = cannot build the zip: { $why }
err-phrase-not-ed25519 = not an Ed25519 private key in PKCS#8 PEM ({ $why })
err-phrase-key-mismatch = this private key does not match its description { $file }
err-phrase-signed-since = revision { $revision } has been signed since
err-phrase-revision-gone = revision { $revision } is no longer in the dossier (the latest is { $latest })
err-phrase-revision-replaced = revisions/{ $file } is no longer the file that was reviewed (its SHA-256 differs): it was replaced or changed
err-phrase-newer-record = this record was written by a newer Farol (format { $found }; this one reads up to { $supported })
err-phrase-newer-review = this review was written by a newer Farol (format { $found }; this one reads up to { $supported })
err-phrase-review-of-other = this review is of assessment '{ $other }', not of '{ $id }'
err-phrase-public-key-line = line { $line }: the public key line is damaged (expected `{ $prefix }` and 64 lowercase hex digits)
err-phrase-signature-line = line { $line }: the signature line is damaged (expected `{ $prefix }` and 128 lowercase hex digits)
err-phrase-lost-newline = line { $line }: the signature line has lost its final newline (the file was cut short or edited)
err-phrase-text-after = line { $line }: there is text after the signature, which nobody signed
err-phrase-bad-public-key = line { $line }: the public key is not a valid Ed25519 key
err-phrase-bad-signature = line { $line }: the signature is malformed
err-phrase-no-revision-yet = '{ $id }' has no signed revision yet: sign it with `farol sign { $again }`
err-phrase-revisions-are = its revisions are { $revisions }
err-phrase-did-you-mean-one-of = did you mean one of: { $ids }?
err-phrase-line-column = line { $line }, column { $column }: { $why }
err-phrase-json-eof = the file ends too early: it was cut off; export the draft again
err-phrase-json-syntax = this is not valid JSON at that position (a missing comma, quote or bracket?); fix it there, or export the draft again
err-phrase-json-data = a field there has a wrong name or value; an export has the fields `farol export ID --format json` writes
err-phrase-json-io = check that the file can be read
err-phrase-attest-description = the description of the processing matches reality
err-phrase-attest-risks = the risks are understood
err-phrase-attest-plan = the action plan is accepted and will be carried out
err-phrase-cell-date = expects a date, Text("YYYY-MM-DD")
err-phrase-cell-text = expects Text("…")
err-phrase-cell-choice = expects one Choice("…")
err-phrase-cell-choices = expects Choices(["…"])
err-phrase-cell-not-date = '{ $date }' is not a date written YYYY-MM-DD, e.g. 2026-11-02
err-phrase-cell-no-choice = no choice '{ $choice }'; choose from: { $allowed }

## Questionnaires, locks, policy, settings

err-load-io-hint = check the path and that you may read the file
err-lock-held = the assessment '{ $id }' is already open in another Farol (process { $pid })
err-lock-held-review = the review of '{ $id }' is already open in another Farol (process { $pid })
err-lock-held-hint = switch to that window, or close it first. If that process is gone, remove { $path }
err-lock-busy = the assessment '{ $id }' is being changed by another Farol command; waited { $waited } s for it to finish
err-lock-busy-review = the review of '{ $id }' is being changed by another Farol command; waited { $waited } s for it to finish
err-lock-busy-hint = nothing was written; try again in a moment. If this persists, a farol process is stuck changing { $path }: find it with `ps` and end it
err-lock-io = cannot lock { $path }: { $source }
err-lock-io-hint = check that you may write to the dossier directory
lock-other-host = note: '{ $id }' was locked on another computer ({ $host }, by { $user }, since { $since }). A lock holds only on the computer that took it, so it was taken over here. Each person edits their own draft: what is edited there reaches this dossier when it is signed, committed and pulled.
err-policy-io-hint = check that you may read the dossier
err-policy-parse-hint = the policy file reads `Policy(allow_self_review: true)`, or remove it to refuse self-review
err-settings-no-home = cannot find a home directory to keep settings in: set { $env }

## Reviews

err-review-incomplete = '{ $id }': its signed history is incomplete, so its status cannot be told: { $problems }
err-review-incomplete-hint = run `farol verify { $dir }` for the details, and restore the files from a backup
err-review-newer-schema = { $at }: this review was written by a newer Farol (schema { $found }; this one reads up to { $supported })
err-review-newer-schema-hint = open it with a newer Farol. The file has not been changed.
err-review-not-signed = '{ $id }' has no signed revision to review
err-review-not-signed-hint = the assessor signs the draft first with `farol sign { $id }`
# $reason says what changed since, e.g. "revision 3 has been signed since".
err-review-outdated = this review judges revision { $judged } of '{ $id }', but { $reason }
err-review-outdated-hint = run `farol review { $id }` to review revision { $latest }; the review of revision { $judged } is kept aside when the new one is saved
err-review-broken-revisions =
    the revisions of '{ $id }' do not verify, so they cannot be approved or rejected:
    { $problems }
err-review-broken-revisions-hint = run `farol verify { $dir }` for the details, and have the assessor restore the revisions from a backup
err-review-broken-chain =
    the reviews of '{ $id }' do not verify, so a new review cannot be chained to them:
    { $problems }
err-review-broken-chain-hint = run `farol verify { $dir }` for the details, and restore the reviews from a backup
err-review-no-opinion = the review of '{ $id }' gives no overall opinion
err-review-no-opinion-hint = choose one: `farol review { $id } --opinion approve|approve-with-conditions|reject`
err-review-no-conditions = an approval with conditions must say what the conditions are
err-review-no-conditions-hint = write them: `farol review { $id } --conditions "…"`
err-review-no-reason = a rejection must say why: there are no reasons, comments or sections marked to improve or to correct
err-review-no-reason-hint = give the reasons with `farol review { $id } --conditions "…"`, comment on questions with --comment, or mark sections with --verdict
err-review-not-attested = an approval needs every attestation; not given: { $missing }
err-review-not-attested-hint = attest after checking each point, e.g. `farol review { $id } --attest all`, or reject
err-review-to-correct-approved = the review approves '{ $id }' but marks { $sections } to correct
err-review-to-correct-approved-hint = reject (saying what must be corrected), or change the verdict once the section is right
err-review-not-judged = the review approves '{ $id }' but gives no verdict on { $sections }
err-review-not-judged-hint = judge every section first (--verdict SECTION acceptable, to-improve or to-correct), or reject
err-review-self-review = revision { $revision } of '{ $id }' was signed by { $name } with this same key ({ $key }): its signer cannot countersign a review of it
err-review-self-review-hint = ask another reviewer or approver to countersign; if one person must do both, say so in the dossier's policy.ron: Policy(allow_self_review: true)
err-review-unknown-question = the review comments on '{ $question }', which is not a question of { $questionnaire }
err-review-unknown-section = the review gives a verdict on '{ $section }', which is not a section of { $questionnaire }
err-review-unknown-section-hint = the sections are: { $known }
err-review-assessor-key = { $key } ({ $name }) is an assessor's key; a review is countersigned by a reviewer or an approver
err-review-assessor-key-hint = create a reviewer key with `farol keys new --name "{ $name }" --role reviewer`, have the dossier trust it (`farol keys trust`), and sign with --key
err-review-due-too-early = the review is due again on { $due }, which is not after today ({ $today })
err-review-due-too-early-hint = give a later date with --due YYYY-MM-DD, or none for six months from today
err-review-exists = { $path } already exists: a signed review is never overwritten
err-review-exists-hint = another review was countersigned at the same time; run `farol review` again

## Export and import

err-exchange-not-export = { $file }: this is not a Farol export (it has no `farol_export` field)
err-exchange-not-export-hint = give a file written by `farol export ID --format json`
err-exchange-newer-format = { $at }: this export was written by a newer Farol (format { $found }; this one reads up to { $supported })
err-exchange-newer-schema = { $at }: the draft was written by a newer Farol (schema { $found }; this one reads up to { $supported })
err-exchange-newer-hint = import it with a newer Farol
err-exchange-questionnaire-mismatch = { $at }: the export names the questionnaire { $top }, but its draft answers { $inner }
err-exchange-questionnaire-mismatch-hint = the two must agree; export the draft again with `farol export ID`
err-exchange-bad-answer-hint = correct or remove that answer in the file, or export the draft again
err-exchange-bad-id-empty = '{ $id }' cannot be an assessment id: it is empty
err-exchange-bad-id-long = '{ $id }' cannot be an assessment id: it is longer than 100 characters
err-exchange-bad-id-dot = '{ $id }' cannot be an assessment id: it starts with a dot
err-exchange-bad-id-characters = '{ $id }' cannot be an assessment id: it holds characters other than letters, digits, '-', '_' and '.'
err-exchange-bad-id-hint = use letters, digits, dashes, dots and underscores, e.g. --id clinic-portal-copy
err-exchange-exists = the dossier { $dossier } already has an assessment '{ $id }'
err-exchange-exists-hint = import it under another id with --id NEWID, or replace its draft with --force
err-exchange-csv = cannot write the CSV: { $why }
err-exchange-csv-hint = this is a bug in Farol; export as JSON meanwhile

## Signing keys

err-key-exposed = { $path } is readable by other users (mode { $mode }); a private key must be readable by its owner alone
err-key-exposed-hint = run `chmod 600 { $path }`, and if others may have copied it, make a new key with `farol keys new`
err-key-exposed-dir = the key directory { $path } is open to other users (mode { $mode })
err-key-chmod-dir-hint = run `chmod 700 { $path }`
err-key-writable-dir = the key directory { $path } can be written by other users (mode { $mode }): anyone could put their key in place of yours, so nothing is signed with it
err-key-writable-dir-hint = run `chmod 700 { $path }`, then check with `farol keys list` that the keys there are yours
err-key-needs-passphrase = { $path } is protected by a passphrase, and there is no terminal to ask for it
err-key-needs-passphrase-hint = run the command in a terminal, or set { $env } for this command alone
err-key-wrong-passphrase = wrong passphrase for { $path } (or the file is damaged)
err-key-wrong-passphrase-hint = try again; a forgotten passphrase cannot be recovered: make a new key with `farol keys new` and have it trusted
err-key-no-keys = no signing key in { $dir }
err-key-no-keys-hint = create one with `farol keys new --name "Your Name" --role assessor`
err-key-which-key = there are { $count } signing keys in { $dir }; say which one signs
err-key-which-key-hint = pass --key with one of: { $known }
err-key-unknown-key = no signing key '{ $id }' in { $dir }
err-key-bad-role = '{ $role }' is not a role
err-key-bad-role-hint = use assessor, reviewer or approver
err-key-no-name-hint = give the name of the key's owner, e.g. --name "Ana Lei"
err-key-not-a-key = cannot read a public key from '{ $given }'
err-key-not-a-key-hint = give a file written by `farol keys show` (…pub.ron), an SPKI PEM file (BEGIN PUBLIC KEY), 64 hex digits, or the id of one of your own keys (farol:…)
err-key-no-role = the key to trust says nothing about its role
err-key-no-role-hint = add --role assessor, --role reviewer or --role approver
err-key-random = the system's random number generator failed: { $why }
err-key-random-hint = try again; if it persists, the operating system cannot supply randomness
err-key-encode = cannot encode the new key as PKCS#8: { $why }
err-key-no-home = no configuration directory for this user
err-key-no-home-hint = set { $env } to a directory for your signing keys
err-key-trust-without-name = --trust { $spec }: the file holds a key but not whose it is nor in what role
err-key-trust-without-name-hint = give the file `farol keys show` writes (it names the owner and the role), or the key's full fingerprint
err-key-unknown-fingerprint = --trust { $fingerprint }: no key with this fingerprint came with what is verified, nor is one in your dossier, so its owner and role are unknown
err-key-unknown-fingerprint-hint = give the key's file as `farol keys show` writes it (`--trust FILE`)
err-key-not-trust-spec = --trust { $spec }: not a key file nor a full fingerprint
err-key-not-trust-spec-hint = give a file written by `farol keys show`, or the 64 hex digits of a fingerprint obtained from the key's owner

## Signed revisions

err-record-exists = { $path } already exists: a signed revision is never overwritten
err-record-exists-hint = another signature was made at the same time; run `farol sign` again to make the next revision
err-record-broken-chain =
    the revisions of '{ $id }' do not verify, so a new revision cannot be chained to them:
    { $problems }
err-record-broken-chain-hint = run `farol verify { $dir }` for the details, and restore the revisions from a backup
err-record-incomplete =
    the signed history of '{ $id }' is incomplete, so nothing new is signed on top of it (that would hide the removal):
    { $problems }
err-record-incomplete-hint = run `farol verify { $dir }` for the details, and restore the missing files from a backup
err-record-not-records = { $path } is not a record, an assessment or a dossier
err-record-not-records-hint = give a revision file (…/revisions/0001.ron), an assessment directory (…/assessments/ID) or a dossier directory
err-record-no-revision = '{ $id }' has no revision { $revision }
err-record-no-revision-yet = '{ $id }' has no revision yet

## The dossier and its drafts

err-dossier-io-hint = check that the dossier directory exists and that you may write to it (set it with --dossier DIR or FAROL_DOSSIER)
err-dossier-not-found = no assessment '{ $id }' in the dossier { $dossier }
err-dossier-not-found-did-you-mean = `farol list` shows the assessments; did you mean '{ $close }'?
err-dossier-not-found-empty = `farol list` shows the assessments; the dossier is empty: start one with `farol new --title …` or `farol demo`
err-dossier-not-found-known = `farol list` shows the assessments; known: { $known }
# $hint says what to do about a draft that cannot be read.
err-dossier-unchanged-hint = { $hint }. The file has not been changed.
err-dossier-newer-schema = { $at }: this draft was written by a newer Farol (schema { $found }; this one reads up to { $supported })
err-dossier-newer-schema-hint = open it with a newer Farol. The file has not been changed.
err-dossier-bad-answer-hint = correct or remove that answer in the file. The file has not been changed.
err-dossier-missing-questionnaire = the questionnaire this draft answers ({ $id } { $version }, fingerprint { $short }) is not in the dossier nor built into this Farol
err-dossier-missing-questionnaire-hint = copy the questionnaire file into { $dir }
err-dossier-unknown-questionnaire = no questionnaire '{ $name }'
err-dossier-unknown-questionnaire-hint = name a built-in questionnaire (macau-pdpa) or the path of a .ron file
err-dossier-invalid-questionnaire = { $errors ->
    [one] the questionnaire { $file } has 1 error; run `farol questionnaire check { $file }` to see it
   *[other] the questionnaire { $file } has { $errors } errors; run `farol questionnaire check { $file }` to see them
}
err-dossier-disk-full = the disk is full: cannot write { $path }
err-dossier-disk-full-hint = free some space on that disk and do it again; the draft on disk is as it was before
err-dossier-changed-on-disk = { $path } was changed by another Farol command since it was read
err-dossier-changed-on-disk-hint = nothing was written; it is read again now: look it over and try again
err-dossier-rebuild = '{ $id }' has no draft on this computer, and its latest signed revision, to start one from, cannot be read:

## Answers

# $suggestion is " (did you mean 'x'?)" or " (questionnaire version)", with its leading space.
err-answer-unknown-question = '{ $id }' is not a question of this questionnaire{ $suggestion }
err-answer-did-you-mean = {" "}(did you mean '{ $id }'?)
err-answer-wrong-kind = question '{ $question }' expects { $expected }, not { $got }
err-answer-unknown-choice = question '{ $question }' has no choice '{ $choice }'; choose from: { $allowed }
err-answer-one-choice = question '{ $question }' takes one choice, not several
err-answer-out-of-range = question '{ $question }': { $value } is out of range ({ $range })
err-answer-unknown-column = question '{ $question }' has no column '{ $column }'; columns: { $allowed }
err-answer-bad-cell = question '{ $question }', column '{ $column }': { $problem }
err-answer-unreadable = question '{ $question }': cannot read '{ $value }' as { $expected }

## Evidence bundles

err-evidence-nothing = nothing to bundle: { $why }
err-evidence-exists = { $path } already exists
err-evidence-exists-not-empty = { $path } already exists and is not empty
err-evidence-exists-not-dir = { $path } already exists and is not a directory
err-evidence-exists-filled = { $path } already exists and was filled while the bundle was written
err-evidence-exists-hint = an evidence bundle never replaces anything; name another output with -o, or move the old one away
err-evidence-bad-name = { $path }: the name { $name } cannot be listed in a manifest (it holds a line break or a backslash)
err-evidence-bad-name-hint = rename it to letters, digits and dashes
err-evidence-disk-full = the disk is full: cannot unpack { $what } into { $path }
err-evidence-disk-full-hint = free { $need } on that disk, or point TMPDIR at a disk with room, and run the command again; nothing of the bundle was kept
err-evidence-not-bundle = { $path } is not an evidence bundle: { $why }

err-record-not-forked = '{ $id }' is not forked: it has one latest revision, so there is nothing to resolve
err-record-not-forked-hint = sign the draft with `farol sign { $id }`
err-record-ambiguous = '{ $id }' has { $count } files for revision { $revision } (a fork): { $choices }
err-record-ambiguous-hint = name one by the start of its hash, e.g. `{ $first }`; `farol verify` names the fork and `farol resolve { $id }` ends it
