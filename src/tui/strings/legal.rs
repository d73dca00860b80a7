//! The words for the legal conclusions: duties and their states, the notify-or-authorise
//! decision per purpose, transfers and their basis, the Art 23 content, the screening
//! verdict, citation levels and the beliefs a reviewer must see. Part of the one catalog
//! (`strings`), kept in its own file for size.

use crate::questionnaire::{Level, Procedure, TransferState, Verdict};
use crate::risk::DutyState;

/// A duty's state as a mark and words: never "met" unless the act is evidenced.
pub fn duty_state(s: DutyState) -> (&'static str, &'static str) {
    match s {
        DutyState::Met => ("✓", "met"),
        DutyState::Awaiting => ("…", "awaiting the DSPDP"),
        DutyState::Believed => ("?", "believed not to apply — a lawyer should confirm"),
        DutyState::Open => ("✗", "open"),
    }
}

pub const DUTY_NEEDS: &str = "To meet it: ";
pub const DUTY_EVIDENCE: &str = "Evidence given: ";
pub const DUTY_MISSING: &str = "Evidence still missing: ";
pub const BELIEF_REASON: &str = "Your reason: ";
pub const BELIEF_NO_REASON: &str = "none given";
pub const BELIEF_CONFIRM: &str = "A lawyer should confirm: ";
pub const LEGAL_NONE_DUTIES: &str = "No legal duty is triggered by the answers so far.";
pub const LEGAL_NONE_FILING: &str =
    "No decision yet: it appears once the answers bring personal data in scope.";
pub const LEGAL_NONE_TRANSFERS: &str = "No data flow is listed yet.";
pub const LEGAL_TAB_HINT: &str = "Tab: next panel";

/// The duties tab's title and the one-line count under the heat map's table.
pub fn duties_tab(total: usize, open: usize) -> String {
    if total == 0 {
        "Duties".into()
    } else {
        format!("Duties: {open} of {total} not met")
    }
}

/// The duties tab's title where space is short.
pub fn duties_tab_short(open: usize) -> String {
    format!("Duties: {open} not met")
}

pub fn duties_head(met: usize, awaiting: usize, believed: usize, open: usize) -> String {
    format!(
        "Met with evidence: {met} · awaiting the DSPDP: {awaiting} · believed not to apply: {believed} · open: {open}"
    )
}

/// What the DSPDP must be asked for.
pub fn procedure(p: Procedure) -> &'static str {
    match p {
        Procedure::Notify => "Notify (Art 21)",
        Procedure::Authorise => "Apply for authorisation (Art 22 / Art 20(2))",
    }
}

pub const ALL_PROCESSING: &str = "All processing (no purposes listed yet)";
pub const DECISION_GROUND: &str = "Legal ground: ";
pub const DECISION_NO_GROUND: &str = "No legal ground given (Art 6): the processing needs one";

pub fn filing_tab(notify: usize, authorise: usize) -> String {
    match (notify, authorise) {
        (0, 0) => "Filing".into(),
        _ => format!("Filing: {authorise} to authorise, {notify} to notify"),
    }
}

pub fn filing_tab_short(notify: usize, authorise: usize) -> String {
    match (notify, authorise) {
        (0, 0) => "Filing".into(),
        _ => format!("Filing: {authorise} authorise, {notify} notify"),
    }
}

/// A purpose listed without a name.
pub fn purpose_unnamed(row: usize) -> String {
    format!("Purpose {row} (no name given)")
}

/// Art 23: how much of a notification the answers fill, and what is missing.
pub fn notification_line(filled: usize, total: usize, missing: &[String]) -> String {
    if missing.is_empty() {
        format!("Notification content (Art 23): all {total} items filled")
    } else {
        format!(
            "Notification content (Art 23): {filled} of {total} items filled — missing: {}",
            missing.join("; ")
        )
    }
}

/// One missing Art 23 item: "(d) Title: what to answer".
pub fn notification_item(id: &str, title: &str, missing: &str) -> String {
    if missing.is_empty() {
        format!("({id}) {title}")
    } else {
        format!("({id}) {title}: {missing}")
    }
}

/// A transfer's state in words: green only when in force.
pub fn transfer_state(s: TransferState) -> (&'static str, &'static str) {
    match s {
        TransferState::Inside => ("·", "stays in Macau: not a transfer"),
        TransferState::InForce => ("✓", "basis in force"),
        TransferState::Applied => ("…", "applied for — awaiting the DSPDP"),
        TransferState::Claimed => ("!", "claimed, not in force"),
        TransferState::None => ("✗", "no legal basis"),
    }
}

pub const TRANSFER_BASIS: &str = "Basis: ";
pub const TRANSFER_NO_BASIS: &str = "none named";
pub const TRANSFER_UNNAMED: &str = "(unnamed)";

pub fn transfer_row(row: usize, name: &str, location: &str) -> String {
    if location.is_empty() {
        format!("{row}. {name}")
    } else {
        format!("{row}. {name} → {location}")
    }
}

pub fn transfers_tab(crossings: usize, without: usize) -> String {
    match crossings {
        0 => "Transfers".into(),
        _ => format!("Transfers: {without} of {crossings} without a basis in force"),
    }
}

pub fn transfers_tab_short(crossings: usize, without: usize) -> String {
    match crossings {
        0 => "Transfers".into(),
        _ => format!("Transfers: {without}/{crossings} no basis in force"),
    }
}

pub fn transfers_head(crossings: usize, without: usize) -> String {
    match crossings {
        0 => "No data leaves Macau according to the flows listed.".into(),
        _ => format!(
            "Border crossings: {crossings}, of which {without} without a basis in force (Arts 19–20)"
        ),
    }
}

/// The screening verdict in one line: what it means and why.
pub fn screening(
    v: Verdict,
    criteria: &[String],
    required: &[String],
    signs: &[String],
    unanswered: usize,
) -> String {
    let list = |xs: &[String]| xs.join("; ");
    match v {
        Verdict::Needed => format!(
            "Screening: a full assessment is needed — {}",
            list(required)
        ),
        Verdict::LikelyNeeded => format!(
            "Screening: a full assessment is likely needed — {} criteria: {}",
            criteria.len(),
            list(criteria)
        ),
        Verdict::MayBeNeeded => {
            let mut all = criteria.to_vec();
            all.extend_from_slice(signs);
            format!(
                "Screening: a full assessment may be needed — {}",
                list(&all)
            )
        }
        Verdict::NotNeeded => {
            "Screening: a full assessment is not needed — you may record and sign the screening decision alone".into()
        }
        Verdict::Incomplete => format!(
            "Screening: no verdict yet — {unanswered} screening question{} unanswered",
            if unanswered == 1 { "" } else { "s" }
        ),
    }
}

/// The legend under citations, for each level below "verified" that they show.
pub fn cite_legend(l: Level) -> &'static str {
    match l {
        Level::Verified => "",
        Level::Confirmed => {
            "[confirmed through the regulator]: read in the DSPDP's notes or news, not in the law."
        }
        Level::Unverified => "[unverified]: not checked against a source; ask a lawyer first.",
    }
}

pub fn cite_level_short(l: Level) -> &'static str {
    match l {
        Level::Verified => "",
        Level::Confirmed => "[confirmed through the regulator]",
        Level::Unverified => "[unverified]",
    }
}

// Review: the beliefs the assessor recorded
pub const REVIEW_BELIEFS_HEAD: &str = "Beliefs to check: duties the assessor believes do not apply (they stay open until a lawyer confirms)";
pub const REVIEW_BELIEF_REASON: &str = "Assessor's reason: ";
