//! Effects and their targets: what an answer does to the figures must name real
//! categories, columns and choices, move by sensible amounts, and explain itself.

use super::{Checker, Owner, col_ids};
use crate::questionnaire::model::*;
use crate::scale::Steps;

impl<'a> Checker<'a> {
    pub(super) fn effect(
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

    pub(super) fn target(&mut self, o: Owner<'a>, t: &'a Target) {
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
                only,
            } => {
                for c in only {
                    self.category_ref(o, c);
                }
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
}
