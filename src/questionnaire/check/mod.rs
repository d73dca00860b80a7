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

mod legal;

use super::load::{self, LoadError, Loaded};
use super::model::*;
use crate::location::Location;
use crate::scale::Steps;

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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {sev}: {}", self.at, self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n  hint: {}", self.hint)?;
        }
        Ok(())
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
    match load::parse(file, source) {
        Ok(loaded) => {
            let problems = validate(&loaded);
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
        Err(LoadError::Syntax { at, message, hint }) => Report {
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
        },
        Err(e @ LoadError::Io { .. }) => Report {
            file: file.to_string(),
            id: None,
            version: None,
            fingerprint: None,
            questions: 0,
            levels: BTreeMap::new(),
            problems: vec![Problem {
                severity: Severity::Error,
                at: Location::new(file, 0, 0),
                message: e.to_string(),
                hint: String::new(),
            }],
        },
    }
}

/// Semantic checks on a questionnaire that parsed.
pub fn validate(loaded: &Loaded) -> Vec<Problem> {
    let mut c = Checker::new(loaded);
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

/// Finds where things are declared in the source, since RON keeps no positions for values.
struct SourceMap<'a> {
    file: &'a str,
    source: &'a str,
    /// Every `id: "…"` in the file, in order: (offset of the opening quote, id).
    decls: Vec<(usize, String)>,
}

impl<'a> SourceMap<'a> {
    fn new(file: &'a str, source: &'a str) -> Self {
        let mut decls = Vec::new();
        let bytes = source.as_bytes();
        let mut i = 0;
        while let Some(pos) = source[i..].find("id") {
            let start = i + pos;
            i = start + 2;
            let word_start = start == 0 || !is_ident(bytes[start - 1]);
            if !word_start || bytes.get(start + 2).is_some_and(|b| is_ident(*b)) {
                continue;
            }
            let rest = &source[start + 2..];
            let trimmed = rest.trim_start();
            let Some(after_colon) = trimmed.strip_prefix(':') else {
                continue;
            };
            let value = after_colon.trim_start();
            let Some(body) = value.strip_prefix('"') else {
                continue;
            };
            let Some(end) = body.find('"') else { continue };
            let quote = source.len() - value.len();
            decls.push((quote, body[..end].to_string()));
        }
        SourceMap {
            file,
            source,
            decls,
        }
    }

    fn at(&self, offset: usize) -> Location {
        Location::at_offset(self.file, self.source, offset)
    }

    /// The offset of the `nth` declaration of `id` (0-based).
    fn decl(&self, id: &str, nth: usize) -> Option<usize> {
        self.decls
            .iter()
            .filter(|(_, d)| d == id)
            .nth(nth)
            .map(|(o, _)| *o)
    }

    /// The text span owned by the first declaration of `id`: up to the next declaration
    /// of any id in `owners`.
    fn region(&self, id: &str, owners: &BTreeSet<&str>) -> (usize, usize) {
        let Some(start) = self.decl(id, 0) else {
            return (0, self.source.len());
        };
        let end = self
            .decls
            .iter()
            .find(|(o, d)| *o > start && owners.contains(d.as_str()))
            .map_or(self.source.len(), |(o, _)| *o);
        (start, end)
    }

    /// Where the string literal `"needle"` appears in the region owned by `owner`.
    fn find_in(&self, owner: &str, owners: &BTreeSet<&str>, needle: &str) -> Location {
        let (start, end) = self.region(owner, owners);
        let quoted = format!("\"{needle}\"");
        match self.source[start..end].find(&quoted) {
            Some(i) => self.at(start + i),
            None => self.at(start),
        }
    }

    fn find_field_in(&self, owner: &str, owners: &BTreeSet<&str>, field: &str) -> Location {
        let (start, end) = self.region(owner, owners);
        let pat = format!("{field}:");
        match self.source[start..end].find(&pat) {
            Some(i) => self.at(start + i),
            None => self.at(start),
        }
    }

    fn find_text(&self, needle: &str) -> Location {
        match self.source.find(needle) {
            Some(i) => self.at(i),
            None => Location::new(self.file, 1, 1),
        }
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
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
    fn describe(&self) -> String {
        match self {
            Owner::Question(i) => format!("question '{i}'"),
            Owner::Section(i) => format!("section '{i}'"),
            Owner::Category(i) => format!("category '{i}'"),
            Owner::Rule(i) => format!("rule '{i}'"),
            Owner::Obligation(i) => format!("obligation '{i}'"),
            Owner::Action(i) => format!("action '{i}'"),
            Owner::Part(p, "") => p.to_string(),
            Owner::Part(p, i) => format!("{p} '{i}'"),
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
}

const MAX_TERMS: usize = 512;

impl<'a> Checker<'a> {
    fn new(loaded: &'a Loaded) -> Self {
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
        self.categories();
        self.questions();
        self.rules();
        self.obligations_and_actions();
        self.legal();
        self.ordering_and_cycles();
        self.never_shown();
        self.measures_cannot_raise();
    }

    fn header(&mut self) {
        if self.q.id.trim().is_empty() {
            let at = self.map.find_text("id:");
            self.error(
                at,
                "the questionnaire has no id",
                "give it a short stable id, e.g. \"macau-pdpa\"",
            );
        }
        if self.q.version.trim().is_empty() {
            let at = self.map.find_text("version:");
            self.error(
                at,
                "the questionnaire has no version",
                "set a version such as \"1.0.0\" and raise it on every change",
            );
        }
        if !self.q.languages.iter().any(|l| l == text::BASE_LANGUAGE) {
            let at = self.map.find_text("languages:");
            self.error(
                at,
                "English (\"en\") is missing from `languages`",
                "English is the base language every text must have",
            );
        }
        if self.q.categories.is_empty() {
            let at = self.map.find_text("categories:");
            self.error(
                at,
                "no data categories are declared",
                "declare at least one category, e.g. biometric, health, location",
            );
        }
    }

    fn duplicates(&mut self) {
        let mut ids: Vec<(&str, &str)> = Vec::new();
        ids.extend(self.q.sections.iter().map(|s| ("section", s.id.as_str())));
        ids.extend(self.q.questions().map(|(_, q)| ("question", q.id.as_str())));
        ids.extend(
            self.q
                .categories
                .iter()
                .map(|c| ("category", c.id.as_str())),
        );
        ids.extend(self.q.rules.iter().map(|r| ("rule", r.id.as_str())));
        ids.extend(
            self.q
                .obligations
                .iter()
                .map(|o| ("obligation", o.id.as_str())),
        );
        ids.extend(self.q.actions.iter().map(|a| ("action", a.id.as_str())));
        let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for (kind, id) in ids {
            let n = seen.entry((kind, id)).or_insert(0);
            *n += 1;
            if id.trim().is_empty() {
                let at = self.map.find_text("id: \"\"");
                self.error(
                    at,
                    format!("a {kind} has an empty id"),
                    "give it a unique id",
                );
            } else if *n > 1 {
                let nth = *n - 1;
                let at = self
                    .map
                    .decl(id, nth)
                    .map(|o| self.map.at(o))
                    .unwrap_or_else(|| self.map.find_text(id));
                let first = self.map.decl(id, 0).map(|o| self.map.at(o));
                let first = first
                    .map(|l| format!(" (first at line {})", l.line))
                    .unwrap_or_default();
                self.error(
                    at,
                    format!("duplicate {kind} id '{id}'{first}"),
                    format!("every {kind} needs its own id: rename one of them"),
                );
            }
        }
        for (_, qu) in self.q.questions() {
            let owner = Owner::Question(&qu.id);
            let dup = |ids: Vec<&str>, what: &str, this: &mut Self| {
                let mut s = BTreeSet::new();
                for id in ids {
                    if !s.insert(id) {
                        let at = this.ref_at(owner, id);
                        this.error(
                            at,
                            format!("{} has two {what}s with id '{id}'", owner.describe()),
                            format!("give each {what} its own id"),
                        );
                    }
                }
            };
            match &qu.kind {
                AnswerKind::Single(cs) | AnswerKind::Multi(cs) => {
                    dup(cs.iter().map(|c| c.id.as_str()).collect(), "choice", self)
                }
                AnswerKind::Rows(cols) => {
                    dup(cols.iter().map(|c| c.id.as_str()).collect(), "column", self);
                    for col in cols {
                        if let ColumnKind::Single(cs) | ColumnKind::Multi(cs) = &col.kind {
                            dup(cs.iter().map(|c| c.id.as_str()).collect(), "choice", self)
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn matrix(&mut self) {
        let m = &self.q.matrix;
        if m.len() != 4 || m.iter().any(|row| row.len() != 4) {
            let at = self.map.find_text("matrix:");
            self.error(
                at,
                "the risk matrix must have 4 rows (severity) of 4 levels (likelihood)",
                "write one row per severity level, Negligible to Maximum, each with 4 entries",
            );
            return;
        }
        for s in 0..4 {
            for l in 0..4 {
                let worse_than_right = l < 3 && m[s][l] > m[s][l + 1];
                let worse_than_below = s < 3 && m[s][l] > m[s + 1][l];
                if worse_than_right || worse_than_below {
                    let at = self.map.find_text("matrix:");
                    self.error(
                        at,
                        format!(
                            "the risk matrix goes down as severity or likelihood goes up (row {}, column {})",
                            s + 1,
                            l + 1
                        ),
                        "each row and each column must never decrease from Negligible to Maximum",
                    );
                    return;
                }
            }
        }
    }

    fn texts(&mut self) {
        let required = self.q.languages.clone();
        let mut missing: Vec<(Owner, &'static str, String)> = Vec::new();
        let mut need =
            |owner: Owner<'a>, field: &'static str, t: &Text, required: &[String], must: bool| {
                if must && t.is_blank() {
                    missing.push((owner, field, "en".into()));
                    return;
                }
                if t.is_blank() {
                    return;
                }
                for lang in required {
                    if !t.has(lang) {
                        missing.push((owner, field, lang.clone()));
                    }
                }
            };
        for c in &self.q.categories {
            need(Owner::Category(&c.id), "name", &c.name, &required, true);
        }
        for s in &self.q.sections {
            need(Owner::Section(&s.id), "title", &s.title, &required, true);
        }
        for (_, qu) in self.q.questions() {
            let o = Owner::Question(&qu.id);
            need(o, "prompt", &qu.prompt, &required, true);
            need(o, "help", &qu.help, &required, false);
            need(o, "example", &qu.example, &required, false);
            match &qu.kind {
                AnswerKind::Single(cs) | AnswerKind::Multi(cs) => {
                    for ch in cs {
                        need(o, "label", &ch.label, &required, true);
                    }
                }
                AnswerKind::Rows(cols) => {
                    for col in cols {
                        need(o, "label", &col.label, &required, true);
                    }
                }
                _ => {}
            }
            for e in &qu.effects {
                need(o, "because", e.because(), &required, true);
            }
        }
        for r in &self.q.rules {
            need(
                Owner::Rule(&r.id),
                "because",
                r.effect.because(),
                &required,
                true,
            );
        }
        for ob in &self.q.obligations {
            need(
                Owner::Obligation(&ob.id),
                "title",
                &ob.title,
                &required,
                true,
            );
            need(Owner::Obligation(&ob.id), "text", &ob.text, &required, true);
        }
        for a in &self.q.actions {
            need(Owner::Action(&a.id), "title", &a.title, &required, true);
        }
        for (owner, field, lang) in missing {
            let at = self.map.find_field_in(owner.id(), &self.owners, field);
            if lang == text::BASE_LANGUAGE {
                self.error(
                    at,
                    format!("{} has no English `{field}`", owner.describe()),
                    "write the text in English; other languages are optional extras",
                );
            } else {
                self.warn(
                    at,
                    format!(
                        "{} has no '{lang}' translation of `{field}`",
                        owner.describe()
                    ),
                    format!(
                        "add \"{lang}\": \"…\" to the text, or remove '{lang}' from `languages`"
                    ),
                );
            }
        }
    }

    fn categories(&mut self) {
        for c in &self.q.categories {
            let o = Owner::Category(&c.id);
            self.condition(o, &c.in_scope);
            if let Some(s) = &c.sensitive {
                if s.because.is_blank() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{} is sensitive but does not say why", o.describe()),
                        "fill in `because` in plain language",
                    );
                }
                if !s.cite.is_empty() && !s.cite.iter().any(|c| c.level().justifies()) {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        format!(
                            "{} cites only unverified articles for its sensitivity",
                            o.describe()
                        ),
                        "cite a verified article, or none",
                    );
                }
            }
        }
    }

    fn questions(&mut self) {
        let q = self.q;
        for s in &q.sections {
            if let Some(c) = &s.show_if {
                self.condition(Owner::Section(&s.id), c);
            }
            if s.questions.is_empty() {
                let at = self.owner_at(Owner::Section(&s.id));
                self.warn(
                    at,
                    format!("section '{}' has no questions", s.id),
                    "add questions or remove the section",
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
                    format!("{} offers no choices", o.describe()),
                    "list the choices, or use another answer kind",
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
                    format!("{}: min {lo} is above max {hi}", o.describe()),
                    "swap them",
                );
            }
            if let AnswerKind::Rows(cols) = &qu.kind
                && cols.is_empty()
            {
                let at = self.owner_at(o);
                self.error(
                    at,
                    format!("{} has no columns", o.describe()),
                    "declare the columns of each row",
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
                        format!("{} affects the risk model but has no help text", o.describe()),
                        "add `help`: why this matters, in plain language for someone who is not a lawyer",
                    );
                }
                if !qu.cite.iter().any(|c| c.level().justifies()) {
                    let at = self.owner_at(o);
                    let msg = if qu.cite.is_empty() {
                        format!("{} affects the risk model but cites nothing", o.describe())
                    } else {
                        format!(
                            "{} affects the risk model but cites only unverified sources",
                            o.describe()
                        )
                    };
                    self.error(
                        at,
                        msg,
                        "add a `cite` entry at level verified or confirmed: an unverified citation never moves a score",
                    );
                }
                if qu.example.is_blank() {
                    let at = self.owner_at(o);
                    self.warn(
                        at,
                        format!("{} affects the risk model but has no example", o.describe()),
                        "add a concrete `example`",
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
            refs(&c.in_scope, &mut out);
        }
        for r in &self.q.rules {
            refs(&r.when, &mut out);
            if let Target::Rows { question, .. } = r.effect.target() {
                out.insert(question.as_str());
            }
        }
        for o in &self.q.obligations {
            refs(&o.when, &mut out);
        }
        // Actions only recommend: they move no figure and impose no duty, so the
        // questions they test need no verified citation.
        out
    }

    fn rules(&mut self) {
        for r in &self.q.rules {
            let o = Owner::Rule(&r.id);
            self.condition(o, &r.when);
            self.effect(o, None, &r.effect, true);
            if !r.cite.iter().any(|c| c.level().justifies()) {
                let at = self.owner_at(o);
                self.error(
                    at,
                    format!("{} cites no verified or confirmed article", o.describe()),
                    "add a `cite` entry for the article that justifies the rule, at level verified or confirmed: an unverified citation never moves a score",
                );
            }
        }
    }

    fn obligations_and_actions(&mut self) {
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
                    format!("{} cites no verified or confirmed article", o.describe()),
                    "an obligation must name the article that imposes it, at level verified or confirmed: an unverified citation never justifies a duty",
                );
            }
        }
        for a in &self.q.actions {
            self.condition(Owner::Action(&a.id), &a.when);
        }
    }

    fn effect(
        &mut self,
        o: Owner<'a>,
        question: Option<&'a Question>,
        e: &'a Effect,
        in_rule: bool,
    ) {
        let when = e.when();
        if in_rule && !when.is_empty() {
            let at = self.map.find_field_in(o.id(), &self.owners, "when");
            self.error(
                at,
                format!("{}: a rule's effect takes no `when` list", o.describe()),
                "put the condition in the rule's own `when`",
            );
        }
        if let Some(qu) = question {
            match qu.kind.choice_ids(self.q) {
                Some(ids) => {
                    for w in when {
                        if !ids.contains(&w.as_str()) {
                            let at = self.ref_at(o, w);
                            self.error(
                                at,
                                format!("{}: effect names unknown choice '{w}'", o.describe()),
                                format!("use one of: {}", ids.join(", ")),
                            );
                        }
                    }
                }
                None if !when.is_empty() => {
                    let at = self.map.find_field_in(o.id(), &self.owners, "when");
                    self.error(
                        at,
                        format!(
                            "{}: `when` lists choices but the question has none",
                            o.describe()
                        ),
                        "leave `when` empty: the effect then applies to any answer",
                    );
                }
                None => {}
            }
        }
        self.target(o, e.target());
        let zero = Steps::default();
        match e {
            Effect::Raise {
                severity,
                likelihood,
                ..
            } => {
                if *severity < zero || *likelihood < zero {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{}: a Raise cannot lower a figure", o.describe()),
                        "use a Measure to lower residual risk",
                    );
                }
                if severity.is_zero() && likelihood.is_zero() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{}: a Raise that moves nothing", o.describe()),
                        "set `severity` or `likelihood`",
                    );
                }
            }
            Effect::Measure {
                severity,
                likelihood,
                ..
            } => {
                if *severity > zero || *likelihood > zero {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{}: a Measure cannot raise a figure", o.describe()),
                        "write the reduction as a negative number, e.g. -0.5",
                    );
                }
                if severity.is_zero() && likelihood.is_zero() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{}: a Measure that moves nothing", o.describe()),
                        "set `severity` or `likelihood`",
                    );
                }
            }
            Effect::Floor {
                severity,
                likelihood,
                ..
            } => {
                if severity.is_none() && likelihood.is_none() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        format!("{}: a Floor that sets nothing", o.describe()),
                        "set `severity` or `likelihood`",
                    );
                }
            }
        }
    }

    fn target(&mut self, o: Owner<'a>, t: &'a Target) {
        match t {
            Target::All => {}
            Target::Only(cats) => {
                for c in cats {
                    self.category_ref(o, c);
                }
            }
            Target::Rows {
                question,
                column,
                rows,
            } => {
                let Some(qu) = self.question_ref(o, question) else {
                    return;
                };
                let AnswerKind::Rows(cols) = &qu.kind else {
                    let at = self.ref_at(o, question);
                    self.error(
                        at,
                        format!("{}: '{question}' is not a rows question", o.describe()),
                        "a Rows target needs a question of kind Rows",
                    );
                    return;
                };
                match cols.iter().find(|c| &c.id == column) {
                    Some(col) if col.kind == ColumnKind::Categories => {}
                    Some(_) => {
                        let at = self.ref_at(o, column);
                        self.error(
                            at,
                            format!(
                                "{}: column '{column}' does not hold data categories",
                                o.describe()
                            ),
                            "name a column of kind Categories",
                        );
                    }
                    None => {
                        let at = self.ref_at(o, column);
                        self.error(
                            at,
                            format!("{}: '{question}' has no column '{column}'", o.describe()),
                            format!("use one of: {}", col_ids(cols)),
                        );
                    }
                }
                self.row_tests(o, qu, rows);
            }
        }
    }

    fn question_ref(&mut self, o: Owner, id: &str) -> Option<&'a Question> {
        match self.q.question(id) {
            Some(q) => Some(q),
            None => {
                let at = self.ref_at(o, id);
                let hint = match closest(id, self.q.questions().map(|(_, q)| q.id.as_str())) {
                    Some(c) => format!("did you mean '{c}'?"),
                    None => "name a question declared in this file".into(),
                };
                self.error(
                    at,
                    format!("{} refers to unknown question '{id}'", o.describe()),
                    hint,
                );
                None
            }
        }
    }

    fn category_ref(&mut self, o: Owner, id: &str) {
        if self.q.category(id).is_none() {
            let at = self.ref_at(o, id);
            let hint = match closest(id, self.q.categories.iter().map(|c| c.id.as_str())) {
                Some(c) => format!("did you mean '{c}'?"),
                None => "name a category declared under `categories`".into(),
            };
            self.error(
                at,
                format!("{} refers to unknown category '{id}'", o.describe()),
                hint,
            );
        }
    }

    fn choice_ref(&mut self, o: Owner, qu: &Question, choice: &str) {
        match qu.kind.choice_ids(self.q) {
            Some(ids) if ids.contains(&choice) => {}
            Some(ids) => {
                let at = self.ref_at(o, choice);
                self.error(
                    at,
                    format!(
                        "{} refers to unknown choice '{choice}' of question '{}'",
                        o.describe(),
                        qu.id
                    ),
                    format!("use one of: {}", ids.join(", ")),
                );
            }
            None => {
                let at = self.ref_at(o, &qu.id);
                self.error(
                    at,
                    format!(
                        "{} tests question '{}' for a choice, but it has no choices",
                        o.describe(),
                        qu.id
                    ),
                    "use Answered, AtLeast or Below for questions without choices",
                );
            }
        }
    }

    fn row_tests(&mut self, o: Owner, qu: &Question, tests: &[RowTest]) {
        let AnswerKind::Rows(cols) = &qu.kind else {
            let at = self.ref_at(o, &qu.id);
            self.error(
                at,
                format!("{}: '{}' is not a rows question", o.describe(), qu.id),
                "AnyRow and Rows targets need a question of kind Rows",
            );
            return;
        };
        for t in tests {
            let (col, choices) = match t {
                RowTest::In(col, choices) | RowTest::NotIn(col, choices) => (col, choices),
                RowTest::Filled(col) | RowTest::Empty(col) => {
                    if !cols.iter().any(|c| &c.id == col) {
                        let at = self.ref_at(o, col);
                        self.error(
                            at,
                            format!("{}: '{}' has no column '{col}'", o.describe(), qu.id),
                            format!("use one of: {}", col_ids(cols)),
                        );
                    }
                    continue;
                }
            };
            let Some(column) = cols.iter().find(|c| &c.id == col) else {
                let at = self.ref_at(o, col);
                self.error(
                    at,
                    format!("{}: '{}' has no column '{col}'", o.describe(), qu.id),
                    format!("use one of: {}", col_ids(cols)),
                );
                continue;
            };
            match column.kind.choice_ids(self.q) {
                None => {
                    let at = self.ref_at(o, col);
                    self.error(
                        at,
                        format!(
                            "{}: column '{col}' is free text and cannot be tested for choices",
                            o.describe()
                        ),
                        "test a column with choices",
                    );
                }
                Some(ids) => {
                    for ch in choices {
                        if !ids.contains(&ch.as_str()) {
                            let at = self.ref_at(o, ch);
                            self.error(
                                at,
                                format!("{}: column '{col}' has no choice '{ch}'", o.describe()),
                                format!("use one of: {}", ids.join(", ")),
                            );
                        }
                    }
                }
            }
        }
    }

    fn condition(&mut self, o: Owner<'a>, c: &'a Condition) {
        match c {
            Condition::Is(q, ch) => {
                if let Some(qu) = self.question_ref(o, q) {
                    self.choice_ref(o, qu, ch);
                }
            }
            Condition::IsAny(q, chs) => {
                if let Some(qu) = self.question_ref(o, q) {
                    for ch in chs {
                        self.choice_ref(o, qu, ch);
                    }
                }
            }
            Condition::Answered(q) => {
                self.question_ref(o, q);
            }
            Condition::AtLeast(q, _) | Condition::Below(q, _) => {
                if let Some(qu) = self.question_ref(o, q)
                    && !matches!(qu.kind, AnswerKind::Number { .. })
                {
                    let at = self.ref_at(o, q);
                    self.error(
                        at,
                        format!("{}: '{q}' is not a number question", o.describe()),
                        "AtLeast and Below compare number answers",
                    );
                }
            }
            Condition::AnyRow(q, tests) | Condition::EveryRow(q, tests) => {
                if let Some(qu) = self.question_ref(o, q) {
                    self.row_tests(o, qu, tests);
                }
            }
            Condition::Transfer(_) | Condition::Screening(_) | Condition::Procedure(_) => {
                self.derived_ref(o, c);
            }
            Condition::Processes(cat) => self.category_ref(o, cat),
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    self.condition(o, c);
                }
            }
            Condition::Not(c) => self.condition(o, c),
        }
    }

    /// The questions a condition depends on, with `Processes` expanded to the questions
    /// that decide the category's scope.
    fn deps(&self, c: &'a Condition) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        super::derived::deps(c, self.q, &mut out);
        out
    }

    fn ordering_and_cycles(&mut self) {
        let q = self.q;
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
                self.error(
                    at,
                    format!("display conditions form a cycle: {path}"),
                    "a question may only depend on questions asked before it; break the loop",
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
                    self.error(
                        at,
                        format!(
                            "question '{id}' is shown depending on '{d}', which is asked later"
                        ),
                        format!("move '{d}' before '{id}', or change the condition"),
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
                                format!("section '{}' depends on category '{}', whose scope is decided by '{d}', asked inside or after it", s.id, cat.id),
                                "put the questions that decide the category before this section",
                            );
                        }
                    }
                }
            }
        }
    }

    fn never_shown(&mut self) {
        let q = self.q;
        // Question id → its display condition in disjunctive normal form, or None if too
        // large to reason about (then it is assumed showable).
        let mut shown: BTreeMap<&str, Option<Dnf>> = BTreeMap::new();
        let mut cycle_or_forward = false;
        for p in &self.problems {
            if p.message.contains("cycle") || p.message.contains("asked later") {
                cycle_or_forward = true;
            }
        }
        if cycle_or_forward {
            return;
        }
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
                        format!("question '{}' can never be shown: its condition (with its section's, and those of the questions it depends on) can never hold", qu.id),
                        "check for a choice that is required and excluded at once, or a dependency on a question that is never shown",
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

    /// A protective measure must never raise a figure: nothing that raises or floors a
    /// figure, and no category's scope, may depend on a measure question's answer.
    fn measures_cannot_raise(&mut self) {
        let q = self.q;
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
                found.push((
                    Owner::Question(&qu.id),
                    "it mixes Measure effects with Raise or Floor effects".into(),
                ));
            } else if let Some(root) = influenced.get(qu.id.as_str()) {
                found.push((Owner::Question(&qu.id), format!("it raises figures, but whether it is shown depends on the measure question '{root}'")));
            }
            for e in &qu.effects {
                if let Target::Rows { question, .. } = e.target()
                    && let Some(root) = influenced.get(question.as_str())
                {
                    found.push((Owner::Question(&qu.id), format!("its effect targets rows whose display depends on the measure question '{root}'")));
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
                    Effect::Measure { .. } => format!(
                        "it lowers figures only when the measure question '{root}' is NOT answered a certain way"
                    ),
                    _ => format!("it raises figures depending on the measure question '{root}'"),
                };
                found.push((Owner::Rule(&r.id), why));
            }
        }
        for c in &q.categories {
            if let Some(root) = depends(&c.in_scope) {
                found.push((
                    Owner::Category(&c.id),
                    format!("whether it is in scope depends on the measure question '{root}'"),
                ));
            }
        }
        for (o, why) in found {
            let at = self.owner_at(o);
            self.error(
                at,
                format!("{}: a protective measure could make risk worse: {why}", o.describe()),
                "keep measure questions (those with Measure effects) apart from what raises figures; phrase measures so that 'yes' means protected",
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

fn col_ids(cols: &[Column]) -> String {
    cols.iter()
        .map(|c| c.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn refs<'a>(c: &'a Condition, out: &mut BTreeSet<&'a str>) {
    match c {
        Condition::Is(q, _)
        | Condition::IsAny(q, _)
        | Condition::Answered(q)
        | Condition::AtLeast(q, _)
        | Condition::Below(q, _)
        | Condition::AnyRow(q, _)
        | Condition::EveryRow(q, _) => {
            out.insert(q);
        }
        Condition::Processes(_)
        | Condition::Transfer(_)
        | Condition::Screening(_)
        | Condition::Procedure(_) => {}
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| refs(c, out)),
        Condition::Not(c) => refs(c, out),
    }
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

use super::text::{self, Text};
