//! What is asked when: conditions look only backwards (no cycles, no forward
//! references), and no question is impossible to reach. Conditions are expanded to
//! disjunctive normal form, bounded by `MAX_TERMS`, to find what can never hold.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, MAX_TERMS, Owner, cat_refs};
use crate::questionnaire::model::*;
use crate::tr;

impl<'a> Checker<'a> {
    pub(super) fn ordering_and_cycles(&mut self) {
        let q = self.q;
        let l = self.lang;
        // Graph of display dependencies: question → questions its display depends on.
        let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for s in &q.sections {
            for qu in &s.questions {
                let mut d = BTreeSet::new();
                if let Some(c) = &s.show_if {
                    d.extend(self.deps(c));
                }
                if let Some(c) = &qu.show_if {
                    d.extend(self.deps(c));
                }
                d.retain(|x| self.order.contains_key(x));
                graph.insert(&qu.id, d);
            }
        }
        let mut reported_cycle: BTreeSet<&str> = BTreeSet::new();
        for start in graph.keys().copied().collect::<Vec<_>>() {
            if reported_cycle.contains(start) {
                continue;
            }
            if let Some(cycle) = find_cycle(&graph, start) {
                reported_cycle.extend(cycle.iter().copied());
                let at = self.owner_at(Owner::Question(start));
                let path = cycle.join(" → ");
                self.cycle_or_forward = true;
                self.error(
                    at,
                    tr!(l, "check-cycle", path = path),
                    tr!(l, "check-cycle-hint"),
                );
            }
        }
        for (id, deps) in &graph {
            if reported_cycle.contains(id) {
                continue;
            }
            let pos = self.order[id];
            for d in deps {
                if self.order[d] > pos {
                    let at = self.ref_at(Owner::Question(id), d);
                    self.cycle_or_forward = true;
                    self.error(
                        at,
                        tr!(l, "check-forward", id = *id, later = *d),
                        tr!(l, "check-forward-hint", id = *id, later = *d),
                    );
                }
            }
        }
        for cat in &q.categories {
            let deps = self.deps(&cat.in_scope);
            if deps.iter().any(|d| !self.order.contains_key(d)) {
                continue;
            }
            // A category's scope may be used by a section's display: every question
            // of such a section must come after what decides the scope.
            for s in &q.sections {
                let Some(c) = &s.show_if else { continue };
                let mut cats = BTreeSet::new();
                cat_refs(c, &mut cats);
                if !cats.contains(cat.id.as_str()) {
                    continue;
                }
                if let Some(first) = s.questions.first() {
                    let pos = self.order[first.id.as_str()];
                    for d in &deps {
                        if self.order[d] >= pos {
                            let at = self.owner_at(Owner::Section(&s.id));
                            self.error(
                                at,
                                tr!(
                                    l,
                                    "check-section-scope-later",
                                    section = s.id.as_str(),
                                    category = cat.id.as_str(),
                                    question = *d
                                ),
                                tr!(l, "check-section-scope-later-hint"),
                            );
                        }
                    }
                }
            }
        }
    }

    pub(super) fn never_shown(&mut self) {
        let q = self.q;
        // Question id → its display condition in disjunctive normal form, or None if too
        // large to reason about (then it is assumed showable).
        let mut shown: BTreeMap<&str, Option<Dnf>> = BTreeMap::new();
        if self.cycle_or_forward {
            return;
        }
        let l = self.lang;
        for s in &q.sections {
            for qu in &s.questions {
                let mut dnf: Option<Dnf> = Some(vec![vec![]]);
                for c in [&s.show_if, &qu.show_if].into_iter().flatten() {
                    dnf = match (dnf, to_dnf(c, false)) {
                        (Some(a), Some(b)) => and(&a, &b),
                        _ => None,
                    };
                }
                let dnf = dnf.and_then(|d| self.with_visibility(d, &shown));
                let dnf = dnf.map(|d| {
                    d.into_iter()
                        .filter(|conj| !self.contradicts(conj))
                        .collect::<Vec<_>>()
                });
                if let Some(d) = &dnf
                    && d.is_empty()
                {
                    let at = self.owner_at(Owner::Question(&qu.id));
                    self.error(
                        at,
                        tr!(l, "check-never-shown", id = qu.id.as_str()),
                        tr!(l, "check-never-shown-hint"),
                    );
                }
                shown.insert(&qu.id, dnf);
            }
        }
    }

    /// Adds to every conjunct the display conditions of the questions its positive
    /// literals depend on: an answer only counts when its question is shown.
    fn with_visibility(&self, dnf: Dnf, shown: &BTreeMap<&str, Option<Dnf>>) -> Option<Dnf> {
        let mut out: Dnf = Vec::new();
        for conj in dnf {
            let mut acc: Dnf = vec![conj.clone()];
            for lit in &conj {
                if !lit.positive {
                    continue;
                }
                let Some(qid) = lit.atom.question() else {
                    continue;
                };
                match shown.get(qid) {
                    Some(Some(vis)) => acc = and(&acc, vis)?,
                    Some(None) => return None,
                    None => {}
                }
            }
            out.extend(acc);
            if out.len() > MAX_TERMS {
                return None;
            }
        }
        Some(out)
    }

    fn contradicts(&self, conj: &[Lit]) -> bool {
        for (i, a) in conj.iter().enumerate() {
            for b in &conj[i + 1..] {
                if a.atom == b.atom && a.positive != b.positive {
                    return true;
                }
                if let (Atom::Is(q1, c1), Atom::Is(q2, c2)) = (&a.atom, &b.atom)
                    && q1 == q2
                    && c1 != c2
                    && a.positive
                    && b.positive
                    && self.q.question(q1).is_some_and(|qu| {
                        matches!(qu.kind, AnswerKind::YesNo | AnswerKind::Single(_))
                    })
                {
                    return true;
                }
                if let (
                    Atom::Answered(q1),
                    Atom::Is(q2, _) | Atom::AtLeast(q2, _) | Atom::Below(q2, _),
                )
                | (
                    Atom::Is(q2, _) | Atom::AtLeast(q2, _) | Atom::Below(q2, _),
                    Atom::Answered(q1),
                ) = (&a.atom, &b.atom)
                {
                    let (ans, other) = if matches!(a.atom, Atom::Answered(_)) {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    if q1 == q2 && !ans.positive && other.positive {
                        return true;
                    }
                }
                if let (Atom::AtLeast(q1, n), Atom::Below(q2, m))
                | (Atom::Below(q2, m), Atom::AtLeast(q1, n)) = (&a.atom, &b.atom)
                    && q1 == q2
                    && a.positive
                    && b.positive
                    && m <= n
                {
                    return true;
                }
            }
            if a.positive
                && let Atom::AtLeast(qid, n) | Atom::Below(qid, n) = &a.atom
                && let Some(AnswerKind::Number { min, max, .. }) =
                    self.q.question(qid).map(|q| &q.kind)
            {
                let impossible = match a.atom {
                    Atom::AtLeast(..) => max.is_some_and(|m| *n > m),
                    _ => min.is_some_and(|m| *n <= m),
                };
                if impossible {
                    return true;
                }
            }
        }
        false
    }
}

fn find_cycle<'a>(
    graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
    start: &'a str,
) -> Option<Vec<&'a str>> {
    fn dfs<'a>(
        graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        node: &'a str,
        start: &'a str,
        path: &mut Vec<&'a str>,
        seen: &mut BTreeSet<&'a str>,
    ) -> bool {
        for next in graph.get(node).into_iter().flatten() {
            if *next == start {
                path.push(next);
                return true;
            }
            if seen.insert(next) {
                path.push(next);
                if dfs(graph, next, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start];
    let mut seen = BTreeSet::new();
    dfs(graph, start, start, &mut path, &mut seen).then_some(path)
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Atom {
    Is(String, String),
    Answered(String),
    AtLeast(String, i64),
    Below(String, i64),
    Opaque(String, Option<String>),
}

impl Atom {
    fn question(&self) -> Option<&str> {
        match self {
            Atom::Is(q, _) | Atom::Answered(q) | Atom::AtLeast(q, _) | Atom::Below(q, _) => Some(q),
            Atom::Opaque(_, q) => q.as_deref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Lit {
    atom: Atom,
    positive: bool,
}

type Dnf = Vec<Vec<Lit>>;

fn and(a: &Dnf, b: &Dnf) -> Option<Dnf> {
    if a.len() * b.len() > MAX_TERMS {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut c = x.clone();
            for l in y {
                if !c.contains(l) {
                    c.push(l.clone());
                }
            }
            out.push(c);
        }
    }
    Some(out)
}

fn to_dnf(c: &Condition, negated: bool) -> Option<Dnf> {
    let lit = |atom: Atom| {
        Some(vec![vec![Lit {
            atom,
            positive: !negated,
        }]])
    };
    match c {
        Condition::Is(q, ch) => lit(Atom::Is(q.clone(), ch.clone())),
        Condition::IsAny(q, chs) => {
            let any = Condition::Any(
                chs.iter()
                    .map(|ch| Condition::Is(q.clone(), ch.clone()))
                    .collect(),
            );
            to_dnf(&any, negated)
        }
        Condition::Answered(q) => lit(Atom::Answered(q.clone())),
        Condition::AtLeast(q, n) => lit(Atom::AtLeast(q.clone(), *n)),
        Condition::Below(q, n) => lit(Atom::Below(q.clone(), *n)),
        Condition::AnyRow(q, t) => lit(Atom::Opaque(format!("{t:?}"), Some(q.clone()))),
        Condition::EveryRow(q, t) => lit(Atom::Opaque(format!("every {t:?}"), Some(q.clone()))),
        Condition::Transfer(s) => lit(Atom::Opaque(format!("transfer {s:?}"), None)),
        Condition::Screening(v) => lit(Atom::Opaque(format!("screening {v:?}"), None)),
        Condition::Procedure(p) => lit(Atom::Opaque(format!("procedure {p:?}"), None)),
        Condition::Processes(cat) => lit(Atom::Opaque(format!("processes {cat}"), None)),
        Condition::Not(inner) => to_dnf(inner, !negated),
        Condition::All(cs) | Condition::Any(cs) => {
            let conjunctive = matches!(c, Condition::All(_)) != negated;
            if conjunctive {
                let mut acc: Dnf = vec![vec![]];
                for c in cs {
                    acc = and(&acc, &to_dnf(c, negated)?)?;
                }
                Some(acc)
            } else {
                let mut acc: Dnf = Vec::new();
                for c in cs {
                    acc.extend(to_dnf(c, negated)?);
                    if acc.len() > MAX_TERMS {
                        return None;
                    }
                }
                Some(acc)
            }
        }
    }
}
