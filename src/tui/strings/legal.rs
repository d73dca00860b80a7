//! The words for the legal conclusions: duties and their states, the notify-or-authorise
//! decision per purpose, transfers and their basis, the Art 23 content, the screening
//! verdict, citation levels and the beliefs a reviewer must see. Part of the one catalog
//! (`strings`), kept in its own file for size.

use crate::i18n::Lang;
use crate::questionnaire::{Level, Procedure, TransferState, Verdict};
use crate::risk::DutyState;
use crate::tr;

use super::label;

/// A duty's state as a mark and words: never "met" unless the act is evidenced.
pub fn duty_state(l: Lang, s: DutyState) -> (&'static str, String) {
    let words = crate::i18n::words::duty(l, s);
    match s {
        DutyState::Met => ("✓", words),
        DutyState::Awaiting => ("…", words),
        DutyState::Believed => ("?", tr!(l, "tui-duty-believed", state = words)),
        DutyState::Open => ("✗", words),
    }
}

pub fn duty_needs(l: Lang) -> String {
    label(tr!(l, "tui-duty-needs"))
}
pub fn duty_evidence(l: Lang) -> String {
    label(tr!(l, "tui-duty-evidence"))
}
pub fn duty_missing(l: Lang) -> String {
    label(tr!(l, "tui-duty-missing"))
}
pub fn belief_reason(l: Lang) -> String {
    label(tr!(l, "tui-belief-reason"))
}
pub fn belief_no_reason(l: Lang) -> String {
    tr!(l, "tui-belief-no-reason")
}
pub fn belief_confirm(l: Lang) -> String {
    label(tr!(l, "tui-belief-confirm"))
}
pub fn legal_none_duties(l: Lang) -> String {
    tr!(l, "tui-legal-none-duties")
}
pub fn legal_none_filing(l: Lang) -> String {
    tr!(l, "tui-legal-none-filing")
}
pub fn legal_none_transfers(l: Lang) -> String {
    tr!(l, "tui-legal-none-transfers")
}
pub fn legal_tab_hint(l: Lang) -> String {
    tr!(l, "tui-legal-tab-hint")
}

/// The duties tab's title and the one-line count under the heat map's table.
pub fn duties_tab(l: Lang, total: usize, open: usize) -> String {
    if total == 0 {
        tr!(l, "tui-duties-tab-none")
    } else {
        tr!(l, "tui-duties-tab", open = open, total = total)
    }
}

/// The duties tab's title where space is short.
pub fn duties_tab_short(l: Lang, open: usize) -> String {
    tr!(l, "tui-duties-tab-short", open = open)
}

pub fn duties_head(l: Lang, met: usize, awaiting: usize, believed: usize, open: usize) -> String {
    tr!(
        l,
        "tui-duties-head",
        met = met,
        awaiting = awaiting,
        believed = believed,
        open = open
    )
}

/// What the DSPDP must be asked for.
pub fn procedure(l: Lang, p: Procedure) -> String {
    crate::i18n::words::procedure(l, p)
}

pub fn all_processing(l: Lang) -> String {
    tr!(l, "tui-all-processing")
}
pub fn decision_ground(l: Lang) -> String {
    label(tr!(l, "tui-decision-ground"))
}
pub fn decision_no_ground(l: Lang) -> String {
    tr!(l, "tui-decision-no-ground")
}

pub fn filing_tab(l: Lang, notify: usize, authorise: usize) -> String {
    match (notify, authorise) {
        (0, 0) => tr!(l, "tui-filing-tab-none"),
        _ => tr!(l, "tui-filing-tab", notify = notify, authorise = authorise),
    }
}

pub fn filing_tab_short(l: Lang, notify: usize, authorise: usize) -> String {
    match (notify, authorise) {
        (0, 0) => tr!(l, "tui-filing-tab-none"),
        _ => tr!(
            l,
            "tui-filing-tab-short",
            notify = notify,
            authorise = authorise
        ),
    }
}

/// A purpose listed without a name.
pub fn purpose_unnamed(l: Lang, row: usize) -> String {
    tr!(l, "tui-purpose-unnamed", row = row)
}

/// Art 23: how much of a notification the answers fill, and what is missing.
pub fn notification_line(l: Lang, filled: usize, total: usize, missing: &[String]) -> String {
    if missing.is_empty() {
        tr!(l, "tui-notification-complete", total = total)
    } else {
        tr!(
            l,
            "tui-notification-missing",
            filled = filled,
            total = total,
            missing = missing.join(&tr!(l, "tui-item-separator"))
        )
    }
}

/// One missing Art 23 item: "(d) Title: what to answer".
pub fn notification_item(l: Lang, id: &str, title: &str, missing: &str) -> String {
    if missing.is_empty() {
        tr!(l, "tui-notification-item", id = id, title = title)
    } else {
        tr!(
            l,
            "tui-notification-item-missing",
            id = id,
            title = title,
            missing = missing
        )
    }
}

/// A transfer's state in words: green only when in force.
pub fn transfer_state(l: Lang, s: TransferState) -> (&'static str, String) {
    let words = crate::i18n::words::transfer(l, s);
    match s {
        TransferState::Inside => ("·", words),
        TransferState::InForce => ("✓", words),
        TransferState::Applied => ("…", words),
        TransferState::Claimed => ("!", words),
        TransferState::None => ("✗", words),
    }
}

pub fn transfer_basis(l: Lang) -> String {
    label(tr!(l, "tui-transfer-basis"))
}
pub fn transfer_no_basis(l: Lang) -> String {
    tr!(l, "tui-transfer-no-basis")
}
pub fn transfer_unnamed(l: Lang) -> String {
    tr!(l, "tui-transfer-unnamed")
}

pub fn transfer_row(row: usize, name: &str, location: &str) -> String {
    if location.is_empty() {
        format!("{row}. {name}")
    } else {
        format!("{row}. {name} → {location}")
    }
}

pub fn transfers_tab(l: Lang, crossings: usize, without: usize) -> String {
    match crossings {
        0 => tr!(l, "tui-transfers-tab-none"),
        _ => tr!(
            l,
            "tui-transfers-tab",
            crossings = crossings,
            without = without
        ),
    }
}

pub fn transfers_tab_short(l: Lang, crossings: usize, without: usize) -> String {
    match crossings {
        0 => tr!(l, "tui-transfers-tab-none"),
        _ => tr!(
            l,
            "tui-transfers-tab-short",
            crossings = crossings,
            without = without
        ),
    }
}

pub fn transfers_head(l: Lang, crossings: usize, without: usize) -> String {
    match crossings {
        0 => tr!(l, "tui-transfers-head-none"),
        _ => tr!(
            l,
            "tui-transfers-head",
            crossings = crossings,
            without = without
        ),
    }
}

/// The screening verdict in one line: what it means and why.
pub fn screening(
    l: Lang,
    v: Verdict,
    criteria: &[String],
    required: &[String],
    signs: &[String],
    unanswered: usize,
) -> String {
    let list = |xs: &[String]| xs.join(&tr!(l, "tui-item-separator"));
    let verdict = crate::i18n::words::verdict(l, v);
    match v {
        Verdict::Needed => tr!(
            l,
            "tui-screening",
            verdict = verdict,
            reasons = list(required)
        ),
        Verdict::LikelyNeeded => tr!(
            l,
            "tui-screening-criteria",
            verdict = verdict,
            n = criteria.len(),
            reasons = list(criteria)
        ),
        Verdict::MayBeNeeded => {
            let mut all = criteria.to_vec();
            all.extend_from_slice(signs);
            tr!(l, "tui-screening", verdict = verdict, reasons = list(&all))
        }
        Verdict::NotNeeded => tr!(l, "tui-screening-not-needed", verdict = verdict),
        Verdict::Incomplete => tr!(l, "tui-screening-incomplete", n = unanswered),
    }
}

/// The legend under citations, for each level below "verified" that they show.
pub fn cite_legend(l: Lang, level: Level) -> String {
    match level {
        Level::Verified => String::new(),
        Level::Confirmed => tr!(l, "tui-cite-legend-confirmed"),
        Level::Unverified => tr!(l, "tui-cite-legend-unverified"),
    }
}

pub fn cite_level_short(l: Lang, level: Level) -> String {
    crate::i18n::words::cite_level(l, level)
        .map(|w| format!("[{w}]"))
        .unwrap_or_default()
}

// Review: the beliefs the assessor recorded
pub fn review_beliefs_head(l: Lang) -> String {
    tr!(l, "tui-review-beliefs-head")
}
pub fn review_belief_reason(l: Lang) -> String {
    label(tr!(l, "tui-review-belief-reason"))
}
