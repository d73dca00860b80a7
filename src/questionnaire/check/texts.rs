//! Ids declared once, and texts filled in every declared language.

use std::collections::{BTreeMap, BTreeSet};

use super::{Checker, Owner};
use crate::questionnaire::model::*;
use crate::questionnaire::text::{self, Text};
use crate::tr;

impl<'a> Checker<'a> {
    pub(super) fn duplicates(&mut self) {
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
        let l = self.lang;
        for (kind, id) in ids {
            let n = seen.entry((kind, id)).or_insert(0);
            *n += 1;
            if id.trim().is_empty() {
                let at = self.map.find_text("id: \"\"");
                self.error(
                    at,
                    tr!(l, "check-empty-id", kind = kind),
                    tr!(l, "check-empty-id-hint"),
                );
            } else if *n > 1 {
                let nth = *n - 1;
                let at = self
                    .map
                    .decl(id, nth)
                    .map(|o| self.map.at(o))
                    .unwrap_or_else(|| self.map.find_text(id));
                let first = self.map.decl(id, 0).map(|o| self.map.at(o));
                let message = match first {
                    Some(f) => tr!(
                        l,
                        "check-duplicate-id-first-at",
                        kind = kind,
                        id = id,
                        line = f.line
                    ),
                    None => tr!(l, "check-duplicate-id", kind = kind, id = id),
                };
                self.error(at, message, tr!(l, "check-duplicate-id-hint", kind = kind));
            }
        }
        for (_, qu) in self.q.questions() {
            let owner = Owner::Question(&qu.id);
            let dup = |ids: Vec<&str>, what: &str, this: &mut Self| {
                let mut s = BTreeSet::new();
                for id in ids {
                    if !s.insert(id) {
                        let at = this.ref_at(owner, id);
                        let l = this.lang;
                        this.error(
                            at,
                            tr!(
                                l,
                                "check-duplicate-in-question",
                                owner = owner.describe(l),
                                kind = what,
                                id = id
                            ),
                            tr!(l, "check-duplicate-in-question-hint", kind = what),
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

    pub(super) fn texts(&mut self) {
        let required = self.q.languages.clone();
        let mut missing: Vec<(Owner, &'static str, String)> = Vec::new();
        let mut need =
            |owner: Owner<'a>, field: &'static str, t: &Text, required: &[String], must: bool| {
                if must && t.is_blank() {
                    missing.push((owner, field, "en".into()));
                    return;
                }
                // A text written as a map of languages is checked where it is written
                // (`text_languages`); here, a text in English only.
                if t.is_blank() || t.languages().any(|l| l != text::BASE_LANGUAGE) {
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
        let l = self.lang;
        for (owner, field, lang) in missing {
            let at = self.map.find_field_in(owner.id(), &self.owners, field);
            if lang == text::BASE_LANGUAGE {
                self.error(
                    at,
                    tr!(
                        l,
                        "check-no-english-text",
                        owner = owner.describe(l),
                        field = field
                    ),
                    tr!(l, "check-no-english-text-hint"),
                );
            } else {
                // A declared language is a promise: every text has it, or the check fails.
                self.error(
                    at,
                    tr!(
                        l,
                        "check-missing-translation",
                        owner = owner.describe(l),
                        language = lang.as_str(),
                        field = field
                    ),
                    tr!(
                        l,
                        "check-missing-translation-hint",
                        language = lang.as_str()
                    ),
                );
            }
        }
    }
}
