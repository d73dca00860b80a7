//! The filing pack's mapping (`notification`, Art 23): every item (a)–(j) is present and
//! says what fills it, and every question, column and row test it names exists.

use super::{Checker, Owner};
use crate::questionnaire::model::*;
use crate::tr;

/// The items of Art 23, by letter.
pub const ART23_ITEMS: [&str; 10] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];

impl<'a> Checker<'a> {
    /// A questionnaire without a `notification` list makes no filing pack and is not
    /// checked; one that has it must map all ten items.
    pub(super) fn filing_map(&mut self) {
        let l = self.lang;
        let q = self.q;
        self.transfer_filings();
        if q.notification.is_empty() {
            return;
        }
        for letter in ART23_ITEMS {
            if !q.notification.iter().any(|i| i.id == letter) {
                let at = self.owner_at(Owner::Part("notification", ""));
                self.error(
                    at,
                    tr!(l, "filing-check-item-absent", item = letter),
                    tr!(l, "filing-check-item-absent-hint", item = letter),
                );
            }
        }
        // The duties the filing meets say whether it is recorded (the bundle and the pack
        // report them): one for the notification and one for the authorisation.
        for procedure in [Procedure::Notify, Procedure::Authorise] {
            if !q.obligations.iter().any(|o| o.files == Some(procedure)) {
                let at = self.owner_at(Owner::Part("obligations", ""));
                let which = match procedure {
                    Procedure::Notify => "Notify",
                    Procedure::Authorise => "Authorise",
                };
                self.warn(
                    at,
                    tr!(l, "filing-check-no-duty", procedure = which),
                    tr!(l, "filing-check-no-duty-hint", procedure = which),
                );
            }
        }
        for item in &q.notification {
            let o = Owner::Part("notification item", &item.id);
            if !ART23_ITEMS.contains(&item.id.as_str()) {
                let at = self.owner_at(o);
                self.warn(
                    at,
                    tr!(l, "filing-check-item-unknown", owner = o.describe(l)),
                    tr!(l, "filing-check-item-unknown-hint"),
                );
            }
            if item.fill.is_empty() {
                let at = self.owner_at(o);
                self.error(
                    at,
                    tr!(l, "filing-check-unmapped", owner = o.describe(l)),
                    tr!(l, "filing-check-unmapped-hint"),
                );
            }
            for f in &item.fill {
                self.fill_source(o, f);
            }
        }
    }

    /// `filing.transfers`: its columns and row tests name the data flows question's, and
    /// its GBA facts name questions that exist.
    pub(super) fn transfer_filings(&mut self) {
        let q = self.q;
        let (Some(f), Some(t)) = (&q.filing, &q.transfers) else {
            return;
        };
        let Some(tf) = &f.transfers else {
            return;
        };
        let o = Owner::Part("filing", "");
        let cols: Vec<&str> = tf.columns.iter().map(String::as_str).collect();
        if !self.rows_question(o, &t.question, &cols) {
            return;
        }
        if let Some(qu) = q.question(&t.question) {
            for alt in tf.notified.iter().chain(&tf.gba) {
                self.row_tests(o, qu, alt);
            }
        }
        for fact in &tf.gba_facts {
            self.fill_source(o, fact);
        }
    }

    fn fill_source(&mut self, o: Owner<'a>, f: &'a Fill) {
        let l = self.lang;
        match f {
            Fill::Answer { question, .. } => {
                self.question_ref(o, question);
            }
            Fill::Answers { questions, .. } => {
                if questions.is_empty() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "filing-check-no-questions", owner = o.describe(l)),
                        tr!(l, "filing-check-unmapped-hint"),
                    );
                }
                for q in questions {
                    self.question_ref(o, q);
                }
            }
            Fill::Rows {
                question,
                columns,
                rows,
                purpose,
                required,
                ..
            } => {
                let mut cols: Vec<&str> = columns.iter().map(String::as_str).collect();
                cols.extend(required.iter().map(String::as_str));
                if let Some(PurposeLink::Carries(c)) = purpose {
                    cols.push(c);
                }
                cols.dedup();
                if columns.is_empty() {
                    let at = self.ref_at(o, question);
                    self.error(
                        at,
                        tr!(l, "filing-check-no-columns", owner = o.describe(l)),
                        tr!(l, "filing-check-no-columns-hint"),
                    );
                }
                if !self.rows_question(o, question, &cols) {
                    return;
                }
                if let Some(qu) = self.q.question(question) {
                    self.row_tests(o, qu, rows);
                }
                for r in required {
                    if !columns.contains(r) {
                        let at = self.ref_at(o, r);
                        self.warn(
                            at,
                            tr!(
                                l,
                                "filing-check-required-hidden",
                                owner = o.describe(l),
                                column = r.as_str()
                            ),
                            tr!(l, "filing-check-required-hidden-hint"),
                        );
                    }
                }
                if purpose == &Some(PurposeLink::Own) {
                    let purposes = self.q.filing.as_ref().map(|f| f.purposes.as_str());
                    if purposes != Some(question.as_str()) {
                        let at = self.ref_at(o, question);
                        self.error(
                            at,
                            tr!(
                                l,
                                "filing-check-own-not-purposes",
                                owner = o.describe(l),
                                question = question.as_str()
                            ),
                            tr!(l, "filing-check-own-not-purposes-hint"),
                        );
                    }
                }
            }
        }
    }
}
