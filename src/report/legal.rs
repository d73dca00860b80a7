//! The report's legal conclusions, as the risk model draws them (`Score::obligations`,
//! `decisions`, `notification`, `screening`): where each duty stands and on what evidence,
//! the notify-or-authorise decision for each purpose, how much of a notification the
//! answers fill, and whether a full assessment is needed.
//!
//! Green means evidenced, and nothing else: a duty is green only when met, never when it
//! is awaiting the DSPDP or believed not to apply.

use crate::questionnaire::{Condition, Procedure, Verdict};
use crate::risk::{Decision, DutyState, ObligationStatus};

use super::ReportInput;
use super::layout::{Doc, Rgb3, Style, Tone};
use super::sections::category_name;
use super::table::{Cell, captioned, col};
use super::words as w;

/// The one-line legend of citation levels, under a list of citations.
pub fn legend(doc: &mut Doc) {
    doc.paragraph(w::CITATION_LEGEND, &Style::small().with_color(Rgb3::GREY));
    doc.gap(1.5);
}

fn cites(list: &[String]) -> String {
    list.join("; ")
}

pub fn duty_tone(s: DutyState) -> Tone {
    match s {
        DutyState::Met => Tone::Good,
        DutyState::Awaiting | DutyState::Believed => Tone::Wait,
        DutyState::Open => Tone::Bad,
    }
}

/// Is a duty the model counts as met backed by evidence the report can show: the dates
/// and references given, or a transfer in force (shown in the flows)? A questionnaire
/// written before duties needed evidence (its check now refuses it) can let an answer of
/// opinion meet a duty, and a record signed under it is still reported under it.
fn evidenced(r: &ReportInput, o: &ObligationStatus) -> bool {
    fn names_transfer(c: &Condition) -> bool {
        match c {
            Condition::Transfer(_) => true,
            Condition::All(cs) | Condition::Any(cs) => cs.iter().any(names_transfer),
            Condition::Not(c) => names_transfer(c),
            _ => false,
        }
    }
    !o.evidence.is_empty()
        || r.questionnaire
            .obligations
            .iter()
            .find(|q| q.id == o.id)
            .and_then(|q| q.met.as_ref())
            .is_some_and(names_transfer)
}

/// A duty's state in words and its tone, as the report shows it.
fn duty(r: &ReportInput, o: &ObligationStatus) -> (&'static str, Tone) {
    if o.state == DutyState::Met && !evidenced(r, o) {
        (w::MET_BY_OPINION, Tone::Wait)
    } else {
        (w::duty_state(o.state), duty_tone(o.state))
    }
}

/// A coloured cell for a conclusion.
fn toned(text: &str, tone: Tone) -> Cell {
    let c = Cell::bold(text).color(tone.ink());
    match tone.fill() {
        Some(f) => c.fill(f),
        None => c,
    }
}

/// The screening verdict, with what it rests on, at the top of the summary.
pub fn screening(doc: &mut Doc, r: &ReportInput) {
    let Some(s) = &r.score.screening else {
        return;
    };
    doc.subheading(w::SCREENING_HEADING);
    let ink = if s.verdict == Verdict::Incomplete {
        Rgb3::AMBER
    } else {
        Rgb3::NAVY
    };
    doc.paragraph(w::verdict(s.verdict), &Style::bold(11.0).with_color(ink));
    doc.gap(0.8);
    let body = Style::body();
    if s.verdict != Verdict::Needed {
        doc.paragraph(&w::verdict_because(s), &body);
    }
    doc.gap(1.0);
    for (label, list) in [
        (w::SCREENING_REQUIRED, &s.required),
        (w::SCREENING_CRITERIA, &s.criteria),
        (w::SCREENING_SIGNS, &s.signs),
    ] {
        for c in list {
            let cite = if c.cite.is_empty() {
                String::new()
            } else {
                format!(" [{}]", cites(&c.cite))
            };
            doc.bullet(&format!("{label}: {}{cite}", c.title), &body);
        }
    }
}

/// The verdict in one line, for the cover.
pub fn verdict_line(r: &ReportInput) -> Option<String> {
    let s = r.score.screening.as_ref()?;
    Some(format!(
        "{} — {}",
        w::verdict(s.verdict),
        w::verdict_because(s)
    ))
}

/// The obligations, decisions and notification content in a few lines, for the summary.
pub fn summary(doc: &mut Doc, r: &ReportInput) {
    let body = Style::body();
    doc.subheading(w::SUMMARY_OBLIGATIONS);
    if r.score.obligations.is_empty() {
        doc.paragraph(w::OBLIGATIONS_NONE, &body);
    }
    for o in &r.score.obligations {
        doc.bullet(
            &format!("{} — {} [{}]", o.title, duty(r, o).0, cites(&o.cite)),
            &body,
        );
    }
    let d = &r.score.decisions;
    if !d.is_empty() {
        let authorise = d
            .iter()
            .filter(|d| d.procedure == Procedure::Authorise)
            .count();
        let no_ground = d.iter().filter(|d| d.no_ground).count();
        doc.bullet(
            &w::decisions_summary(authorise, d.len() - authorise, no_ground),
            &body,
        );
    }
    let n = &r.score.notification;
    if !n.is_empty() {
        let complete = n.iter().filter(|i| i.complete).count();
        doc.bullet(&w::content_summary(complete, n.len()), &body);
    }
}

/// Where a duty stands, in words: the evidence given, what is missing, what would meet
/// it, and for a belief the reason and what a lawyer should confirm.
fn standing(r: &ReportInput, o: &ObligationStatus) -> String {
    let mut parts: Vec<String> = Vec::new();
    if o.state == DutyState::Met && !evidenced(r, o) {
        parts.push(w::MET_BY_OPINION_WHY.into());
    }
    let evidence: Vec<String> = o
        .evidence
        .iter()
        .map(|e| format!("{} — {}", e.prompt, e.answer))
        .collect();
    if o.state == DutyState::Awaiting {
        parts.push(w::AWAITING.into());
    }
    if let Some(b) = &o.belief {
        let reason = if b.reason.trim().is_empty() {
            w::BELIEF_NO_REASON
        } else {
            b.reason.as_str()
        };
        if b.says.trim().is_empty() {
            parts.push(format!("{}: {reason}", w::BELIEF_REASON));
        } else {
            parts.push(format!("{}. {}: {reason}", b.says, w::BELIEF_REASON_SHORT));
        }
        parts.push(format!("{}: {}", w::LAWYER_CONFIRM, b.confirm));
    }
    if !evidence.is_empty() {
        parts.push(format!("{}: {}", w::EVIDENCE_GIVEN, evidence.join("; ")));
    }
    if !o.missing.is_empty() {
        parts.push(format!("{}: {}", w::EVIDENCE_MISSING, o.missing.join("; ")));
    }
    if o.state != DutyState::Met && !o.needs.trim().is_empty() {
        parts.push(format!("{}: {}", w::TO_MEET_IT, o.needs));
    }
    if parts.is_empty() && o.state != DutyState::Met {
        parts.push(w::NOT_SHOWN_DONE.into());
    }
    parts.join("\n")
}

/// The section "Obligations".
pub fn obligations(doc: &mut Doc, r: &ReportInput) {
    doc.heading(w::OBLIGATIONS_HEADING, true);
    doc.paragraph(w::OBLIGATIONS_INTRO, &Style::small().with_color(Rgb3::GREY));
    doc.gap(1.0);
    legend(doc);
    if r.score.obligations.is_empty() {
        doc.paragraph(w::OBLIGATIONS_NONE, &Style::body());
        return;
    }
    let rows: Vec<Vec<Cell>> = r
        .score
        .obligations
        .iter()
        .map(|o| {
            let (state, tone) = duty(r, o);
            vec![
                Cell::titled(&o.title, &o.text),
                Cell::new(standing(r, o)),
                Cell::new(cites(&o.cite)),
                toned(state, tone),
            ]
        })
        .collect();
    let [a, b, c, d] = w::OBLIGATION_COLUMNS;
    captioned(
        doc,
        Some(w::OBLIGATIONS_HEADING),
        &[col(a, 52.0), col(b, 66.0), col(c, 32.0), col(d, 24.0)],
        &rows,
    );
}

fn decision_row(r: &ReportInput, d: &Decision) -> Vec<Cell> {
    let purpose = if d.row == 0 {
        Cell::bold(w::ALL_PROCESSING)
    } else if d.purpose.trim().is_empty() {
        Cell::bold(w::unnamed_purpose(d.row))
    } else {
        Cell::bold(&d.purpose)
    };
    let ground = match (d.no_ground, d.ground.trim().is_empty()) {
        (true, true) => toned(w::NO_GROUND, Tone::Bad),
        (true, false) => toned(&format!("{}\n{}", d.ground, w::NO_GROUND), Tone::Bad),
        (false, _) => Cell::new(&d.ground),
    };
    let cats: Vec<String> = d.categories.iter().map(|c| category_name(r, c)).collect();
    let procedure = match d.procedure {
        Procedure::Notify => Cell::new(w::procedure(d.procedure)),
        Procedure::Authorise => Cell::bold(w::procedure(d.procedure)).color(Rgb3::NAVY),
    };
    let bullet = if d.reasons.len() > 1 { "• " } else { "" };
    let why: Vec<String> = d
        .reasons
        .iter()
        .map(|x| {
            if x.cite.is_empty() {
                format!("{bullet}{}", x.because)
            } else {
                format!("{bullet}{} [{}]", x.because, cites(&x.cite))
            }
        })
        .collect();
    vec![
        purpose,
        ground,
        Cell::new(cats.join(", ")),
        procedure,
        Cell::new(why.join("\n")),
    ]
}

/// The section "Notify or apply for authorisation", with the notification content.
pub fn decisions(doc: &mut Doc, r: &ReportInput) {
    doc.heading(w::DECISIONS_HEADING, true);
    doc.paragraph(w::DECISIONS_INTRO, &Style::small().with_color(Rgb3::GREY));
    doc.gap(1.0);
    legend(doc);
    if r.questionnaire.filing.is_none() {
        doc.paragraph(w::DECISIONS_NO_MODEL, &Style::body().with_color(Rgb3::RED));
    } else if r.score.decisions.is_empty() {
        doc.paragraph(w::DECISIONS_NONE, &Style::body());
    } else {
        let rows: Vec<Vec<Cell>> = r
            .score
            .decisions
            .iter()
            .map(|d| decision_row(r, d))
            .collect();
        let [a, b, c, d, e] = w::DECISION_COLUMNS;
        captioned(
            doc,
            Some(w::DECISIONS_HEADING),
            &[
                col(a, 34.0),
                col(b, 28.0),
                col(c, 30.0),
                col(d, 30.0),
                col(e, 52.0),
            ],
            &rows,
        );
    }

    if r.score.notification.is_empty() {
        return;
    }
    doc.subheading(w::CONTENT_HEADING);
    doc.paragraph(w::CONTENT_INTRO, &Style::small().with_color(Rgb3::GREY));
    doc.gap(2.0);
    let rows: Vec<Vec<Cell>> = r
        .score
        .notification
        .iter()
        .map(|i| {
            let state = if i.complete {
                Cell::new(w::CONTENT_COMPLETE)
            } else {
                let mut c = Cell::titled(w::CONTENT_MISSING, &i.missing).fill(Rgb3::LIGHT_AMBER);
                if let Some((_, st)) = &mut c.title {
                    st.color = Rgb3::AMBER;
                }
                c
            };
            vec![
                Cell::bold(format!("({})", i.id)),
                Cell::new(&i.title),
                state,
                Cell::new(cites(&i.cite)),
            ]
        })
        .collect();
    let [a, b, c, d] = w::CONTENT_COLUMNS;
    captioned(
        doc,
        Some(w::CONTENT_HEADING),
        &[col(a, 12.0), col(b, 52.0), col(c, 70.0), col(d, 40.0)],
        &rows,
    );
}
