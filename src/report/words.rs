//! The sentences the report builds around its legal conclusions: the state of each
//! transfer's basis and each duty as the tables say them, the crossing labels of the flows
//! diagram, and the summary lines with their counts. Every word is a message of
//! `assets/i18n/<lang>/report.ftl`; the risk levels, scales, procedures and verdicts come
//! from [`crate::i18n::words`]. Questionnaire texts are not here: they come from the
//! questionnaire.
//!
//! The rule these words follow (legal reference, section 9): a conclusion that looks
//! right and is wrong is the worst defect a PIA tool can have. Nothing here says a duty is
//! met or a transfer lawful unless the answers evidence it. The tables keep their own
//! wording for duties and transfers ("OPEN: believed not to apply", "CLAIMED, NOT IN
//! FORCE") because a table cell must say what is still open at a glance.

use crate::i18n::Lang;
use crate::questionnaire::{TransferState, Verdict};
use crate::risk::{DutyState, ScreeningStatus};
use crate::tr;

use super::sections::list_strong;

/// The state of a transfer's basis, as the flows table says it.
pub fn transfer_state(l: Lang, s: TransferState) -> String {
    match s {
        TransferState::Inside => tr!(l, "report-transfer-inside"),
        TransferState::InForce => tr!(l, "report-transfer-in-force"),
        TransferState::Applied => tr!(l, "report-transfer-applied"),
        TransferState::Claimed => tr!(l, "report-transfer-claimed"),
        TransferState::None => tr!(l, "report-transfer-none"),
    }
}

/// The diagram's label on a border crossing: a short headline, and the basis named.
pub fn crossing_label(l: Lang, s: TransferState, basis: &str) -> (String, String) {
    let basis = basis.trim();
    let head = match s {
        TransferState::Inside => String::new(),
        TransferState::InForce => tr!(l, "report-crossing-in-force"),
        TransferState::Applied => tr!(l, "report-crossing-applied"),
        TransferState::Claimed => tr!(l, "report-crossing-claimed"),
        TransferState::None => tr!(l, "report-crossing-none"),
    };
    let line = match (s, basis.is_empty()) {
        (_, true) => String::new(),
        (TransferState::Applied, false) => tr!(l, "report-crossing-applied-for", basis = basis),
        (TransferState::Claimed, false) => tr!(l, "report-crossing-claimed-basis", basis = basis),
        (TransferState::None, false) => tr!(l, "report-crossing-answer", basis = basis),
        (_, false) => basis.to_string(),
    };
    (head, line)
}

/// "Where it goes: 7 destinations, 5 of them outside Macau; 4 border crossings without a
/// basis in force (1 applied for, 1 claimed, 2 with none)."
pub fn flows_summary(
    l: Lang,
    total: usize,
    outside: usize,
    applied: usize,
    claimed: usize,
    none: usize,
) -> String {
    let without = applied + claimed + none;
    let mut parts: Vec<String> = Vec::new();
    if applied > 0 {
        parts.push(tr!(l, "report-flows-applied", n = applied));
    }
    if claimed > 0 {
        parts.push(tr!(l, "report-flows-claimed", n = claimed));
    }
    if none > 0 {
        parts.push(tr!(l, "report-flows-no-basis", n = none));
    }
    if parts.is_empty() || without == 0 {
        tr!(
            l,
            "report-flows-summary",
            total = total,
            outside = outside,
            without = without
        )
    } else {
        tr!(
            l,
            "report-flows-summary-parts",
            total = total,
            outside = outside,
            without = without,
            parts = super::sections::list(l, &parts)
        )
    }
}

/// A duty's state, as the report shows it.
pub fn duty_state(l: Lang, s: DutyState) -> String {
    match s {
        DutyState::Met => tr!(l, "report-duty-met"),
        DutyState::Awaiting => tr!(l, "report-duty-awaiting"),
        DutyState::Believed => tr!(l, "report-duty-believed"),
        DutyState::Open => tr!(l, "report-duty-open"),
    }
}

/// "2 purposes need the DSPDP's authorisation, 1 a notification."
pub fn decisions_summary(l: Lang, authorise: usize, notify: usize, no_ground: usize) -> String {
    if no_ground > 0 {
        tr!(
            l,
            "report-decisions-summary-no-ground",
            authorise = authorise,
            notify = notify,
            none = no_ground
        )
    } else {
        tr!(
            l,
            "report-decisions-summary",
            authorise = authorise,
            notify = notify
        )
    }
}

/// The verdict as the summary's headline: the shared words, in capitals where the
/// language has them.
pub fn verdict(l: Lang, v: Verdict) -> String {
    crate::i18n::words::verdict(l, v).to_uppercase()
}

/// The sentence under the verdict: what it rests on.
pub fn verdict_because(l: Lang, s: &ScreeningStatus) -> String {
    let n = s.criteria.len();
    let titles = |list: &[crate::risk::CriterionMet]| {
        let t: Vec<String> = list.iter().map(|c| c.title.clone()).collect();
        list_strong(l, &t).trim_end_matches(['.', '。']).to_string()
    };
    match s.verdict {
        Verdict::Needed => tr!(
            l,
            "report-screening-required-by",
            laws = titles(&s.required)
        ),
        Verdict::LikelyNeeded => tr!(l, "report-screening-likely", n = n, at = s.likely_at),
        Verdict::MayBeNeeded if n == 0 => {
            tr!(l, "report-screening-other-sign", signs = titles(&s.signs))
        }
        Verdict::MayBeNeeded => tr!(l, "report-screening-may", n = n, at = s.likely_at),
        Verdict::NotNeeded => tr!(l, "report-screening-none-met"),
        Verdict::Incomplete => tr!(
            l,
            "report-screening-unanswered",
            n = s.unanswered.len(),
            list = super::sections::list(l, &s.unanswered)
        ),
    }
}

/// "With measures: Very high, 1 step (½ level) above High".
pub fn above(l: Lang, level: &str, steps: &str, next: &str, held: bool) -> String {
    if held {
        tr!(
            l,
            "report-above-held",
            level = level,
            steps = steps,
            next = next
        )
    } else {
        tr!(l, "report-above", level = level, steps = steps, next = next)
    }
}

/// One measure that would lower a category, and by how much.
pub fn gain(l: Lang, action: &str, now: &str, then: &str, steps: &str, lowers: bool) -> String {
    if lowers {
        tr!(
            l,
            "report-gain-lowers",
            action = action,
            now = now,
            then = then
        )
    } else {
        tr!(l, "report-gain-closer", action = action, steps = steps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flows_line_counts_every_crossing_not_in_force() {
        assert_eq!(
            flows_summary(Lang::En, 2, 1, 0, 1, 0),
            "Where it goes: 2 destinations, 1 of them outside Macau; 1 border crossing without a basis in force (1 claimed but not evidenced)."
        );
        assert_eq!(
            flows_summary(Lang::En, 1, 1, 0, 0, 0),
            "Where it goes: 1 destination, 1 of them outside Macau; 0 border crossings without a basis in force."
        );
    }

    #[test]
    fn a_claimed_or_missing_basis_never_reads_in_force() {
        for l in Lang::ALL {
            let in_force = tr!(l, "report-transfer-in-force");
            for s in [
                TransferState::Applied,
                TransferState::Claimed,
                TransferState::None,
            ] {
                assert!(!transfer_state(l, s).starts_with(&in_force));
                assert_ne!(crossing_label(l, s, "Consent").0, in_force);
            }
        }
        assert_eq!(
            crossing_label(Lang::En, TransferState::Claimed, "Consent").1,
            "Claimed: Consent"
        );
    }
}
