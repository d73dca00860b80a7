//! The words the report uses for its legal conclusions: where a duty stands, the state of
//! each transfer's basis, the procedure each purpose needs with the DSPDP, the screening
//! verdict, and the sentences around them. In one place, to review the wording with a
//! lawyer and to translate it later. Questionnaire texts are not here: they come from the
//! questionnaire.
//!
//! The rule these words follow (legal reference, section 9): a conclusion that looks
//! right and is wrong is the worst defect a PIA tool can have. Nothing here says a duty is
//! met or a transfer lawful unless the answers evidence it.

use crate::questionnaire::{Procedure, TransferState, Verdict};
use crate::risk::{DutyState, ScreeningStatus};

/// Under every list of citations.
pub const CITATION_LEGEND: &str = "[confirmed through the regulator]: the article's content is confirmed through the DSPDP's notes or news, its text was not read; [unverified]: never the ground of a score or an obligation.";

// Data flows

pub const INVENTORY_HEADING: &str = "Data inventory and flows";
pub const FLOWS_HEADING: &str = "Where the data goes";
pub const FLOWS_INTRO: &str = "Every destination from the data flows answer, grouped by jurisdiction. Each line that leaves Macau is a transfer (Law 8/2005, Arts 19–20), marked with the state of its legal basis: green only when the basis is evidenced as in force (the DSPDP's authorisation or decision with its number and date, or a notification with its date). A basis claimed in the answers but not evidenced is not in force.";
pub const FLOWS_NONE: &str = "No data flows are listed, so there is nothing to draw.";
pub const FLOWS_NO_MODEL: &str = "This questionnaire does not say how data flows are classified, so the report cannot tell which of them are transfers or on what basis.";
pub const FLOWS_UNCLASSIFIED: &str =
    "See the data flows answer: this questionnaire does not classify them.";
pub const CONTROLLER: &str = "(controller)";
pub const ZONE_MACAU: &str = "MACAU";
pub const ZONE_MAINLAND: &str = "MAINLAND CHINA";
pub const ZONE_ELSEWHERE: &str = "ELSEWHERE";
pub const DESTINATIONS: &str = "Destinations";
pub const DESTINATION_COLUMNS: [&str; 6] = [
    "Destination",
    "Where",
    "Kinds of data",
    "Legal basis named",
    "State of the basis",
    "Evidence given",
];
pub const LOCATION_NOT_KNOWN: &str = "Location not known";
pub const NO_BASIS_NAMED: &str = "(none named)";
pub const NO_EVIDENCE: &str = "(none)";
pub const NOT_LISTED_IN_FLOWS: &str = "Not listed in the data flows";
pub const NO_DATA_IN_SCOPE: &str = "No kind of personal data is in scope.";
pub const YES: &str = "Yes";
pub const NO: &str = "No";
/// "High before measures, Medium with measures".
pub fn levels(before: impl std::fmt::Display, with: impl std::fmt::Display) -> String {
    format!("{before} before measures, {with} with measures")
}
pub const DATA_WHERE_HEADING: &str = "Kinds of data and where each is stored";
pub const DATA_WHERE_COLUMNS: [&str; 4] = [
    "Kind of data",
    "Sensitive",
    "Where it is stored or sent",
    "Risk level",
];

/// The state of a transfer's basis, as the flows table and the diagram say it.
pub fn transfer_state(s: TransferState) -> &'static str {
    match s {
        TransferState::Inside => "Stays in Macau: not a transfer",
        TransferState::InForce => "In force",
        TransferState::Applied => "Applied for — awaiting the DSPDP",
        TransferState::Claimed => "CLAIMED, NOT IN FORCE",
        TransferState::None => "NO LEGAL BASIS",
    }
}

/// The diagram's label on a border crossing: a short headline, and the basis named.
pub fn crossing_label(s: TransferState, basis: &str) -> (&'static str, String) {
    let basis = basis.trim();
    let head = match s {
        TransferState::Inside => "",
        TransferState::InForce => "In force",
        TransferState::Applied => "AWAITING THE DSPDP",
        TransferState::Claimed => "NOT IN FORCE",
        TransferState::None => "NO LEGAL BASIS",
    };
    let line = match (s, basis.is_empty()) {
        (_, true) => String::new(),
        (TransferState::Applied, false) => format!("Applied for: {basis}"),
        (TransferState::Claimed, false) => format!("Claimed: {basis}"),
        (TransferState::None, false) => format!("Answer: {basis}"),
        (_, false) => basis.to_string(),
    };
    (head, line)
}

/// "Where it goes: 7 destinations, 5 of them outside Macau; 4 border crossings without a
/// basis in force (1 applied for, 1 claimed, 2 with none)."
pub fn flows_summary(
    total: usize,
    outside: usize,
    applied: usize,
    claimed: usize,
    none: usize,
) -> String {
    let without = applied + claimed + none;
    let mut s = format!(
        "Where it goes: {total} destination{}, {outside} of them outside Macau; {without} border crossing{} without a basis in force",
        plural(total),
        plural(without)
    );
    let parts: Vec<String> = [
        (applied, "applied for and awaiting the DSPDP"),
        (claimed, "claimed but not evidenced"),
        (none, "with no legal basis"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, w)| format!("{n} {w}"))
    .collect();
    if !parts.is_empty() && without > 0 {
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    s.push('.');
    s
}

// Duties

pub const SUMMARY_OBLIGATIONS: &str = "The obligations";
pub const OBLIGATIONS_HEADING: &str = "Obligations";
pub const OBLIGATIONS_INTRO: &str = "What the answers make the organisation do under the law: notification, authorisation, consent and contracts. A duty is met only when the answers give evidence of the act (a filing date, the DSPDP's reference or the authorisation's number and date), never by opinion. A duty applied for is open until the DSPDP decides; a duty the organisation believes does not apply stays open until a lawyer confirms it.";
pub const OBLIGATIONS_NONE: &str = "The answers trigger no obligation.";
pub const OBLIGATION_COLUMNS: [&str; 4] = ["Obligation", "Where it stands", "Citation", "State"];

/// A duty's state, as the report shows it.
pub fn duty_state(s: DutyState) -> &'static str {
    match s {
        DutyState::Met => "Met",
        DutyState::Awaiting => "Awaiting the DSPDP",
        DutyState::Believed => "OPEN: believed not to apply",
        DutyState::Open => "OPEN",
    }
}

/// A duty the questionnaire counts as met on an answer alone, with no evidence of the act.
pub const MET_BY_OPINION: &str = "Said to be done: NO EVIDENCE";
pub const MET_BY_OPINION_WHY: &str = "The answers say it is done but give no evidence of the act (a date, a reference, a number): this version of the questionnaire lets an answer alone meet it. Not met until the evidence is recorded.";
pub const EVIDENCE_GIVEN: &str = "Evidence given";
pub const EVIDENCE_MISSING: &str = "Said to be done, but this evidence is missing";
pub const NOT_SHOWN_DONE: &str = "The answers do not show that it is done.";
pub const TO_MEET_IT: &str = "To meet it";
pub const AWAITING: &str = "Filed or applied for: open until the DSPDP decides.";
pub const BELIEF_REASON: &str = "The organisation believes it does not apply. Its reason";
pub const BELIEF_REASON_SHORT: &str = "The organisation's reason";
pub const BELIEF_NO_REASON: &str = "(no reason given)";
pub const LAWYER_CONFIRM: &str = "A lawyer should confirm";

// The notify-or-authorise decision

pub const DECISIONS_HEADING: &str = "Notify or apply for authorisation";
pub const DECISIONS_INTRO: &str = "For each purpose of the processing, what the DSPDP must be asked: a notification (Law 8/2005, Art 21) or a prior authorisation (Art 22, or Art 20(2) for a transfer), and why. The questionnaire's rules draw this from the answers; a lawyer should check it before anything is filed.";
pub const DECISIONS_NONE: &str =
    "No decision yet: no purpose is listed and no kind of personal data is in scope.";
pub const DECISIONS_NO_MODEL: &str = "This questionnaire does not say how the procedure is decided, so the report cannot say whether to notify the DSPDP or apply for its authorisation.";
pub const DECISION_COLUMNS: [&str; 5] = [
    "Purpose",
    "Legal ground",
    "Kinds of data",
    "Procedure",
    "Why",
];
pub const ALL_PROCESSING: &str = "All processing (no purposes listed yet)";
/// A purpose listed without a name.
pub fn unnamed_purpose(row: usize) -> String {
    format!("Purpose {row} (no name given)")
}
pub const NO_GROUND: &str = "NO LEGAL GROUND GIVEN";

pub fn procedure(p: Procedure) -> &'static str {
    match p {
        Procedure::Notify => "Notification, Art 21",
        Procedure::Authorise => "Authorisation, Art 22 or 20(2)",
    }
}

/// "2 purposes need the DSPDP's authorisation, 1 a notification."
pub fn decisions_summary(authorise: usize, notify: usize, no_ground: usize) -> String {
    let mut s = format!(
        "Procedure with the DSPDP: {authorise} purpose{} need{} its prior authorisation, {notify} a notification",
        plural(authorise),
        if authorise == 1 { "s" } else { "" }
    );
    if no_ground > 0 {
        s.push_str(&format!(
            "; {no_ground} purpose{} name{} no legal ground",
            plural(no_ground),
            if no_ground == 1 { "s" } else { "" }
        ));
    }
    s.push('.');
    s
}

pub const CONTENT_HEADING: &str = "Notification content (Art 23)";
pub const CONTENT_INTRO: &str = "What a notification or an authorisation request must state (Law 8/2005, Art 23 (a)–(j)), and whether the answers give it.";
pub const CONTENT_COLUMNS: [&str; 4] = ["Item", "What it states", "From the answers", "Citation"];
pub const CONTENT_COMPLETE: &str = "Complete";
pub const CONTENT_MISSING: &str = "MISSING:";

/// "7 of the 10 items a notification must state are complete."
pub fn content_summary(complete: usize, total: usize) -> String {
    format!(
        "Notification content: {complete} of the {total} items it must state (Art 23) are complete."
    )
}

// Screening

pub const SCREENING_HEADING: &str = "Is a full assessment needed?";
pub const SCREENING_COVER: &str = "Full assessment";

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Needed => "NEEDED",
        Verdict::LikelyNeeded => "LIKELY NEEDED",
        Verdict::MayBeNeeded => "MAY BE NEEDED",
        Verdict::NotNeeded => "NOT NEEDED on the screening answers",
        Verdict::Incomplete => "NOT DECIDED: the screening is incomplete",
    }
}

/// The sentence under the verdict: what it rests on.
pub fn verdict_because(s: &ScreeningStatus) -> String {
    let n = s.criteria.len();
    match s.verdict {
        Verdict::Needed => {
            let laws: Vec<&str> = s.required.iter().map(|c| c.title.as_str()).collect();
            format!(
                "Required by law: {}.",
                laws.join("; ").trim_end_matches('.')
            )
        }
        Verdict::LikelyNeeded => format!(
            "{n} of the screening criteria are met; {} or more make an assessment likely needed.",
            s.likely_at
        ),
        Verdict::MayBeNeeded if n == 0 => {
            let signs: Vec<&str> = s.signs.iter().map(|c| c.title.as_str()).collect();
            format!(
                "No screening criterion is met, but another sign of risk is: {}.",
                signs.join("; ").trim_end_matches('.')
            )
        }
        Verdict::MayBeNeeded => format!(
            "{n} of the screening criteria {} met; {} or more make an assessment likely needed.",
            if n == 1 { "is" } else { "are" },
            s.likely_at
        ),
        Verdict::NotNeeded => "No screening criterion is met.".into(),
        Verdict::Incomplete => format!(
            "{} screening question{} not answered yet: {}.",
            s.unanswered.len(),
            if s.unanswered.len() == 1 {
                " is"
            } else {
                "s are"
            },
            s.unanswered.join(", ")
        ),
    }
}

pub const SCREENING_REQUIRED: &str = "Required by law";
pub const SCREENING_CRITERIA: &str = "Criteria met";
pub const SCREENING_SIGNS: &str = "Other signs";

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub const RISK_INTRO_SYMMETRIC: &str = "Each kind of data is placed on the 4×4 matrix twice: before measures (inherent, hollow marker) and with the measures in place (residual, filled marker). The colour of a cell is its risk level. A figure between two levels reads as the one nearer where it started, so a half-level raise and a half-level measure move a level alike.";
pub const RISK_INTRO_ROUND_UP: &str = "Each kind of data is placed on the 4×4 matrix twice: before measures (inherent, hollow marker) and with the measures in place (residual, filled marker). The colour of a cell is its risk level. A figure between two levels counts as the higher one.";

/// "With measures: Very high, 1 step (½ level) above High".
pub fn above(level: &str, steps: &str, next: &str, held: bool) -> String {
    if held {
        format!(
            "With measures: {level}, {steps} above {next}, held there by a floor: only removing its cause lowers it."
        )
    } else {
        format!("With measures: {level}, {steps} above {next}.")
    }
}

/// One measure that would lower a category, and by how much.
pub fn gain(action: &str, now: &str, then: &str, steps: &str, lowers: bool) -> String {
    if lowers {
        format!("Would lower it: {action} — {now} → {then}.")
    } else {
        format!("Would bring it closer: {action} — {steps} closer to the next level down.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flows_line_counts_every_crossing_not_in_force() {
        assert_eq!(
            flows_summary(2, 1, 0, 1, 0),
            "Where it goes: 2 destinations, 1 of them outside Macau; 1 border crossing without a basis in force (1 claimed but not evidenced)."
        );
        assert_eq!(
            flows_summary(1, 1, 0, 0, 0),
            "Where it goes: 1 destination, 1 of them outside Macau; 0 border crossings without a basis in force."
        );
    }

    #[test]
    fn a_claimed_or_missing_basis_never_reads_in_force() {
        for s in [
            TransferState::Applied,
            TransferState::Claimed,
            TransferState::None,
        ] {
            assert!(!transfer_state(s).starts_with("In force"));
            assert_ne!(crossing_label(s, "Consent").0, "In force");
        }
        assert_eq!(
            crossing_label(TransferState::Claimed, "Consent").1,
            "Claimed: Consent"
        );
    }
}
