//! The errors of the dossier and its drafts.

use super::{Localized, hinted, io_action, phrase, shown};
use crate::dossier::DossierError;
use crate::i18n::Lang;
use crate::tr;

impl Localized for DossierError {
    fn message(&self, lang: Lang) -> String {
        use DossierError as E;
        match self {
            E::Io {
                action,
                path,
                source,
            } => hinted(
                lang,
                io_action(lang, action, path, source),
                tr!(lang, "err-dossier-io-hint"),
            ),
            E::NotFound { id, dossier, known } => hinted(
                lang,
                tr!(
                    lang,
                    "err-dossier-not-found",
                    id = id.as_str(),
                    dossier = shown(dossier)
                ),
                not_found_hint(lang, id, known),
            ),
            E::Parse { at, message, hint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = phrase(lang, message)
                ),
                tr!(
                    lang,
                    "err-dossier-unchanged-hint",
                    hint = phrase(lang, hint)
                ),
            ),
            E::NewerSchema {
                at,
                found,
                supported,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-dossier-newer-schema",
                    at = at.to_string(),
                    found = *found,
                    supported = *supported
                ),
                tr!(lang, "err-dossier-newer-schema-hint"),
            ),
            E::BadAnswer { at, problem } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = problem.message(lang)
                ),
                tr!(lang, "err-dossier-bad-answer-hint"),
            ),
            E::MissingQuestionnaire {
                id,
                version,
                short,
                dir,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-dossier-missing-questionnaire",
                    id = id.as_str(),
                    version = version.as_str(),
                    short = short.as_str()
                ),
                tr!(
                    lang,
                    "err-dossier-missing-questionnaire-hint",
                    dir = shown(dir)
                ),
            ),
            E::UnknownQuestionnaire(name) => hinted(
                lang,
                tr!(
                    lang,
                    "err-dossier-unknown-questionnaire",
                    name = name.as_str()
                ),
                tr!(lang, "err-dossier-unknown-questionnaire-hint"),
            ),
            E::Questionnaire(e) => e.message(lang),
            E::InvalidQuestionnaire { file, errors } => tr!(
                lang,
                "err-dossier-invalid-questionnaire",
                file = file.as_str(),
                errors = *errors
            ),
            E::Lock(e) => e.message(lang),
            E::DiskFull { path } => hinted(
                lang,
                tr!(lang, "err-dossier-disk-full", path = shown(path)),
                tr!(lang, "err-dossier-disk-full-hint"),
            ),
            E::ChangedOnDisk { path } => hinted(
                lang,
                tr!(lang, "err-dossier-changed-on-disk", path = shown(path)),
                tr!(lang, "err-dossier-changed-on-disk-hint"),
            ),
            E::Rebuild { id, source } => format!(
                "{}\n{}",
                tr!(lang, "err-dossier-rebuild", id = id.as_str()),
                source.message(lang)
            ),
        }
    }
}

/// What to do when an id is not in the dossier: the id it may have meant, else the ids it
/// has, else how to start one.
fn not_found_hint(lang: Lang, id: &str, known: &[String]) -> String {
    match known.iter().find(|k| k.starts_with(id) || k.contains(id)) {
        Some(close) => tr!(
            lang,
            "err-dossier-not-found-did-you-mean",
            close = close.as_str()
        ),
        None if known.is_empty() => tr!(lang, "err-dossier-not-found-empty"),
        None => tr!(
            lang,
            "err-dossier-not-found-known",
            known = known.join(", ")
        ),
    }
}
