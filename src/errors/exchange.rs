//! The errors of exporting and importing drafts.

use super::{Localized, hinted, phrase, shown};
use crate::exchange::ExchangeError;
use crate::i18n::Lang;
use crate::tr;

impl Localized for ExchangeError {
    fn message(&self, lang: Lang) -> String {
        use ExchangeError as E;
        match self {
            E::Json { at, message, hint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = phrase(lang, message)
                ),
                phrase(lang, hint),
            ),
            E::NotExport { file } => hinted(
                lang,
                tr!(lang, "err-exchange-not-export", file = file.as_str()),
                tr!(lang, "err-exchange-not-export-hint"),
            ),
            E::NewerFormat {
                at,
                found,
                supported,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-exchange-newer-format",
                    at = at.to_string(),
                    found = *found,
                    supported = *supported
                ),
                tr!(lang, "err-exchange-newer-hint"),
            ),
            E::NewerSchema {
                at,
                found,
                supported,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-exchange-newer-schema",
                    at = at.to_string(),
                    found = *found,
                    supported = *supported
                ),
                tr!(lang, "err-exchange-newer-hint"),
            ),
            E::QuestionnaireMismatch { at, top, inner } => hinted(
                lang,
                tr!(
                    lang,
                    "err-exchange-questionnaire-mismatch",
                    at = at.to_string(),
                    top = top.as_str(),
                    inner = inner.as_str()
                ),
                tr!(lang, "err-exchange-questionnaire-mismatch-hint"),
            ),
            E::BadAnswer { at, problem } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = problem.message(lang)
                ),
                tr!(lang, "err-exchange-bad-answer-hint"),
            ),
            E::BadId { id, why } => {
                let id = id.as_str();
                let message = match *why {
                    "it is empty" => tr!(lang, "err-exchange-bad-id-empty", id = id),
                    "it is longer than 100 characters" => {
                        tr!(lang, "err-exchange-bad-id-long", id = id)
                    }
                    "it starts with a dot" => tr!(lang, "err-exchange-bad-id-dot", id = id),
                    _ => tr!(lang, "err-exchange-bad-id-characters", id = id),
                };
                hinted(lang, message, tr!(lang, "err-exchange-bad-id-hint"))
            }
            E::Exists { id, dossier } => hinted(
                lang,
                tr!(
                    lang,
                    "err-exchange-exists",
                    id = id.as_str(),
                    dossier = shown(dossier)
                ),
                tr!(lang, "err-exchange-exists-hint"),
            ),
            E::Dossier(e) => e.message(lang),
            E::Csv(why) => hinted(
                lang,
                tr!(lang, "err-exchange-csv", why = why.as_str()),
                tr!(lang, "err-exchange-csv-hint"),
            ),
        }
    }
}
