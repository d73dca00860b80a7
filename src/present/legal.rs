//! The legal conclusions in words for `farol score`: the screening verdict, the
//! notify-or-authorise decision per purpose, each transfer's basis and its state, the
//! duties with what would meet them, and what a notification still lacks.

use std::fmt::Write;

use super::wrap_into;
use crate::questionnaire::{Procedure, TransferState, Verdict};
use crate::risk::{DutyState, Score};

pub fn verdict_words(v: Verdict) -> &'static str {
    match v {
        Verdict::Needed => "a full assessment is needed",
        Verdict::LikelyNeeded => "a full assessment is likely needed",
        Verdict::MayBeNeeded => "a full assessment may be needed",
        Verdict::NotNeeded => "a full assessment is not needed",
        Verdict::Incomplete => "not yet decided: the screening is not complete",
    }
}

pub fn procedure_words(p: Procedure) -> &'static str {
    match p {
        Procedure::Notify => "NOTIFY the DSPDP (Art 21)",
        Procedure::Authorise => "APPLY FOR AUTHORISATION before starting (Art 22, Art 20(2))",
    }
}

pub fn transfer_words(t: TransferState) -> &'static str {
    match t {
        TransferState::Inside => "stays in Macau",
        TransferState::InForce => "basis in force",
        TransferState::Applied => "applied for, awaiting the DSPDP",
        TransferState::Claimed => "basis claimed, NOT in force",
        TransferState::None => "NO legal basis",
    }
}

pub fn duty_mark(d: DutyState) -> &'static str {
    match d {
        DutyState::Met => "[met]     ",
        DutyState::Awaiting => "[awaiting]",
        DutyState::Believed => "[belief]  ",
        DutyState::Open => "[open]    ",
    }
}

/// The screening verdict and its reasons.
pub fn screening(o: &mut String, s: &Score) {
    let Some(sc) = &s.screening else { return };
    let _ = writeln!(o, "Screening: {}.", verdict_words(sc.verdict));
    for c in &sc.required {
        wrap_into(
            o,
            &format!("required by law: {} — {}", c.title, c.cite.join("; ")),
            2,
            96,
        );
    }
    if !sc.criteria.is_empty() {
        let _ = writeln!(
            o,
            "  {} of the nine WP248 criteria met ({} or more: likely needed):",
            sc.criteria.len(),
            sc.likely_at
        );
        for c in &sc.criteria {
            let _ = writeln!(o, "    - {}", c.title);
        }
    }
    for c in &sc.signs {
        wrap_into(o, &format!("also: {}", c.title), 2, 96);
    }
    if !sc.unanswered.is_empty() {
        let _ = writeln!(o, "  Still to answer: {}", sc.unanswered.join(", "));
    }
    let _ = writeln!(o);
}

/// Per purpose: notify or apply for authorisation, and why.
pub fn decisions(o: &mut String, s: &Score, category_name: &dyn Fn(&str) -> String) {
    if s.decisions.is_empty() {
        return;
    }
    let authorise = s
        .decisions
        .iter()
        .filter(|d| d.procedure == Procedure::Authorise)
        .count();
    let _ = writeln!(
        o,
        "Notify or apply for authorisation, purpose by purpose ({} to authorise, {} to notify)",
        authorise,
        s.decisions.len() - authorise
    );
    for d in &s.decisions {
        let name = if d.row == 0 {
            "All processing (no purposes listed yet)".to_string()
        } else {
            format!("{}. {}", d.row, d.purpose)
        };
        let _ = writeln!(o, "  {name}");
        let _ = writeln!(o, "     → {}", procedure_words(d.procedure));
        let ground = if d.no_ground {
            if d.ground.is_empty() {
                "NO legal ground given (Art 6)".to_string()
            } else {
                format!("{} — NOT a legal ground yet (Art 6)", d.ground)
            }
        } else {
            d.ground.clone()
        };
        let cats: Vec<String> = d.categories.iter().map(|c| category_name(c)).collect();
        wrap_into(
            o,
            &format!("Ground: {ground}. Data: {}.", cats.join(", ")),
            5,
            96,
        );
        for r in &d.reasons {
            wrap_into(
                o,
                &format!("Why: {} ({})", r.because, r.cite.join("; ")),
                5,
                96,
            );
        }
    }
    let _ = writeln!(o);
}

/// Every data flow leaving Macau and the state of its basis.
pub fn transfers(o: &mut String, s: &Score) {
    let out: Vec<_> = s
        .transfers
        .iter()
        .filter(|t| t.state != TransferState::Inside)
        .collect();
    if out.is_empty() {
        return;
    }
    let not_in_force = out
        .iter()
        .filter(|t| t.state != TransferState::InForce)
        .count();
    let _ = writeln!(
        o,
        "Data leaving Macau ({} flows, {not_in_force} without a basis in force)",
        out.len()
    );
    for t in out {
        let _ = writeln!(
            o,
            "  {}. {} → {}: {}",
            t.row,
            t.name,
            t.location_label,
            transfer_words(t.state)
        );
        let basis = if t.basis_label.is_empty() {
            "no basis given".to_string()
        } else {
            t.basis_label.clone()
        };
        let mut line = format!("Basis: {basis}.");
        if !t.evidence.is_empty() {
            let _ = write!(line, " Evidence: {}.", t.evidence);
        }
        wrap_into(o, &line, 5, 96);
    }
    let _ = writeln!(o);
}

/// The duties, with what meets them and any belief a lawyer should confirm.
pub fn obligations(o: &mut String, s: &Score) {
    if s.obligations.is_empty() {
        return;
    }
    let met = s.obligations.iter().filter(|o| o.met).count();
    let _ = writeln!(
        o,
        "Legal obligations triggered by the answers ({} open, {met} met)",
        s.obligations.len() - met
    );
    for ob in &s.obligations {
        let _ = writeln!(
            o,
            "  {} {} — {}",
            duty_mark(ob.state),
            ob.title,
            ob.cite.join("; ")
        );
        wrap_into(o, &ob.text, 13, 96);
        match ob.state {
            DutyState::Met => {
                for e in &ob.evidence {
                    wrap_into(o, &format!("Evidence: {} {}", e.prompt, e.answer), 13, 96);
                }
            }
            DutyState::Awaiting => {
                wrap_into(o, "Awaiting the DSPDP: open until it decides.", 13, 96);
                wrap_into(o, &format!("Would meet it: {}", ob.needs), 13, 96);
            }
            DutyState::Believed | DutyState::Open => {
                if let Some(b) = &ob.belief {
                    let reason = if b.reason.is_empty() {
                        "no reason given".to_string()
                    } else {
                        b.reason.clone()
                    };
                    let says = if b.says.is_empty() {
                        "You believe it does not apply"
                    } else {
                        b.says.as_str()
                    };
                    wrap_into(
                        o,
                        &format!(
                            "{says} ({reason}). It stays open: a lawyer should confirm {}",
                            lower_first(&b.confirm)
                        ),
                        13,
                        96,
                    );
                }
                if !ob.missing.is_empty() {
                    wrap_into(
                        o,
                        &format!("Evidence missing: {}", ob.missing.join("; ")),
                        13,
                        96,
                    );
                }
                if !ob.needs.is_empty() {
                    wrap_into(o, &format!("Would meet it: {}", ob.needs), 13, 96);
                }
            }
        }
    }
    let _ = writeln!(o);
}

/// What the answers do not yet give for a notification (Art 23).
pub fn notification(o: &mut String, s: &Score) {
    if s.notification.is_empty() {
        return;
    }
    let done = s.notification.iter().filter(|i| i.complete).count();
    let _ = writeln!(
        o,
        "Notification content (Law 8/2005, Art 23): {done} of {} items filled",
        s.notification.len()
    );
    for i in s.notification.iter().filter(|i| !i.complete) {
        wrap_into(
            o,
            &format!("({}) {}: missing — {}", i.id, i.title, i.missing),
            2,
            96,
        );
    }
    let _ = writeln!(o);
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}
