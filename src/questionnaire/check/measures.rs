//! A protective measure can never make a figure worse: nothing that raises a figure,
//! or decides a category's scope, may depend on a measure's answer.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, Owner};
use crate::questionnaire::model::*;
use crate::tr;

impl<'a> Checker<'a> {
    /// A protective measure must never raise a figure: nothing that raises or floors a
    /// figure, and no category's scope, may depend on a measure question's answer.
    pub(super) fn measures_cannot_raise(&mut self) {
        let q = self.q;
        let l = self.lang;
        let measures: BTreeSet<&str> = q
            .questions()
            .filter(|(_, qu)| qu.effects.iter().any(Effect::is_measure))
            .map(|(_, qu)| qu.id.as_str())
            .collect();
        if measures.is_empty() {
            return;
        }
        // Questions whose display depends, directly or not, on a measure's answer.
        let mut influenced: BTreeMap<&str, &str> = measures.iter().map(|m| (*m, *m)).collect();
        for s in &q.sections {
            for qu in &s.questions {
                let mut deps = BTreeSet::new();
                if let Some(c) = &s.show_if {
                    deps.extend(self.deps(c));
                }
                if let Some(c) = &qu.show_if {
                    deps.extend(self.deps(c));
                }
                if let Some(root) = deps.iter().find_map(|d| influenced.get(d).copied()) {
                    influenced.entry(&qu.id).or_insert(root);
                }
            }
        }
        let depends = |c: &'a Condition| -> Option<&'a str> {
            self.deps(c).iter().find_map(|d| influenced.get(d).copied())
        };
        let mut found: Vec<(Owner, String)> = Vec::new();
        for (_, qu) in q.questions() {
            let raises = qu.effects.iter().any(|e| !e.is_measure());
            if !raises {
                continue;
            }
            if measures.contains(qu.id.as_str()) {
                found.push((Owner::Question(&qu.id), tr!(l, "check-measure-mixed")));
            } else if let Some(root) = influenced.get(qu.id.as_str()) {
                found.push((
                    Owner::Question(&qu.id),
                    tr!(l, "check-measure-decides-display", measure = *root),
                ));
            }
            for e in &qu.effects {
                if let Target::Rows { question, .. } = e.target()
                    && let Some(root) = influenced.get(question.as_str())
                {
                    found.push((
                        Owner::Question(&qu.id),
                        tr!(l, "check-measure-decides-rows", measure = *root),
                    ));
                }
            }
        }
        for r in &q.rules {
            let root = match &r.effect {
                Effect::Measure { .. } => negated_dep(&r.when, &|c| depends(c)),
                _ => depends(&r.when).or_else(|| match r.effect.target() {
                    Target::Rows { question, .. } => influenced.get(question.as_str()).copied(),
                    _ => None,
                }),
            };
            if let Some(root) = root {
                let why = match r.effect {
                    Effect::Measure { .. } => tr!(l, "check-measure-negated", measure = root),
                    _ => tr!(l, "check-measure-raises", measure = root),
                };
                found.push((Owner::Rule(&r.id), why));
            }
        }
        for c in &q.categories {
            if let Some(root) = depends(&c.in_scope) {
                found.push((
                    Owner::Category(&c.id),
                    tr!(l, "check-measure-decides-scope", measure = root),
                ));
            }
        }
        for (o, why) in found {
            let at = self.owner_at(o);
            self.error(
                at,
                tr!(l, "check-measure-worse", owner = o.describe(l), why = why),
                tr!(l, "check-measure-worse-hint"),
            );
        }
    }
}

/// The measure question a `Not` inside `c` depends on, if any.
fn negated_dep<'a>(
    c: &'a Condition,
    depends: &dyn Fn(&'a Condition) -> Option<&'a str>,
) -> Option<&'a str> {
    match c {
        Condition::Not(inner) => depends(inner),
        Condition::All(cs) | Condition::Any(cs) => cs.iter().find_map(|c| negated_dep(c, depends)),
        _ => None,
    }
}

/// Which figure an effect moves.
#[derive(Clone, Copy, PartialEq)]
enum Axis {
    Severity,
    Likelihood,
}

fn moves(e: &Effect, axis: Axis) -> bool {
    let (s, l) = match e {
        Effect::Raise {
            severity,
            likelihood,
            ..
        }
        | Effect::Measure {
            severity,
            likelihood,
            ..
        } => (!severity.is_zero(), !likelihood.is_zero()),
        Effect::Floor { .. } => (false, false),
    };
    match axis {
        Axis::Severity => s,
        Axis::Likelihood => l,
    }
}

/// Can a target ever name this category?
fn reaches(t: &Target, category: &str) -> bool {
    match t {
        Target::All => true,
        Target::Only(ids) => ids.iter().any(|i| i == category),
        Target::Rows { only, .. } => only.is_empty() || only.iter().any(|i| i == category),
    }
}

impl<'a> Checker<'a> {
    /// Every measure must be able to move some figure under some answers: a measure on an
    /// axis where all its categories start at their floor, and nothing ever raises them,
    /// can never count, and rewards nobody for a real protection.
    pub(super) fn measures_can_move(&mut self) {
        let q = self.q;
        let effects: Vec<(Owner<'a>, &'a Effect)> = q
            .questions()
            .flat_map(|(_, qu)| qu.effects.iter().map(move |e| (Owner::Question(&qu.id), e)))
            .chain(q.rules.iter().map(|r| (Owner::Rule(&r.id), &r.effect)))
            .collect();
        let raised = |category: &str, axis: Axis| {
            effects.iter().any(|(_, e)| {
                matches!(e, Effect::Raise { .. }) && moves(e, axis) && reaches(e.target(), category)
            })
        };
        let movable = |c: &Category, axis: Axis| {
            let (start, floor) = match axis {
                Axis::Severity => {
                    let own = match (&c.sensitive, &q.scoring) {
                        (Some(_), Some(sc)) => sc.sensitive_residual,
                        (Some(_), None) => crate::scale::Scale::Significant,
                        (None, _) => crate::scale::Scale::Negligible,
                    };
                    (c.severity, own)
                }
                Axis::Likelihood => (c.likelihood, crate::scale::Scale::Negligible),
            };
            start > floor || raised(&c.id, axis)
        };
        for (o, e) in &effects {
            if !e.is_measure() {
                continue;
            }
            let can = [Axis::Severity, Axis::Likelihood].into_iter().any(|axis| {
                moves(e, axis)
                    && q.categories
                        .iter()
                        .any(|c| reaches(e.target(), &c.id) && movable(c, axis))
            });
            if !can {
                let at = self.owner_at(*o);
                let l = self.lang;
                self.error(
                    at,
                    tr!(l, "check-measure-inert", owner = o.describe(l)),
                    tr!(l, "check-measure-inert-hint"),
                );
            }
        }
    }
}
