//! The legal conclusions drawn from the answers: which duties are met (by evidence of the
//! act, never by an opinion), the state of each transfer's basis, the notify-or-authorise
//! decision for each purpose, how much of a notification the answers fill, and the
//! screening verdict. Pure and deterministic, like the risk figures.

use serde::{Deserialize, Serialize};

use crate::answer::{Cell, Row};
use crate::questionnaire::derived::PurposeDecision;
use crate::questionnaire::visibility::is_substantive;
use crate::questionnaire::{
    AnswerKind, Obligation, Procedure, Questionnaire, TransferState, Verdict, Visible,
};

/// Where a duty stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DutyState {
    /// The act is done and its evidence given.
    Met,
    /// Applied for or filed: open until the DSPDP decides.
    Awaiting,
    /// The user believes the duty does not apply: open until a lawyer confirms.
    Believed,
    Open,
}

impl DutyState {
    pub fn key(self) -> &'static str {
        match self {
            DutyState::Met => "met",
            DutyState::Awaiting => "awaiting the DSPDP",
            DutyState::Believed => "believed not to apply",
            DutyState::Open => "open",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObligationStatus {
    pub id: String,
    pub title: String,
    pub text: String,
    pub cite: Vec<String>,
    /// True only when the act is done and evidenced (`state` is `Met`).
    pub met: bool,
    pub state: DutyState,
    /// What would meet the duty, while it is open.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub needs: String,
    /// The evidence given: each question's prompt and answer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The evidence still missing, by question prompt, when the act is said to be done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// The user's belief that the duty does not apply, and what a lawyer should confirm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub belief: Option<BeliefNote>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub question: String,
    pub prompt: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BeliefNote {
    /// What the user believes, in words; empty for the plain "it does not apply".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub says: String,
    /// The user's reason, as answered; empty when none was given.
    pub reason: String,
    pub confirm: String,
}

/// One data flow and the state of its legal basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferStatus {
    /// The row in the data flows answer, from 1.
    pub row: usize,
    pub name: String,
    /// The location's choice id and its label.
    pub location: String,
    pub location_label: String,
    pub categories: Vec<String>,
    pub basis: String,
    pub basis_label: String,
    pub state: TransferState,
    /// The evidence cells in words ("Date: 2026-11-02; Reference: A/123/2026").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

/// The procedure one purpose needs with the DSPDP, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The purpose's row, from 1; 0 when no purposes are listed and the decision covers
    /// the processing as a whole.
    pub row: usize,
    pub purpose: String,
    /// The legal ground (Art 6) in words; empty when none is given.
    pub ground: String,
    pub no_ground: bool,
    pub categories: Vec<String>,
    pub procedure: Procedure,
    pub reasons: Vec<DecisionReason>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionReason {
    pub id: String,
    pub because: String,
    pub cite: Vec<String>,
}

/// One item a notification must state (Art 23), and whether the answers fill it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentStatus {
    pub id: String,
    pub title: String,
    pub complete: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub missing: String,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreeningStatus {
    pub verdict: Verdict,
    /// The counted criteria met, the required ones met and the other signs met.
    pub criteria: Vec<CriterionMet>,
    pub required: Vec<CriterionMet>,
    pub signs: Vec<CriterionMet>,
    /// How many counted criteria make an assessment likely needed.
    pub likely_at: usize,
    /// Screening questions not yet answered, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionMet {
    pub id: String,
    pub title: String,
    pub cite: Vec<String>,
}

pub(super) fn obligations(q: &Questionnaire, vis: &Visible, lang: &str) -> Vec<ObligationStatus> {
    q.obligations
        .iter()
        .filter(|o| vis.eval(&o.when))
        .map(|o| obligation(q, o, vis, lang))
        .collect()
}

fn obligation(q: &Questionnaire, o: &Obligation, vis: &Visible, lang: &str) -> ObligationStatus {
    let done = o.met.as_ref().is_some_and(|m| vis.eval(m));
    let mut evidence = Vec::new();
    let mut missing = Vec::new();
    // The evidence named, then any date, text or number the `met` condition asks for.
    let mut named: Vec<(&str, bool)> = o.evidence.iter().map(|e| (e.as_str(), true)).collect();
    if let Some(m) = &o.met {
        let mut refs = std::collections::BTreeSet::new();
        crate::questionnaire::derived::direct(m, &mut refs);
        for r in refs {
            let evidence_kind = q.question(r).is_some_and(|qu| {
                matches!(
                    qu.kind,
                    AnswerKind::Date | AnswerKind::Text { .. } | AnswerKind::Number { .. }
                )
            });
            if evidence_kind && !named.iter().any(|(n, _)| *n == r) {
                named.push((r, false));
            }
        }
    }
    for id in &o.shows {
        if !named.iter().any(|(n, _)| n == id) {
            named.push((id, false));
        }
    }
    for (id, required) in named {
        let Some(qu) = q.question(id) else { continue };
        match vis.answer(id).filter(|a| is_substantive(a)) {
            Some(a) => evidence.push(Evidence {
                question: id.to_string(),
                prompt: qu.prompt.get(lang).to_string(),
                answer: a.describe(qu, q, lang),
            }),
            None if required => missing.push(qu.prompt.get(lang).to_string()),
            None => {}
        }
    }
    let state = if done && missing.is_empty() {
        DutyState::Met
    } else if o.awaiting.as_ref().is_some_and(|a| vis.eval(a)) {
        DutyState::Awaiting
    } else if o.belief.as_ref().is_some_and(|b| vis.eval(&b.when)) {
        DutyState::Believed
    } else {
        DutyState::Open
    };
    let belief = match (&o.belief, state) {
        (Some(b), DutyState::Believed) => Some(BeliefNote {
            says: b.says.get(lang).to_string(),
            reason: b
                .reason
                .as_ref()
                .and_then(|r| Some((q.question(r)?, vis.answer(r)?)))
                .map(|(qu, a)| a.describe(qu, q, lang))
                .unwrap_or_default(),
            confirm: b.confirm.get(lang).to_string(),
        }),
        _ => None,
    };
    ObligationStatus {
        id: o.id.clone(),
        title: o.title.get(lang).to_string(),
        text: o.text.get(lang).to_string(),
        cite: q.cites(&o.cite, lang),
        met: state == DutyState::Met,
        state,
        needs: if state == DutyState::Met {
            String::new()
        } else {
            o.needs.get(lang).to_string()
        },
        evidence,
        missing: if done { missing } else { Vec::new() },
        belief,
    }
}

/// The columns of a rows question (none for any other).
fn columns<'q>(q: &'q Questionnaire, question: &str) -> &'q [crate::questionnaire::Column] {
    match q.question(question).map(|qu| &qu.kind) {
        Some(AnswerKind::Rows(cols)) => cols,
        _ => &[],
    }
}

/// A cell in words: a choice's label, a category's name, text as typed.
fn cell_words(
    q: &Questionnaire,
    cols: &[crate::questionnaire::Column],
    row: &Row,
    col: &str,
    lang: &str,
) -> String {
    let Some(cell) = row.get(col) else {
        return String::new();
    };
    let kind = cols.iter().find(|c| c.id == col).map(|c| &c.kind);
    match cell {
        Cell::Text(t) => t.clone(),
        _ => cell
            .choices()
            .iter()
            .map(|id| {
                kind.and_then(|k| crate::answer::column_choice_label(k, q, id, lang))
                    .unwrap_or_else(|| id.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn choice_ids(row: &Row, col: &str) -> Vec<String> {
    row.get(col)
        .map(|c| c.choices().iter().map(|s| s.to_string()).collect())
        .unwrap_or_default()
}

pub(super) fn transfers(q: &Questionnaire, vis: &Visible, lang: &str) -> Vec<TransferStatus> {
    let Some(t) = &q.transfers else {
        return Vec::new();
    };
    let cols = columns(q, &t.question);
    vis.transfers()
        .into_iter()
        .map(|tr| {
            let words = |col: &str| cell_words(q, cols, tr.row, col, lang);
            let evidence = t
                .evidence
                .iter()
                .filter(|c| tr.row.get(*c).is_some_and(|_| !words(c).trim().is_empty()))
                .map(|c| {
                    let label = cols
                        .iter()
                        .find(|k| &k.id == c)
                        .map(|k| k.label.get(lang).to_string())
                        .unwrap_or_else(|| c.clone());
                    format!("{label}: {}", words(c))
                })
                .collect::<Vec<_>>()
                .join("; ");
            TransferStatus {
                row: tr.index + 1,
                name: t.name.as_deref().map(words).unwrap_or_default(),
                location: choice_ids(tr.row, &t.location).join(","),
                location_label: words(&t.location),
                categories: choice_ids(tr.row, &t.categories),
                basis: choice_ids(tr.row, &t.basis).join(","),
                basis_label: words(&t.basis),
                state: tr.state,
                evidence,
            }
        })
        .collect()
}

pub(super) fn decisions(q: &Questionnaire, vis: &Visible, lang: &str) -> Vec<Decision> {
    let Some(f) = &q.filing else {
        return Vec::new();
    };
    let cols = columns(q, &f.purposes);
    vis.decisions()
        .into_iter()
        .map(|d: PurposeDecision| {
            let words = |col: &str| cell_words(q, cols, &d.row, col, lang);
            let reasons = if d.triggers.is_empty() {
                vec![DecisionReason {
                    id: "notify".into(),
                    because: f.notify.because.get(lang).to_string(),
                    cite: q.cites(&f.notify.cite, lang),
                }]
            } else {
                d.triggers
                    .iter()
                    .map(|t| DecisionReason {
                        id: t.id.clone(),
                        because: t.because.get(lang).to_string(),
                        cite: q.cites(&t.cite, lang),
                    })
                    .collect()
            };
            Decision {
                row: d.index.map_or(0, |i| i + 1),
                purpose: words(&f.name),
                ground: if d.no_ground && words(&f.ground).is_empty() {
                    String::new()
                } else {
                    words(&f.ground)
                },
                no_ground: d.no_ground,
                categories: choice_ids(&d.row, &f.categories),
                procedure: d.procedure,
                reasons,
            }
        })
        .collect()
}

pub(super) fn notification(q: &Questionnaire, vis: &Visible, lang: &str) -> Vec<ContentStatus> {
    q.notification
        .iter()
        .map(|i| {
            let complete = vis.eval(&i.complete);
            ContentStatus {
                id: i.id.clone(),
                title: i.title.get(lang).to_string(),
                complete,
                missing: if complete {
                    String::new()
                } else {
                    i.missing.get(lang).to_string()
                },
                cite: q.cites(&i.cite, lang),
            }
        })
        .collect()
}

pub(super) fn screening(q: &Questionnaire, vis: &Visible, lang: &str) -> Option<ScreeningStatus> {
    let s = q.screening.as_ref()?;
    let r = vis.screening();
    let met = |list: &[&crate::questionnaire::Criterion]| -> Vec<CriterionMet> {
        list.iter()
            .map(|c| CriterionMet {
                id: c.id.clone(),
                title: c.title.get(lang).to_string(),
                cite: q.cites(&c.cite, lang),
            })
            .collect()
    };
    Some(ScreeningStatus {
        verdict: r.verdict,
        criteria: met(&r.criteria),
        required: met(&r.required),
        signs: met(&r.signs),
        likely_at: s.likely_at,
        unanswered: r.unanswered.iter().map(|s| s.to_string()).collect(),
    })
}
