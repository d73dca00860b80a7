//! The questionnaire loader's, the locks', the review policy's and the settings' errors.

use super::{Localized, hinted, io_error, shown};
use crate::i18n::Lang;
use crate::lock::LockError;
use crate::policy::PolicyError;
use crate::questionnaire::LoadError;
use crate::settings::{CONFIG_ENV, SettingsError};
use crate::tr;

impl Localized for LoadError {
    fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Io { path, source } => hinted(
                lang,
                tr!(
                    lang,
                    "err-io-read",
                    path = shown(path),
                    source = io_error(lang, source)
                ),
                tr!(lang, "err-load-io-hint"),
            ),
            LoadError::Syntax { at, message, hint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = super::phrase(lang, message)
                ),
                super::phrase(lang, hint),
            ),
        }
    }
}

impl Localized for LockError {
    fn message(&self, lang: Lang) -> String {
        match self {
            LockError::Held {
                what,
                id,
                pid,
                path,
            } => {
                let (id, pid, path) = (id.as_str(), pid.to_string(), shown(path));
                let message = match *what {
                    "the review of" => tr!(lang, "err-lock-held-review", id = id, pid = pid),
                    _ => tr!(lang, "err-lock-held", id = id, pid = pid),
                };
                hinted(lang, message, tr!(lang, "err-lock-held-hint", path = path))
            }
            LockError::Busy {
                what,
                id,
                waited,
                path,
            } => {
                let (id, waited, path) = (id.as_str(), *waited, shown(path));
                let message = match *what {
                    "the review of" => {
                        tr!(lang, "err-lock-busy-review", id = id, waited = waited)
                    }
                    _ => tr!(lang, "err-lock-busy", id = id, waited = waited),
                };
                hinted(lang, message, tr!(lang, "err-lock-busy-hint", path = path))
            }
            LockError::Io { path, source } => hinted(
                lang,
                tr!(
                    lang,
                    "err-lock-io",
                    path = shown(path),
                    source = io_error(lang, source)
                ),
                tr!(lang, "err-lock-io-hint"),
            ),
        }
    }
}

impl Localized for PolicyError {
    fn message(&self, lang: Lang) -> String {
        match self {
            PolicyError::Io { path, source } => hinted(
                lang,
                tr!(
                    lang,
                    "err-io-read",
                    path = shown(path),
                    source = io_error(lang, source)
                ),
                tr!(lang, "err-policy-io-hint"),
            ),
            PolicyError::Parse { at, message } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = at.to_string(),
                    message = super::phrase(lang, message)
                ),
                tr!(lang, "err-policy-parse-hint"),
            ),
        }
    }
}

impl Localized for SettingsError {
    fn message(&self, lang: Lang) -> String {
        match self {
            SettingsError::NoHome => tr!(lang, "err-settings-no-home", env = CONFIG_ENV),
            SettingsError::Write { path, source } => tr!(
                lang,
                "err-io-write",
                path = shown(path),
                source = io_error(lang, source)
            ),
        }
    }
}
