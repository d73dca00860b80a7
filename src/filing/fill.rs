//! One Art 23 item filled from the answers, as the questionnaire's `fill` maps it: the
//! entries to copy into the form and the gaps, each in words with the question to answer.

use crate::answer::{Answer, Cell, Row, column_choice_label};
use crate::i18n::Lang;
use crate::questionnaire::visibility::{is_substantive, row_passes};
use crate::questionnaire::{
    AnswerKind, Column, ContentItem, Fill, PurposeLink, Question, Questionnaire, Visible,
};
use crate::tr;

use super::{Entry, Field, Gap, Item};

/// What one purpose's form is filled from.
pub(super) struct Ctx<'a> {
    pub q: &'a Questionnaire,
    pub vis: &'a Visible<'a>,
    pub lang: Lang,
    /// The purpose's row of the purposes question; None when no purposes are listed.
    pub purpose_row: Option<&'a Row>,
    pub purpose: &'a str,
    /// The purpose's data categories (ids).
    pub categories: &'a [String],
}

/// Items listed in the language's way: "a, b" or 「甲、乙」.
pub(super) fn join(lang: Lang, parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .collect::<Vec<_>>()
        .join(&tr!(lang, "filing-sep"))
}

/// An item's letter as the law's texts number it: (g), (七)項, alínea 7).
pub fn item_mark(id: &str, lang: Lang) -> String {
    tr!(lang, "filing-item-mark", n = item_number(id, lang))
}

/// The letter in English, the number elsewhere (七, 7).
fn item_number(id: &str, lang: Lang) -> String {
    match lang {
        Lang::En => id.to_string(),
        _ => crate::questionnaire::cite::item_numeral(id, lang),
    }
}

impl Ctx<'_> {
    fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    pub(super) fn item(&self, item: &ContentItem) -> Item {
        let lang = self.lang;
        let mark = item_mark(&item.id, lang);
        let mut out = Item {
            id: item.id.clone(),
            heading: tr!(
                lang,
                "filing-item-heading",
                n = item_number(&item.id, lang),
                title = item.title.get(self.tag())
            ),
            mark,
            cite: self.q.cites(&item.cite, lang),
            entries: Vec::new(),
            notes: Vec::new(),
            gaps: Vec::new(),
        };
        for f in &item.fill {
            self.source(f, &mut out);
        }
        // The item's own condition speaks when no source found a gap; a purpose-scoped
        // item is judged by its purpose's row only, not by every purpose's.
        let scoped = item.fill.iter().any(
            |f| matches!(f, Fill::Rows { purpose: Some(_), required, .. } if !required.is_empty()),
        );
        if out.gaps.is_empty() && !scoped && !self.vis.eval(&item.complete) {
            let text = tr!(
                lang,
                "filing-gap-missing",
                mark = out.mark.as_str(),
                missing = item.missing.get(self.tag())
            );
            out.gaps.push(Gap {
                item: item.id.clone(),
                question: String::new(),
                text,
            });
        }
        out
    }

    /// The questions whose answers would show `question` when it is not shown: a gap
    /// then says to answer them first.
    fn openers(&self, question: &str) -> Vec<&str> {
        if self.vis.is_shown(question) {
            return Vec::new();
        }
        let mut refs = std::collections::BTreeSet::new();
        for (s, qu) in self.q.questions() {
            if qu.id == question {
                for c in qu.show_if.iter().chain(s.show_if.iter()) {
                    if !self.vis.eval(c) {
                        crate::questionnaire::derived::direct(c, &mut refs);
                    }
                }
            }
        }
        refs.into_iter().collect()
    }

    /// The gap of an unanswered question, saying which to answer first when it is not
    /// shown yet.
    fn answer_gap(&self, out: &mut Item, question: &str, what: &str) {
        let openers = self.openers(question);
        let text = if openers.is_empty() {
            tr!(
                self.lang,
                "filing-gap-answer",
                mark = out.mark.as_str(),
                what = what,
                question = question
            )
        } else {
            tr!(
                self.lang,
                "filing-gap-answer-first",
                mark = out.mark.as_str(),
                what = what,
                first = openers.join("`, `"),
                question = question
            )
        };
        self.gap(out, question, text);
    }

    fn gap(&self, out: &mut Item, question: &str, text: String) {
        let g = Gap {
            item: out.id.clone(),
            question: question.to_string(),
            text,
        };
        if !out.gaps.contains(&g) {
            out.gaps.push(g);
        }
    }

    /// An answer in words; a multiple choice listed in the language's way.
    fn answer_words(&self, qu: &Question, a: &Answer) -> String {
        match a {
            Answer::Choices(cs) if !cs.is_empty() => join(
                self.lang,
                cs.iter().map(|c| {
                    crate::answer::choice_label(&qu.kind, self.q, c, self.tag())
                        .unwrap_or_else(|| c.clone())
                }),
            ),
            _ => a.in_full(qu, self.q, self.tag()),
        }
    }

    pub(super) fn cell(&self, cols: &[Column], row: &Row, col: &str) -> String {
        self.cell_words(cols, row, col)
    }

    fn cell_words(&self, cols: &[Column], row: &Row, col: &str) -> String {
        let Some(cell) = row.get(col) else {
            return String::new();
        };
        let kind = cols.iter().find(|c| c.id == col).map(|c| &c.kind);
        match cell {
            Cell::Text(t) => t.trim().to_string(),
            _ => join(
                self.lang,
                cell.choices().iter().map(|id| {
                    kind.and_then(|k| column_choice_label(k, self.q, id, self.tag()))
                        .unwrap_or_else(|| id.to_string())
                }),
            ),
        }
    }

    pub(super) fn fill_source(&self, f: &Fill, out: &mut Item) {
        self.source(f, out)
    }

    fn source(&self, f: &Fill, out: &mut Item) {
        let lang = self.lang;
        match f {
            Fill::Answer {
                question,
                label,
                optional,
            } => {
                let Some(qu) = self.q.question(question) else {
                    return;
                };
                let label = if label.is_blank() {
                    qu.prompt.get(self.tag())
                } else {
                    label.get(self.tag())
                };
                match self.vis.answer(question).filter(|a| is_substantive(a)) {
                    Some(a) => out.entries.push(Entry {
                        row: false,
                        fields: vec![Field {
                            label: label.to_string(),
                            value: self.answer_words(qu, a),
                            question: false,
                        }],
                    }),
                    None if !optional => self.answer_gap(out, question, label),
                    None => {}
                }
            }
            Fill::Answers {
                questions,
                optional,
                ..
            } => {
                let mut fields = Vec::new();
                for id in questions {
                    let Some(qu) = self.q.question(id) else {
                        continue;
                    };
                    let prompt = qu.prompt.get(self.tag());
                    match self.vis.answer(id).filter(|a| is_substantive(a)) {
                        Some(a) => fields.push(Field {
                            label: prompt.to_string(),
                            value: self.answer_words(qu, a),
                            question: true,
                        }),
                        None if !optional => self.answer_gap(out, id, prompt),
                        None => {}
                    }
                }
                if !fields.is_empty() {
                    out.entries.push(Entry { row: false, fields });
                }
            }
            Fill::Rows {
                question,
                columns,
                rows,
                purpose,
                required,
                none,
                ..
            } => {
                let Some(qu) = self.q.question(question) else {
                    return;
                };
                let AnswerKind::Rows(cols) = &qu.kind else {
                    return;
                };
                let label = |c: &str| {
                    cols.iter()
                        .find(|k| k.id == c)
                        .map_or(c.to_string(), |k| k.label.get(self.tag()).to_string())
                };
                let own = purpose == &Some(PurposeLink::Own);
                let picked: Vec<(usize, &Row)> = if own {
                    match self.purpose_row {
                        Some(r) => vec![(0, r)],
                        None => {
                            let text = tr!(
                                lang,
                                "filing-gap-no-purposes",
                                mark = out.mark.as_str(),
                                question = question.as_str()
                            );
                            self.gap(out, question, text);
                            return;
                        }
                    }
                } else {
                    self.vis
                        .rows(question)
                        .iter()
                        .enumerate()
                        .filter(|(_, r)| row_passes(r, rows))
                        .filter(|(_, r)| match purpose {
                            Some(PurposeLink::Carries(col)) => r.get(col).is_some_and(|c| {
                                c.choices()
                                    .iter()
                                    .any(|id| self.categories.iter().any(|x| x == id))
                            }),
                            _ => true,
                        })
                        .collect()
                };
                if picked.is_empty() {
                    if none.is_blank() {
                        let text = tr!(
                            lang,
                            "filing-gap-no-rows",
                            mark = out.mark.as_str(),
                            purpose = self.purpose,
                            question = question.as_str()
                        );
                        self.gap(out, question, text);
                    } else {
                        out.notes.push(none.get(self.tag()).to_string());
                    }
                    return;
                }
                for (i, row) in picked {
                    let fields: Vec<Field> = columns
                        .iter()
                        .map(|c| Field {
                            label: label(c),
                            value: self.cell_words(cols, row, c),
                            question: false,
                        })
                        .filter(|f| !f.value.is_empty())
                        .collect();
                    for c in required {
                        if !self.cell_words(cols, row, c).is_empty() {
                            continue;
                        }
                        let text = if own {
                            tr!(
                                lang,
                                "filing-gap-purpose-cell",
                                mark = out.mark.as_str(),
                                what = label(c),
                                purpose = self.purpose,
                                question = question.as_str()
                            )
                        } else {
                            let name = cols
                                .first()
                                .map(|k| self.cell_words(cols, row, &k.id))
                                .unwrap_or_default();
                            tr!(
                                lang,
                                "filing-gap-row-cell",
                                mark = out.mark.as_str(),
                                what = label(c),
                                row = i + 1,
                                name = name,
                                question = question.as_str()
                            )
                        };
                        self.gap(out, question, text);
                    }
                    if !fields.is_empty() {
                        out.entries.push(Entry { row: !own, fields });
                    }
                }
            }
        }
    }
}
