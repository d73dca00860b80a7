//! The words of the sign, report and review screens: part of the one catalog (`strings`),
//! kept in its own file for size.

use crate::i18n::Lang;
use crate::tr;

use super::label;

// Sign and report dialogs
pub fn dialog_wait(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-wait"))
}
pub fn dialog_reading_keys(l: Lang) -> String {
    tr!(l, "tui-dialog-reading-keys")
}
pub fn dialog_signing(l: Lang) -> String {
    tr!(l, "tui-dialog-signing")
}
pub fn dialog_writing_report(l: Lang) -> String {
    tr!(l, "tui-dialog-writing-report")
}
pub fn dialog_sign(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-sign"))
}
pub fn dialog_signed(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-signed"))
}
pub fn dialog_reported(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-reported"))
}
pub fn dialog_failed(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-failed"))
}
pub fn dialog_ok(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-ok"))
}
pub fn dialog_close(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-close"))
}
pub fn dialog_sign_keys(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-sign-keys"))
}
pub fn dialog_sign_keys_many(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-sign-keys-many"))
}
pub fn dialog_sign_as(l: Lang) -> String {
    tr!(l, "tui-dialog-sign-as")
}
pub fn dialog_untrusted(l: Lang) -> String {
    format!("  {}", tr!(l, "tui-dialog-untrusted"))
}
/// "Record:" and "SHA-256:", padded to one width so the path and the hash line up.
pub fn dialog_record(l: Lang) -> String {
    super::pad_same(
        label(tr!(l, "tui-dialog-record")),
        &[label(tr!(l, "tui-dialog-sha"))],
    )
}
pub fn dialog_sha(l: Lang) -> String {
    super::pad_same(
        label(tr!(l, "tui-dialog-sha")),
        &[label(tr!(l, "tui-dialog-record"))],
    )
}
pub fn report_of_draft(l: Lang) -> String {
    tr!(l, "tui-report-of-draft")
}

pub fn sign_intro(l: Lang, next: u32) -> String {
    tr!(l, "tui-sign-intro", next = next)
}

pub fn sign_open_questions(l: Lang, unanswered: usize, unsure: usize) -> String {
    let mut parts = Vec::new();
    if unanswered > 0 {
        parts.push(tr!(l, "tui-open-unanswered", n = unanswered));
    }
    if unsure > 0 {
        parts.push(tr!(l, "tui-open-unsure", n = unsure));
    }
    tr!(
        l,
        "tui-sign-open-questions",
        open = parts.join(&tr!(l, "tui-list-separator"))
    )
}

pub fn nothing_to_sign(l: Lang, n: u32) -> String {
    tr!(l, "tui-nothing-to-sign", n = n)
}

pub fn no_key(l: Lang, keys_dir: &str) -> Vec<String> {
    vec![
        tr!(l, "tui-no-key"),
        String::new(),
        tr!(l, "tui-no-key-create-here"),
        String::new(),
        tr!(l, "tui-create-key-in-shell"),
        format!(
            "  farol keys new --name \"{}\" --role assessor",
            tr!(l, "tui-your-name")
        ),
        String::new(),
        tr!(l, "tui-keys-kept-in", dir = keys_dir, key = "s"),
    ]
}

pub fn signed_head(l: Lang, revision: u32, signer: &str, key: &str) -> String {
    tr!(
        l,
        "tui-signed-head",
        revision = revision,
        signer = signer,
        key = key
    )
}

pub fn untrusted_after_signing(l: Lang, key: &str) -> Vec<String> {
    vec![
        tr!(l, "tui-untrusted-after-signing", key = key),
        format!("  farol keys trust {key}"),
    ]
}

pub fn after_signing(l: Lang, revision: u32) -> String {
    tr!(
        l,
        "tui-after-signing",
        revision = revision,
        next = revision + 1
    )
}

pub fn report_head(l: Lang, pages: usize, kb: usize) -> String {
    tr!(l, "tui-report-head", pages = pages, kb = kb)
}

pub fn report_of_revision(l: Lang, n: u32) -> String {
    tr!(l, "tui-report-of-revision", n = n)
}

pub fn missing_glyphs(l: Lang, n: usize) -> String {
    tr!(l, "tui-missing-glyphs", n = n)
}

// Review mode
pub fn tab_answers(l: Lang) -> String {
    tr!(l, "tui-tab-answers")
}
pub fn tab_opinion(l: Lang) -> String {
    tr!(l, "tui-tab-opinion")
}
pub const COMMENT_MARK: &str = "✎";
pub fn review_nothing(l: Lang) -> String {
    tr!(l, "tui-review-nothing")
}
pub fn review_no_verdict(l: Lang) -> String {
    tr!(l, "tui-review-no-verdict")
}
pub fn review_answer(l: Lang) -> String {
    label(tr!(l, "tui-review-answer"))
}
pub fn review_no_answer(l: Lang) -> String {
    tr!(l, "tui-review-no-answer")
}
pub fn review_note(l: Lang) -> String {
    label(tr!(l, "tui-review-note"))
}
pub fn review_comment(l: Lang) -> String {
    label(tr!(l, "tui-review-comment"))
}
pub fn review_your_comment(l: Lang) -> String {
    tr!(l, "tui-review-your-comment")
}
pub fn review_no_comment(l: Lang) -> String {
    tr!(l, "tui-review-no-comment")
}
pub fn review_note_needs_verdict(l: Lang) -> String {
    tr!(l, "tui-review-note-needs-verdict")
}
pub fn review_opinion_title(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-opinion-title"))
}
pub fn review_opinion_label(l: Lang) -> String {
    label(tr!(l, "tui-review-opinion-label"))
}
pub fn review_no_opinion(l: Lang) -> String {
    tr!(l, "tui-review-no-opinion")
}
pub fn review_opinion_hint(l: Lang) -> String {
    tr!(l, "tui-review-opinion-hint")
}
pub fn review_conditions_label(l: Lang) -> String {
    tr!(l, "tui-review-conditions-label")
}
pub fn review_conditions_none(l: Lang) -> String {
    tr!(l, "tui-review-conditions-none")
}
pub fn review_attest_head(l: Lang) -> String {
    format!("  {}", tr!(l, "tui-review-attest-head"))
}
pub fn review_due_label(l: Lang) -> String {
    label(tr!(l, "tui-review-due-label"))
}
pub fn review_due_reject(l: Lang) -> String {
    tr!(l, "tui-review-due-reject")
}
pub fn review_due_default(l: Lang) -> String {
    tr!(l, "tui-review-due-default")
}
pub fn review_ready(l: Lang) -> String {
    format!("  {}", tr!(l, "tui-review-ready"))
}
pub fn review_missing(l: Lang) -> String {
    format!("  {}", tr!(l, "tui-review-missing"))
}
pub fn review_signed_title(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-signed-title"))
}
pub fn review_edit_comment(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-edit-comment"))
}
pub fn review_edit_note(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-edit-note"))
}
pub fn review_edit_conditions(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-edit-conditions"))
}
pub fn review_edit_due(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-edit-due"))
}
pub fn review_due_hint(l: Lang) -> String {
    tr!(l, "tui-review-due-hint")
}
pub fn review_editor_label(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-editor-label"))
}
pub fn review_editor_keys(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-editor-keys"))
}
pub fn review_editor_keys_line(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-review-editor-keys-line"))
}
pub fn review_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓←→", tr!(l, "tui-key-move")),
        ("c", tr!(l, "tui-key-comment")),
        ("v", tr!(l, "tui-key-verdict")),
        ("o", tr!(l, "tui-key-opinion")),
        ("S", tr!(l, "tui-key-countersign")),
        ("d", tr!(l, "tui-key-risk")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}
pub fn review_risk_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-choose")),
        ("Enter", tr!(l, "tui-key-why")),
        ("Tab", tr!(l, "tui-key-legal")),
        ("d", tr!(l, "tui-key-answers")),
        ("o", tr!(l, "tui-key-opinion")),
        ("S", tr!(l, "tui-key-countersign")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}
pub fn review_no_risk(l: Lang) -> String {
    tr!(l, "tui-review-no-risk")
}

pub fn review_opinion_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-row")),
        ("S", tr!(l, "tui-key-countersign")),
        ("←→", tr!(l, "tui-key-opinion")),
        ("Space", tr!(l, "tui-key-tick")),
        ("Enter", tr!(l, "tui-key-write")),
        ("Esc", tr!(l, "tui-key-answers")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}
pub fn review_edit_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Esc", tr!(l, "tui-key-done-saved")),
        ("Ctrl-S", tr!(l, "tui-key-done")),
        ("Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}
pub fn help_review(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-review"))
}
pub fn help_keys_review(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        (
            "↑↓, j k",
            tr!(l, "tui-help-keys-review-question-on-to-the-next"),
        ),
        ("←→ Tab, click", tr!(l, "tui-help-keys-review-section")),
        (
            "c, Enter",
            tr!(l, "tui-help-keys-review-comment-on-the-question"),
        ),
        ("v", tr!(l, "tui-help-keys-review-section-verdict-acceptab")),
        ("n", tr!(l, "tui-help-keys-review-a-note-explaining-the-se")),
        ("d", tr!(l, "tui-help-keys-review-risk")),
        ("o", tr!(l, "tui-help-keys-review-opinion-page-opinion-con")),
        (
            "  ↑↓ ←→ 1–3",
            format!(
                "  {}",
                tr!(l, "tui-help-keys-review-choose-the-row-change-or")
            ),
        ),
        (
            "  Space, Enter",
            format!(
                "  {}",
                tr!(l, "tui-help-keys-review-tick-an-attestation-writ")
            ),
        ),
        (
            "S, Ctrl-S",
            tr!(l, "tui-help-keys-review-countersign-the-review-b"),
        ),
        ("i", tr!(l, "tui-help-keys-wizard-help-panel-on-narrow-scr")),
        (
            "J K, Shift-↑↓",
            tr!(l, "tui-help-keys-wizard-scroll-the-help-panel"),
        ),
        (
            "✓ ! ✗  ✎2",
            tr!(l, "tui-help-keys-review-acceptable-to-improve-to"),
        ),
        ("Esc", tr!(l, "tui-help-keys-review-back-home")),
        (
            "q, Ctrl-C",
            tr!(l, "tui-help-keys-wizard-quit-everything-is-saved"),
        ),
    ]
}
pub fn dialog_countersign(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-countersign"))
}
pub fn dialog_countersigned(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-countersigned"))
}
pub fn dialog_countersigning(l: Lang) -> String {
    tr!(l, "tui-dialog-countersigning")
}
pub fn dialog_countersign_as(l: Lang) -> String {
    tr!(l, "tui-dialog-countersign-as")
}
pub fn dialog_countersign_keys(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-countersign-keys"))
}
pub fn dialog_countersign_keys_many(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-countersign-keys-many"))
}
pub fn dialog_pass_needed(l: Lang) -> String {
    tr!(l, "tui-dialog-pass-needed")
}
pub fn dialog_passphrase(l: Lang) -> String {
    tr!(l, "tui-dialog-passphrase")
}
pub fn dialog_wrong_passphrase(l: Lang) -> String {
    tr!(l, "tui-dialog-wrong-passphrase")
}
pub fn dialog_opening_key(l: Lang) -> String {
    tr!(l, "tui-dialog-opening-key")
}
pub fn dialog_pass_keys(l: Lang, many: bool) -> String {
    let keys = if many {
        tr!(l, "tui-dialog-pass-keys-many")
    } else {
        tr!(l, "tui-dialog-pass-keys")
    };
    format!(" {keys} ")
}
pub fn dialog_countersign_pass_keys(l: Lang, many: bool) -> String {
    let keys = if many {
        tr!(l, "tui-dialog-countersign-pass-keys-many")
    } else {
        tr!(l, "tui-dialog-countersign-pass-keys")
    };
    format!(" {keys} ")
}
pub fn dialog_assessor_key(l: Lang) -> String {
    format!("  {}", tr!(l, "tui-dialog-assessor-key"))
}
pub fn countersign_not_yet(l: Lang) -> String {
    tr!(l, "tui-countersign-not-yet")
}
pub fn after_countersigning(l: Lang) -> String {
    tr!(l, "tui-after-countersigning")
}

pub fn verdict_mark(v: crate::review::Verdict) -> &'static str {
    match v {
        crate::review::Verdict::Acceptable => "✓",
        crate::review::Verdict::ToImprove => "!",
        crate::review::Verdict::ToCorrect => "✗",
    }
}

/// A reviewer's verdict on a section, in words.
pub fn verdict_label(l: Lang, v: crate::review::Verdict) -> String {
    match v {
        crate::review::Verdict::Acceptable => tr!(l, "tui-verdict-acceptable"),
        crate::review::Verdict::ToImprove => tr!(l, "tui-verdict-to-improve"),
        crate::review::Verdict::ToCorrect => tr!(l, "tui-verdict-to-correct"),
    }
}

/// A review's overall opinion, in words.
pub fn opinion_label(l: Lang, o: crate::review::Opinion) -> String {
    match o {
        crate::review::Opinion::Approve => tr!(l, "tui-opinion-approve"),
        crate::review::Opinion::ApproveWithConditions => {
            tr!(l, "tui-opinion-approve-with-conditions")
        }
        crate::review::Opinion::Reject => tr!(l, "tui-opinion-reject"),
    }
}

/// An action's status, in words.
pub fn plan_status_word(l: Lang, s: crate::assessment::PlanStatus) -> String {
    use crate::assessment::PlanStatus as P;
    match s {
        P::Todo => tr!(l, "tui-plan-status-todo"),
        P::InProgress => tr!(l, "tui-plan-status-in-progress"),
        P::Done => tr!(l, "tui-plan-status-done"),
        P::Dropped => tr!(l, "tui-plan-status-dropped"),
    }
}

/// A key's role, in words.
pub fn role(l: Lang, r: crate::keys::Role) -> String {
    use crate::keys::Role as R;
    match r {
        R::Assessor => tr!(l, "tui-role-assessor"),
        R::Reviewer => tr!(l, "tui-role-reviewer"),
        R::Approver => tr!(l, "tui-role-approver"),
    }
}

pub fn review_header(l: Lang, title: &str, revision: u32) -> String {
    tr!(l, "tui-review-header", title = title, revision = revision)
}

pub fn review_header_opinion(l: Lang, opinion: Option<&str>) -> String {
    match opinion {
        Some(o) => tr!(l, "tui-review-header-opinion", opinion = o),
        None => tr!(l, "tui-review-header-no-opinion"),
    }
}

pub fn review_superseded(l: Lang, old: u32, new: u32) -> String {
    tr!(l, "tui-review-superseded", old = old, new = new)
}

pub fn review_already_countersigned(l: Lang, number: u32) -> String {
    tr!(l, "tui-review-already-countersigned", number = number)
}

pub fn review_bad_date(l: Lang, t: &str) -> String {
    tr!(l, "tui-review-bad-date", raw = t)
}

pub fn review_sections_title(l: Lang, judged: usize, n: usize) -> String {
    format!(
        " {} ",
        tr!(l, "tui-review-sections-title", judged = judged, n = n)
    )
}

pub fn review_question_of(l: Lang, i: usize, n: usize) -> String {
    tr!(l, "tui-review-question-of", i = i, n = n)
}

pub fn review_verdict_line(l: Lang, label: &str) -> String {
    tr!(l, "tui-review-verdict-line", verdict = label)
}

pub fn review_attestation(words: &str) -> String {
    let mut c = words.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub fn review_conditions_context(l: Lang, opinion: &str) -> String {
    tr!(l, "tui-review-conditions-context", opinion = opinion)
}

pub fn review_summary(
    l: Lang,
    to_correct: usize,
    to_improve: usize,
    acceptable: usize,
    none: usize,
    comments: usize,
) -> String {
    tr!(
        l,
        "tui-review-summary",
        to_correct = to_correct,
        to_improve = to_improve,
        acceptable = acceptable,
        none = none,
        comments = comments
    )
}

pub fn review_signed_by(l: Lang, revision: u32, name: &str, role: &str, date: &str) -> String {
    tr!(
        l,
        "tui-review-signed-by",
        revision = revision,
        name = name,
        role = role,
        date = date
    )
}

pub fn review_overall(l: Lang, inherent: &str, residual: &str) -> String {
    tr!(
        l,
        "tui-review-overall",
        inherent = inherent,
        residual = residual
    )
}

pub fn review_obligations_open(l: Lang, n: usize) -> String {
    tr!(l, "tui-review-obligations-open", n = n)
}

pub fn review_plan_head(l: Lang, n: usize) -> String {
    tr!(l, "tui-review-plan-head", n = n)
}

pub fn review_assessor_key(l: Lang, name: &str, id: &str) -> String {
    format!(
        "{}\n  {}",
        tr!(l, "tui-review-assessor-key", name = name, id = id),
        tr!(l, "tui-hint", hint = tr!(l, "tui-review-assessor-key-hint"))
    )
}

pub fn review_own_revision(l: Lang, name: &str, id: &str, revision: u32) -> String {
    format!(
        "{}\n  {}",
        tr!(
            l,
            "tui-review-own-revision",
            name = name,
            id = id,
            revision = revision
        ),
        tr!(l, "tui-hint", hint = tr!(l, "tui-review-own-revision-hint"))
    )
}

pub fn countersign_intro(l: Lang, number: u32, revision: u32) -> String {
    tr!(
        l,
        "tui-countersign-intro",
        number = number,
        revision = revision
    )
}

pub fn no_reviewer_key(l: Lang, keys_dir: &str) -> Vec<String> {
    vec![
        tr!(l, "tui-no-reviewer-key"),
        String::new(),
        tr!(l, "tui-create-key-in-shell"),
        format!(
            "  farol keys new --name \"{}\" --role reviewer",
            tr!(l, "tui-your-name")
        ),
        tr!(l, "tui-trust-it"),
        String::new(),
        tr!(l, "tui-keys-kept-in", dir = keys_dir, key = "S"),
    ]
}

pub fn countersigned_head(l: Lang, number: u32, signer: &str, key: &str, opinion: &str) -> String {
    tr!(
        l,
        "tui-countersigned-head",
        number = number,
        signer = signer,
        key = key,
        opinion = opinion
    )
}

pub fn countersigned_judges(l: Lang, revision: u32, sha256: &str) -> [String; 2] {
    let head = tr!(l, "tui-countersigned-judges", revision = revision);
    let pad = " ".repeat(crate::tui::wrap::width(&tr!(l, "tui-countersigned-judges-label")) + 1);
    [head, format!("{pad}{sha256}")]
}

pub fn countersigned_due(l: Lang, date: &str) -> String {
    tr!(l, "tui-countersigned-due", date = date)
}

// What the latest review asks of the assessor
/// The tags of the finish list for a review's requests, padded like the others there.
pub fn feedback_tag_correct(l: Lang) -> String {
    super::pad_same(tr!(l, "tui-feedback-tag-correct"), &super::finish_tags(l))
}
pub fn feedback_tag_comment(l: Lang) -> String {
    super::pad_same(tr!(l, "tui-feedback-tag-comment"), &super::finish_tags(l))
}

#[allow(clippy::too_many_arguments)]
pub fn feedback_banner(
    l: Lang,
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
        parts.push(tr!(l, "tui-feedback-to-correct", n = to_correct));
    }
    if to_improve > 0 {
        parts.push(tr!(l, "tui-feedback-to-improve", n = to_improve));
    }
    if comments > 0 {
        parts.push(tr!(l, "tui-feedback-comments", n = comments));
    }
    let what = if parts.is_empty() {
        String::new()
    } else {
        format!(" — {}", parts.join(&tr!(l, "tui-list-separator")))
    };
    let after = match answered_by {
        Some(n) => tr!(l, "tui-feedback-answered-by", n = n),
        None => tr!(l, "tui-feedback-f-lists"),
    };
    tr!(
        l,
        "tui-feedback-banner",
        opinion = opinion,
        what = what,
        revision = revision,
        reviewer = reviewer,
        after = after
    )
}

pub fn feedback_comment_head(l: Lang, reviewer: &str, revision: u32) -> String {
    tr!(
        l,
        "tui-feedback-comment-head",
        reviewer = reviewer,
        revision = revision
    )
}

pub fn feedback_section(l: Lang, title: &str, verdict: &str) -> String {
    tr!(l, "tui-feedback-section", title = title, verdict = verdict)
}

pub fn feedback_conditions(l: Lang, opinion: &str) -> String {
    tr!(l, "tui-feedback-conditions", opinion = opinion)
}

pub fn finish_review_summary(
    l: Lang,
    to_correct: usize,
    commented: usize,
    unanswered: usize,
    unsure: usize,
) -> String {
    tr!(
        l,
        "tui-finish-review-summary",
        to_correct = to_correct,
        commented = commented,
        unanswered = unanswered,
        unsure = unsure
    )
}

// Review refusals, worded for the review screen
pub fn review_hint_opinion(l: Lang) -> String {
    tr!(l, "tui-review-hint-opinion")
}
pub fn review_hint_conditions(l: Lang) -> String {
    tr!(l, "tui-review-hint-conditions")
}
pub fn review_hint_attest(l: Lang) -> String {
    tr!(l, "tui-review-hint-attest")
}
pub fn review_hint_judge_all(l: Lang) -> String {
    tr!(l, "tui-review-hint-judge-all")
}
pub fn review_hint_to_correct(l: Lang) -> String {
    tr!(l, "tui-review-hint-to-correct")
}
pub fn review_hint_due(l: Lang) -> String {
    tr!(l, "tui-review-hint-due")
}

/// A key's role as the runtime lists it (the library's English label), in words.
pub fn role_word(l: Lang, label: &str) -> String {
    match crate::keys::Role::ALL
        .into_iter()
        .find(|r| r.label() == label)
    {
        Some(r) => role(l, r),
        None => label.to_string(),
    }
}
