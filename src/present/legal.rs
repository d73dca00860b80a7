//! The legal conclusions in words for `farol score`: the screening verdict, the
//! notify-or-authorise decision per purpose, each transfer's basis and its state, the
//! duties with what would meet them, and what a notification still lacks.

use std::fmt::Write;

use super::words::duty_mark;
use super::{WIDTH, join_long, list, pad, width, wrap_into};
use crate::i18n::words;
use crate::questionnaire::{Procedure, TransferState};
use crate::risk::{DutyState, Score};
use crate::tr;

/// The screening verdict and its reasons.
pub fn screening(o: &mut String, lang: &str, s: &Score) {
    let Some(sc) = &s.screening else { return };
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-screening",
            verdict = words::verdict(lang, sc.verdict)
        )
    );
    for c in &sc.required {
        wrap_into(
            o,
            &tr!(
                lang,
                "cli-screening-required",
                title = c.title.as_str(),
                cite = join_long(lang, &c.cite)
            ),
            2,
            WIDTH,
        );
    }
    if !sc.criteria.is_empty() {
        let _ = writeln!(
            o,
            "  {}",
            tr!(
                lang,
                "cli-screening-criteria",
                n = sc.criteria.len(),
                likely = sc.likely_at
            )
        );
        for c in &sc.criteria {
            let _ = writeln!(o, "    - {}", c.title);
        }
    }
    for c in &sc.signs {
        wrap_into(
            o,
            &tr!(lang, "cli-screening-also", title = c.title.as_str()),
            2,
            WIDTH,
        );
    }
    if !sc.unanswered.is_empty() {
        let _ = writeln!(
            o,
            "  {}",
            tr!(
                lang,
                "cli-screening-unanswered",
                ids = sc.unanswered.join(", ")
            )
        );
    }
    let _ = writeln!(o);
}

/// Per purpose: notify or apply for authorisation, and why.
pub fn decisions(o: &mut String, lang: &str, s: &Score, category_name: &dyn Fn(&str) -> String) {
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
        "{}",
        tr!(
            lang,
            "cli-decisions-heading",
            authorise = authorise,
            notify = s.decisions.len() - authorise
        )
    );
    for d in &s.decisions {
        let name = if d.row == 0 {
            tr!(lang, "cli-decision-all-processing")
        } else {
            format!("{}. {}", d.row, d.purpose)
        };
        let _ = writeln!(o, "  {name}");
        let _ = writeln!(o, "     → {}", words::procedure(lang, d.procedure));
        let ground = if d.no_ground {
            if d.ground.is_empty() {
                tr!(lang, "cli-decision-no-ground")
            } else {
                tr!(
                    lang,
                    "cli-decision-not-a-ground",
                    ground = d.ground.as_str()
                )
            }
        } else {
            d.ground.clone()
        };
        let cats: Vec<String> = d.categories.iter().map(|c| category_name(c)).collect();
        let cats: Vec<&str> = cats.iter().map(String::as_str).collect();
        wrap_into(
            o,
            &tr!(
                lang,
                "cli-decision-ground",
                ground = ground,
                data = list(lang, &cats)
            ),
            5,
            WIDTH,
        );
        for r in &d.reasons {
            wrap_into(
                o,
                &tr!(
                    lang,
                    "cli-decision-why",
                    because = r.because.as_str(),
                    cite = join_long(lang, &r.cite)
                ),
                5,
                WIDTH,
            );
        }
    }
    let _ = writeln!(o);
}

/// Every data flow leaving Macau and the state of its basis.
pub fn transfers(o: &mut String, lang: &str, s: &Score) {
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
        "{}",
        tr!(
            lang,
            "cli-transfers-heading",
            n = out.len(),
            without = not_in_force
        )
    );
    for t in out {
        let _ = writeln!(
            o,
            "  {}",
            tr!(
                lang,
                "cli-transfer-line",
                row = t.row,
                name = t.name.as_str(),
                place = t.location_label.as_str(),
                state = words::transfer(lang, t.state)
            )
        );
        let basis = if t.basis_label.is_empty() {
            tr!(lang, "cli-transfer-no-basis")
        } else {
            t.basis_label.clone()
        };
        let line = if t.evidence.is_empty() {
            tr!(lang, "cli-transfer-basis", basis = basis)
        } else {
            tr!(
                lang,
                "cli-transfer-basis-evidence",
                basis = basis,
                evidence = t.evidence.as_str()
            )
        };
        wrap_into(o, &line, 5, WIDTH);
    }
    let _ = writeln!(o);
}

/// The duties, with what meets them and any belief a lawyer should confirm.
pub fn obligations(o: &mut String, lang: &str, s: &Score) {
    if s.obligations.is_empty() {
        return;
    }
    let met = s.obligations.iter().filter(|o| o.met).count();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-obligations-heading",
            open = s.obligations.len() - met,
            met = met
        )
    );
    let marks: Vec<String> = [
        DutyState::Met,
        DutyState::Awaiting,
        DutyState::Believed,
        DutyState::Open,
    ]
    .iter()
    .map(|d| duty_mark(lang, *d))
    .collect();
    let mw = marks.iter().map(|m| width(m)).max().unwrap_or(0);
    let indent = mw + 5;
    for ob in &s.obligations {
        let _ = writeln!(
            o,
            "  [{}] {} — {}",
            pad(&duty_mark(lang, ob.state), mw),
            ob.title,
            join_long(lang, &ob.cite)
        );
        wrap_into(o, &ob.text, indent, WIDTH);
        match ob.state {
            DutyState::Met => {
                for e in &ob.evidence {
                    wrap_into(
                        o,
                        &tr!(
                            lang,
                            "cli-duty-evidence",
                            prompt = e.prompt.as_str(),
                            answer = e.answer.as_str()
                        ),
                        indent,
                        WIDTH,
                    );
                }
            }
            DutyState::Awaiting => {
                wrap_into(o, &tr!(lang, "cli-duty-awaiting"), indent, WIDTH);
                wrap_into(
                    o,
                    &tr!(lang, "cli-duty-would-meet", needs = ob.needs.as_str()),
                    indent,
                    WIDTH,
                );
            }
            DutyState::Believed | DutyState::Open => {
                if let Some(b) = &ob.belief {
                    let reason = if b.reason.is_empty() {
                        tr!(lang, "cli-duty-no-reason")
                    } else {
                        b.reason.clone()
                    };
                    let says = if b.says.is_empty() {
                        tr!(lang, "cli-duty-you-believe")
                    } else {
                        b.says.clone()
                    };
                    wrap_into(
                        o,
                        &tr!(
                            lang,
                            "cli-duty-belief",
                            says = says,
                            reason = reason,
                            confirm = b.confirm.as_str()
                        ),
                        indent,
                        WIDTH,
                    );
                }
                if !ob.missing.is_empty() {
                    wrap_into(
                        o,
                        &tr!(
                            lang,
                            "cli-duty-missing",
                            missing = join_long(lang, &ob.missing)
                        ),
                        indent,
                        WIDTH,
                    );
                }
                if !ob.needs.is_empty() {
                    wrap_into(
                        o,
                        &tr!(lang, "cli-duty-would-meet", needs = ob.needs.as_str()),
                        indent,
                        WIDTH,
                    );
                }
            }
        }
    }
    let _ = writeln!(o);
}

/// What the answers do not yet give for a notification (Art 23).
pub fn notification(o: &mut String, lang: &str, s: &Score) {
    if s.notification.is_empty() {
        return;
    }
    let done = s.notification.iter().filter(|i| i.complete).count();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-notification-heading",
            done = done,
            total = s.notification.len()
        )
    );
    for i in s.notification.iter().filter(|i| !i.complete) {
        wrap_into(
            o,
            &tr!(
                lang,
                "cli-notification-missing",
                id = i.id.as_str(),
                title = i.title.as_str(),
                missing = i.missing.as_str()
            ),
            2,
            WIDTH,
        );
    }
    let _ = writeln!(o);
}
