//! The words of the `?` overlay: each screen's keys, and the note on translations. Part
//! of the one catalog (`strings`), kept in its own file for size.

use crate::i18n::Lang;
use crate::tr;

pub fn help_close(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-close"))
}
pub fn help_home(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-home"))
}
pub fn help_form(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-form"))
}
pub fn help_wizard(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-wizard"))
}
pub fn help_dashboard(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-dashboard"))
}
pub fn help_plan(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-plan"))
}
pub fn help_keys_home(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        (
            "↑↓, j k",
            tr!(l, "tui-help-keys-home-choose-an-assessment-or"),
        ),
        ("Enter, o", tr!(l, "tui-help-keys-home-open-it")),
        ("n", tr!(l, "tui-help-keys-home-start-a-new-assessment")),
        ("v", tr!(l, "tui-help-keys-home-review-its-latest-signed")),
        ("d", tr!(l, "tui-help-keys-home-add-the-demo-assessment")),
        ("L", tr!(l, "tui-help-keys-home-language")),
        ("K", tr!(l, "tui-help-keys-home-new-key")),
        ("r", tr!(l, "tui-help-keys-home-re-read-the-dossier")),
        ("q, Esc, Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}
pub fn help_keys_form(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("Tab, ↓", tr!(l, "tui-key-next-field")),
        ("Shift-Tab, ↑", tr!(l, "tui-help-keys-form-previous-field")),
        (
            "Enter",
            tr!(l, "tui-help-keys-form-next-field-on-the-button"),
        ),
        (
            "← →, Space",
            tr!(l, "tui-help-keys-form-change-the-questionnaire"),
        ),
        ("Ctrl-S", tr!(l, "tui-help-keys-form-create-now")),
        ("Esc", tr!(l, "tui-help-keys-form-back-home-nothing-create")),
        ("Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}
pub fn help_keys_wizard(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        (
            "↑↓, j k",
            tr!(l, "tui-help-keys-wizard-move-between-choices-or"),
        ),
        (
            "Space",
            tr!(l, "tui-help-keys-wizard-select-tick-the-choice"),
        ),
        (
            "Enter",
            tr!(l, "tui-help-keys-wizard-select-and-go-to-the-nex"),
        ),
        ("y n u", tr!(l, "tui-help-keys-wizard-yes-no-not-sure")),
        (
            "1–9",
            tr!(l, "tui-help-keys-wizard-pick-a-choice-by-number"),
        ),
        ("→ l Tab PgDn", tr!(l, "tui-key-next-question")),
        (
            "← h S-Tab PgUp",
            tr!(l, "tui-help-keys-wizard-previous-question"),
        ),
        (
            "e, Enter",
            tr!(l, "tui-help-keys-wizard-type-a-text-number-or-da"),
        ),
        (
            "Esc",
            tr!(l, "tui-help-keys-wizard-stop-typing-otherwise-ba"),
        ),
        (
            "c, Backspace",
            tr!(l, "tui-help-keys-wizard-clear-the-answer"),
        ),
        (
            "a, Enter, x",
            tr!(l, "tui-help-keys-wizard-table-add-edit-delete-a"),
        ),
        ("s", tr!(l, "tui-help-keys-wizard-jump-to-a-section")),
        ("/", tr!(l, "tui-help-keys-wizard-search-the-questions")),
        ("f", tr!(l, "tui-help-keys-wizard-finish-unanswered-and-no")),
        ("i", tr!(l, "tui-help-keys-wizard-help-panel-on-narrow-scr")),
        (
            "J K, Shift-↑↓",
            tr!(l, "tui-help-keys-wizard-scroll-the-help-panel"),
        ),
        (
            "d, p",
            tr!(l, "tui-help-keys-wizard-risk-dashboard-action-pl"),
        ),
        (
            "q, Ctrl-C",
            tr!(l, "tui-help-keys-wizard-quit-everything-is-saved"),
        ),
    ]
}
pub fn help_keys_dashboard(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        (
            "↑↓, j k",
            tr!(l, "tui-help-keys-dashboard-choose-a-category-duty-p"),
        ),
        (
            "Enter",
            tr!(l, "tui-help-keys-dashboard-why-the-answers-behind-a"),
        ),
        (
            "Tab, Shift-Tab",
            tr!(l, "tui-help-keys-dashboard-panels-categories-duties"),
        ),
        (
            "w, Esc",
            tr!(l, "tui-help-keys-dashboard-back-to-the-questions"),
        ),
        ("p", tr!(l, "tui-help-keys-dashboard-action-plan")),
        (
            "s",
            tr!(l, "tui-help-keys-dashboard-sign-freeze-the-draft-in"),
        ),
        (
            "r",
            tr!(l, "tui-help-keys-dashboard-report-write-the-pdf-for"),
        ),
        ("f", tr!(l, "tui-help-keys-dashboard-filing")),
        ("q, Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}
pub fn help_filing(l: Lang) -> String {
    format!(" {} ", tr!(l, "tui-help-filing"))
}
pub fn help_keys_filing(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓, j k", tr!(l, "tui-help-keys-filing-scroll")),
        ("PgUp PgDn, Space", tr!(l, "tui-help-keys-filing-page")),
        ("Home End, g G", tr!(l, "tui-help-keys-filing-ends")),
        ("Tab, n", tr!(l, "tui-help-keys-filing-next-gap")),
        ("Shift-Tab, N", tr!(l, "tui-help-keys-filing-previous-gap")),
        ("Enter", tr!(l, "tui-help-keys-filing-open-gap")),
        ("r", tr!(l, "tui-help-keys-filing-pdf")),
        ("d, Esc", tr!(l, "tui-help-keys-plan-risk-dashboard")),
        ("w", tr!(l, "tui-help-keys-dashboard-back-to-the-questions")),
        ("q, Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}
pub fn help_keys_plan(l: Lang) -> Vec<(&'static str, String)> {
    vec![
        ("↑↓, j k", tr!(l, "tui-help-keys-plan-choose-an-action")),
        (
            "Enter, e",
            tr!(l, "tui-help-keys-plan-edit-on-a-suggestion-ado"),
        ),
        ("a", tr!(l, "tui-help-keys-plan-add-your-own-action")),
        ("A", tr!(l, "tui-help-keys-plan-adopt-every-suggestion")),
        ("Space", tr!(l, "tui-help-keys-plan-next-status")),
        ("x, Delete", tr!(l, "tui-help-keys-plan-delete-an-action")),
        (
            "Tab / ←→",
            tr!(l, "tui-help-keys-plan-in-the-editor-next-field"),
        ),
        (
            "w, Esc",
            tr!(l, "tui-help-keys-dashboard-back-to-the-questions"),
        ),
        ("d", tr!(l, "tui-help-keys-plan-risk-dashboard")),
        ("q, Ctrl-C", tr!(l, "tui-key-quit")),
    ]
}

/// On the `?` screen: whose words the translations are, and which texts of the law are
/// authentic.
pub fn help_translations(l: Lang) -> String {
    tr!(l, "tui-help-translations")
}
