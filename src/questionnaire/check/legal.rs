//! The checks that keep legal conclusions honest: a duty is met only by evidence of the
//! act, never by an answer that states an opinion; a transfer is in force only with its
//! evidence; the notify-or-authorise triggers, the screening criteria and the content of
//! a notification refer to what exists; and citations say how far they are verified.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, Owner};
use crate::questionnaire::model::*;

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
        for c in citations(self.q) {
            if !c.verified && c.level.is_some_and(|l| l != Level::Unverified) {
                let at = self
                    .map
                    .find_text(&format!("instrument: \"{}\"", c.instrument));
                self.error(
                    at,
                    format!(
                        "the citation of {} says both `verified: false` and `level: {}`",
                        c.label(),
                        c.level().key()
                    ),
                    "keep `level` alone: verified, confirmed or unverified",
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
                        format!(
                            "{}: evidence '{e}' is a choice, not evidence of an act",
                            o.describe()
                        ),
                        "name a Date, Text or Number question: the filing date, the DSPDP's reference, the authorisation number",
                    );
                }
            }
            if let Some(m) = &ob.met {
                if ob.evidence.is_empty() && !self.rests_on_evidence(m, true) {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!(
                            "{} can be met by answers that state an opinion alone",
                            o.describe()
                        ),
                        "add `evidence: [\"…\"]` naming the Date, Text or Number questions that prove the act (a date, a reference, a number)",
                    );
                }
                if ob.needs.is_blank() {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        format!("{} does not say what evidence would meet it", o.describe()),
                        "fill in `needs`, e.g. \"the filing date and the DSPDP's reference\"",
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
                        format!(
                            "{}: a belief must say what a lawyer should confirm",
                            o.describe()
                        ),
                        "fill in the belief's `confirm`",
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
            self.error(
                at,
                format!(
                    "{} tests the {name}, but the questionnaire declares no `{name}`",
                    o.describe()
                ),
                format!("declare `{name}: …` (see FORMAT.md) or drop the test"),
            );
        }
    }

    fn rows_question(&mut self, o: Owner<'a>, id: &'a str, columns: &[&'a str]) -> bool {
        let Some(qu) = self.question_ref(o, id) else {
            return false;
        };
        let AnswerKind::Rows(cols) = &qu.kind else {
            let at = self.ref_at(o, id);
            self.error(
                at,
                format!("{}: '{id}' is not a rows question", o.describe()),
                "name a question of kind Rows",
            );
            return false;
        };
        for c in columns {
            if !cols.iter().any(|k| k.id == *c) {
                let at = self.ref_at(o, c);
                self.error(
                    at,
                    format!("{}: '{id}' has no column '{c}'", o.describe()),
                    format!("use one of: {}", super::col_ids(cols)),
                );
            }
        }
        true
    }

    fn transfers(&mut self) {
        let Some(t) = &self.q.transfers else {
            return;
        };
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
                            format!("transfers: column '{}' has no choice '{b}'", t.basis),
                            format!("use one of: {}", ids.join(", ")),
                        );
                    }
                }
                self.condition(o, &r.when);
                if mentions_transfer(&r.when) {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        "transfers: a requirement cannot itself test transfers",
                        "test the answers that prove the basis (a consent record, a date), not Transfer(…)",
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
                "transfers: a basis can be in force without evidence",
                "every `in_force` alternative needs a Filled(\"…\") test on the column holding the date or reference of the DSPDP's act",
            );
        }
    }

    fn screening(&mut self) {
        let Some(s) = &self.q.screening else {
            return;
        };
        if s.likely_at == 0 {
            let at = self.owner_at(Owner::Part("screening", ""));
            self.error(
                at,
                "screening: likely_at must be at least 1",
                "WP248 counts two or more criteria as likely needing an assessment",
            );
        }
        let mut ids = BTreeSet::new();
        for c in s.criteria.iter().chain(&s.required).chain(&s.signs) {
            let o = Owner::Part("screening criterion", &c.id);
            if !ids.insert(c.id.as_str()) {
                let at = self.owner_at(o);
                self.error(at, format!("{} is declared twice", o.describe()), "");
            }
            self.condition(o, &c.when);
            if c.title.is_blank() {
                let at = self.owner_at(o);
                self.error(at, format!("{} has no title", o.describe()), "");
            }
        }
    }

    fn filing(&mut self) {
        let Some(f) = &self.q.filing else {
            return;
        };
        let o = Owner::Part("filing", "");
        let cols = [f.name.as_str(), f.ground.as_str(), f.categories.as_str()];
        let ok = self.rows_question(o, &f.purposes, &cols);
        if !f.notify.cite.iter().any(|c| c.level().justifies()) {
            let at = self.owner_at(o);
            self.error(
                at,
                "filing: the reason to notify cites no verified or confirmed article",
                "cite Law 8/2005, Art 21",
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
                        format!(
                            "{} tests data flows, but the questionnaire declares no `transfers`",
                            o.describe()
                        ),
                        "declare `transfers` or drop the test",
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
                    format!("{} cites no verified or confirmed article", o.describe()),
                    "an authorisation may only be required on a verified or confirmed citation",
                );
            }
        }
    }

    fn notification_items(&mut self) {
        for i in &self.q.notification {
            let o = Owner::Part("notification item", &i.id);
            self.condition(o, &i.complete);
            if i.missing.is_blank() {
                let at = self.owner_at(o);
                self.warn(
                    at,
                    format!("{} does not say what to answer to fill it", o.describe()),
                    "fill in `missing`",
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
