//! The words for the states of plans, keys and priorities, in every language, for the
//! command line's text output, and the review's words from `crate::review` in one place
//! (the shared words — risk levels, duties, transfers, procedures, screening verdicts —
//! are in [`crate::i18n::words`]).

use crate::assessment::PlanStatus;
use crate::i18n::AsLang;
use crate::keys::Role;
use crate::questionnaire::Priority;
use crate::review::{Opinion, State, Verdict};
use crate::risk::DutyState;
use crate::scale::RiskLevel;
use crate::tr;

pub fn state(lang: impl AsLang, s: State) -> String {
    s.label_in(lang.as_lang())
}

pub fn opinion(lang: impl AsLang, o: Opinion) -> String {
    o.label_in(lang.as_lang())
}

/// A reviewer's verdict on a section.
pub fn section_verdict(lang: impl AsLang, v: Verdict) -> String {
    v.label_in(lang.as_lang())
}

pub fn plan_status(lang: impl AsLang, s: PlanStatus) -> String {
    match s {
        PlanStatus::Todo => tr!(lang, "cli-plan-todo"),
        PlanStatus::InProgress => tr!(lang, "cli-plan-in-progress"),
        PlanStatus::Done => tr!(lang, "cli-plan-done"),
        PlanStatus::Dropped => tr!(lang, "cli-plan-dropped"),
    }
}

pub fn role(lang: impl AsLang, r: Role) -> String {
    match r {
        Role::Assessor => tr!(lang, "cli-role-assessor"),
        Role::Reviewer => tr!(lang, "cli-role-reviewer"),
        Role::Approver => tr!(lang, "cli-role-approver"),
    }
}

pub fn priority(lang: impl AsLang, p: Priority) -> String {
    match p {
        Priority::High => tr!(lang, "cli-priority-high"),
        Priority::Medium => tr!(lang, "cli-priority-medium"),
        Priority::Low => tr!(lang, "cli-priority-low"),
    }
}

/// A residual level, or the words for a category no longer (or not yet) processed.
pub fn level_or_unprocessed(lang: impl AsLang, l: Option<RiskLevel>) -> String {
    match l {
        Some(l) => crate::i18n::words::level(lang, l),
        None => tr!(lang, "cli-not-processed"),
    }
}

/// The short mark of a duty's state, in brackets before it in a list of duties.
pub fn duty_mark(lang: impl AsLang, d: DutyState) -> String {
    match d {
        DutyState::Met => tr!(lang, "cli-mark-met"),
        DutyState::Awaiting => tr!(lang, "cli-mark-awaiting"),
        DutyState::Believed => tr!(lang, "cli-mark-belief"),
        DutyState::Open => tr!(lang, "cli-mark-open"),
    }
}
