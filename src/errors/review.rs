//! The errors of reviews and their countersignatures.

use super::{Localized, hinted, io_action, phrase, shown};
use crate::i18n::Lang;
use crate::review::ReviewError;
use crate::tr;

impl Localized for ReviewError {
    fn message(&self, lang: Lang) -> String {
        use ReviewError as E;
        match self {
            E::Incomplete { id, dir, problems } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-incomplete",
                    id = id.as_str(),
                    problems = problems.inline(lang)
                ),
                tr!(lang, "err-review-incomplete-hint", dir = shown(dir)),
            ),
            E::Io {
                action,
                path,
                source,
                hint,
            } => hinted(
                lang,
                io_action(lang, action, path, source),
                phrase(lang, hint),
            ),
            E::Record(e) => e.message(lang),
            E::Dossier(e) => e.message(lang),
            E::Policy(e) => e.message(lang),
            E::Parse { at, message, hint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = phrase(lang, message)
                ),
                phrase(lang, hint),
            ),
            E::NewerSchema {
                at,
                found,
                supported,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-newer-schema",
                    at = at.to_string(),
                    found = *found,
                    supported = *supported
                ),
                tr!(lang, "err-review-newer-schema-hint"),
            ),
            E::NotSigned { id } => hinted(
                lang,
                tr!(lang, "err-review-not-signed", id = id.as_str()),
                tr!(lang, "err-review-not-signed-hint", id = id.as_str()),
            ),
            E::Outdated {
                id,
                judged,
                latest,
                reason,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-outdated",
                    id = id.as_str(),
                    judged = *judged,
                    reason = phrase(lang, reason)
                ),
                tr!(
                    lang,
                    "err-review-outdated-hint",
                    id = id.as_str(),
                    judged = *judged,
                    latest = *latest
                ),
            ),
            E::BrokenRevisions { id, dir, problems } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-broken-revisions",
                    id = id.as_str(),
                    problems = problems.bullets(lang)
                ),
                tr!(lang, "err-review-broken-revisions-hint", dir = shown(dir)),
            ),
            E::BrokenChain { id, dir, problems } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-broken-chain",
                    id = id.as_str(),
                    problems = problems.bullets(lang)
                ),
                tr!(lang, "err-review-broken-chain-hint", dir = shown(dir)),
            ),
            E::NoOpinion { id } => hinted(
                lang,
                tr!(lang, "err-review-no-opinion", id = id.as_str()),
                tr!(lang, "err-review-no-opinion-hint", id = id.as_str()),
            ),
            E::NoConditions { id } => hinted(
                lang,
                tr!(lang, "err-review-no-conditions"),
                tr!(lang, "err-review-no-conditions-hint", id = id.as_str()),
            ),
            E::NoReason { id } => hinted(
                lang,
                tr!(lang, "err-review-no-reason"),
                tr!(lang, "err-review-no-reason-hint", id = id.as_str()),
            ),
            E::NotAttested { id, missing } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-not-attested",
                    missing = missing
                        .split("; ")
                        .map(|m| phrase(lang, m))
                        .collect::<Vec<_>>()
                        .join(if lang.is_cjk() { "；" } else { "; " })
                ),
                tr!(lang, "err-review-not-attested-hint", id = id.as_str()),
            ),
            E::ToCorrectApproved { id, sections } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-to-correct-approved",
                    id = id.as_str(),
                    sections = sections.as_str()
                ),
                tr!(lang, "err-review-to-correct-approved-hint"),
            ),
            E::NotJudged { id, sections } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-not-judged",
                    id = id.as_str(),
                    sections = sections.as_str()
                ),
                tr!(lang, "err-review-not-judged-hint"),
            ),
            E::SelfReview {
                id,
                revision,
                name,
                key,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-self-review",
                    id = id.as_str(),
                    revision = *revision,
                    name = name.as_str(),
                    key = key.as_str()
                ),
                tr!(lang, "err-review-self-review-hint"),
            ),
            E::UnknownQuestion {
                question,
                questionnaire,
                hint,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-unknown-question",
                    question = question.as_str(),
                    questionnaire = questionnaire.as_str()
                ),
                phrase(lang, hint),
            ),
            E::UnknownSection {
                section,
                questionnaire,
                known,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-unknown-section",
                    section = section.as_str(),
                    questionnaire = questionnaire.as_str()
                ),
                tr!(
                    lang,
                    "err-review-unknown-section-hint",
                    known = known.as_str()
                ),
            ),
            E::AssessorKey { key, name } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-assessor-key",
                    key = key.as_str(),
                    name = name.as_str()
                ),
                tr!(lang, "err-review-assessor-key-hint", name = name.as_str()),
            ),
            E::DueTooEarly { due, today } => hinted(
                lang,
                tr!(
                    lang,
                    "err-review-due-too-early",
                    due = due.to_string(),
                    today = today.to_string()
                ),
                tr!(lang, "err-review-due-too-early-hint"),
            ),
            E::Exists { path } => hinted(
                lang,
                tr!(lang, "err-review-exists", path = shown(path)),
                tr!(lang, "err-review-exists-hint"),
            ),
        }
    }
}
