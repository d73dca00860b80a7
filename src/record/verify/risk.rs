//! Risk recomputation: the stored figures against the figures the stored answers give
//! with the questionnaire version the record names.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use sha2::{Digest, Sha256};

use super::super::body::{CategoryFigures, RiskRecord};
use super::RiskStatus;
use super::light::Revision;
use crate::i18n::{Lang, words};
use crate::questionnaire::Loaded;
use crate::tr;

/// What a revision's stored answers give with the questionnaire version it names: the
/// problems with the answers themselves, and the figures recomputed. It depends only on the
/// questionnaire, the record's language and its answers as asked (ids, prompts, answers),
/// so revisions that repeat them share it (`Memo`).
pub(super) struct Recomputed {
    problems: Vec<String>,
    now: RiskRecord,
}

/// Recomputes the risk from the stored answers, checking the questions as asked.
pub(super) fn recompute(body: &Revision, l: &Loaded, lang: Lang) -> Recomputed {
    let q = &l.questionnaire;
    let mut problems = Vec::new();
    if body.language != super::super::body::LANGUAGE && !q.languages.contains(&body.language) {
        problems.push(tr!(
            lang,
            "verify-risk-language-unknown",
            language = body.language.as_str(),
            questionnaire = q.id.as_str(),
            version = q.version.as_str()
        ));
    }
    for a in &body.answers {
        match q.question(&a.id) {
            None => problems.push(tr!(
                lang,
                "verify-risk-unknown-question",
                id = a.id.as_str(),
                questionnaire = q.id.as_str(),
                version = q.version.as_str()
            )),
            Some(qu) if qu.prompt.get(&body.language) != a.prompt => problems.push(tr!(
                lang,
                "verify-risk-prompt-differs",
                id = a.id.as_str(),
                questionnaire = q.id.as_str(),
                version = q.version.as_str()
            )),
            Some(_) => {}
        }
    }
    let score = crate::risk::score(q, &body.answers_map(), &body.language);
    Recomputed {
        problems,
        now: RiskRecord::of(&score),
    }
}

/// Recomputations of this run, by the SHA-256 of exactly what determines them: the
/// questionnaire's fingerprint, the record's language and its answers as asked. Only the
/// latest few are kept (revisions repeat the answers of the one before), so it stays small
/// whatever the number of records; nothing is kept between runs.
pub(super) struct Memo {
    kept: Mutex<Kept>,
}

/// The recomputations kept, and their keys oldest first.
#[derive(Default)]
struct Kept {
    by_key: HashMap<[u8; 32], Arc<Recomputed>>,
    order: VecDeque<[u8; 32]>,
}

const MEMO_SIZE: usize = 64;

impl Memo {
    pub(super) fn new() -> Self {
        Memo {
            kept: Mutex::default(),
        }
    }

    /// The recomputation for `body`, from this run when its answers were seen already.
    pub(super) fn get(&self, body: &Revision, l: &Loaded, lang: Lang) -> Arc<Recomputed> {
        let key = memo_key(body);
        let lock = || self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(r) = lock().by_key.get(&key) {
            return r.clone();
        }
        let r = Arc::new(recompute(body, l, lang));
        let mut kept = lock();
        if kept.by_key.insert(key, r.clone()).is_none() {
            kept.order.push_back(key);
            if kept.order.len() > MEMO_SIZE
                && let Some(old) = kept.order.pop_front()
            {
                kept.by_key.remove(&old);
            }
        }
        r
    }
}

/// The SHA-256 of the questionnaire's fingerprint, the language and the answers as asked,
/// each written unambiguously (JSON strings and values, in order).
fn memo_key(body: &Revision) -> [u8; 32] {
    let asked: Vec<(&str, &str, &crate::answer::Answer)> = body
        .answers
        .iter()
        .map(|a| (a.id.as_str(), a.prompt.as_str(), &a.answer))
        .collect();
    let canonical = serde_json::to_vec(&(&body.questionnaire.fingerprint, &body.language, asked))
        .expect("answers always serialise");
    Sha256::digest(&canonical).into()
}

/// The stored figures against the recomputed ones.
pub(super) fn compare(
    body: &Revision,
    r: &Recomputed,
    l: &Loaded,
    lang: Lang,
) -> (RiskStatus, Vec<String>) {
    let q = &l.questionnaire;
    let mut problems = r.problems.clone();
    let now = &r.now;
    let was = &body.risk;
    if *now != *was {
        let mut ids: Vec<&str> = now.categories.iter().map(|c| c.id.as_str()).collect();
        for c in &was.categories {
            if !ids.contains(&c.id.as_str()) {
                ids.push(&c.id);
            }
        }
        let mut differing = Vec::new();
        for id in ids {
            let a = was.categories.iter().find(|c| c.id == id);
            let b = now.categories.iter().find(|c| c.id == id);
            if a != b {
                differing.push(tr!(
                    lang,
                    "verify-risk-category-differs",
                    id = id,
                    what = category_difference(a, b, lang)
                ));
            }
        }
        let more = differing.len().saturating_sub(3);
        problems.extend(differing.into_iter().take(3));
        if more > 0 {
            problems.push(tr!(lang, "verify-risk-more-categories", n = more));
        }
        if now.overall != was.overall {
            problems.push(tr!(
                lang,
                "verify-risk-overall-differs",
                stored = words::level_or_none(lang, was.overall.residual),
                now = words::level_or_none(lang, now.overall.residual)
            ));
        }
        if now.obligations != was.obligations {
            problems.push(tr!(lang, "verify-risk-obligations-differ"));
        }
        if now.actions != was.actions {
            problems.push(tr!(lang, "verify-risk-actions-differ"));
        }
        if now.screening != was.screening
            || now.transfers != was.transfers
            || now.decisions != was.decisions
            || now.notification_missing != was.notification_missing
        {
            problems.push(tr!(lang, "verify-risk-legal-differs"));
        }
        if now.not_processed != was.not_processed || now.progress != was.progress {
            problems.push(tr!(lang, "verify-risk-scope-differs"));
        }
        problems.push(tr!(
            lang,
            "verify-risk-differs",
            questionnaire = q.id.as_str(),
            version = q.version.as_str()
        ));
    }
    if problems.is_empty() {
        (RiskStatus::Ok, problems)
    } else {
        (RiskStatus::Differs, problems)
    }
}

/// What differs between a stored category and the recomputed one, in words.
pub(super) fn category_difference(
    stored: Option<&CategoryFigures>,
    now: Option<&CategoryFigures>,
    lang: Lang,
) -> String {
    let (a, b) = match (stored, now) {
        (Some(a), Some(b)) => (a, b),
        (Some(_), None) => return tr!(lang, "verify-risk-stored-not-in-scope"),
        (None, Some(_)) => return tr!(lang, "verify-risk-in-scope-not-stored"),
        (None, None) => return String::new(),
    };
    let mut out = Vec::new();
    for (stage, x, y) in [
        ("inherent", &a.inherent, &b.inherent),
        ("residual", &a.residual, &b.residual),
    ] {
        let fig = |level: crate::scale::Scale, halves: i16| {
            tr!(
                lang,
                "verify-risk-figure",
                level = words::scale(lang, level),
                halves = halves
            )
        };
        if x.severity != y.severity || x.halves.0 != y.halves.0 {
            out.push(tr!(
                lang,
                "verify-risk-severity-differs",
                stage = stage,
                stored = fig(x.severity, x.halves.0),
                now = fig(y.severity, y.halves.0)
            ));
        }
        if x.likelihood != y.likelihood || x.halves.1 != y.halves.1 {
            out.push(tr!(
                lang,
                "verify-risk-likelihood-differs",
                stage = stage,
                stored = fig(x.likelihood, x.halves.1),
                now = fig(y.likelihood, y.halves.1)
            ));
        }
        if x.level != y.level {
            out.push(tr!(
                lang,
                "verify-risk-level-differs",
                stage = stage,
                stored = words::level(lang, x.level),
                now = words::level(lang, y.level)
            ));
        }
    }
    if a.name != b.name || a.sensitive != b.sensitive {
        out.push(tr!(lang, "verify-risk-name-differs"));
    }
    out.join(&tr!(lang, "verify-list-separator"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::record::{Signer, build_body, serialize_body};

    fn revision(draft: &crate::assessment::Draft, loaded: &Loaded, n: u32) -> Revision {
        let signer = Signer {
            name: "Ana".into(),
            role: crate::keys::Role::Assessor,
            key: "farol:0000".into(),
            fingerprint: "00".repeat(32),
            at: draft.meta.updated,
        };
        let body = build_body(draft, loaded, n, None, signer, "en");
        ron::from_str(&serialize_body(&body)).unwrap()
    }

    #[test]
    fn revisions_with_the_same_answers_share_the_recomputation_not_the_verdict() {
        let loaded = crate::questionnaire::load::embedded_default();
        let mut draft = crate::demo::draft(&loaded);
        let memo = Memo::new();
        let first = revision(&draft, &loaded, 1);
        let mut second = revision(&draft, &loaded, 2);
        let a = memo.get(&first, &loaded, Lang::En);
        let b = memo.get(&second, &loaded, Lang::En);
        assert!(Arc::ptr_eq(&a, &b), "the same answers are recomputed once");
        assert_eq!(compare(&first, &a, &loaded, Lang::En).0, RiskStatus::Ok);
        // Figures edited in the second revision: still caught, though recomputed once.
        second.risk.not_processed.push("health".into());
        assert_eq!(
            compare(&second, &b, &loaded, Lang::En).0,
            RiskStatus::Differs
        );

        // Another answer: another recomputation.
        let id = first.answers[0].id.clone();
        let flip = match draft.answers.get(&id) {
            Some(Answer::Yes) => Answer::No,
            _ => Answer::Yes,
        };
        draft.answers.insert(id, flip);
        let third = revision(&draft, &loaded, 3);
        let c = memo.get(&third, &loaded, Lang::En);
        assert!(!Arc::ptr_eq(&a, &c));
        assert_eq!(compare(&third, &c, &loaded, Lang::En).0, RiskStatus::Ok);

        // The same answers under another question text: not the same key.
        let mut reworded = revision(&draft, &loaded, 4);
        reworded.answers[0].prompt.push_str(" (reworded)");
        let d = memo.get(&reworded, &loaded, Lang::En);
        assert!(!Arc::ptr_eq(&c, &d));
        assert_eq!(
            compare(&reworded, &d, &loaded, Lang::En).0,
            RiskStatus::Differs
        );
    }
}
