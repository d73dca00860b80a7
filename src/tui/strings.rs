//! Every word the terminal UI shows, in one place: to review the wording with the people
//! who use it, and to translate it later. Questionnaire texts are not here; they come
//! from the questionnaire, in the language asked for.

use crate::questionnaire::{AnswerKind, Priority};
use crate::scale::RiskLevel;

mod legal;
pub use legal::*;

pub const APP_NAME: &str = "Farol";
pub const APP_TITLE: &str =
    "Farol — privacy impact assessments under Macau's Personal Data Protection Act";

// Home
pub const HOME_DOSSIER: &str = "Dossier: ";
pub const HOME_LIST_TITLE: &str = " Assessments ";
pub const HOME_LOADING: &str = "Reading the dossier…";
pub const HOME_EMPTY: &str = "There are no assessments in this dossier yet.\n\n\
Press n to start a new assessment: Farol asks about the system you are about to deploy, one plain \
question at a time, and shows the privacy risk for each kind of personal data as you answer.\n\n\
Or press d to add a filled-in example (a chat and attendance platform rolled out at a Macau SME) \
to look around first.\n\nEverything is saved as you go; nothing leaves this computer.";
pub const HOME_COLUMNS: [&str; 6] = [
    "",
    "Assessment",
    "Status",
    "Risk",
    "Review due",
    "Last change",
];
pub const HOME_NO_DUE: &str = "—";
pub const OVERDUE: &str = "OVERDUE";
pub const HOME_STATUS_UNREADABLE: &str = "unreadable";
pub const HOME_UNREADABLE: &str = "This draft cannot be read: ";
pub const HOME_NOTHING_TO_OPEN: &str =
    "Nothing to open yet: press n for a new assessment or d for the demo.";
pub const HOME_KEYS: &[(&str, &str)] = &[
    ("↑↓", "choose"),
    ("Enter", "open"),
    ("n", "new"),
    ("v", "review"),
    ("d", "demo"),
    ("?", "keys"),
    ("q", "quit"),
];
pub const NO_RISK_YET: &str = "not scored yet";

/// Where an assessment stands, for the home list: the review status from the records,
/// with the answering progress of a draft never signed.
pub fn home_state(
    status: Option<&crate::review::AssessmentStatus>,
    answered: usize,
    shown: usize,
    wide: bool,
) -> String {
    use crate::review::State;
    let Some(s) = status else {
        return home_status(answered, shown);
    };
    let r = s.revision.map(|n| format!(" r{n}")).unwrap_or_default();
    let edited = if s.changed_since_signing && wide {
        ", edited"
    } else {
        ""
    };
    match s.state {
        State::Draft if shown > 0 && answered >= shown => "draft, complete".into(),
        State::Draft if wide => format!("draft, {answered}/{shown} answered"),
        State::Draft => format!("draft {answered}/{shown}"),
        State::Signed => format!("signed{r}{edited}"),
        State::InReview => format!("in review{r}"),
        State::Approved => format!("approved{r}{edited}"),
        State::ApprovedWithConditions if wide => "approved with conditions".into(),
        State::ApprovedWithConditions => "approved w/ cond".into(),
        State::Rejected => format!("rejected{r}{edited}"),
    }
}

/// The line above the list when reviews are overdue: (id, due date).
pub fn home_overdue(late: &[(&str, String)]) -> String {
    let list: Vec<String> = late
        .iter()
        .map(|(id, due)| format!("{id} (due {due})"))
        .collect();
    format!(
        "⚠ Review overdue for {} assessment{}: {}",
        late.len(),
        if late.len() == 1 { "" } else { "s" },
        list.join(", ")
    )
}

pub fn home_status(answered: usize, shown: usize) -> String {
    if shown > 0 && answered >= shown {
        "complete".into()
    } else {
        format!("{answered}/{shown} answered")
    }
}

// New assessment form
pub const FORM_TITLE: &str = "New assessment";
pub const FORM_INTRO: &str =
    "Who is assessing what. Only the title is needed now; the rest can wait.";
pub const FORM_LABELS: [&str; 5] = [
    " Title (e.g. Fingerprint clock rollout) ",
    " Organisation ",
    " System assessed ",
    " Vendor ",
    " Assessor (your name and role) ",
];
pub const FORM_QUESTIONNAIRE: &str = " Questionnaire (←→ to change) ";
pub const FORM_CREATE: &str = "Create and start";
pub const FORM_TITLE_REQUIRED: &str = "Give the assessment a title first.";
pub const FORM_KEYS: &[(&str, &str)] = &[
    ("Tab/↓", "next field"),
    ("Enter", "next field"),
    ("Ctrl-S", "create"),
    ("Esc", "back"),
];

// Chrome
pub const TAB_QUESTIONS: &str = "Questions";
pub const TAB_RISK: &str = "Risk";
pub const TAB_PLAN: &str = "Plan";
pub const RISK_LABEL: &str = "Risk: ";
pub const SAVED: &str = "✓ saved";
pub const SAVING: &str = "saving…";
pub const SAVE_FAILED: &str = "✗ NOT SAVED";
pub const RELOADED: &str = "↻ reloaded";
/// The footer after another command changed the open draft on disk.
pub const RELOADED_NOTE: &str = "Another Farol command changed this draft: read again from disk.";
/// The footer when that change arrived before this window's last one was written.
pub const RELOADED_LOST: &str =
    "Changed by another Farol command: read again. Your last change was NOT saved: redo it.";

// Wizard
pub const WIZARD_NOTHING: &str = "No question is asked given the answers so far.";
pub const SECTIONS: &str = "Sections";
pub const YES: &str = "Yes";
pub const NO: &str = "No";
pub const UNSURE: &str = "Not sure";
pub const FIELD_TEXT: &str = " Your answer ";
pub const FIELD_TEXT_MULTI: &str = " Your answer (Enter for a new line) ";
pub const FIELD_DATE: &str = " Date (YYYY-MM-DD) ";
pub const ROWS_EMPTY: &str = "No rows yet. Press a to add one.";
pub const ROW_NEW: &str = "New row";
pub const LIVE_PREFIX: &str = "Risk changed:";
pub const HINT_YESNO: &str = "y yes · n no · u not sure · Enter choose and go on";
pub const HINT_SINGLE: &str = "↑↓ choose · Enter select and go on · 1–9 pick by number";
pub const HINT_MULTI: &str = "Space tick or untick · Enter go on (none ticked = none of these)";
pub const HINT_TEXT: &str = "Type your answer · Enter or Tab go on · Esc stop typing";
pub const HINT_TEXT_MULTI: &str = "Type your answer · Tab go on · Esc stop typing";
pub const HINT_DATE: &str = "Write the date as 2026-11-30 · Enter go on · empty = no answer";
pub const HINT_NUMBER: &str = "A whole number · Enter go on · empty = no answer";
pub const HINT_EDIT: &str = "Enter or e to type · → go on";
pub const HINT_ROWS: &str = "a add a row · Enter edit · x delete · → go on";
pub const HINT_ROW_EDIT: &str =
    "Tab next column · ↑↓ choose · Space tick · Enter save row · Esc cancel";
pub const HELP_PANEL: &str = " About this question ";
pub const HELP_WHY: &str = "Why this matters";
pub const HELP_EXAMPLE: &str = "Example";
pub const HELP_CITES: &str = "The law";
pub const HELP_MORE: &str = " J/K or Shift-↑↓ more ";
pub const HELP_NONE: &str = "No further help for this question.";
pub const POPUP_SECTIONS: &str = " Jump to a section ";
pub const POPUP_SEARCH: &str = " Search questions ";
pub const POPUP_FINISH: &str = " Before you finish ";
pub const SEARCH_LABEL: &str = " Words in the question ";
pub const SEARCH_NONE: &str = "No question asked so far matches.";
pub const FINISH_ALL_DONE: &str = "Every question asked is answered, and none is \"not sure\". Press Enter or d for the risk dashboard, where s signs the assessment and r writes the PDF report.";
pub const FINISH_KEYS: &[(&str, &str)] = &[
    ("↑↓", "choose"),
    ("Enter", "go to it"),
    ("d", "dashboard"),
    ("Esc", "back"),
];
pub const TAG_UNANSWERED: &str = "[unanswered]";
pub const TAG_UNSURE: &str = "[not sure]  ";
pub const WIZARD_KEYS: &[(&str, &str)] = &[
    ("←→", "question"),
    ("s", "sections"),
    ("/", "search"),
    ("d", "risk"),
    ("p", "plan"),
    ("?", "keys"),
    ("q", "quit"),
];
pub const WIZARD_EDIT_KEYS: &[(&str, &str)] = &[
    ("Tab", "next question"),
    ("Shift-Tab", "previous"),
    ("Esc", "stop typing (then ? for keys)"),
    ("Ctrl-C", "quit"),
];

pub fn question_of(i: usize, n: usize) -> String {
    format!("{i}/{n}")
}

pub fn row_editing(i: usize) -> String {
    format!("Row {i}")
}

pub fn finish_summary(unanswered: usize, unsure: usize) -> String {
    format!(
        "{unanswered} question(s) unanswered and {unsure} answered \"not sure\". A reviewer will ask about each: Enter goes to the one highlighted."
    )
}

pub fn number_label(unit: &str, min: Option<i64>, max: Option<i64>) -> String {
    let range = match (min, max) {
        (Some(a), Some(b)) => format!(", {a}–{b}"),
        (Some(a), None) => format!(", at least {a}"),
        (None, Some(b)) => format!(", at most {b}"),
        (None, None) => String::new(),
    };
    if unit.is_empty() {
        format!(" Number{range} ")
    } else {
        format!(" Number of {unit}{range} ")
    }
}

/// A typed number or date that cannot be read, with what is expected.
pub fn unreadable(raw: &str, kind: &AnswerKind) -> String {
    match kind {
        AnswerKind::Date => {
            format!("'{raw}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30")
        }
        AnswerKind::Number { .. } => {
            format!("'{raw}' is not a whole number: write digits only, e.g. 250")
        }
        _ => format!("'{raw}' cannot be read"),
    }
}

pub fn bad_date_cell(column: &str, raw: &str) -> String {
    format!("'{raw}' is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30 ({column})")
}

pub fn out_of_range(value: i64, range: &str) -> String {
    format!("{value} is out of range: the answer must be {range}")
}

pub const HOME_NO_RISK: &str = "—";

/// A short risk badge: L, M, H, VH.
pub fn badge(l: RiskLevel) -> &'static str {
    match l {
        RiskLevel::Low => "L",
        RiskLevel::Medium => "M",
        RiskLevel::High => "H",
        RiskLevel::VeryHigh => "VH",
    }
}

// Dashboard
pub const MAP_AXES: &str = "Severity ↓";
pub const MAP_CAPTION: &str =
    "Likelihood → across. a b: before measures (inherent); A B: with measures (residual)";
pub const TABLE_TITLE: &str = " Data categories (severity × likelihood, 1–4) ";
pub const TABLE_COLUMNS: [&str; 4] = ["", "Category", "Before measures", "With measures"];
pub const NO_CATEGORIES: &str = "No category of personal data is in scope yet: answer the questions about what data the system holds.";
pub const SENSITIVE_MARK: &str = " ◆";
pub const INHERENT: &str = "Before measures";
pub const RESIDUAL: &str = "With measures";
pub const SEVERITY: &str = "severity";
pub const LIKELIHOOD: &str = "likelihood";
pub const BECAUSE_ANSWER: &str = "answer:";
pub const EXPLAIN_KEYS: &str = " ↑↓ scroll · Enter/Esc close ";
pub const GAINS_HEAD: &str = "What would lower this most";
pub const GAINS_NONE: &str = "No protective measure left to put in place would lower it: only removing what raises it, or what holds it at a floor.";

/// "With measures: Very high, 1 step (½ level) above High".
pub fn above(level: &str, steps: &str, next: &str, held: bool) -> String {
    if held {
        format!(
            "With measures: {level}, {steps} above {next}, held there by a floor: only removing its cause lowers it"
        )
    } else {
        format!("With measures: {level}, {steps} above {next}")
    }
}

/// "Enforce two-factor authentication — High → Medium" or "… — 2 steps (1 level) closer".
pub fn gain(action: &str, now: &str, then: &str, steps: &str, lowers: bool) -> String {
    if lowers {
        format!("{action} — {now} → {then}")
    } else {
        format!("{action} — {steps} closer to the next level down")
    }
}
pub const DASHBOARD_KEYS: &[(&str, &str)] = &[
    ("↑↓", "choose"),
    ("Enter", "why"),
    ("Tab", "legal"),
    ("w", "questions"),
    ("s", "sign"),
    ("p", "plan"),
    ("r", "report"),
    ("?", "keys"),
    ("q", "quit"),
];

pub fn figure_head(stage: &str, axis: &str, level: &str) -> String {
    format!("{stage}, {axis}: {level}")
}

// Action plan
pub const PLAN_EMPTY: &str =
    "No actions yet. Press a to add one; the model's recommendations appear here as you answer.";
pub const PLAN_COLUMNS: [&str; 4] = ["Action", "Owner", "Due", "Status"];
pub const SUGGESTED_MARK: &str = "suggested";
pub const PLAN_EDIT: &str = " Edit action ";
pub const PLAN_NEW: &str = " New action ";
pub const PLAN_FIELDS: [&str; 4] = [" Action ", " Detail ", " Owner ", " Due (YYYY-MM-DD) "];
pub const PLAN_STATUS: &str = "Status";
pub const PLAN_TITLE_REQUIRED: &str = "An action needs a title.";
pub const PLAN_BAD_DATE: &str =
    "Write the due date as YYYY-MM-DD, e.g. 2026-12-15, or leave it empty.";
pub const PLAN_STATUS_NOT_TEXT: &str =
    "The status is not typed: ←/→ change it, Shift-Tab goes back to the owner and date.";
pub const PLAN_EDIT_KEYS: &str = "Tab next · ←→ status · Enter save · Esc cancel";
pub const PLAN_KEYS: &[(&str, &str)] = &[
    ("Enter", "edit/adopt"),
    ("a", "add"),
    ("A", "adopt all"),
    ("Space", "status"),
    ("x", "delete"),
    ("w", "questions"),
    ("?", "keys"),
    ("q", "quit"),
];

pub fn plan_title(items: usize, suggested: usize) -> String {
    format!(" Action plan: {items} action(s), {suggested} suggestion(s) ")
}

pub fn priority(p: Priority) -> &'static str {
    match p {
        Priority::High => "[high]",
        Priority::Medium => "[medium]",
        Priority::Low => "[low]",
    }
}

// The `?` overlay
pub const HELP_CLOSE: &str = " Esc or ? to close ";
pub const HELP_HOME: &str = " Keys: home ";
pub const HELP_FORM: &str = " Keys: new assessment ";
pub const HELP_WIZARD: &str = " Keys: questions ";
pub const HELP_DASHBOARD: &str = " Keys: risk dashboard ";
pub const HELP_PLAN: &str = " Keys: action plan ";
pub const HELP_KEYS_HOME: &[(&str, &str)] = &[
    ("↑↓ or j k", "choose an assessment (or click it)"),
    ("Enter or o", "open it"),
    ("n", "start a new assessment"),
    ("v", "review its latest signed revision (reviewers)"),
    ("d", "add the demo assessment"),
    ("r", "re-read the dossier"),
    ("q, Esc, Ctrl-C", "quit"),
];
pub const HELP_KEYS_FORM: &[(&str, &str)] = &[
    ("Tab, ↓", "next field"),
    ("Shift-Tab, ↑", "previous field"),
    ("Enter", "next field; on the button, create"),
    ("← →, Space", "change the questionnaire"),
    ("Ctrl-S", "create now"),
    ("Esc", "back home, nothing created"),
    ("Ctrl-C", "quit"),
];
pub const HELP_KEYS_WIZARD: &[(&str, &str)] = &[
    ("↑↓ or j k", "move between choices (or click one)"),
    ("Space", "select / tick the choice"),
    ("Enter", "select and go to the next question"),
    ("y n u", "yes, no, not sure"),
    ("1–9", "pick a choice by number"),
    ("→ l Tab PgDn", "next question"),
    ("← h S-Tab PgUp", "previous question"),
    ("e, Enter", "type a text, number or date answer"),
    ("Esc", "stop typing; otherwise back home"),
    ("c, Backspace", "clear the answer"),
    ("a, Enter, x", "table: add, edit, delete a row"),
    ("s", "jump to a section"),
    ("/", "search the questions"),
    ("f", "finish: unanswered and not sure"),
    ("i", "help panel on narrow screens"),
    ("J K, Shift-↑↓", "scroll the help panel"),
    ("d, p", "risk dashboard, action plan"),
    ("q, Ctrl-C", "quit (everything is saved)"),
];
pub const HELP_KEYS_DASHBOARD: &[(&str, &str)] = &[
    ("↑↓ or j k", "choose a category, duty, purpose or transfer"),
    ("Enter", "why: the answers behind a category's figures"),
    (
        "Tab, Shift-Tab",
        "panels: categories, duties, filing, transfers",
    ),
    ("w, Esc", "back to the questions"),
    ("p", "action plan"),
    ("s", "sign: freeze the draft into the next signed revision"),
    ("r", "report: write the PDF for the compliance file"),
    ("q, Ctrl-C", "quit"),
];
pub const HELP_KEYS_PLAN: &[(&str, &str)] = &[
    ("↑↓ or j k", "choose an action"),
    ("Enter, e", "edit; on a suggestion, adopt it"),
    ("a", "add your own action"),
    ("A", "adopt every suggestion"),
    ("Space", "next status"),
    ("x, Delete", "delete an action"),
    ("Tab / ←→", "in the editor: next field / status"),
    ("w, Esc", "back to the questions"),
    ("d", "risk dashboard"),
    ("q, Ctrl-C", "quit"),
];

// Sign and report dialogs
pub const DIALOG_WAIT: &str = " One moment ";
pub const DIALOG_READING_KEYS: &str = "Reading your signing keys…";
pub const DIALOG_SIGNING: &str = "Signing…";
pub const DIALOG_WRITING_REPORT: &str = "Writing the PDF report…";
pub const DIALOG_SIGN: &str = " Sign this assessment ";
pub const DIALOG_SIGNED: &str = " Signed ";
pub const DIALOG_REPORTED: &str = " Report written ";
pub const DIALOG_FAILED: &str = " Could not finish ";
pub const DIALOG_OK: &str = " Enter/Esc close ";
pub const DIALOG_CLOSE: &str = " Esc close ";
pub const DIALOG_SIGN_KEYS: &str = " Enter/y sign · Esc cancel ";
pub const DIALOG_SIGN_KEYS_MANY: &str = " ↑↓ key · Enter/y sign · Esc cancel ";
pub const DIALOG_SIGN_AS: &str = "Sign as:";
pub const DIALOG_UNTRUSTED: &str = "  not trusted here yet";
pub const DIALOG_RECORD: &str = "Record:  ";
pub const DIALOG_SHA: &str = "SHA-256: ";
pub const REPORT_OF_DRAFT: &str = "Made from the draft, which has changed since it was last signed (or was never signed): every page says UNSIGNED DRAFT. Sign it (s) for the report to file.";

pub fn sign_intro(next: u32) -> String {
    format!(
        "Signing freezes the answers, the risk, the action plan and the question texts as asked into revision {next}: a record that can never be changed, only followed by a new revision. You can go on editing the draft afterwards."
    )
}

pub fn sign_open_questions(unanswered: usize, unsure: usize) -> String {
    let mut parts = Vec::new();
    if unanswered > 0 {
        parts.push(format!(
            "{unanswered} question{} unanswered",
            if unanswered == 1 { "" } else { "s" }
        ));
    }
    if unsure > 0 {
        parts.push(format!("{unsure} answered \"not sure\""));
    }
    format!(
        "Still open: {}. The record will show them as open; you may sign now and sign again later.",
        parts.join(", ")
    )
}

pub fn nothing_to_sign(n: u32) -> String {
    format!(
        "Nothing has changed since revision {n} was signed, so there is nothing new to sign. Press r on the risk screen for the report of revision {n}."
    )
}

pub fn no_key(keys_dir: &str) -> Vec<String> {
    vec![
        "You have no signing key yet. A key says who signed, and lets anyone check later that nothing changed.".into(),
        String::new(),
        "Create one in a shell (it stays on this computer, readable only by you):".into(),
        "  farol keys new --name \"Your name\" --role assessor".into(),
        String::new(),
        format!("Keys are kept in {keys_dir}. Then press s again."),
    ]
}

pub fn signed_head(revision: u32, signer: &str, key: &str) -> String {
    format!("✓ Revision {revision} signed by {signer} with {key}.")
}

pub fn untrusted_after_signing(key: &str) -> Vec<String> {
    vec![
        format!(
            "This dossier does not trust {key} yet, so `farol verify` will report the record as untrusted until someone responsible for the dossier runs:"
        ),
        format!("  farol keys trust {key}"),
    ]
}

pub fn after_signing(revision: u32) -> String {
    format!(
        "Check it any time with `farol verify`. Press r on the risk screen for the report of revision {revision}; further edits go into the draft and the next signature makes revision {}.",
        revision + 1
    )
}

pub fn report_head(pages: usize, kb: usize) -> String {
    format!("✓ {pages} pages, {kb} KB:")
}

pub fn report_of_revision(n: u32) -> String {
    format!(
        "The report of signed revision {n}, with its signature and record hash: the one to file."
    )
}

pub fn missing_glyphs(n: usize) -> String {
    format!(
        "{n} character(s) cannot be drawn by the report's fonts; they are printed as code points and listed on the last page."
    )
}

// Review mode
pub const TAB_ANSWERS: &str = "Answers";
pub const TAB_OPINION: &str = "Opinion";
pub const COMMENT_MARK: &str = "✎";
pub const REVIEW_NOTHING: &str = "The revision has no answers to review.";
pub const REVIEW_NO_VERDICT: &str =
    "No verdict on this section yet: v gives one (acceptable, to improve, to correct).";
pub const REVIEW_ANSWER: &str = "Answer: ";
pub const REVIEW_NO_ANSWER: &str = "(no answer)";
pub const REVIEW_NOTE: &str = "Assessor's note: ";
pub const REVIEW_COMMENT: &str = "✎ Your comment: ";
pub const REVIEW_YOUR_COMMENT: &str = "Your comment";
pub const REVIEW_NO_COMMENT: &str = "None yet: press c (or Enter) to write one.";
pub const REVIEW_NOTE_NEEDS_VERDICT: &str =
    "Give the section a verdict first (v); the note explains it.";
pub const REVIEW_OPINION_TITLE: &str = " Overall opinion ";
pub const REVIEW_OPINION_LABEL: &str = "Opinion: ";
pub const REVIEW_NO_OPINION: &str = "not chosen yet";
pub const REVIEW_OPINION_HINT: &str = "←→ or 1 approve · 2 approve with conditions · 3 reject";
pub const REVIEW_CONDITIONS_LABEL: &str =
    "Conditions of the approval, or reasons for the rejection (Enter to write):";
pub const REVIEW_CONDITIONS_NONE: &str = "none yet";
pub const REVIEW_ATTEST_HEAD: &str = "  I attest that (Space to tick; needed to approve):";
pub const REVIEW_DUE_LABEL: &str = "Review again by: ";
pub const REVIEW_DUE_REJECT: &str = "none: only an approval is due for review again";
pub const REVIEW_DUE_DEFAULT: &str = "six months after countersigning (Enter to set a date)";
pub const REVIEW_READY: &str = "  ✓ Ready to countersign: press S.";
pub const REVIEW_MISSING: &str = "  Before countersigning, the review needs:";
pub const REVIEW_SIGNED_TITLE: &str = " The revision as signed ";
pub const REVIEW_EDIT_COMMENT: &str = " Comment on the question ";
pub const REVIEW_EDIT_NOTE: &str = " Note on the section's verdict ";
pub const REVIEW_EDIT_CONDITIONS: &str = " Conditions or reasons ";
pub const REVIEW_EDIT_DUE: &str = " Review again by ";
pub const REVIEW_DUE_HINT: &str = "The date the assessment must be reviewed again, as YYYY-MM-DD; empty for six months after countersigning.";
pub const REVIEW_EDITOR_LABEL: &str = " Text ";
pub const REVIEW_EDITOR_KEYS: &str = " Esc or Ctrl-S done (saved) · Enter new line · empty = none ";
pub const REVIEW_EDITOR_KEYS_LINE: &str = " Enter or Esc done (saved) · empty = none ";
pub const REVIEW_KEYS: &[(&str, &str)] = &[
    ("↑↓←→", "move"),
    ("c", "comment"),
    ("v", "verdict"),
    ("o", "opinion"),
    ("S", "countersign"),
    ("?", "keys"),
    ("q", "quit"),
];
pub const REVIEW_OPINION_KEYS: &[(&str, &str)] = &[
    ("↑↓", "row"),
    ("S", "countersign"),
    ("←→", "opinion"),
    ("Space", "tick"),
    ("Enter", "write"),
    ("Esc", "answers"),
    ("?", "keys"),
    ("q", "quit"),
];
pub const REVIEW_EDIT_KEYS: &[(&str, &str)] = &[
    ("Esc", "done (saved)"),
    ("Ctrl-S", "done"),
    ("Ctrl-C", "quit"),
];
pub const HELP_REVIEW: &str = " Keys: review ";
pub const HELP_KEYS_REVIEW: &[(&str, &str)] = &[
    ("↑↓ or j k", "question (on to the next section at the end)"),
    ("←→ Tab, click", "section"),
    ("c, Enter", "comment on the question (empty removes it)"),
    (
        "v",
        "section verdict: acceptable, to improve, to correct, none",
    ),
    ("n", "a note explaining the section's verdict"),
    ("o", "opinion page: opinion, conditions, attestations"),
    (
        "  ↑↓ ←→ 1–3",
        "  choose the row; change or pick the opinion",
    ),
    (
        "  Space, Enter",
        "  tick an attestation; write the conditions or date",
    ),
    (
        "S, Ctrl-S",
        "countersign: the review becomes a signed record",
    ),
    ("i", "help panel on narrow screens"),
    ("J K, Shift-↑↓", "scroll the help panel"),
    (
        "✓ ! ✗  ✎2",
        "acceptable, to improve, to correct; 2 comments",
    ),
    ("Esc", "back home"),
    ("q, Ctrl-C", "quit (everything is saved)"),
];
pub const DIALOG_COUNTERSIGN: &str = " Countersign the review ";
pub const DIALOG_COUNTERSIGNED: &str = " Countersigned ";
pub const DIALOG_COUNTERSIGNING: &str = "Countersigning…";
pub const DIALOG_COUNTERSIGN_AS: &str = "Countersign as:";
pub const DIALOG_COUNTERSIGN_KEYS: &str = " Enter/y countersign · Esc cancel ";
pub const DIALOG_COUNTERSIGN_KEYS_MANY: &str = " ↑↓ key · Enter/y countersign · Esc cancel ";
pub const DIALOG_ASSESSOR_KEY: &str = "  cannot countersign";
pub const COUNTERSIGN_NOT_YET: &str = "Not yet:";
pub const AFTER_COUNTERSIGNING: &str = "The assessor sees your comments and verdicts when opening the assessment. Check the records any time with `farol verify`. Esc goes back home.";

pub fn verdict_mark(v: crate::review::Verdict) -> &'static str {
    match v {
        crate::review::Verdict::Acceptable => "✓",
        crate::review::Verdict::ToImprove => "!",
        crate::review::Verdict::ToCorrect => "✗",
    }
}

pub fn review_header(title: &str, revision: u32) -> String {
    format!("{APP_NAME} · Review of revision {revision}: {title}")
}

pub fn review_header_opinion(opinion: Option<&str>) -> String {
    match opinion {
        Some(o) => format!("Opinion: {o}"),
        None => "No opinion yet".into(),
    }
}

pub fn review_superseded(old: u32, new: u32) -> String {
    format!(
        "The saved review judged revision {old}; this is a new review of revision {new} (the old one is kept aside at the first change)."
    )
}

pub fn review_already_countersigned(number: u32) -> String {
    format!(
        "Countersigned as review {number}: a signed review is never changed. Esc goes back home."
    )
}

pub fn review_bad_date(t: &str) -> String {
    format!("'{t}' is not a date: write it as YYYY-MM-DD, e.g. 2027-05-31, or leave it empty")
}

pub fn review_sections_title(judged: usize, n: usize) -> String {
    format!(" Sections judged {judged}/{n} ")
}

pub fn review_question_of(i: usize, n: usize) -> String {
    format!("question {i} of {n}")
}

pub fn review_verdict_line(label: &str) -> String {
    format!("Your verdict on this section: {label}")
}

pub fn review_attestation(words: &str) -> String {
    let mut c = words.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn review_conditions_context(opinion: &str) -> String {
    format!(
        "Opinion: {opinion}. Say what must be done (the conditions of an approval) or why (the reasons for a rejection); the assessor reads it with your comments."
    )
}

pub fn review_summary(
    to_correct: usize,
    to_improve: usize,
    acceptable: usize,
    none: usize,
    comments: usize,
) -> String {
    format!(
        "Verdicts: {to_correct} to correct, {to_improve} to improve, {acceptable} acceptable, {none} not given; {comments} comment(s)."
    )
}

pub fn review_signed_by(revision: u32, name: &str, role: &str, date: &str) -> String {
    format!("Revision {revision}, signed by {name} ({role}) on {date}.")
}

pub fn review_overall(inherent: &str, residual: &str) -> String {
    format!("Risk: {inherent} before measures → {residual} with them")
}

pub fn review_obligations_open(n: usize) -> String {
    format!("{n} legal obligation(s) not yet met")
}

pub fn review_plan_head(n: usize) -> String {
    format!("Action plan: {n} action(s)")
}

pub fn review_assessor_key(name: &str, id: &str) -> String {
    format!(
        "{id} ({name}) is an assessor's key: a review is countersigned by a reviewer or an approver.\n  hint: choose another key, or create one: farol keys new --name \"Your name\" --role reviewer"
    )
}

pub fn review_own_revision(name: &str, id: &str, revision: u32) -> String {
    format!(
        "{id} ({name}) signed revision {revision}: the person who signed a revision does not countersign its review.\n  hint: ask another reviewer or approver; if one person must do both, say so in the dossier's policy.ron: Policy(allow_self_review: true)"
    )
}

pub fn countersign_intro(number: u32, revision: u32) -> String {
    format!(
        "Countersigning turns this review of revision {revision} into signed review {number}: a record that names the revision by its SHA-256 and can never be changed."
    )
}

pub fn no_reviewer_key(keys_dir: &str) -> Vec<String> {
    vec![
        "You have no reviewer or approver key. A review is countersigned with one, so anyone can check later who approved what.".into(),
        String::new(),
        "Create one in a shell (it stays on this computer, readable only by you):".into(),
        "  farol keys new --name \"Your name\" --role reviewer".into(),
        "and have the dossier trust it: farol keys trust ID".into(),
        String::new(),
        format!("Keys are kept in {keys_dir}. Then press S again."),
    ]
}

pub fn countersigned_head(number: u32, signer: &str, key: &str, opinion: &str) -> String {
    format!("✓ Review {number} countersigned by {signer} with {key}: {opinion}.")
}

pub fn countersigned_judges(revision: u32, sha256: &str) -> [String; 2] {
    [
        format!("Judges:  revision {revision}, whose SHA-256 is"),
        format!("         {sha256}"),
    ]
}

pub fn countersigned_due(date: &str) -> String {
    format!("The assessment is due for review again by {date}.")
}

// What the latest review asks of the assessor
pub const FEEDBACK_TAG_CORRECT: &str = "[to correct]";
pub const FEEDBACK_TAG_COMMENT: &str = "[comment]   ";

pub fn feedback_banner(
    opinion: &str,
    to_correct: usize,
    to_improve: usize,
    comments: usize,
    revision: u32,
    reviewer: &str,
    answered_by: Option<u32>,
) -> String {
    let mut parts = Vec::new();
    if to_correct > 0 {
        parts.push(format!(
            "{to_correct} section{} to correct",
            if to_correct == 1 { "" } else { "s" }
        ));
    }
    if to_improve > 0 {
        parts.push(format!("{to_improve} to improve"));
    }
    if comments > 0 {
        parts.push(format!(
            "{comments} comment{}",
            if comments == 1 { "" } else { "s" }
        ));
    }
    let what = if parts.is_empty() {
        String::new()
    } else {
        format!(" — {}", parts.join(", "))
    };
    let after = match answered_by {
        Some(n) => format!(" · answered by revision {n}"),
        None => " · f lists them".into(),
    };
    format!("Review: {opinion}{what} (revision {revision}, by {reviewer}){after}")
}

pub fn feedback_comment_head(reviewer: &str, revision: u32) -> String {
    format!("Reviewer: {reviewer}, on revision {revision}")
}

pub fn feedback_section(title: &str, verdict: &str) -> String {
    format!("{title} — the reviewer marked it {verdict}")
}

pub fn feedback_conditions(opinion: &str) -> String {
    format!("The reviewer's conditions or reasons ({opinion}):")
}

pub fn finish_review_summary(
    to_correct: usize,
    commented: usize,
    unanswered: usize,
    unsure: usize,
) -> String {
    format!(
        "The review asks you to correct {to_correct} section(s) and answer {commented} comment(s); {unanswered} question(s) unanswered, {unsure} \"not sure\". Enter goes to the one highlighted; signing again answers the review."
    )
}

// Review refusals, worded for the review screen
pub const REVIEW_HINT_OPINION: &str =
    "choose one on the opinion page (o): approve, approve with conditions or reject";
pub const REVIEW_HINT_CONDITIONS: &str =
    "write them on the opinion page (o), or comment on questions (c) and give verdicts (v)";
pub const REVIEW_HINT_ATTEST: &str =
    "tick each point on the opinion page (o, then Space) after checking it, or reject";
pub const REVIEW_HINT_JUDGE_ALL: &str =
    "give every section a verdict (v) before approving, or reject on the opinion page (o)";
pub const REVIEW_HINT_TO_CORRECT: &str =
    "reject on the opinion page (o), or change the verdict (v) once the section is right";
pub const REVIEW_HINT_DUE: &str =
    "set a later date on the opinion page (o), or leave it empty for six months from today";
