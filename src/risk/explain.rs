//! What changed between two scores, in words: "Location and attendance: Medium → High —
//! this data leaves Macau with no legal basis". The terminal UI shows these as the
//! assessor answers; reviewers read them in diffs.

use serde::{Deserialize, Serialize};

use super::{CategoryRisk, MoveKind, Score};
use crate::i18n::{Lang, words};
use crate::scale::RiskLevel;
use crate::tr;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelChange {
    pub category: String,
    pub name: String,
    pub from: Option<RiskLevel>,
    pub to: Option<RiskLevel>,
    pub because: String,
    /// The language of `name` and `because`: the scores'.
    #[serde(skip)]
    pub lang: Lang,
}

impl std::fmt::Display for LevelChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lang = self.lang;
        let lvl = |l: Option<RiskLevel>| match l {
            Some(l) => words::level(lang, l),
            None => tr!(lang, "risk-not-processed"),
        };
        let (name, from, to) = (self.name.as_str(), lvl(self.from), lvl(self.to));
        f.write_str(&if self.because.is_empty() {
            tr!(lang, "risk-change", name = name, from = from, to = to)
        } else {
            let because = self.because.as_str();
            tr!(
                lang,
                "risk-change-because",
                name = name,
                from = from,
                to = to,
                because = because
            )
        })
    }
}

/// Residual level changes from `before` to `after`, with the reason most likely behind
/// each, in the language of `after`.
pub fn changes(before: &Score, after: &Score) -> Vec<LevelChange> {
    let lang = after.lang;
    let find = |s: &'_ Score, id: &str| s.categories.iter().find(|c| c.id == id).cloned();
    let mut ids: Vec<&str> = after.categories.iter().map(|c| c.id.as_str()).collect();
    for c in &before.categories {
        if !ids.contains(&c.id.as_str()) {
            ids.push(&c.id);
        }
    }
    let mut out = Vec::new();
    for id in ids {
        let (b, a) = (find(before, id), find(after, id));
        let from = b.as_ref().map(|c| c.residual.level);
        let to = a.as_ref().map(|c| c.residual.level);
        if from == to {
            continue;
        }
        let name = a
            .as_ref()
            .or(b.as_ref())
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let because = match (&b, &a) {
            (Some(b), Some(a)) => new_reason(b, a, lang),
            (None, Some(_)) => tr!(lang, "risk-now-processed"),
            (Some(_), None) => tr!(lang, "risk-no-longer-processed"),
            (None, None) => String::new(),
        };
        out.push(LevelChange {
            category: id.to_string(),
            name,
            from,
            to,
            because,
            lang,
        });
    }
    out
}

/// The reason for a move that `after` has and `before` lacks, preferring the largest.
fn new_reason(before: &CategoryRisk, after: &CategoryRisk, lang: Lang) -> String {
    let moves = |c: &CategoryRisk| {
        [
            &c.residual.severity,
            &c.residual.likelihood,
            &c.inherent.severity,
            &c.inherent.likelihood,
        ]
        .into_iter()
        .flat_map(|f| {
            f.moves
                .iter()
                .filter(|m| m.kind != MoveKind::Start)
                .cloned()
        })
        .collect::<Vec<_>>()
    };
    let old = moves(before);
    let new = moves(after);
    let mut added: Vec<_> = new.iter().filter(|m| !old.contains(m)).collect();
    let mut removed: Vec<_> = old.iter().filter(|m| !new.contains(m)).collect();
    added.sort_by_key(|m| std::cmp::Reverse(m.steps.abs()));
    removed.sort_by_key(|m| std::cmp::Reverse(m.steps.abs()));
    let up = after.residual.level > before.residual.level;
    let pick = if up {
        added.iter().find(|m| m.steps > 0).or(added.first())
    } else {
        added.iter().find(|m| m.steps < 0).or(added.first())
    };
    match pick {
        Some(m) => lower_first(&m.because),
        None => match removed.first() {
            Some(m) => tr!(lang, "risk-no-longer", reason = lower_first(&m.because)),
            None => String::new(),
        },
    }
}

fn lower_first(s: &str) -> String {
    let s = s.trim_end_matches('.');
    let mut c = s.chars();
    match c.next() {
        Some(f) if c.clone().next().is_some_and(|n| n.is_lowercase()) => {
            f.to_lowercase().collect::<String>() + c.as_str()
        }
        _ => s.to_string(),
    }
}
