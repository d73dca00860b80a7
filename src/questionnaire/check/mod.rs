//! `farol questionnaire check`: every problem in a questionnaire, located by file, line
//! and column, with what to do about it.
//!
//! Besides references and duplicates, the check enforces what makes the risk model
//! trustworthy: a question that moves a score must explain itself (help and a verified
//! citation), conditions look only backwards (so there are no cycles and one pass decides
//! what is shown), and a protective measure can never make a figure worse, because
//! nothing that raises a figure may depend on a measure's answer.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Serialize;

mod effects;
mod filing;
mod instruments;
mod langs;
mod legal;
mod measures;
mod reach;
mod refs;
mod source_map;
mod texts;

use source_map::SourceMap;

use super::load::{self, LoadError, Loaded};
use super::model::*;
use super::text;
use crate::i18n::Lang;
use crate::location::Location;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub message: String,
    pub hint: String,
}

impl Problem {
    /// The problem as a line (and its hint), with "error", "warning" and "hint" in `lang`
    /// (the message and hint are in the language the check was run in).
    pub fn render(&self, lang: Lang) -> String {
        let at = self.at.to_string();
        let mut out = match self.severity {
            Severity::Error => tr!(
                lang,
                "check-line-error",
                at = at,
                message = self.message.as_str()
            ),
            Severity::Warning => tr!(
                lang,
                "check-line-warning",
                at = at,
                message = self.message.as_str()
            ),
        };
        if !self.hint.is_empty() {
            out.push('\n');
            out.push_str(&tr!(lang, "check-line-hint", hint = self.hint.as_str()));
        }
        out
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The outcome of checking one file.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub file: String,
    pub id: Option<String>,
    pub version: Option<String>,
    pub fingerprint: Option<String>,
    pub questions: usize,
    /// How many citations the file holds at each level: verified, confirmed, unverified.
    pub levels: BTreeMap<Level, usize>,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
    pub fn passed(&self) -> bool {
        self.errors() == 0
    }
}

/// Parses and validates questionnaire source.
pub fn check_source(file: &str, source: &str) -> Report {
    check_source_in(file, source, Lang::En)
}

/// `check_source`, with the problems worded in `lang`. What is found, where, and whether
/// the file passes never depend on the language.
pub fn check_source_in(file: &str, source: &str, lang: Lang) -> Report {
    match load::parse(file, source) {
        Ok(loaded) => {
            let problems = validate_in(&loaded, lang);
            Report {
                file: file.to_string(),
                id: Some(loaded.questionnaire.id.clone()),
                version: Some(loaded.questionnaire.version.clone()),
                fingerprint: Some(loaded.fingerprint.clone()),
                questions: loaded.questionnaire.question_count(),
                levels: legal::levels(&loaded.questionnaire),
                problems,
            }
        }
        Err(LoadError::Syntax { at, message, hint }) => unreadable(file, at, message, hint),
        Err(e @ LoadError::Io { .. }) => unreadable(
            file,
            Location::new(file, 0, 0),
            e.to_string(),
            String::new(),
        ),
    }
}

/// The report on a file that could not be read or parsed: one error, nothing else known.
fn unreadable(file: &str, at: Location, message: String, hint: String) -> Report {
    Report {
        file: file.to_string(),
        id: None,
        version: None,
        fingerprint: None,
        questions: 0,
        levels: BTreeMap::new(),
        problems: vec![Problem {
            severity: Severity::Error,
            at,
            message,
            hint,
        }],
    }
}

/// Semantic checks on a questionnaire that parsed.
pub fn validate(loaded: &Loaded) -> Vec<Problem> {
    validate_in(loaded, Lang::En)
}

/// `validate`, with the problems worded in `lang`.
pub fn validate_in(loaded: &Loaded, lang: Lang) -> Vec<Problem> {
    let mut c = Checker::new(loaded, lang);
    c.run();
    c.problems.sort_by(|a, b| {
        (a.at.line, a.at.column, a.severity, &a.message).cmp(&(
            b.at.line,
            b.at.column,
            b.severity,
            &b.message,
        ))
    });
    c.problems.dedup();
    c.problems
}

/// Who owns a condition, effect or reference: used to locate problems.
#[derive(Clone, Copy)]
enum Owner<'a> {
    Question(&'a str),
    /// A part of the questionnaire outside sections: `screening`, `transfers`, `filing`,
    /// `notification`, with the id of the item inside it.
    Part(&'static str, &'a str),
    Section(&'a str),
    Category(&'a str),
    Rule(&'a str),
    Obligation(&'a str),
    Action(&'a str),
}

impl Owner<'_> {
    fn id(&self) -> &str {
        match self {
            Owner::Question(i)
            | Owner::Section(i)
            | Owner::Category(i)
            | Owner::Rule(i)
            | Owner::Obligation(i)
            | Owner::Action(i)
            | Owner::Part(_, i) => i,
        }
    }
    /// What the owner is, in words: `question 'q1'`, `rule 'r2'`, `transfers`…
    fn describe(&self, lang: Lang) -> String {
        match *self {
            Owner::Question(id) => tr!(lang, "check-owner-question", id = id),
            Owner::Section(id) => tr!(lang, "check-owner-section", id = id),
            Owner::Category(id) => tr!(lang, "check-owner-category", id = id),
            Owner::Rule(id) => tr!(lang, "check-owner-rule", id = id),
            Owner::Obligation(id) => tr!(lang, "check-owner-obligation", id = id),
            Owner::Action(id) => tr!(lang, "check-owner-action", id = id),
            Owner::Part("transfers", _) => tr!(lang, "check-owner-transfers"),
            Owner::Part("screening", _) => tr!(lang, "check-owner-screening"),
            Owner::Part("filing", _) => tr!(lang, "check-owner-filing"),
            Owner::Part("screening criterion", id) => {
                tr!(lang, "check-owner-screening-criterion", id = id)
            }
            Owner::Part("filing trigger", id) => tr!(lang, "check-owner-filing-trigger", id = id),
            Owner::Part("notification item", id) => {
                tr!(lang, "check-owner-notification-item", id = id)
            }
            Owner::Part(p, "") => p.to_string(),
            Owner::Part(p, id) => format!("{p} '{id}'"),
        }
    }
}

struct Checker<'a> {
    q: &'a Questionnaire,
    map: SourceMap<'a>,
    owners: BTreeSet<&'a str>,
    /// Question id → position in asking order.
    order: BTreeMap<&'a str, usize>,
    problems: Vec<Problem>,
    /// The language the problems are worded in.
    lang: Lang,
    /// A display cycle or a forward reference was found (then reachability is not
    /// reasoned about).
    cycle_or_forward: bool,
}

const MAX_TERMS: usize = 512;

impl<'a> Checker<'a> {
    fn new(loaded: &'a Loaded, lang: Lang) -> Self {
        let q = &loaded.questionnaire;
        let map = SourceMap::new(&loaded.file, &loaded.source);
        let mut owners: BTreeSet<&str> = BTreeSet::new();
        for s in &q.sections {
            owners.insert(&s.id);
        }
        for (_, qu) in q.questions() {
            owners.insert(&qu.id);
        }
        for c in &q.categories {
            owners.insert(&c.id);
        }
        for r in &q.rules {
            owners.insert(&r.id);
        }
        for o in &q.obligations {
            owners.insert(&o.id);
        }
        for a in &q.actions {
            owners.insert(&a.id);
        }
        let mut order = BTreeMap::new();
        for (i, (_, qu)) in q.questions().enumerate() {
            order.entry(qu.id.as_str()).or_insert(i);
        }
        Checker {
            q,
            map,
            owners,
            order,
            problems: Vec::new(),
            lang,
            cycle_or_forward: false,
        }
    }

    fn error(&mut self, at: Location, message: impl Into<String>, hint: impl Into<String>) {
        self.problems.push(Problem {
            severity: Severity::Error,
            at,
            message: message.into(),
            hint: hint.into(),
        });
    }

    fn warn(&mut self, at: Location, message: impl Into<String>, hint: impl Into<String>) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            at,
            message: message.into(),
            hint: hint.into(),
        });
    }

    fn owner_at(&self, owner: Owner) -> Location {
        if let Owner::Part(p, "") = owner {
            return self.map.find_text(&format!("{p}:"));
        }
        match self.map.decl(owner.id(), 0) {
            Some(o) => self.map.at(o),
            None => Location::new(self.map.file, 1, 1),
        }
    }

    fn ref_at(&self, owner: Owner, needle: &str) -> Location {
        self.map.find_in(owner.id(), &self.owners, needle)
    }

    fn run(&mut self) {
        self.header();
        self.duplicates();
        self.matrix();
        self.texts();
        self.text_languages();
        self.categories();
        self.questions();
        self.rules();
        self.obligations_and_actions();
        self.legal();
        self.filing_map();
        self.instruments();
        self.ordering_and_cycles();
        self.never_shown();
        self.measures_cannot_raise();
        self.measures_can_move();
    }

    fn header(&mut self) {
        let l = self.lang;
        if self.q.id.trim().is_empty() {
            let at = self.map.find_text("id:");
            self.error(at, tr!(l, "check-no-id"), tr!(l, "check-no-id-hint"));
        }
        if self.q.version.trim().is_empty() {
            let at = self.map.find_text("version:");
            self.error(
                at,
                tr!(l, "check-no-version"),
                tr!(l, "check-no-version-hint"),
            );
        }
        if !self.q.languages.iter().any(|l| l == text::BASE_LANGUAGE) {
            let at = self.map.find_text("languages:");
            self.error(
                at,
                tr!(l, "check-no-english"),
                tr!(l, "check-no-english-hint"),
            );
        }
        if self.q.categories.is_empty() {
            let at = self.map.find_text("categories:");
            self.error(
                at,
                tr!(l, "check-no-categories"),
                tr!(l, "check-no-categories-hint"),
            );
        }
    }

    fn matrix(&mut self) {
        let l = self.lang;
        let m = &self.q.matrix;
        if m.len() != 4 || m.iter().any(|row| row.len() != 4) {
            let at = self.map.find_text("matrix:");
            self.error(
                at,
                tr!(l, "check-matrix-shape"),
                tr!(l, "check-matrix-shape-hint"),
            );
            return;
        }
        for s in 0..4 {
            for l in 0..4 {
                let worse_than_right = l < 3 && m[s][l] > m[s][l + 1];
                let worse_than_below = s < 3 && m[s][l] > m[s + 1][l];
                if worse_than_right || worse_than_below {
                    let at = self.map.find_text("matrix:");
                    let lang = self.lang;
                    self.error(
                        at,
                        tr!(lang, "check-matrix-decreases", row = s + 1, column = l + 1),
                        tr!(lang, "check-matrix-decreases-hint"),
                    );
                    return;
                }
            }
        }
    }

    fn categories(&mut self) {
        let l = self.lang;
        for c in &self.q.categories {
            let o = Owner::Category(&c.id);
            self.condition(o, &c.in_scope);
            if let Some(s) = &c.sensitive {
                if s.because.is_blank() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-sensitive-no-reason", owner = o.describe(l)),
                        tr!(l, "check-sensitive-no-reason-hint"),
                    );
                }
                if !s.cite.is_empty() && !s.cite.iter().any(|c| c.level().justifies()) {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        tr!(l, "check-sensitive-unverified", owner = o.describe(l)),
                        tr!(l, "check-sensitive-unverified-hint"),
                    );
                }
            }
        }
    }

    fn questions(&mut self) {
        let q = self.q;
        let l = self.lang;
        for s in &q.sections {
            if let Some(c) = &s.show_if {
                self.condition(Owner::Section(&s.id), c);
            }
            if s.questions.is_empty() {
                let at = self.owner_at(Owner::Section(&s.id));
                self.warn(
                    at,
                    tr!(l, "check-section-empty", id = s.id.as_str()),
                    tr!(l, "check-section-empty-hint"),
                );
            }
        }
        let referenced = self.referenced_by_rules();
        for (_, qu) in q.questions() {
            let o = Owner::Question(&qu.id);
            if let Some(c) = &qu.show_if {
                self.condition(o, c);
            }
            if let AnswerKind::Single(cs) | AnswerKind::Multi(cs) = &qu.kind
                && cs.is_empty()
            {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-no-choices", owner = o.describe(l)),
                    tr!(l, "check-no-choices-hint"),
                );
            }
            if let AnswerKind::Number {
                min: Some(lo),
                max: Some(hi),
                ..
            } = qu.kind
                && lo > hi
            {
                let at = self.map.find_field_in(&qu.id, &self.owners, "min");
                self.error(
                    at,
                    tr!(
                        l,
                        "check-min-above-max",
                        owner = o.describe(l),
                        min = lo.to_string(),
                        max = hi.to_string()
                    ),
                    tr!(l, "check-min-above-max-hint"),
                );
            }
            if let AnswerKind::Rows(cols) = &qu.kind
                && cols.is_empty()
            {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-no-columns", owner = o.describe(l)),
                    tr!(l, "check-no-columns-hint"),
                );
            }
            for e in &qu.effects {
                self.effect(o, Some(qu), e, false);
            }
            let affects = !qu.effects.is_empty() || referenced.contains(qu.id.as_str());
            if affects {
                if qu.help.is_blank() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-risk-no-help", owner = o.describe(l)),
                        tr!(l, "check-risk-no-help-hint"),
                    );
                }
                if !qu.cite.iter().any(|c| c.level().justifies()) {
                    let at = self.owner_at(o);
                    let msg = if qu.cite.is_empty() {
                        tr!(l, "check-risk-no-cite", owner = o.describe(l))
                    } else {
                        tr!(l, "check-risk-unverified-cite", owner = o.describe(l))
                    };
                    self.error(at, msg, tr!(l, "check-risk-cite-hint"));
                }
                if qu.example.is_blank() {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        tr!(l, "check-risk-no-example", owner = o.describe(l)),
                        tr!(l, "check-risk-no-example-hint"),
                    );
                }
            }
        }
    }

    /// Questions named in the conditions of rules, obligations and category scopes: their
    /// answers move the model as surely as effects do.
    fn referenced_by_rules(&self) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        for c in &self.q.categories {
            super::derived::direct(&c.in_scope, &mut out);
        }
        for r in &self.q.rules {
            super::derived::direct(&r.when, &mut out);
            if let Target::Rows { question, .. } = r.effect.target() {
                out.insert(question.as_str());
            }
        }
        for o in &self.q.obligations {
            super::derived::direct(&o.when, &mut out);
        }
        // Actions only recommend: they move no figure and impose no duty, so the
        // questions they test need no verified citation.
        out
    }

    fn rules(&mut self) {
        let l = self.lang;
        for r in &self.q.rules {
            let o = Owner::Rule(&r.id);
            self.condition(o, &r.when);
            self.effect(o, None, &r.effect, true);
            if !r.cite.iter().any(|c| c.level().justifies()) {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-no-verified-cite", owner = o.describe(l)),
                    tr!(l, "check-rule-cite-hint"),
                );
            }
        }
    }

    fn obligations_and_actions(&mut self) {
        let l = self.lang;
        for ob in &self.q.obligations {
            let o = Owner::Obligation(&ob.id);
            self.condition(o, &ob.when);
            if let Some(m) = &ob.met {
                self.condition(o, m);
            }
            if !ob.cite.iter().any(|c| c.level().justifies()) {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "check-no-verified-cite", owner = o.describe(l)),
                    tr!(l, "check-obligation-cite-hint"),
                );
            }
        }
        for a in &self.q.actions {
            self.condition(Owner::Action(&a.id), &a.when);
        }
    }

    /// The questions a condition depends on, with `Processes` expanded to the questions
    /// that decide the category's scope.
    fn deps(&self, c: &'a Condition) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        super::derived::deps(c, self.q, &mut out);
        out
    }
}

fn col_ids(cols: &[Column]) -> String {
    cols.iter()
        .map(|c| c.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn cat_refs<'a>(c: &'a Condition, out: &mut BTreeSet<&'a str>) {
    match c {
        Condition::Processes(cat) => {
            out.insert(cat);
        }
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| cat_refs(c, out)),
        Condition::Not(c) => cat_refs(c, out),
        _ => {}
    }
}

/// The closest id by edit distance, for "did you mean" hints.
fn closest<'a>(id: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(id, c), c))
        .filter(|(d, c)| *d <= 3.max(c.len() / 4))
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

// Conditions in disjunctive normal form, for deciding whether a question can be shown.
