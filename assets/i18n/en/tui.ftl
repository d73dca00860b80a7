# The terminal UI (src/tui): every word on its screens. Key names (Enter, Esc, Tab…) stay
# as printed on the keyboard; a key named inside a message is the key to press.

tui-app-title = Farol — privacy impact assessments under Macau's Personal Data Protection Act
tui-home-dossier = Dossier:
tui-home-list-title = Assessments
tui-home-loading = Reading the dossier…
tui-home-empty =
    There are no assessments in this dossier yet.

    Press n to start a new assessment: Farol asks about the system you are about to deploy, one plain question at a time, and shows the privacy risk for each kind of personal data as you answer.

    Or press d to add a filled-in example (a chat and attendance platform rolled out at a Macau SME) to look around first.

    Everything is saved as you go; nothing leaves this computer.
tui-home-columns-1 = Assessment
tui-home-columns-2 = Status
tui-home-columns-3 = Risk
tui-home-columns-4 = Review due
tui-home-columns-5 = Last change
tui-overdue = OVERDUE
tui-home-status-unreadable = unreadable
tui-home-unreadable = This draft cannot be read:
tui-home-nothing-to-open = Nothing to open yet: press n for a new assessment or d for the demo.
tui-key-choose = choose
tui-key-open = open
tui-key-new = new
tui-key-review = review
tui-key-demo = demo
tui-key-keys = keys
tui-key-quit = quit
tui-no-risk-yet = not scored yet
tui-form-title = New assessment
tui-form-intro = Who is assessing what. Only the title is needed now; the rest can wait.
tui-form-labels-0 = Title (e.g. Fingerprint clock rollout)
tui-form-labels-1 = Organisation
tui-form-labels-2 = System assessed
tui-form-labels-3 = Vendor
tui-form-labels-4 = Assessor (your name and role)
tui-form-questionnaire = Questionnaire (←→ to change)
tui-form-create = Create and start
tui-form-title-required = Give the assessment a title first.
tui-key-next-field = next field
tui-key-create = create
tui-key-back = back
tui-tab-questions = Questions
tui-tab-plan = Plan
tui-risk-label = Risk:
tui-saved = ✓ saved
tui-saving = saving…
tui-save-failed = ✗ NOT SAVED
tui-reloaded = ↻ reloaded
tui-reloaded-note = Another Farol command changed this draft: read again from disk.
tui-reloaded-lost = Changed by another Farol command: read again. Your last change was NOT saved: redo it.
tui-wizard-nothing = No question is asked given the answers so far.
tui-sections = Sections
tui-yes = Yes
tui-no = No
tui-unsure = Not sure
tui-field-text = Your answer
tui-field-text-multi = Your answer (Enter for a new line)
tui-field-date = Date (YYYY-MM-DD)
tui-rows-empty = No rows yet. Press a to add one.
tui-row-new = New row
tui-live-prefix = Risk changed:
tui-hint-yesno = y n u or 1–3 answer · Space select · Enter select, go on
tui-hint-single = ↑↓ move · Space/1–9 select · Enter select, go on
tui-hint-multi = Space/1–9 tick · Enter go on (none ticked: none apply)
tui-hint-text = Type your answer · Enter or Tab go on · Esc stop typing
tui-hint-text-multi = Type your answer · Tab go on · Esc stop typing
tui-hint-date = Write the date as 2026-11-30 · Enter go on · empty = no answer
tui-hint-number = A whole number · Enter go on · empty = no answer
tui-hint-edit = Enter or e to type · → go on
tui-hint-rows = a add a row · Enter edit · x delete · → go on
tui-hint-row-edit = Space/1–9 tick · Tab/←→ column · Enter save · Esc cancel
tui-help-panel = About this question
tui-help-why = Why this matters
tui-help-example = Example
tui-help-cites = The law
tui-help-more = J/K or Shift-↑↓ more
tui-help-none = No further help for this question.
tui-popup-sections = Jump to a section
tui-popup-search = Search questions
tui-popup-finish = Before you finish
tui-search-label = Words in the question
tui-search-none = No question asked so far matches.
tui-finish-all-done = Every question asked is answered, and none is "not sure". Press Enter or d for the risk dashboard, where s signs the assessment and r writes the PDF report.
tui-key-go-to-it = go to it
tui-key-dashboard = dashboard
tui-tag-unanswered = [unanswered]
tui-tag-unsure = [not sure]
tui-key-question = question
tui-key-sections = sections
tui-key-search = search
tui-key-risk = risk
tui-key-plan = plan
tui-key-next-question = next question
tui-key-previous = previous
tui-key-stop-typing-then-for-key = stop typing (then ? for keys)
tui-map-axes = Severity ↓
tui-map-caption = Likelihood → across. a b: before measures (inherent); A B: with measures (residual)
tui-table-title = Data categories (severity × likelihood, 1–4)
tui-table-columns-1 = Category
tui-table-columns-2 = Before measures
tui-table-columns-3 = With measures
tui-no-categories = No category of personal data is in scope yet: answer the questions about what data the system holds.
tui-severity = severity
tui-likelihood = likelihood
tui-because-answer = answer:
tui-explain-keys = ↑↓ scroll · Enter/Esc close
tui-gains-head = What would lower this most
tui-gains-none = No protective measure left to put in place would lower it: only removing what raises it, or what holds it at a floor.
tui-key-why = why
tui-key-legal = legal
tui-key-questions = questions
tui-key-sign = sign
tui-key-report = report
tui-plan-empty = No actions yet. Press a to add one; the model's recommendations appear here as you answer.
tui-plan-columns-0 = Action
tui-plan-columns-1 = Owner
tui-plan-columns-2 = Due
tui-suggested-mark = suggested
tui-plan-edit = Edit action
tui-plan-new = New action
tui-plan-fields-1 = Detail
tui-plan-fields-3 = Due (YYYY-MM-DD)
tui-plan-title-required = An action needs a title.
tui-plan-bad-date = Write the due date as YYYY-MM-DD, e.g. 2026-12-15, or leave it empty.
tui-plan-status-not-text = The status is not typed: ←/→ change it, Shift-Tab goes back to the owner and date.
tui-plan-edit-keys = Tab next · ←→ status · Enter save · Esc cancel
tui-key-edit-adopt = edit/adopt
tui-key-add = add
tui-key-adopt-all = adopt all
tui-key-status = status
tui-key-delete = delete
tui-help-close = Esc or ? to close
tui-help-home = Keys: home
tui-help-form = Keys: new assessment
tui-help-wizard = Keys: questions
tui-help-dashboard = Keys: risk dashboard
tui-help-plan = Keys: action plan
tui-help-keys-home-choose-an-assessment-or = choose an assessment (or click it)
tui-help-keys-home-open-it = open it
tui-help-keys-home-start-a-new-assessment = start a new assessment
tui-help-keys-home-review-its-latest-signed = review its latest signed revision (reviewers)
tui-help-keys-home-add-the-demo-assessment = add the demo assessment
tui-help-keys-home-re-read-the-dossier = re-read the dossier
tui-help-keys-form-previous-field = previous field
tui-help-keys-form-next-field-on-the-button = next field; on the button, create
tui-help-keys-form-change-the-questionnaire = change the questionnaire
tui-help-keys-form-create-now = create now
tui-help-keys-form-back-home-nothing-create = back home, nothing created
tui-help-keys-wizard-move-between-choices-or = move between choices (or click one)
tui-help-keys-wizard-select-tick-the-choice = select / tick the choice
tui-help-keys-wizard-select-and-go-to-the-nex = select and go to the next question
tui-help-keys-wizard-yes-no-not-sure = yes, no, not sure
tui-help-keys-wizard-pick-a-choice-by-number = pick a choice by number (in a table row too)
tui-help-keys-wizard-previous-question = previous question
tui-help-keys-wizard-type-a-text-number-or-da = type a text, number or date answer
tui-help-keys-wizard-stop-typing-otherwise-ba = stop typing; otherwise back home
tui-help-keys-wizard-clear-the-answer = clear the answer
tui-help-keys-wizard-table-add-edit-delete-a = table: add, edit, delete a row
tui-help-keys-wizard-jump-to-a-section = jump to a section
tui-help-keys-wizard-search-the-questions = search the questions
tui-help-keys-wizard-finish-unanswered-and-no = finish: unanswered and not sure
tui-help-keys-wizard-help-panel-on-narrow-scr = help panel on narrow screens
tui-help-keys-wizard-scroll-the-help-panel = scroll the help panel
tui-help-keys-wizard-risk-dashboard-action-pl = risk dashboard, action plan
tui-help-keys-wizard-quit-everything-is-saved = quit (everything is saved)
tui-help-keys-dashboard-choose-a-category-duty-p = choose a category, duty, purpose or transfer
tui-help-keys-dashboard-why-the-answers-behind-a = why: the answers behind a category's figures
tui-help-keys-dashboard-panels-categories-duties = panels: categories, duties, filing, transfers
tui-help-keys-dashboard-back-to-the-questions = back to the questions
tui-help-keys-dashboard-action-plan = action plan
tui-help-keys-dashboard-sign-freeze-the-draft-in = sign: freeze the draft into the next signed revision
tui-help-keys-dashboard-report-write-the-pdf-for = report: write the PDF for the compliance file
tui-help-keys-plan-choose-an-action = choose an action
tui-help-keys-plan-edit-on-a-suggestion-ado = edit; on a suggestion, adopt it
tui-help-keys-plan-add-your-own-action = add your own action
tui-help-keys-plan-adopt-every-suggestion = adopt every suggestion
tui-help-keys-plan-next-status = next status
tui-help-keys-plan-delete-an-action = delete an action
tui-help-keys-plan-in-the-editor-next-field = in the editor: next field / status
tui-help-keys-plan-risk-dashboard = risk dashboard
tui-dialog-wait = One moment
tui-dialog-reading-keys = Reading your signing keys…
tui-dialog-signing = Signing…
tui-dialog-writing-report = Writing the PDF report…
tui-dialog-sign = Sign this assessment
tui-dialog-signed = Signed
tui-dialog-reported = Report written
tui-dialog-failed = Could not finish
tui-dialog-ok = Enter/Esc close
tui-dialog-close = Esc close
tui-dialog-sign-keys = Enter/y sign · Esc cancel
tui-dialog-sign-keys-many = ↑↓ key · Enter/y sign · Esc cancel
tui-dialog-sign-as = Sign as:
tui-dialog-untrusted = not trusted here yet
tui-dialog-record = Record:
tui-dialog-sha = SHA-256:
tui-report-of-draft = Made from the draft, which has changed since it was last signed (or was never signed): every page says UNSIGNED DRAFT. Sign it (s) for the report to file.
tui-tab-answers = Answers
tui-tab-opinion = Opinion
tui-review-nothing = The revision has no answers to review.
tui-review-no-verdict = No verdict on this section yet: v gives one (acceptable, to improve, to correct).
tui-review-answer = Answer:
tui-review-no-answer = (no answer)
tui-review-note = Assessor's note:
tui-review-comment = ✎ Your comment:
tui-review-your-comment = Your comment
tui-review-no-comment = None yet: press c (or Enter) to write one.
tui-review-note-needs-verdict = Give the section a verdict first (v); the note explains it.
tui-review-opinion-title = Overall opinion
tui-review-opinion-label = Opinion:
tui-review-no-opinion = not chosen yet
tui-review-opinion-hint = ←→ or 1 approve · 2 approve with conditions · 3 reject
tui-review-conditions-label = Conditions of the approval, or reasons for the rejection (Enter to write):
tui-review-conditions-none = none yet
tui-review-attest-head = I attest that (Space to tick; needed to approve):
tui-review-due-label = Review again by:
tui-review-due-reject = none: only an approval is due for review again
tui-review-due-default = six months after countersigning (Enter to set a date)
tui-review-ready = ✓ Ready to countersign: press S.
tui-review-missing = Before countersigning, the review needs:
tui-review-signed-title = The revision as signed
tui-review-edit-comment = Comment on the question
tui-review-edit-note = Note on the section's verdict
tui-review-edit-conditions = Conditions or reasons
tui-review-edit-due = Review again by
tui-review-due-hint = The date the assessment must be reviewed again, as YYYY-MM-DD; empty for six months after countersigning.
tui-review-editor-label = Text
tui-review-editor-keys = Esc or Ctrl-S done (saved) · Enter new line · empty = none
tui-review-editor-keys-line = Enter or Esc done (saved) · empty = none
tui-key-move = move
tui-key-comment = comment
tui-key-verdict = verdict
tui-key-opinion = opinion
tui-key-countersign = countersign
tui-key-row = row
tui-key-tick = tick
tui-key-write = write
tui-key-answers = answers
tui-key-done-saved = done (saved)
tui-key-done = done
tui-help-review = Keys: review
tui-help-keys-review-question-on-to-the-next = question (on to the next section at the end)
tui-help-keys-review-section = section
tui-help-keys-review-comment-on-the-question = comment on the question (empty removes it)
tui-help-keys-review-section-verdict-acceptab = section verdict: acceptable, to improve, to correct, none
tui-help-keys-review-a-note-explaining-the-se = a note explaining the section's verdict
tui-help-keys-review-opinion-page-opinion-con = opinion page: opinion, conditions, attestations
tui-help-keys-review-choose-the-row-change-or = choose the row; change or pick the opinion
tui-help-keys-review-tick-an-attestation-writ = tick an attestation; write the conditions or date
tui-help-keys-review-countersign-the-review-b = countersign: the review becomes a signed record
tui-help-keys-review-acceptable-to-improve-to = acceptable, to improve, to correct; 2 comments
tui-help-keys-review-back-home = back home
tui-dialog-countersign = Countersign the review
tui-dialog-countersigned = Countersigned
tui-dialog-countersigning = Countersigning…
tui-dialog-countersign-as = Countersign as:
tui-dialog-countersign-keys = Enter/y countersign · Esc cancel
tui-dialog-countersign-keys-many = ↑↓ key · Enter/y countersign · Esc cancel
tui-dialog-pass-needed = This key is protected: type its passphrase.
tui-dialog-passphrase = Passphrase:{" "}
tui-dialog-wrong-passphrase = Wrong passphrase: nothing was signed. Type it again, or Esc to cancel.
tui-dialog-opening-key = Opening the key…
tui-dialog-pass-keys = Enter sign · Esc cancel
tui-dialog-pass-keys-many = ↑↓ key · Enter sign · Esc cancel
tui-dialog-countersign-pass-keys = Enter countersign · Esc cancel
tui-dialog-countersign-pass-keys-many = ↑↓ key · Enter countersign · Esc cancel
tui-dialog-assessor-key = cannot countersign
tui-countersign-not-yet = Not yet:
tui-after-countersigning = The assessor sees your comments and verdicts when opening the assessment. Check the records any time with `farol verify`. Esc goes back home.
tui-feedback-tag-correct = [to correct]
tui-feedback-tag-comment = [comment]
tui-review-hint-opinion = choose one on the opinion page (o): approve, approve with conditions or reject
tui-review-hint-conditions = write them on the opinion page (o), or comment on questions (c) and give verdicts (v)
tui-review-hint-attest = tick each point on the opinion page (o, then Space) after checking it, or reject
tui-review-hint-judge-all = give every section a verdict (v) before approving, or reject on the opinion page (o)
tui-review-hint-to-correct = reject on the opinion page (o), or change the verdict (v) once the section is right
tui-review-hint-due = set a later date on the opinion page (o), or leave it empty for six months from today
tui-duty-needs = To meet it:
tui-duty-evidence = Evidence given:
tui-duty-missing = Evidence still missing:
tui-belief-reason = Your reason:
tui-belief-no-reason = none given
tui-belief-confirm = A lawyer should confirm:
tui-legal-none-duties = No legal duty is triggered by the answers so far.
tui-legal-none-filing = No decision yet: it appears once the answers bring personal data in scope.
tui-legal-none-transfers = No data flow is listed yet.
tui-legal-tab-hint = Tab: next panel
tui-all-processing = All processing (no purposes listed yet)
tui-decision-ground = Legal ground:
tui-decision-no-ground = No legal ground given (Art 6): the processing needs one
tui-transfer-basis = Basis:
tui-transfer-no-basis = none named
tui-transfer-unnamed = (unnamed)
tui-review-beliefs-head = Beliefs to check: duties the assessor believes do not apply (they stay open until a lawyer confirms)
tui-review-belief-reason = Assessor's reason:

## Home: where an assessment stands. $r is the latest revision (0: none); $edited is
## "yes" when the draft changed since it was signed (shown on wide screens only).
tui-state-draft-complete = draft, complete
tui-state-draft-wide = draft, { $answered }/{ $shown } answered
tui-state-draft = draft { $answered }/{ $shown }
tui-state-forked = forked after r{ $r }
tui-state-signed = signed{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , edited
   *[no] {""}
}
tui-state-in-review = in review{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}
tui-state-approved = approved{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , edited
   *[no] {""}
}
# Short form of "approved with conditions", for a narrow column (about 16 columns).
tui-state-approved-cond = approved w/ cond
tui-state-approved-cond-wide = approved with conditions
tui-state-rejected = rejected{ $r ->
    [0] {""}
   *[other] {" "}r{ $r }
}{ $edited ->
    [yes] , edited
   *[no] {""}
}
# The separator between the items of a list in running text.
tui-list-separator = {", "}
tui-home-overdue-item = { $id } (due { $due })
tui-home-overdue = ⚠ Review overdue for { $n ->
    [one] 1 assessment
   *[other] { $n } assessments
}: { $list }
tui-status-complete = complete
tui-status-answered = { $answered }/{ $shown } answered
tui-row-editing = Row { $i }
tui-finish-summary = { $unanswered ->
    [one] 1 question unanswered
   *[other] { $unanswered } questions unanswered
} and { $unsure } answered "not sure". A reviewer will ask about each: Enter goes to the one highlighted.
# The label of a number field; $range is one of the three below, or empty.
tui-number-label = Number{ $range }
tui-number-label-unit = Number of { $unit }{ $range }
tui-number-range = , { $min }–{ $max }
tui-number-min = , at least { $min }
tui-number-max = , at most { $max }
tui-not-a-date = '{ $raw }' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30
tui-not-a-number = '{ $raw }' is not a whole number: write digits only, e.g. 250
tui-unreadable = '{ $raw }' cannot be read
tui-bad-date-cell = '{ $raw }' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30 ({ $column })
# $range is one of tui-range-*.
tui-out-of-range = { $value } is out of range: the answer must be { $range }
tui-range-between = { $min } to { $max }
tui-range-at-least = at least { $min }
tui-range-at-most = at most { $max }
# A short risk badge, at most 3 columns wide (a Chinese character is 2 columns).
tui-badge-low = L
tui-badge-medium = M
tui-badge-high = H
tui-badge-very-high = VH
# "With measures: Very high, 1 step (½ level) above High".
tui-above = With measures: { $level }, { $steps } above { $next }
tui-above-held = With measures: { $level }, { $steps } above { $next }, held there by a floor: only removing its cause lowers it
tui-gain-lowers = { $action } — { $now } → { $then }
tui-gain-closer = { $action } — { $steps } closer to the next level down
tui-figure-head = { $stage }, { $axis }: { $level }
tui-plan-title = Action plan: { $items ->
    [one] 1 action
   *[other] { $items } actions
}, { $suggested ->
    [one] 1 suggestion
   *[other] { $suggested } suggestions
}
tui-priority-high = [high]
tui-priority-medium = [medium]
tui-priority-low = [low]
tui-sign-intro = Signing freezes the answers, the risk, the action plan and the question texts as asked into revision { $next }: a record that can never be changed, only followed by a new revision. You can go on editing the draft afterwards.
tui-open-unanswered = { $n ->
    [one] 1 question unanswered
   *[other] { $n } questions unanswered
}
tui-open-unsure = { $n } answered "not sure"
tui-sign-open-questions = Still open: { $open }. The record will show them as open; you may sign now and sign again later.
tui-nothing-to-sign = Nothing has changed since revision { $n } was signed, so there is nothing new to sign. Press r on the risk screen for the report of revision { $n }.
tui-no-key = You have no signing key yet. A key says who signed, and lets anyone check later that nothing changed.
tui-create-key-in-shell = Create one in a shell (it stays on this computer, readable only by you):
# A placeholder inside a shell command: farol keys new --name "Your name"
tui-your-name = Your name
tui-keys-kept-in = Keys are kept in { $dir }. Then press { $key } again.
tui-signed-head = ✓ Revision { $revision } signed by { $signer } with { $key }.
tui-untrusted-after-signing = This dossier does not trust { $key } yet, so `farol verify` will report the record as untrusted until someone responsible for the dossier runs:
tui-after-signing = Check it any time with `farol verify`. Press r on the risk screen for the report of revision { $revision }; further edits go into the draft and the next signature makes revision { $next }.
tui-report-head = ✓ { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, { $kb } KB:
tui-report-of-revision = The report of signed revision { $n }, with its signature and record hash: the one to file.
tui-missing-glyphs = { $n ->
    [one] 1 character cannot be drawn by the report's fonts; it is printed as a code point and listed on the last page.
   *[other] { $n } characters cannot be drawn by the report's fonts; they are printed as code points and listed on the last page.
}
tui-verdict-acceptable = acceptable
tui-verdict-to-improve = to improve
tui-verdict-to-correct = to correct
tui-opinion-approve = approve
tui-opinion-approve-with-conditions = approve with conditions
tui-opinion-reject = reject
tui-plan-status-todo = to do
tui-plan-status-in-progress = in progress
tui-plan-status-done = done
tui-plan-status-dropped = dropped
tui-role-assessor = assessor
tui-role-reviewer = reviewer
tui-role-approver = approver
tui-review-header = Farol · Review of revision { $revision }: { $title }
tui-review-header-opinion = Opinion: { $opinion }
tui-review-header-no-opinion = No opinion yet
tui-review-superseded = The saved review judged revision { $old }; this is a new review of revision { $new } (the old one is kept aside at the first change).
tui-review-already-countersigned = Countersigned as review { $number }: a signed review is never changed. Esc goes back home.
tui-review-bad-date = '{ $raw }' is not a date: write it as YYYY-MM-DD, e.g. 2027-05-31, or leave it empty
tui-review-sections-title = Sections judged { $judged }/{ $n }
tui-review-question-of = question { $i } of { $n }
tui-review-verdict-line = Your verdict on this section: { $verdict }
tui-review-conditions-context = Opinion: { $opinion }. Say what must be done (the conditions of an approval) or why (the reasons for a rejection); the assessor reads it with your comments.
tui-review-summary = Verdicts: { $to_correct } to correct, { $to_improve } to improve, { $acceptable } acceptable, { $none } not given; { $comments ->
    [one] 1 comment
   *[other] { $comments } comments
}.
tui-review-signed-by = Revision { $revision }, signed by { $name } ({ $role }) on { $date }.
tui-review-overall = Risk: { $inherent } before measures → { $residual } with them
tui-review-obligations-open = { $n ->
    [one] 1 legal obligation not yet met
   *[other] { $n } legal obligations not yet met
}
tui-review-plan-head = Action plan: { $n ->
    [one] 1 action
   *[other] { $n } actions
}
tui-review-assessor-key = { $id } ({ $name }) is an assessor's key: a review is countersigned by a reviewer or an approver.
tui-review-assessor-key-hint = choose another key, or create one: `farol keys new --name "Your name" --role reviewer`
tui-review-own-revision = { $id } ({ $name }) signed revision { $revision }: the person who signed a revision does not countersign its review.
tui-review-own-revision-hint = ask another reviewer or approver; if one person must do both, say so in the dossier's policy.ron: `Policy(allow_self_review: true)`
tui-countersign-intro = Countersigning turns this review of revision { $revision } into signed review { $number }: a record that names the revision by its SHA-256 and can never be changed.
tui-no-reviewer-key = You have no reviewer or approver key. A review is countersigned with one, so anyone can check later who approved what.
tui-trust-it = and have the dossier trust it: `farol keys trust ID`
tui-countersigned-head = ✓ Review { $number } countersigned by { $signer } with { $key }: { $opinion }.
# The label starts the line above; the hash goes under what follows it.
tui-countersigned-judges-label = Judges:
tui-countersigned-judges = { tui-countersigned-judges-label } revision { $revision }, whose SHA-256 is
tui-countersigned-due = The assessment is due for review again by { $date }.
tui-feedback-to-correct = { $n ->
    [one] 1 section to correct
   *[other] { $n } sections to correct
}
tui-feedback-to-improve = { $n } to improve
tui-feedback-comments = { $n ->
    [one] 1 comment
   *[other] { $n } comments
}
tui-feedback-answered-by = answered by revision { $n }
tui-feedback-f-lists = f lists them
# $what is " — " and the counts above, or empty; $after one of the two above.
tui-feedback-banner = Review: { $opinion }{ $what } (revision { $revision }, by { $reviewer }) · { $after }
tui-feedback-comment-head = Reviewer: { $reviewer }, on revision { $revision }
tui-feedback-section = { $title } — the reviewer marked it { $verdict }
tui-feedback-conditions = The reviewer's conditions or reasons ({ $opinion }):
tui-finish-review-summary = The review asks you to correct { $to_correct ->
    [one] 1 section
   *[other] { $to_correct } sections
} and answer { $commented ->
    [one] 1 comment
   *[other] { $commented } comments
}; { $unanswered ->
    [one] 1 question
   *[other] { $unanswered } questions
} unanswered, { $unsure } "not sure". Enter goes to the one highlighted; signing again answers the review.
# $state is the shared word for "believed not to apply".
tui-duty-believed = { $state } — a lawyer should confirm
tui-duties-tab-none = Duties
tui-duties-tab = Duties: { $open } of { $total } not met
tui-duties-tab-short = Duties: { $open } not met
tui-duties-head = Met with evidence: { $met } · awaiting the DSPDP: { $awaiting } · believed not to apply: { $believed } · open: { $open }
tui-filing-tab-none = Filing
tui-filing-tab = Filing: { $authorise } to authorise, { $notify } to notify
tui-filing-tab-short = Filing: { $authorise } authorise, { $notify } notify
tui-purpose-unnamed = Purpose { $row } (no name given)
# Art 23: how much of a notification the answers fill.
tui-notification-complete = Notification content (Art 23): all { $total } items filled
tui-notification-missing = Notification content (Art 23): { $filled } of { $total } items filled — missing: { $missing }
# The separator between items that may contain commas.
tui-item-separator = {"; "}
tui-notification-item = ({ $id }) { $title }
tui-notification-item-missing = ({ $id }) { $title }: { $missing }
tui-transfers-tab-none = Transfers
tui-transfers-tab = Transfers: { $without } of { $crossings } without a basis in force
tui-transfers-tab-short = Transfers: { $without }/{ $crossings } no basis in force
tui-transfers-head-none = No data leaves Macau according to the flows listed.
tui-transfers-head = Border crossings: { $crossings }, of which { $without } without a basis in force (Arts 19–20)
# The screening verdict in one line; $verdict is the shared verdict wording.
tui-screening = Screening: { $verdict } — { $reasons }
tui-screening-criteria = Screening: { $verdict } — { $n } criteria: { $reasons }
tui-screening-not-needed = Screening: { $verdict } — you may record and sign the screening decision alone
tui-screening-incomplete = Screening: no verdict yet — { $n ->
    [one] 1 screening question unanswered
   *[other] { $n } screening questions unanswered
}
tui-cite-legend-confirmed = [{ cite-confirmed }]: read in the DSPDP's notes or news, not in the law.
tui-cite-legend-unverified = [{ cite-unverified }]: not checked against a source; ask a lawyer first.
tui-hint = hint: { $hint }

## The language menu (home screen, key L); each language is listed in its own name.
tui-language-menu-title = Language
tui-language-menu-keys = ↑↓ choose · Enter switch · Esc cancel
tui-key-language = language
tui-help-keys-home-language = language: English, 繁體中文, Português (remembered)

## The new-assessment form: the assessment's id (a folder name: never translated itself)
tui-form-id-label = Id (made from the title)
tui-form-id-placeholder = from the title
# Shown dim in the empty id field: the id the title gives.
tui-form-id-from-title = { $id }
tui-form-bad-id = '{ $id }' cannot be an id: use 1 to { $max } lower-case letters a–z, digits and single hyphens inside, e.g. fingerprint-clock-2026
tui-id-taken = The id '{ $id }' is already used in this dossier: type another one, or leave the id empty to derive one from the title.

## Notices
# The status line when the questionnaire has no texts in the screen's language.
tui-questionnaire-lacks-lang = The questionnaire "{ $title }" has no texts in { $language }: its questions are shown in English.
# On the help screen (the ? key).
tui-help-translations = Farol's English texts are the reference, written by its authors. The Chinese and Portuguese texts of Farol's own questions and messages are Farol's translations, not official ones. The authentic texts of Law 8/2005 are its Chinese and Portuguese versions.

# A distance on the risk scale: $n steps of half a level; $amount is e.g. "½", "1", "1½";
# $levels is 1 when $amount is at most one level, 2 beyond.

## The live risk line: a category's level as an answer changed it.
tui-not-processed = not processed
tui-level-change = { $name }: { $from } → { $to }
tui-level-change-because = { $name }: { $from } → { $to } — { $because }

## The terminal UI's own errors
tui-too-small = The terminal is too small: Farol needs { $width }×{ $height } and this one is { $now_width }×{ $now_height }. Enlarge the window, or make the font smaller.
tui-error-terminal = terminal: { $message }
tui-error-not-a-terminal = the assessment screens need a terminal (stdin and stdout are not one)
    {"  "}hint: run farol in a terminal, or use the headless commands: `farol new --title …`, `farol answer`, `farol score`
tui-error-theme = FAROL_THEME={ $value } is not a theme
    {"  "}hint: use FAROL_THEME=dark, FAROL_THEME=light or FAROL_THEME=auto (the default: the terminal's background decides)
tui-error-write = cannot write { $path }: { $message }
    {"  "}hint: check that you may write to the dossier

## The filing pack screen (`f` on the risk screen): the DSPDP filing pack of the draft
tui-key-filing = filing
tui-key-scroll = scroll
tui-key-next-gap = next gap
# Enter on a gap: open the question it names.
tui-key-answer-gap = answer it
tui-help-filing = Keys: filing pack
tui-help-keys-dashboard-filing = filing pack: what to file with the DSPDP, and its gaps
tui-help-keys-filing-scroll = scroll a line
tui-help-keys-filing-page = scroll a page
tui-help-keys-filing-ends = top, bottom
tui-help-keys-filing-next-gap = next gap
tui-help-keys-filing-previous-gap = previous gap
tui-help-keys-filing-open-gap = answer the selected gap's question in the wizard
tui-filing-preview = Preview of the draft, NOT SIGNED: sign the assessment and make the pack with `farol filing` before filing. File in Chinese or Portuguese, one form per purpose.
tui-filing-no-forms = No purpose to file yet: answer the questions on the purposes and their legal basis.
tui-filing-end = The Art 20(1) transfer notifications and the full text to copy are in `farol filing`.
# The line above the pack; $first–$last: the lines shown, of $total.
tui-filing-status = Filing pack: { $forms ->
    [one] 1 form
   *[other] { $forms } forms
} ({ $authorise ->
    [one] 1 authorisation request
   *[other] { $authorise } authorisation requests
}) · { $gaps ->
    [0] complete
    [one] 1 gap
   *[other] { $gaps } gaps
} · lines { $first }–{ $last } of { $total }

## The filing pack as a PDF, from the filing screen (r)
tui-key-filing-pdf = PDF
tui-help-keys-filing-pdf = write the pack as a PDF into reports/
tui-dialog-writing-filing = Writing the filing pack as a PDF…
tui-filing-pdf-of-revision = The pack of signed revision { $n }, named with its SHA-256: the one to file (in Chinese or Portuguese).
tui-filing-pdf-of-draft = Made from the draft, which has changed since it was last signed (or was never signed): every page says NOT SIGNED. Sign it (s) for the pack to file.
tui-overdue-since = overdue since { $date }
tui-plan-overdue-count = { $n } overdue
tui-dashboard-overdue-actions = ⚠ { $n ->
    [one] 1 action of the plan is
   *[other] { $n } actions of the plan are
} overdue (the first since { $date }).
tui-dashboard-review-overdue = ⚠ The review is overdue since { $date }: sign a new revision for the reviewer.
# A table's cell in a row drawn as a block: the column's label and the cell's value.
tui-row-field = { $label }: { $value }
# The same, when the label is a question (it ends in "?").
tui-row-field-asked = { $label } { $value }
tui-review-no-risk = The risk of this revision is not shown: its questionnaire could not be read.
tui-help-keys-review-risk = the revision's risk screen and heat map (read-only)
tui-keygen-title = New signing key
tui-keygen-intro = The key stays on this computer, its private half readable by you alone. A passphrase of 8 characters or more protects it; Farol then asks for it each time you sign.
tui-keygen-name = Your name, as signatures will show it
tui-keygen-role = Role:
tui-keygen-pass = Passphrase (empty: none)
tui-keygen-again = Passphrase again
tui-keygen-key-role = role
tui-keygen-key-create = create
tui-keygen-key-cancel = cancel
tui-keygen-no-name = A key needs its owner's name: type it in the first field.
tui-keygen-differ = The two passphrases differ: type the same one in both fields.
tui-keygen-too-short = A passphrase needs at least { $n } characters (a few unrelated words make a good one), or none at all.
tui-keygen-empty-confirm = No passphrase: anyone who can read the key file can sign as you. Enter again creates the key without one; or type a passphrase.
tui-keygen-working = Creating the key…
tui-keygen-trust = For your signatures to be accepted in a dossier: farol keys trust { $id }
tui-keygen-close = Enter or Esc: close.
tui-keygen-close-sign = Enter or Esc: back to signing, with the new key.
tui-no-key-create-here = Press Enter to create one now, here.
tui-dialog-create-key = Enter create a key · Esc close
tui-key-new-key = new key
tui-help-keys-home-new-key = create a signing key (name, role, passphrase)
