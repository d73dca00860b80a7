//! The checks that keep legal conclusions honest: a duty is met only by evidence of the
//! act, never by an answer that states an opinion; a transfer is in force only with its
//! evidence; the notify-or-authorise triggers, the screening criteria and the content of
//! a notification refer to what exists; and citations say how far they are verified.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, Owner};
use crate::questionnaire::model::*;
use crate::tr;

/// How many citations a questionnaire holds at each level.
pub fn levels(q: &Questionnaire) -> BTreeMap<Level, usize> {
    let mut out = BTreeMap::new();
    for c in citations(q) {
        *out.entry(c.level()).or_insert(0) += 1;
    }
    out
}

fn citations(q: &Questionnaire) -> Vec<&Citation> {
    let mut out: Vec<&Citation> = Vec::new();
    for c in &q.categories {
        if let Some(s) = &c.sensitive {
            out.extend(&s.cite);
        }
    }
    for (_, qu) in q.questions() {
        out.extend(&qu.cite);
    }
    out.extend(q.rules.iter().flat_map(|r| &r.cite));
    out.extend(q.obligations.iter().flat_map(|o| &o.cite));
    out.extend(q.actions.iter().flat_map(|a| &a.cite));
    if let Some(s) = &q.screening {
        out.extend(
            s.criteria
                .iter()
                .chain(&s.required)
                .chain(&s.signs)
                .flat_map(|c| &c.cite),
        );
    }
    if let Some(f) = &q.filing {
        out.extend(&f.notify.cite);
        out.extend(f.authorise.iter().flat_map(|t| &t.cite));
    }
    out.extend(q.notification.iter().flat_map(|i| &i.cite));
    out
}

impl<'a> Checker<'a> {
    pub(super) fn legal(&mut self) {
        self.citation_levels();
        self.evidence();
        self.transfers();
        self.screening();
        self.filing();
        self.notification_items();
    }

    fn citation_levels(&mut self) {
        let l = self.lang;
        for c in citations(self.q) {
            if !c.verified && c.level.is_some_and(|l| l != Level::Unverified) {
                let at = self
                    .map
                    .find_text(&format!("instrument: \"{}\"", c.instrument));
                self.error(
                    at,
                    tr!(
                        l,
                        "check-citation-both",
                        citation = c.label(),
                        level = c.level().key()
                    ),
                    tr!(l, "check-citation-both-hint"),
                );
            }
        }
    }

    /// A question whose answer can prove an act: a date, a reference, a number.
    fn is_evidence_kind(kind: &AnswerKind) -> bool {
        matches!(
            kind,
            AnswerKind::Date | AnswerKind::Text { .. } | AnswerKind::Number { .. }
        )
    }

    /// Does this condition, where it holds, rest on evidence: an answered date, text or
    /// number, a filled cell, or a transfer in force (whose state requires a filled cell)?
    fn rests_on_evidence(&self, c: &Condition, positive: bool) -> bool {
        match c {
            Condition::Answered(q) if positive => self
                .q
                .question(q)
                .is_some_and(|qu| Self::is_evidence_kind(&qu.kind)),
            Condition::AnyRow(_, tests) | Condition::EveryRow(_, tests) if positive => {
                tests.iter().any(|t| matches!(t, RowTest::Filled(_)))
            }
            Condition::Transfer(states) if !positive => {
                // "No transfer is anything but in force": every in-force alternative
                // must demand a filled cell.
                !states.contains(&TransferState::InForce)
                    && self.q.transfers.as_ref().is_some_and(|t| {
                        !t.in_force.is_empty()
                            && t.in_force
                                .iter()
                                .all(|alt| alt.iter().any(|x| matches!(x, RowTest::Filled(_))))
                    })
            }
            Condition::All(cs) if positive => cs.iter().any(|c| self.rests_on_evidence(c, true)),
            Condition::Any(cs) if positive => cs.iter().all(|c| self.rests_on_evidence(c, true)),
            Condition::All(cs) => cs.iter().all(|c| self.rests_on_evidence(c, false)),
            Condition::Any(cs) => cs.iter().any(|c| self.rests_on_evidence(c, false)),
            Condition::Not(inner) => self.rests_on_evidence(inner, !positive),
            _ => false,
        }
    }

    fn evidence(&mut self) {
        let l = self.lang;
        for ob in &self.q.obligations {
            let o = Owner::Obligation(&ob.id);
            for e in &ob.evidence {
                let Some(qu) = self.question_ref(o, e) else {
                    continue;
                };
                if !Self::is_evidence_kind(&qu.kind) {
                    let at = self.ref_at(o, e);
                    self.error(
                        at,
                        tr!(
                            l,
                            "check-evidence-is-choice",
                            owner = o.describe(l),
                            question = e.as_str()
                        ),
                        tr!(l, "check-evidence-is-choice-hint"),
                    );
                }
            }
            for e in &ob.shows {
                self.question_ref(o, e);
            }
            if let Some(m) = &ob.met {
                if ob.evidence.is_empty() && !self.rests_on_evidence(m, true) {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-met-by-opinion", owner = o.describe(l)),
                        tr!(l, "check-met-by-opinion-hint"),
                    );
                }
                if ob.needs.is_blank() {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        tr!(l, "check-no-needs", owner = o.describe(l)),
                        tr!(l, "check-no-needs-hint"),
                    );
                }
            }
            if let Some(a) = &ob.awaiting {
                self.condition(o, a);
            }
            if let Some(b) = &ob.belief {
                self.condition(o, &b.when);
                if let Some(r) = &b.reason {
                    self.question_ref(o, r);
                }
                if b.confirm.is_blank() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-belief-no-confirm", owner = o.describe(l)),
                        tr!(l, "check-belief-no-confirm-hint"),
                    );
                }
            }
        }
    }

    /// A condition on transfers, the screening or the purposes needs the questionnaire
    /// to say how those are decided.
    pub(super) fn derived_ref(&mut self, o: Owner<'a>, c: &Condition) {
        let (missing, name) = match c {
            Condition::Transfer(_) => (self.q.transfers.is_none(), "transfers"),
            Condition::Screening(_) => (self.q.screening.is_none(), "screening"),
            Condition::Procedure(_) => (self.q.filing.is_none(), "filing"),
            _ => return,
        };
        if missing {
            let at = self.owner_at(o);
            let l = self.lang;
            self.error(
                at,
                tr!(
                    l,
                    "check-derived-undeclared",
                    owner = o.describe(l),
                    part = name
                ),
                tr!(l, "check-derived-undeclared-hint", part = name),
            );
        }
    }

    pub(super) fn rows_question(&mut self, o: Owner<'a>, id: &'a str, columns: &[&'a str]) -> bool {
        let l = self.lang;
        let Some(qu) = self.question_ref(o, id) else {
            return false;
        };
        let AnswerKind::Rows(cols) = &qu.kind else {
            let at = self.ref_at(o, id);
            self.error(
                at,
                tr!(l, "check-not-rows", owner = o.describe(l), question = id),
                tr!(l, "check-not-rows-hint"),
            );
            return false;
        };
        for c in columns {
            if !cols.iter().any(|k| k.id == *c) {
                let at = self.ref_at(o, c);
                self.error(
                    at,
                    tr!(
                        l,
                        "check-no-such-column",
                        owner = o.describe(l),
                        question = id,
                        column = *c
                    ),
                    tr!(l, "check-use-one-of", ids = super::col_ids(cols)),
                );
            }
        }
        true
    }

    fn transfers(&mut self) {
        let Some(t) = &self.q.transfers else {
            return;
        };
        let l = self.lang;
        let o = Owner::Part("transfers", "");
        let cols = [t.categories.as_str(), t.location.as_str(), t.basis.as_str()];
        if !self.rows_question(o, &t.question, &cols) {
            return;
        }
        let qu = self.q.question(&t.question).expect("checked above");
        for alt in t
            .inside
            .iter()
            .chain(&t.in_force)
            .chain(&t.applied)
            .chain(&t.claimed)
        {
            self.row_tests(o, qu, alt);
        }
        if let AnswerKind::Rows(cols) = &qu.kind
            && let Some(basis) = cols.iter().find(|c| c.id == t.basis)
        {
            let ids = basis.kind.choice_ids(self.q).unwrap_or_default();
            for r in &t.requires {
                for b in &r.basis {
                    if !ids.contains(&b.as_str()) {
                        let at = self.ref_at(o, b);
                        self.error(
                            at,
                            tr!(
                                l,
                                "check-transfers-no-choice",
                                column = t.basis.as_str(),
                                choice = b.as_str()
                            ),
                            tr!(l, "check-use-one-of", ids = ids.join(", ")),
                        );
                    }
                }
                self.condition(o, &r.when);
                if mentions_transfer(&r.when) {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-transfers-requirement-loops"),
                        tr!(l, "check-transfers-requirement-loops-hint"),
                    );
                }
            }
        }
        if t.in_force.is_empty()
            || t.in_force
                .iter()
                .any(|alt| !alt.iter().any(|x| matches!(x, RowTest::Filled(_))))
        {
            let at = self.owner_at(o);
            self.error(
                at,
                tr!(l, "check-transfers-in-force-unproven"),
                tr!(l, "check-transfers-in-force-unproven-hint"),
            );
        }
    }

    fn screening(&mut self) {
        let Some(s) = &self.q.screening else {
            return;
        };
        let l = self.lang;
        if s.likely_at == 0 {
            let at = self.owner_at(Owner::Part("screening", ""));
            self.error(
                at,
                tr!(l, "check-screening-likely-at"),
                tr!(l, "check-screening-likely-at-hint"),
            );
        }
        let mut ids = BTreeSet::new();
        for c in s.criteria.iter().chain(&s.required).chain(&s.signs) {
            let o = Owner::Part("screening criterion", &c.id);
            if !ids.insert(c.id.as_str()) {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-declared-twice", owner = o.describe(l)),
                    "",
                );
            }
            self.condition(o, &c.when);
            if c.title.is_blank() {
                let at = self.owner_at(o);
                self.error(at, tr!(l, "check-no-title", owner = o.describe(l)), "");
            }
        }
    }

    fn filing(&mut self) {
        let Some(f) = &self.q.filing else {
            return;
        };
        let l = self.lang;
        let o = Owner::Part("filing", "");
        let cols = [f.name.as_str(), f.ground.as_str(), f.categories.as_str()];
        let ok = self.rows_question(o, &f.purposes, &cols);
        if !f.notify.cite.iter().any(|c| c.level().justifies()) {
            let at = self.owner_at(o);
            self.error(
                at,
                tr!(l, "check-filing-notify-cite"),
                tr!(l, "check-filing-notify-cite-hint"),
            );
        }
        for t in &f.authorise {
            let o = Owner::Part("filing trigger", &t.id);
            if ok {
                let qu = self.q.question(&f.purposes).expect("checked above");
                self.row_tests(o, qu, &t.row);
            }
            if let Some(w) = &t.when {
                self.condition(o, w);
            }
            match (&self.q.transfers, t.flows.is_empty()) {
                (_, true) => {}
                (None, false) => {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-flows-undeclared", owner = o.describe(l)),
                        tr!(l, "check-flows-undeclared-hint"),
                    );
                }
                (Some(tr), false) => {
                    if let Some(qu) = self.q.question(&tr.question) {
                        for alt in &t.flows {
                            self.row_tests(o, qu, alt);
                        }
                    }
                }
            }
            if !t.cite.iter().any(|c| c.level().justifies()) {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-no-verified-cite", owner = o.describe(l)),
                    tr!(l, "check-authorise-cite-hint"),
                );
            }
        }
    }

    fn notification_items(&mut self) {
        let l = self.lang;
        for i in &self.q.notification {
            let o = Owner::Part("notification item", &i.id);
            self.condition(o, &i.complete);
            if i.missing.is_blank() {
                let at = self.owner_at(o);
                self.warn(
                    at,
                    tr!(l, "check-notification-no-missing", owner = o.describe(l)),
                    tr!(l, "check-notification-no-missing-hint"),
                );
            }
        }
    }
}

fn mentions_transfer(c: &Condition) -> bool {
    match c {
        Condition::Transfer(_) => true,
        Condition::All(cs) | Condition::Any(cs) => cs.iter().any(mentions_transfer),
        Condition::Not(c) => mentions_transfer(c),
        _ => false,
    }
}
