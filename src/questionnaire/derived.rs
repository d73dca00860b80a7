//! What the answers establish beyond single answers: the state of each data flow's legal
//! basis, the screening verdict and the notify-or-authorise decision for each purpose.
//!
//! All three are defined by the questionnaire (`Transfers`, `Screening`, `Filing`), so a
//! legal team changes them in data; the code only classifies rows and counts criteria.
//! They are conditions too (`Transfer`, `Screening`, `Procedure`), so that obligations,
//! actions and display conditions can rest on them.

use std::collections::BTreeMap;

use super::model::{Criterion, Procedure, TransferState, Trigger, Verdict};
use super::visibility::{Visible, is_substantive, row_passes};
use crate::answer::{Cell, Row};

/// One row of the data flows question and the state of its legal basis.
#[derive(Debug, Clone)]
pub struct TransferRow<'a> {
    /// The row's position in the answer, from 0.
    pub index: usize,
    pub row: &'a Row,
    pub state: TransferState,
}

/// The screening's verdict and the criteria behind it.
#[derive(Debug, Clone)]
pub struct ScreeningResult<'a> {
    pub verdict: Verdict,
    /// Counted criteria that are met.
    pub criteria: Vec<&'a Criterion>,
    /// Criteria that require an assessment, met.
    pub required: Vec<&'a Criterion>,
    /// Other signs, met.
    pub signs: Vec<&'a Criterion>,
    /// Screening questions shown and not yet answered.
    pub unanswered: Vec<&'a str>,
}

/// The procedure one purpose needs, and why.
#[derive(Debug, Clone)]
pub struct PurposeDecision<'a> {
    /// The purpose's row, or `None` when no purposes are listed and the decision covers
    /// the processing as a whole.
    pub index: Option<usize>,
    pub row: Row,
    pub procedure: Procedure,
    /// The reasons for authorisation that apply; empty for a notification.
    pub triggers: Vec<&'a Trigger>,
    /// The purpose names no legal ground (Art 6), or one the questionnaire marks as none.
    pub no_ground: bool,
}

impl<'a> Visible<'a> {
    /// Every row of the data flows question with its state, in answer order.
    pub fn transfers(&self) -> Vec<TransferRow<'a>> {
        let Some(t) = &self.questionnaire.transfers else {
            return Vec::new();
        };
        let passes = |row: &Row, alts: &[Vec<crate::questionnaire::RowTest>]| {
            alts.iter().any(|tests| row_passes(row, tests))
        };
        self.rows(&t.question)
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let state = if passes(row, &t.inside) {
                    TransferState::Inside
                } else if passes(row, &t.in_force) {
                    let unmet = t.requires.iter().any(|r| {
                        row.get(&t.basis).is_some_and(|c| {
                            c.choices().iter().any(|b| r.basis.iter().any(|x| x == b))
                        }) && !self.eval(&r.when)
                    });
                    if unmet {
                        TransferState::Claimed
                    } else {
                        TransferState::InForce
                    }
                } else if passes(row, &t.applied) {
                    TransferState::Applied
                } else if passes(row, &t.claimed) {
                    TransferState::Claimed
                } else {
                    TransferState::None
                };
                TransferRow { index, row, state }
            })
            .collect()
    }

    /// The screening verdict. Questions the criteria name that are shown and unanswered
    /// make it `Incomplete`: a verdict is only given on a complete screening.
    pub fn screening(&self) -> ScreeningResult<'a> {
        let Some(s) = &self.questionnaire.screening else {
            return ScreeningResult {
                verdict: Verdict::Incomplete,
                criteria: Vec::new(),
                required: Vec::new(),
                signs: Vec::new(),
                unanswered: Vec::new(),
            };
        };
        let met = |list: &'a [Criterion]| -> Vec<&'a Criterion> {
            list.iter().filter(|c| self.eval(&c.when)).collect()
        };
        let mut unanswered: Vec<&'a str> = Vec::new();
        for c in s.criteria.iter().chain(&s.required).chain(&s.signs) {
            let mut qs = std::collections::BTreeSet::new();
            deps(&c.when, self.questionnaire, &mut qs);
            for q in qs {
                let answered = self.answer(q).is_some_and(is_substantive);
                if self.is_shown(q) && !answered && !unanswered.contains(&q) {
                    unanswered.push(q);
                }
            }
        }
        let order: Vec<&str> = self
            .questionnaire
            .questions()
            .map(|(_, q)| q.id.as_str())
            .collect();
        unanswered.sort_by_key(|q| order.iter().position(|o| o == q));
        let (criteria, required, signs) = (met(&s.criteria), met(&s.required), met(&s.signs));
        let verdict = if !unanswered.is_empty() {
            Verdict::Incomplete
        } else if !required.is_empty() {
            Verdict::Needed
        } else if criteria.len() >= s.likely_at.max(1) {
            Verdict::LikelyNeeded
        } else if !criteria.is_empty() || !signs.is_empty() {
            Verdict::MayBeNeeded
        } else {
            Verdict::NotNeeded
        };
        ScreeningResult {
            verdict,
            criteria,
            required,
            signs,
            unanswered,
        }
    }

    /// For each purpose listed (or, with none listed, for the processing as a whole when
    /// any category is in scope): notify or apply for authorisation, and why.
    pub fn decisions(&self) -> Vec<PurposeDecision<'a>> {
        let Some(f) = &self.questionnaire.filing else {
            return Vec::new();
        };
        let listed = self.rows(&f.purposes);
        let rows: Vec<(Option<usize>, Row)> = if listed.is_empty() {
            let in_scope: Vec<String> = self
                .questionnaire
                .categories
                .iter()
                .filter(|c| self.processes(&c.id))
                .map(|c| c.id.clone())
                .collect();
            if in_scope.is_empty() {
                return Vec::new();
            }
            vec![(
                None,
                BTreeMap::from([(f.categories.clone(), Cell::Choices(in_scope))]),
            )]
        } else {
            listed
                .iter()
                .enumerate()
                .map(|(i, r)| (Some(i), r.clone()))
                .collect()
        };
        let flows: &[Row] = match &self.questionnaire.transfers {
            Some(t) => self.rows(&t.question),
            None => &[],
        };
        let carried = |row: &Row, col: &str| -> Vec<String> {
            row.get(col)
                .map(|c| c.choices().iter().map(|s| s.to_string()).collect())
                .unwrap_or_default()
        };
        let tcol = self
            .questionnaire
            .transfers
            .as_ref()
            .map(|t| t.categories.as_str())
            .unwrap_or("categories");
        rows.into_iter()
            .map(|(index, row)| {
                let mine = carried(&row, &f.categories);
                let triggers: Vec<&'a Trigger> = f
                    .authorise
                    .iter()
                    .filter(|t| {
                        row_passes(&row, &t.row)
                            && t.when.as_ref().is_none_or(|c| self.eval(c))
                            && (t.flows.is_empty()
                                || flows.iter().any(|fr| {
                                    t.flows.iter().any(|alt| row_passes(fr, alt))
                                        && carried(fr, tcol).iter().any(|c| mine.contains(c))
                                }))
                    })
                    .collect();
                let ground = row.get(&f.ground).map(|c| c.choices());
                let no_ground = match ground {
                    None => true,
                    Some(g) => g.is_empty() || g.iter().any(|c| f.no_ground.iter().any(|n| n == c)),
                };
                PurposeDecision {
                    index,
                    procedure: if triggers.is_empty() {
                        Procedure::Notify
                    } else {
                        Procedure::Authorise
                    },
                    triggers,
                    no_ground,
                    row,
                }
            })
            .collect()
    }
}

/// Every question a condition depends on, directly or through what it names: a
/// category's scope, the data flows behind `Transfer`, the criteria behind `Screening`,
/// the purposes and triggers behind `Procedure`.
pub fn deps<'a>(
    c: &'a crate::questionnaire::Condition,
    q: &'a crate::questionnaire::Questionnaire,
    out: &mut std::collections::BTreeSet<&'a str>,
) {
    let mut seen = std::collections::BTreeSet::new();
    deps_guarded(c, q, out, &mut seen);
}

fn deps_guarded<'a>(
    c: &'a crate::questionnaire::Condition,
    q: &'a crate::questionnaire::Questionnaire,
    out: &mut std::collections::BTreeSet<&'a str>,
    seen: &mut std::collections::BTreeSet<String>,
) {
    use crate::questionnaire::Condition as C;
    let once = |key: &str, seen: &mut std::collections::BTreeSet<String>| seen.insert(key.into());
    match c {
        C::Is(..)
        | C::IsAny(..)
        | C::Answered(_)
        | C::AtLeast(..)
        | C::Below(..)
        | C::AnyRow(..)
        | C::EveryRow(..) => direct(c, out),
        C::Processes(cat) => {
            if let Some(k) = q.category(cat)
                && seen.insert(format!("category {cat}"))
            {
                deps_guarded(&k.in_scope, q, out, seen);
            }
        }
        C::Transfer(_) => {
            if let Some(t) = &q.transfers {
                out.insert(&t.question);
                if once("transfers", seen) {
                    for r in &t.requires {
                        deps_guarded(&r.when, q, out, seen);
                    }
                }
            }
        }
        C::Screening(_) => {
            if once("screening", seen)
                && let Some(s) = &q.screening
            {
                for cr in s.criteria.iter().chain(&s.required).chain(&s.signs) {
                    deps_guarded(&cr.when, q, out, seen);
                }
            }
        }
        C::Procedure(_) => {
            if once("procedure", seen)
                && let Some(f) = &q.filing
            {
                out.insert(&f.purposes);
                for t in &f.authorise {
                    if let Some(w) = &t.when {
                        deps_guarded(w, q, out, seen);
                    }
                    if !t.flows.is_empty()
                        && let Some(tr) = &q.transfers
                    {
                        out.insert(&tr.question);
                    }
                }
                for k in &q.categories {
                    deps_guarded(&k.in_scope, q, out, seen);
                }
            }
        }
        C::All(cs) | C::Any(cs) => cs.iter().for_each(|c| deps_guarded(c, q, out, seen)),
        C::Not(c) => deps_guarded(c, q, out, seen),
    }
}

/// The questions a condition names itself, without expanding categories or derived states.
pub fn direct<'a>(
    c: &'a crate::questionnaire::Condition,
    out: &mut std::collections::BTreeSet<&'a str>,
) {
    use crate::questionnaire::Condition as C;
    match c {
        C::Is(x, _)
        | C::IsAny(x, _)
        | C::Answered(x)
        | C::AtLeast(x, _)
        | C::Below(x, _)
        | C::AnyRow(x, _)
        | C::EveryRow(x, _) => {
            out.insert(x);
        }
        C::All(cs) | C::Any(cs) => cs.iter().for_each(|c| direct(c, out)),
        C::Not(c) => direct(c, out),
        _ => {}
    }
}
