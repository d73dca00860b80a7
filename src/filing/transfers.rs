//! The transfers the pack sets out on their own (`filing.transfers` in the questionnaire):
//! each flow notified under Art 20(1), with what the notification states, and each flow
//! under the GBA standard contract, with the facts its filing asks for — a draft to
//! confirm with the DSPDP.

use serde::Serialize;

use crate::answer::Row;
use crate::i18n::Lang;
use crate::questionnaire::visibility::row_passes;
use crate::questionnaire::{AnswerKind, Questionnaire, RowTest, TransferState, Visible};
use crate::risk::Score;

use super::fill::Ctx;
use super::{Entry, Field, Item};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransferKind {
    /// Consent or a listed necessity: notified to the DSPDP (Art 20(1)).
    Notified,
    /// The GBA (Mainland, Macao) standard contract: a draft to confirm with the DSPDP.
    Gba,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransferFiling {
    /// The row in the data flows answer, from 1.
    pub row: usize,
    pub kind: TransferKind,
    pub state: TransferState,
    /// The row's cells, under their column labels.
    pub fields: Vec<Field>,
    /// The purposes whose data the flow carries.
    pub purposes: Vec<String>,
    /// For the GBA contract: the facts its filing asks for.
    pub facts: Vec<Entry>,
    pub cite: Vec<String>,
}

pub(super) fn filings(
    q: &Questionnaire,
    vis: &Visible,
    score: &Score,
    lang: Lang,
) -> Vec<TransferFiling> {
    let (Some(f), Some(t)) = (&q.filing, &q.transfers) else {
        return Vec::new();
    };
    let Some(tf) = &f.transfers else {
        return Vec::new();
    };
    let cols = match q.question(&t.question).map(|qu| &qu.kind) {
        Some(AnswerKind::Rows(cols)) => cols,
        _ => return Vec::new(),
    };
    let passes = |row: &Row, alts: &[Vec<RowTest>]| alts.iter().any(|ts| row_passes(row, ts));
    let mut out = Vec::new();
    for (i, row) in vis.rows(&t.question).iter().enumerate() {
        let kind = if passes(row, &tf.notified) {
            TransferKind::Notified
        } else if passes(row, &tf.gba) {
            TransferKind::Gba
        } else {
            continue;
        };
        let carried: Vec<&str> = row
            .get(&t.categories)
            .map(|c| c.choices())
            .unwrap_or_default();
        let purposes = score
            .decisions
            .iter()
            .filter(|d| d.categories.iter().any(|c| carried.contains(&c.as_str())))
            .map(|d| d.purpose.clone())
            .collect();
        let ctx = Ctx {
            q,
            vis,
            lang,
            purpose_row: None,
            purpose: "",
            categories: &[],
        };
        let fields = tf
            .columns
            .iter()
            .filter_map(|c| {
                let col = cols.iter().find(|k| &k.id == c)?;
                let value = ctx.cell(cols, row, c);
                (!value.is_empty()).then(|| Field {
                    label: col.label.get(lang.tag()).to_string(),
                    value,
                    question: false,
                })
            })
            .collect();
        let facts = match kind {
            TransferKind::Notified => Vec::new(),
            TransferKind::Gba => {
                let mut item = Item {
                    id: String::new(),
                    mark: String::new(),
                    heading: String::new(),
                    cite: Vec::new(),
                    entries: Vec::new(),
                    notes: Vec::new(),
                    gaps: Vec::new(),
                };
                for fact in &tf.gba_facts {
                    ctx.fill_source(fact, &mut item);
                }
                item.entries
            }
        };
        let cite = match kind {
            TransferKind::Notified => q.cites(&tf.notified_cite, lang),
            TransferKind::Gba => q.cites(&tf.gba_cite, lang),
        };
        let state = score
            .transfers
            .iter()
            .find(|s| s.row == i + 1)
            .map_or(TransferState::None, |s| s.state);
        out.push(TransferFiling {
            row: i + 1,
            kind,
            state,
            fields,
            purposes,
            facts,
            cite,
        });
    }
    out
}
