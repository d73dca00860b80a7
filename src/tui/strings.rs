//! Every word the terminal UI shows, looked up in the message catalogue
//! (`assets/i18n/<lang>/tui.ftl`, ids `tui-…`) in the language of the screen. Key names
//! stay as they are printed on the keyboard. Questionnaire texts are not here; they come
//! from the questionnaire, in the language asked for.

use crate::i18n::Lang;
use crate::questionnaire::{AnswerKind, Priority};
use crate::scale::RiskLevel;
use crate::tr;

/// A label followed by what it labels: a space after it, unless it ends in a full-width
/// character (the Chinese colon "：" already leaves room).
pub fn label(text: String) -> String {
    if text
        .chars()
        .last()
        .is_some_and(|c| super::wrap::width(&c.to_string()) > 1)
    {
        text
    } else {
        format!("{text} ")
    }
}

mod help;
mod legal;
mod review;
pub use help::*;
pub use legal::*;
pub use review::*;

pub const APP_NAME: &str = "Farol";
pub fn app_title(l: Lang) -> String {
    tr!(l, "tui-app-title")
}

// Home
pub fn home_dossier(l: Lang) -> String {
    label(tr!(l, "tui-home-dossier"))
}
pub fn home_list_title(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-home-list-title"))
}
pub fn home_loading(l: Lang) -> String {
    tr!(l, "tui-home-loading")
}
pub fn home_empty(l: Lang) -> String {
    tr!(l, "tui-home-empty")
}
pub fn home_columns(l: Lang) -> [String; 6] {
    [
        String::new(),
        tr!(l, "tui-home-columns-1"),
        tr!(l, "tui-home-columns-2"),
        tr!(l, "tui-home-columns-3"),
        tr!(l, "tui-home-columns-4"),
        tr!(l, "tui-home-columns-5"),
    ]
}
pub const HOME_NO_DUE: &str = "—";
pub fn overdue(l: Lang) -> String {
    tr!(l, "tui-overdue")
}
pub fn home_status_unreadable(l: Lang) -> String {
    tr!(l, "tui-home-status-unreadable")
}
pub fn home_unreadable(l: Lang) -> String {
    label(tr!(l, "tui-home-unreadable"))
}
pub fn home_nothing_to_open(l: Lang) -> String {
    tr!(l, "tui-home-nothing-to-open")
}
pub fn home_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-choose")),
        ("Enter", tr!(l, "tui-key-open")),
        ("n", tr!(l, "tui-key-new")),
        ("v", tr!(l, "tui-key-review")),
        ("d", tr!(l, "tui-key-demo")),
        ("L", tr!(l, "tui-key-language")),
        ("K", tr!(l, "tui-key-new-key")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}
pub fn no_risk_yet(l: Lang) -> String {
    tr!(l, "tui-no-risk-yet")
}

/// Where an assessment stands, for the home list: the review status from the records,
/// with the answering progress of a draft never signed.
pub fn home_state(
    l: Lang,
    status: Option<&crate::review::AssessmentStatus>,
    answered: usize,
    shown: usize,
    wide: bool,
) -> String {
    use crate::review::State;
    let Some(s) = status else {
        return home_status(l, answered, shown);
    };
    let r = s.revision.map(i64::from).unwrap_or(0);
    let edited = if s.changed_since_signing && wide {
        "yes"
    } else {
        "no"
    };
    if s.forked {
        return tr!(l, "tui-state-forked", r = r);
    }
    match s.state {
        State::Draft if shown > 0 && answered >= shown => tr!(l, "tui-state-draft-complete"),
        State::Draft if wide => tr!(
            l,
            "tui-state-draft-wide",
            answered = answered,
            shown = shown
        ),
        State::Draft => tr!(l, "tui-state-draft", answered = answered, shown = shown),
        State::Signed => tr!(l, "tui-state-signed", r = r, edited = edited),
        State::InReview => tr!(l, "tui-state-in-review", r = r),
        State::Approved => tr!(l, "tui-state-approved", r = r, edited = edited),
        State::ApprovedWithConditions if wide => tr!(l, "tui-state-approved-cond-wide"),
        State::ApprovedWithConditions => tr!(l, "tui-state-approved-cond"),
        State::Rejected => tr!(l, "tui-state-rejected", r = r, edited = edited),
    }
}

/// The line above the list when reviews are overdue: (id, due date).
pub fn home_overdue(l: Lang, late: &[(&str, String)]) -> String {
    let list: Vec<String> = late
        .iter()
        .map(|(id, due)| tr!(l, "tui-home-overdue-item", id = *id, due = due.as_str()))
        .collect();
    tr!(
        l,
        "tui-home-overdue",
        n = late.len(),
        list = list.join(&tr!(l, "tui-list-separator"))
    )
}

pub fn home_status(l: Lang, answered: usize, shown: usize) -> String {
    if shown > 0 && answered >= shown {
        tr!(l, "tui-status-complete")
    } else {
        tr!(l, "tui-status-answered", answered = answered, shown = shown)
    }
}

// New assessment form
pub fn form_title(l: Lang) -> String {
    tr!(l, "tui-form-title")
}
pub fn form_intro(l: Lang) -> String {
    tr!(l, "tui-form-intro")
}
pub fn form_labels(l: Lang) -> [String; 5] {
    [
        format!(" {} ", tr!(l, "tui-form-labels-0")),
        format!(" {} ", tr!(l, "tui-form-labels-1")),
        format!(" {} ", tr!(l, "tui-form-labels-2")),
        format!(" {} ", tr!(l, "tui-form-labels-3")),
        format!(" {} ", tr!(l, "tui-form-labels-4")),
    ]
}
pub fn form_questionnaire(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-form-questionnaire"))
}
pub fn form_create(l: Lang) -> String {
    tr!(l, "tui-form-create")
}
pub fn form_title_required(l: Lang) -> String {
    tr!(l, "tui-form-title-required")
}
pub fn form_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Tab/↓", tr!(l, "tui-key-next-field")),
        ("Enter", tr!(l, "tui-key-next-field")),
        ("Ctrl-S", tr!(l, "tui-key-create")),
        ("Esc", tr!(l, "tui-key-back")),
    ]
}

// Chrome
pub fn tab_questions(l: Lang) -> String {
    tr!(l, "tui-tab-questions")
}
pub fn tab_risk(l: Lang) -> String {
    tr!(l, "tui-home-columns-3")
}
pub fn tab_plan(l: Lang) -> String {
    tr!(l, "tui-tab-plan")
}
pub fn risk_label(l: Lang) -> String {
    label(tr!(l, "tui-risk-label"))
}
pub fn saved(l: Lang) -> String {
    tr!(l, "tui-saved")
}
pub fn saving(l: Lang) -> String {
    tr!(l, "tui-saving")
}
pub fn save_failed(l: Lang) -> String {
    tr!(l, "tui-save-failed")
}
pub fn reloaded(l: Lang) -> String {
    tr!(l, "tui-reloaded")
}
/// The footer after another command changed the open draft on disk.
pub fn reloaded_note(l: Lang) -> String {
    tr!(l, "tui-reloaded-note")
}
/// The footer when that change arrived before this window's last one was written.
pub fn reloaded_lost(l: Lang) -> String {
    tr!(l, "tui-reloaded-lost")
}

// Wizard
pub fn wizard_nothing(l: Lang) -> String {
    tr!(l, "tui-wizard-nothing")
}
pub fn sections(l: Lang) -> String {
    tr!(l, "tui-sections")
}
pub fn yes(l: Lang) -> String {
    tr!(l, "tui-yes")
}
pub fn no(l: Lang) -> String {
    tr!(l, "tui-no")
}
pub fn unsure(l: Lang) -> String {
    tr!(l, "tui-unsure")
}
pub fn field_text(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-field-text"))
}
pub fn field_text_multi(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-field-text-multi"))
}
pub fn field_date(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-field-date"))
}
pub fn rows_empty(l: Lang) -> String {
    tr!(l, "tui-rows-empty")
}
pub fn row_new(l: Lang) -> String {
    tr!(l, "tui-row-new")
}
pub fn live_prefix(l: Lang) -> String {
    tr!(l, "tui-live-prefix")
}
pub fn hint_yesno(l: Lang) -> String {
    tr!(l, "tui-hint-yesno")
}
pub fn hint_single(l: Lang) -> String {
    tr!(l, "tui-hint-single")
}
pub fn hint_multi(l: Lang) -> String {
    tr!(l, "tui-hint-multi")
}
pub fn hint_text(l: Lang) -> String {
    tr!(l, "tui-hint-text")
}
pub fn hint_text_multi(l: Lang) -> String {
    tr!(l, "tui-hint-text-multi")
}
pub fn hint_date(l: Lang) -> String {
    tr!(l, "tui-hint-date")
}
pub fn hint_number(l: Lang) -> String {
    tr!(l, "tui-hint-number")
}
pub fn hint_edit(l: Lang) -> String {
    tr!(l, "tui-hint-edit")
}
pub fn hint_rows(l: Lang) -> String {
    tr!(l, "tui-hint-rows")
}
pub fn hint_row_edit(l: Lang) -> String {
    tr!(l, "tui-hint-row-edit")
}
pub fn help_panel(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-panel"))
}
pub fn help_why(l: Lang) -> String {
    tr!(l, "tui-help-why")
}
pub fn help_example(l: Lang) -> String {
    tr!(l, "tui-help-example")
}
pub fn help_cites(l: Lang) -> String {
    tr!(l, "tui-help-cites")
}
pub fn help_more(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-more"))
}
pub fn help_none(l: Lang) -> String {
    tr!(l, "tui-help-none")
}
pub fn popup_sections(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-popup-sections"))
}
pub fn popup_search(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-popup-search"))
}
pub fn popup_finish(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-popup-finish"))
}
pub fn search_label(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-search-label"))
}
pub fn search_none(l: Lang) -> String {
    tr!(l, "tui-search-none")
}
pub fn finish_all_done(l: Lang) -> String {
    tr!(l, "tui-finish-all-done")
}
pub fn finish_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-choose")),
        ("Enter", tr!(l, "tui-key-go-to-it")),
        ("d", tr!(l, "tui-key-dashboard")),
        ("Esc", tr!(l, "tui-key-back")),
    ]
}
/// The tags of the finish list, padded to one display width so the prompts line up.
pub fn tag_unanswered(l: Lang) -> String {
    pad_same(tr!(l, "tui-tag-unanswered"), &finish_tags(l))
}
pub fn tag_unsure(l: Lang) -> String {
    pad_same(tr!(l, "tui-tag-unsure"), &finish_tags(l))
}

/// Every tag the finish list may show (a review's requests among them).
pub fn finish_tags(l: Lang) -> [String; 4] {
    [
        tr!(l, "tui-tag-unanswered"),
        tr!(l, "tui-tag-unsure"),
        tr!(l, "tui-feedback-tag-correct"),
        tr!(l, "tui-feedback-tag-comment"),
    ]
}

/// `text` padded with spaces to the display width of the widest of it and `others`.
pub fn pad_same(text: String, others: &[String]) -> String {
    let w = others
        .iter()
        .map(|o| super::wrap::width(o))
        .chain([super::wrap::width(&text)])
        .max()
        .unwrap_or(0);
    let pad = w - super::wrap::width(&text);
    format!("{text}{}", " ".repeat(pad))
}
pub fn wizard_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("←→", tr!(l, "tui-key-question")),
        ("s", tr!(l, "tui-key-sections")),
        ("/", tr!(l, "tui-key-search")),
        ("d", tr!(l, "tui-key-risk")),
        ("p", tr!(l, "tui-key-plan")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}
pub fn wizard_edit_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Tab", tr!(l, "tui-key-next-question")),
        ("Shift-Tab", tr!(l, "tui-key-previous")),
        ("Esc", tr!(l, "tui-key-stop-typing-then-for-key")),
        ("Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}

pub fn question_of(i: usize, n: usize) -> String {
    format!("{i}/{n}")
}

pub fn row_editing(l: Lang, i: usize) -> String {
    tr!(l, "tui-row-editing", i = i)
}

pub fn finish_summary(l: Lang, unanswered: usize, unsure: usize) -> String {
    tr!(
        l,
        "tui-finish-summary",
        unanswered = unanswered,
        unsure = unsure
    )
}

pub fn number_label(l: Lang, unit: &str, min: Option<i64>, max: Option<i64>) -> String {
    let range = match (min, max) {
        (Some(a), Some(b)) => tr!(l, "tui-number-range", min = a, max = b),
        (Some(a), None) => tr!(l, "tui-number-min", min = a),
        (None, Some(b)) => tr!(l, "tui-number-max", max = b),
        (None, None) => String::new(),
    };
    let label = if unit.is_empty() {
        tr!(l, "tui-number-label", range = range)
    } else {
        tr!(l, "tui-number-label-unit", unit = unit, range = range)
    };
    format!(" {label} ")
}

/// A typed number or date that cannot be read, with what is expected.
pub fn unreadable(l: Lang, raw: &str, kind: &AnswerKind) -> String {
    match kind {
        AnswerKind::Date => tr!(l, "tui-not-a-date", raw = raw),
        AnswerKind::Number { .. } => tr!(l, "tui-not-a-number", raw = raw),
        _ => tr!(l, "tui-unreadable", raw = raw),
    }
}

pub fn bad_date_cell(l: Lang, column: &str, raw: &str) -> String {
    tr!(l, "tui-bad-date-cell", raw = raw, column = column)
}

pub fn out_of_range(l: Lang, value: i64, min: Option<i64>, max: Option<i64>) -> String {
    let range = match (min, max) {
        (Some(a), Some(b)) => tr!(l, "tui-range-between", min = a, max = b),
        (Some(a), None) => tr!(l, "tui-range-at-least", min = a),
        (None, Some(b)) => tr!(l, "tui-range-at-most", max = b),
        (None, None) => String::new(),
    };
    tr!(l, "tui-out-of-range", value = value, range = range)
}

pub const HOME_NO_RISK: &str = "—";

/// A short risk badge: L, M, H, VH.
pub fn badge(l: Lang, level: RiskLevel) -> String {
    match level {
        RiskLevel::Low => tr!(l, "tui-badge-low"),
        RiskLevel::Medium => tr!(l, "tui-badge-medium"),
        RiskLevel::High => tr!(l, "tui-badge-high"),
        RiskLevel::VeryHigh => tr!(l, "tui-badge-very-high"),
    }
}

// Dashboard
pub fn map_axes(l: Lang) -> String {
    tr!(l, "tui-map-axes")
}
pub fn map_caption(l: Lang) -> String {
    tr!(l, "tui-map-caption")
}
pub fn table_title(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-table-title"))
}
pub fn table_columns(l: Lang) -> [String; 4] {
    [
        String::new(),
        tr!(l, "tui-table-columns-1"),
        tr!(l, "tui-table-columns-2"),
        tr!(l, "tui-table-columns-3"),
    ]
}
pub fn no_categories(l: Lang) -> String {
    tr!(l, "tui-no-categories")
}
pub const SENSITIVE_MARK: &str = " ◆";
pub fn inherent(l: Lang) -> String {
    tr!(l, "tui-table-columns-2")
}
pub fn residual(l: Lang) -> String {
    tr!(l, "tui-table-columns-3")
}
pub fn severity(l: Lang) -> String {
    tr!(l, "tui-severity")
}
pub fn likelihood(l: Lang) -> String {
    tr!(l, "tui-likelihood")
}
pub fn because_answer(l: Lang) -> String {
    tr!(l, "tui-because-answer")
}
pub fn explain_keys(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-explain-keys"))
}
pub fn gains_head(l: Lang) -> String {
    tr!(l, "tui-gains-head")
}
pub fn gains_none(l: Lang) -> String {
    tr!(l, "tui-gains-none")
}

/// "With measures: Very high, 1 step (½ level) above High".
pub fn above(l: Lang, level: &str, steps: &str, next: &str, held: bool) -> String {
    if held {
        tr!(
            l,
            "tui-above-held",
            level = level,
            steps = steps,
            next = next
        )
    } else {
        tr!(l, "tui-above", level = level, steps = steps, next = next)
    }
}

/// "Enforce two-factor authentication — High → Medium" or "… — 2 steps (1 level) closer".
pub fn gain(l: Lang, action: &str, now: &str, then: &str, steps: &str, lowers: bool) -> String {
    if lowers {
        tr!(
            l,
            "tui-gain-lowers",
            action = action,
            now = now,
            then = then
        )
    } else {
        tr!(l, "tui-gain-closer", action = action, steps = steps)
    }
}
pub fn dashboard_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-choose")),
        ("Enter", tr!(l, "tui-key-why")),
        ("Tab", tr!(l, "tui-key-legal")),
        ("f", tr!(l, "tui-key-filing")),
        ("w", tr!(l, "tui-key-questions")),
        ("s", tr!(l, "tui-key-sign")),
        ("p", tr!(l, "tui-key-plan")),
        ("r", tr!(l, "tui-key-report")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}

pub fn figure_head(l: Lang, stage: &str, axis: &str, level: &str) -> String {
    tr!(
        l,
        "tui-figure-head",
        stage = stage,
        axis = axis,
        level = level
    )
}

// Action plan
pub fn plan_empty(l: Lang) -> String {
    tr!(l, "tui-plan-empty")
}
pub fn plan_columns(l: Lang) -> [String; 4] {
    [
        tr!(l, "tui-plan-columns-0"),
        tr!(l, "tui-plan-columns-1"),
        tr!(l, "tui-plan-columns-2"),
        tr!(l, "tui-home-columns-2"),
    ]
}
pub fn suggested_mark(l: Lang) -> String {
    tr!(l, "tui-suggested-mark")
}
pub fn plan_edit(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-plan-edit"))
}
pub fn plan_new(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-plan-new"))
}
pub fn plan_fields(l: Lang) -> [String; 4] {
    [
        format!(" {} ", tr!(l, "tui-plan-columns-0")),
        format!(" {} ", tr!(l, "tui-plan-fields-1")),
        format!(" {} ", tr!(l, "tui-plan-columns-1")),
        format!(" {} ", tr!(l, "tui-plan-fields-3")),
    ]
}
pub fn plan_status(l: Lang) -> String {
    tr!(l, "tui-home-columns-2")
}
pub fn plan_title_required(l: Lang) -> String {
    tr!(l, "tui-plan-title-required")
}
pub fn plan_bad_date(l: Lang) -> String {
    tr!(l, "tui-plan-bad-date")
}
pub fn plan_status_not_text(l: Lang) -> String {
    tr!(l, "tui-plan-status-not-text")
}
pub fn plan_edit_keys(l: Lang) -> String {
    tr!(l, "tui-plan-edit-keys")
}
pub fn filing_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓", tr!(l, "tui-key-scroll")),
        ("Tab", tr!(l, "tui-key-next-gap")),
        ("Enter", tr!(l, "tui-key-answer-gap")),
        ("r", tr!(l, "tui-key-filing-pdf")),
        ("d", tr!(l, "tui-key-risk")),
        ("w", tr!(l, "tui-key-questions")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}

pub fn plan_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Enter", tr!(l, "tui-key-edit-adopt")),
        ("a", tr!(l, "tui-key-add")),
        ("A", tr!(l, "tui-key-adopt-all")),
        ("Space", tr!(l, "tui-key-status")),
        ("x", tr!(l, "tui-key-delete")),
        ("w", tr!(l, "tui-key-questions")),
        ("?", tr!(l, "tui-key-keys")),
        ("q", tr!(l, "tui-key-quit")),
    ]
}

pub fn plan_title(l: Lang, items: usize, suggested: usize) -> String {
    format!(
        " {} ",
        tr!(l, "tui-plan-title", items = items, suggested = suggested)
    )
}

pub fn priority(l: Lang, p: Priority) -> String {
    match p {
        Priority::High => tr!(l, "tui-priority-high"),
        Priority::Medium => tr!(l, "tui-priority-medium"),
        Priority::Low => tr!(l, "tui-priority-low"),
    }
}

// The language menu
pub fn language_menu_title(l: Lang) -> String {
    tr!(l, "tui-language-menu-title")
}

pub fn language_menu_keys(l: Lang) -> String {
    tr!(l, "tui-language-menu-keys")
}

pub fn form_id_label(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-form-id-label"))
}

/// The id field's placeholder before a title is typed.
pub fn form_id_placeholder(l: Lang) -> String {
    tr!(l, "tui-form-id-placeholder")
}

/// The id field's placeholder: the id derived from the title.
pub fn form_id_from_title(l: Lang, id: &str) -> String {
    tr!(l, "tui-form-id-from-title", id = id)
}

pub fn form_bad_id(l: Lang, id: &str, max: usize) -> String {
    tr!(l, "tui-form-bad-id", id = id, max = max)
}

/// The status line when the open questionnaire lacks the screen's language.
pub fn questionnaire_lacks_lang(l: Lang, title: &str) -> String {
    tr!(
        l,
        "tui-questionnaire-lacks-lang",
        title = title,
        language = l.own_name()
    )
}

/// A category's level as an answer changed it: "Health data: none → Medium — why".
pub fn level_change(l: Lang, c: &crate::risk::LevelChange) -> String {
    let level = |v: Option<RiskLevel>| match v {
        Some(v) => crate::i18n::words::level(l, v),
        None => tr!(l, "tui-not-processed"),
    };
    let (from, to) = (level(c.from), level(c.to));
    if c.because.is_empty() {
        tr!(
            l,
            "tui-level-change",
            name = c.name.as_str(),
            from = from,
            to = to
        )
    } else {
        tr!(
            l,
            "tui-level-change-because",
            name = c.name.as_str(),
            from = from,
            to = to,
            because = c.because.as_str()
        )
    }
}

pub fn overdue_since(l: Lang, date: &str) -> String {
    tr!(l, "tui-overdue-since", date = date)
}
pub fn plan_overdue_count(l: Lang, n: usize) -> String {
    tr!(l, "tui-plan-overdue-count", n = n)
}
pub fn dashboard_overdue_actions(l: Lang, n: usize, date: &str) -> String {
    tr!(l, "tui-dashboard-overdue-actions", n = n, date = date)
}
pub fn dashboard_review_overdue(l: Lang, date: &str) -> String {
    tr!(l, "tui-dashboard-review-overdue", date = date)
}
/// A cell of a table row drawn as a block: "Place: Hong Kong".
pub fn row_field(l: Lang, label: &str, value: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', '？', ':', '：']) {
        tr!(l, "tui-row-field-asked", label = label, value = value)
    } else {
        tr!(l, "tui-row-field", label = label, value = value)
    }
}

pub fn role_name(l: Lang, r: crate::keys::Role) -> String {
    crate::present::words::role(l, r)
}
pub fn keygen_title(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-keygen-title"))
}
pub fn keygen_intro(l: Lang) -> String {
    tr!(l, "tui-keygen-intro")
}
pub fn keygen_name(l: Lang) -> String {
    tr!(l, "tui-keygen-name")
}
pub fn keygen_role(l: Lang) -> String {
    tr!(l, "tui-keygen-role")
}
pub fn keygen_pass(l: Lang) -> String {
    tr!(l, "tui-keygen-pass")
}
pub fn keygen_again(l: Lang) -> String {
    tr!(l, "tui-keygen-again")
}
pub fn keygen_keys(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Tab", tr!(l, "tui-key-next-field")),
        ("←→", tr!(l, "tui-keygen-key-role")),
        ("Enter", tr!(l, "tui-keygen-key-create")),
        ("Esc", tr!(l, "tui-keygen-key-cancel")),
    ]
}
pub fn keygen_no_name(l: Lang) -> String {
    tr!(l, "tui-keygen-no-name")
}
pub fn keygen_differ(l: Lang) -> String {
    tr!(l, "tui-keygen-differ")
}
pub fn keygen_too_short(l: Lang, n: usize) -> String {
    tr!(l, "tui-keygen-too-short", n = n)
}
pub fn keygen_empty_confirm(l: Lang) -> String {
    tr!(l, "tui-keygen-empty-confirm")
}
pub fn keygen_working(l: Lang) -> String {
    tr!(l, "tui-keygen-working")
}
pub fn keygen_done(l: Lang, c: &super::screens::keygen::Created) -> String {
    tr!(
        l,
        "cli-keys-created",
        id = c.id.as_str(),
        name = c.name.as_str(),
        role = role_name(l, c.role)
    )
}
pub fn keygen_fingerprint(l: Lang, fingerprint: &str) -> String {
    tr!(l, "cli-keys-fingerprint", fingerprint = fingerprint)
}
pub fn keygen_private(l: Lang, path: &str) -> String {
    tr!(l, "cli-keys-private", path = path)
}
pub fn keygen_protected(l: Lang) -> String {
    tr!(l, "cli-keys-protected").trim().to_string()
}
pub fn keygen_trust(l: Lang, id: &str) -> String {
    tr!(l, "tui-keygen-trust", id = id)
}
pub fn keygen_close(l: Lang, then_sign: bool) -> String {
    if then_sign {
        tr!(l, "tui-keygen-close-sign")
    } else {
        tr!(l, "tui-keygen-close")
    }
}
pub fn dialog_create_key(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-dialog-create-key"))
}
