//! The errors of signed revisions.

use super::{Localized, hinted, io_action, phrase, shown};
use crate::i18n::Lang;
use crate::record::RecordError;
use crate::tr;

impl Localized for RecordError {
    fn message(&self, lang: Lang) -> String {
        use RecordError as E;
        match self {
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
            E::Dossier(e) => e.message(lang),
            E::Key(e) => e.message(lang),
            E::Review(e) => e.message(lang),
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
            E::Trailer {
                file,
                problem,
                hint,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = file.as_str(),
                    message = phrase(lang, problem)
                ),
                phrase(lang, hint),
            ),
            E::Exists { path } => hinted(
                lang,
                tr!(lang, "err-record-exists", path = shown(path)),
                tr!(lang, "err-record-exists-hint"),
            ),
            E::BrokenChain { id, dir, problems } => hinted(
                lang,
                tr!(
                    lang,
                    "err-record-broken-chain",
                    id = id.as_str(),
                    problems = problems.bullets(lang)
                ),
                tr!(lang, "err-record-broken-chain-hint", dir = shown(dir)),
            ),
            E::Incomplete { id, dir, problems } => hinted(
                lang,
                tr!(
                    lang,
                    "err-record-incomplete",
                    id = id.as_str(),
                    problems = problems.bullets(lang)
                ),
                tr!(lang, "err-record-incomplete-hint", dir = shown(dir)),
            ),
            E::NotRecords { path } => hinted(
                lang,
                tr!(lang, "err-record-not-records", path = shown(path)),
                tr!(lang, "err-record-not-records-hint"),
            ),
            E::NoRevision {
                id,
                revision,
                known,
            } => {
                let id = id.as_str();
                let message = match revision.as_str() {
                    // No number asked for, and none signed.
                    "yet" => tr!(lang, "err-record-no-revision-yet", id = id),
                    n => tr!(lang, "err-record-no-revision", id = id, revision = n),
                };
                hinted(lang, message, phrase(lang, known))
            }
            E::NotForked { id } => hinted(
                lang,
                tr!(lang, "err-record-not-forked", id = id.as_str()),
                tr!(lang, "err-record-not-forked-hint", id = id.as_str()),
            ),
            E::Ambiguous {
                id,
                revision,
                choices,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-record-ambiguous",
                    id = id.as_str(),
                    revision = *revision,
                    count = choices.len(),
                    choices = choices.join(", ")
                ),
                tr!(
                    lang,
                    "err-record-ambiguous-hint",
                    id = id.as_str(),
                    first = choices.first().cloned().unwrap_or_default()
                ),
            ),
        }
    }
}
