//! The report's legal conclusions, as the risk model draws them (`Score::obligations`,
//! `decisions`, `notification`, `screening`): where each duty stands and on what evidence,
//! the notify-or-authorise decision for each purpose, how much of a notification the
//! answers fill, and whether a full assessment is needed.
//!
//! Green means evidenced, and nothing else: a duty is green only when met, never when it
//! is awaiting the DSPDP or believed not to apply.

use crate::i18n::words as iw;
use crate::questionnaire::{Condition, Procedure, Verdict};
use crate::risk::{Decision, DutyState, ObligationStatus};
use crate::tr;

use super::ReportInput;
use super::layout::{Doc, Rgb3, Style, Tone};
use super::sections::{category_name, list, list_strong};
use super::table::{Cell, captioned, col};
use super::words as w;

/// The one-line legend of citation levels, under a list of citations.
pub fn legend(doc: &mut Doc) {
    let text = tr!(doc.lang, "report-citation-legend");
    doc.paragraph(&text, &Style::small().with_color(Rgb3::GREY));
    doc.gap(1.5);
}

fn cites(r: &ReportInput, list: &[String]) -> String {
    super::cite::list(r, list)
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
fn duty(r: &ReportInput, o: &ObligationStatus) -> (String, Tone) {
    if o.state == DutyState::Met && !evidenced(r, o) {
        (tr!(r.lang, "report-met-by-opinion"), Tone::Wait)
    } else {
        (w::duty_state(r.lang, o.state), duty_tone(o.state))
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
    let l = r.lang;
    doc.subheading(&tr!(l, "report-screening-heading"));
    let ink = if s.verdict == Verdict::Incomplete {
        Rgb3::AMBER
    } else {
        Rgb3::NAVY
    };
    doc.paragraph(
        &w::verdict(l, s.verdict),
        &Style::bold(11.0).with_color(ink),
    );
    doc.gap(0.8);
    let body = Style::body();
    if s.verdict != Verdict::Needed {
        doc.paragraph(&w::verdict_because(l, s), &body);
    }
    doc.gap(1.0);
    for (kind, found) in [(0, &s.required), (1, &s.criteria), (2, &s.signs)] {
        for c in found {
            let (title, cite) = (c.title.as_str(), cites(r, &c.cite));
            let line = match (kind, c.cite.is_empty()) {
                (0, true) => tr!(l, "report-screening-required", title = title),
                (0, false) => tr!(
                    l,
                    "report-screening-required-cited",
                    title = title,
                    cite = cite
                ),
                (1, true) => tr!(l, "report-screening-criterion", title = title),
                (1, false) => tr!(
                    l,
                    "report-screening-criterion-cited",
                    title = title,
                    cite = cite
                ),
                (_, true) => tr!(l, "report-screening-sign", title = title),
                (_, false) => tr!(l, "report-screening-sign-cited", title = title, cite = cite),
            };
            doc.bullet(&line, &body);
        }
    }
}

/// The verdict in one line, for the cover.
pub fn verdict_line(r: &ReportInput) -> Option<String> {
    let s = r.score.screening.as_ref()?;
    Some(tr!(
        r.lang,
        "report-verdict-line",
        verdict = iw::verdict(r.lang, s.verdict),
        because = w::verdict_because(r.lang, s)
    ))
}

/// The obligations, decisions and notification content in a few lines, for the summary.
pub fn summary(doc: &mut Doc, r: &ReportInput) {
    let body = Style::body();
    let l = r.lang;
    doc.subheading(&tr!(l, "report-summary-obligations"));
    if r.score.obligations.is_empty() {
        doc.paragraph(&tr!(l, "report-obligations-none"), &body);
    }
    for o in &r.score.obligations {
        doc.bullet(
            &tr!(
                l,
                "report-obligation-line",
                title = o.title.as_str(),
                state = duty(r, o).0,
                cite = cites(r, &o.cite)
            ),
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
            &w::decisions_summary(l, authorise, d.len() - authorise, no_ground),
            &body,
        );
    }
    let n = &r.score.notification;
    if !n.is_empty() {
        let complete = n.iter().filter(|i| i.complete).count();
        doc.bullet(
            &tr!(
                l,
                "report-content-summary",
                complete = complete,
                total = n.len()
            ),
            &body,
        );
    }
}

/// Where a duty stands, in words: the evidence given, what is missing, what would meet
/// it, and for a belief the reason and what a lawyer should confirm.
fn standing(r: &ReportInput, o: &ObligationStatus) -> String {
    let l = r.lang;
    let mut parts: Vec<String> = Vec::new();
    if o.state == DutyState::Met && !evidenced(r, o) {
        parts.push(tr!(l, "report-met-by-opinion-why"));
    }
    let evidence: Vec<String> = o
        .evidence
        .iter()
        .map(|e| {
            tr!(
                l,
                "report-evidence-item",
                prompt = e.prompt.as_str(),
                answer = e.answer.as_str()
            )
        })
        .collect();
    if o.state == DutyState::Awaiting {
        parts.push(tr!(l, "report-awaiting"));
    }
    if let Some(b) = &o.belief {
        let reason = if b.reason.trim().is_empty() {
            tr!(l, "report-belief-no-reason")
        } else {
            b.reason.clone()
        };
        if b.says.trim().is_empty() {
            parts.push(tr!(l, "report-belief-reason", reason = reason));
        } else {
            parts.push(tr!(
                l,
                "report-belief-says",
                says = b.says.as_str(),
                reason = reason
            ));
        }
        parts.push(tr!(l, "report-lawyer-confirm", what = b.confirm.as_str()));
    }
    if !evidence.is_empty() {
        parts.push(tr!(
            l,
            "report-evidence-given",
            list = list_strong(l, &evidence)
        ));
    }
    if !o.missing.is_empty() {
        parts.push(tr!(
            l,
            "report-evidence-missing",
            list = list_strong(l, &o.missing)
        ));
    }
    if o.state != DutyState::Met && !o.needs.trim().is_empty() {
        parts.push(tr!(l, "report-to-meet-it", needs = o.needs.as_str()));
    }
    if parts.is_empty() && o.state != DutyState::Met {
        parts.push(tr!(l, "report-not-shown-done"));
    }
    parts.join("\n")
}

/// The section "Obligations".
pub fn obligations(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    let heading = tr!(l, "report-obligations");
    doc.heading(&heading, true);
    doc.paragraph(
        &tr!(l, "report-obligations-intro"),
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(1.0);
    legend(doc);
    if r.score.obligations.is_empty() {
        doc.paragraph(&tr!(l, "report-obligations-none"), &Style::body());
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
                Cell::new(cites(r, &o.cite)),
                toned(&state, tone),
            ]
        })
        .collect();
    captioned(
        doc,
        Some(&heading),
        &[
            col(&tr!(l, "report-col-obligation"), 52.0),
            col(&tr!(l, "report-col-standing"), 66.0),
            col(&tr!(l, "report-col-citation"), 32.0),
            col(&tr!(l, "report-col-state"), 24.0),
        ],
        &rows,
    );
}

fn decision_row(r: &ReportInput, d: &Decision) -> Vec<Cell> {
    let l = r.lang;
    let purpose = if d.row == 0 {
        Cell::bold(tr!(l, "report-all-processing"))
    } else if d.purpose.trim().is_empty() {
        Cell::bold(tr!(l, "report-unnamed-purpose", row = d.row))
    } else {
        Cell::bold(&d.purpose)
    };
    let no_ground = tr!(l, "report-no-ground");
    let ground = match (d.no_ground, d.ground.trim().is_empty()) {
        (true, true) => toned(&no_ground, Tone::Bad),
        (true, false) => toned(&format!("{}\n{no_ground}", d.ground), Tone::Bad),
        (false, _) => Cell::new(&d.ground),
    };
    let cats: Vec<String> = d.categories.iter().map(|c| category_name(r, c)).collect();
    let procedure = match d.procedure {
        Procedure::Notify => Cell::new(iw::procedure(l, d.procedure)),
        Procedure::Authorise => Cell::bold(iw::procedure(l, d.procedure)).color(Rgb3::NAVY),
    };
    let bullet = if d.reasons.len() > 1 { "• " } else { "" };
    let why: Vec<String> = d
        .reasons
        .iter()
        .map(|x| {
            if x.cite.is_empty() {
                format!("{bullet}{}", x.because)
            } else {
                let cited = tr!(
                    l,
                    "report-cited",
                    text = x.because.as_str(),
                    cite = cites(r, &x.cite)
                );
                format!("{bullet}{cited}")
            }
        })
        .collect();
    vec![
        purpose,
        ground,
        Cell::new(list(l, &cats)),
        procedure,
        Cell::new(why.join("\n")),
    ]
}

/// The section "Notify or apply for authorisation", with the notification content.
pub fn decisions(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    let heading = tr!(l, "report-decisions");
    doc.heading(&heading, true);
    doc.paragraph(
        &tr!(l, "report-decisions-intro"),
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(1.0);
    legend(doc);
    if r.questionnaire.filing.is_none() {
        doc.paragraph(
            &tr!(l, "report-decisions-no-model"),
            &Style::body().with_color(Rgb3::RED),
        );
    } else if r.score.decisions.is_empty() {
        doc.paragraph(&tr!(l, "report-decisions-none"), &Style::body());
    } else {
        let rows: Vec<Vec<Cell>> = r
            .score
            .decisions
            .iter()
            .map(|d| decision_row(r, d))
            .collect();
        captioned(
            doc,
            Some(&heading),
            &[
                col(&tr!(l, "report-col-purpose"), 34.0),
                col(&tr!(l, "report-col-ground"), 28.0),
                col(&tr!(l, "report-col-kinds"), 30.0),
                col(&tr!(l, "report-col-procedure"), 30.0),
                col(&tr!(l, "report-col-why"), 52.0),
            ],
            &rows,
        );
    }

    if r.score.notification.is_empty() {
        return;
    }
    let content = tr!(l, "report-content");
    doc.subheading(&content);
    doc.paragraph(
        &tr!(l, "report-content-intro"),
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(2.0);
    let rows: Vec<Vec<Cell>> = r
        .score
        .notification
        .iter()
        .map(|i| {
            let state = if i.complete {
                Cell::new(tr!(l, "report-content-complete"))
            } else {
                let mut c = Cell::titled(tr!(l, "report-content-missing"), &i.missing)
                    .fill(Rgb3::LIGHT_AMBER);
                if let Some((_, st)) = &mut c.title {
                    st.color = Rgb3::AMBER;
                }
                c
            };
            vec![
                Cell::bold(format!("({})", i.id)),
                Cell::new(&i.title),
                state,
                Cell::new(cites(r, &i.cite)),
            ]
        })
        .collect();
    captioned(
        doc,
        Some(&content),
        &[
            col(&tr!(l, "report-col-item"), 12.0),
            col(&tr!(l, "report-col-states"), 52.0),
            col(&tr!(l, "report-col-from-answers"), 70.0),
            col(&tr!(l, "report-col-citation"), 40.0),
        ],
        &rows,
    );
}
