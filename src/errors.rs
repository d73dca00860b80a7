//! Every error of the library, in the user's language.
//!
//! Each library error enum implements [`Localized`]: one catalogue message per variant
//! (`assets/i18n/<lang>/errors.ftl`, ids `err-…`), the variant's fields passed as Fluent
//! arguments, the hint on its own line. Their `Display` is the English message from the
//! same catalogue, so the English text lives in one place only. [`localized`] renders any
//! error of a chain (as `anyhow` gives them) in a language: a library error through its
//! own messages, an `io::Error` as a phrase for the common kinds, anything else as it
//! displays itself.

mod answer;
mod dossier;
mod evidence;
mod exchange;
mod keys;
mod phrases;
mod record;
mod review;
mod small;

use std::fmt;
use std::io;
use std::path::Path;

use crate::assessment::AnswerError;
use crate::dossier::DossierError;
use crate::evidence::EvidenceError;
use crate::exchange::ExchangeError;
use crate::i18n::{Lang, LanguageError};
use crate::keys::KeyError;
use crate::lock::LockError;
use crate::policy::PolicyError;
use crate::questionnaire::LoadError;
use crate::record::RecordError;
use crate::report::ReportError;
use crate::review::ReviewError;
use crate::settings::SettingsError;
use crate::tr;

pub(crate) use phrases::phrase;

/// An error that can say what went wrong in any of Farol's languages.
pub trait Localized {
    /// The whole message in `lang`: what went wrong, where, and what to do.
    fn message(&self, lang: Lang) -> String;
}

/// `Display` of a library error: its English message from the catalogue.
macro_rules! english_display {
    ($($t:ty),+ $(,)?) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&Localized::message(self, Lang::En))
            }
        }
    )+};
}

english_display!(
    AnswerError,
    DossierError,
    EvidenceError,
    ExchangeError,
    KeyError,
    LoadError,
    LockError,
    PolicyError,
    RecordError,
    ReviewError,
    SettingsError,
);

impl Localized for ReportError {
    fn message(&self, lang: Lang) -> String {
        match self {
            ReportError::Dossier(e) => e.message(lang),
            ReportError::Record(e) => e.message(lang),
            ReportError::Review(e) => e.message(lang),
        }
    }
}

impl Localized for LanguageError {
    fn message(&self, lang: Lang) -> String {
        LanguageError::message(self, lang)
    }
}

/// `err` (one error of a chain) in `lang`: a library error through its [`Localized`]
/// messages, an `io::Error` through [`io_error`], anything else as it displays itself.
pub fn localized(err: &(dyn std::error::Error + 'static), lang: Lang) -> String {
    macro_rules! try_each {
        ($($t:ty),+ $(,)?) => {$(
            if let Some(e) = err.downcast_ref::<$t>() {
                return e.message(lang);
            }
        )+};
    }
    try_each!(
        AnswerError,
        DossierError,
        EvidenceError,
        ExchangeError,
        KeyError,
        LoadError,
        LockError,
        PolicyError,
        RecordError,
        ReportError,
        ReviewError,
        SettingsError,
        LanguageError,
    );
    if let Some(e) = err.downcast_ref::<io::Error>() {
        return io_error(lang, e);
    }
    err.to_string()
}

/// An operating-system error in `lang`. English shows the system's own text; the other
/// languages a phrase for the common kinds (not found, permission denied, disk full,
/// already exists), else the system's text.
pub fn io_error(lang: Lang, e: &io::Error) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    if crate::fsutil::is_disk_full(e) {
        return tr!(lang, "err-os-disk-full");
    }
    match e.kind() {
        io::ErrorKind::NotFound => tr!(lang, "err-os-not-found"),
        io::ErrorKind::PermissionDenied => tr!(lang, "err-os-permission-denied"),
        io::ErrorKind::AlreadyExists => tr!(lang, "err-os-already-exists"),
        // An error Farol made itself, with its own words.
        io::ErrorKind::Other if e.raw_os_error().is_none() => phrase(lang, &e.to_string()),
        _ => e.to_string(),
    }
}

/// What a check of a signed history found, worded in each language when it was found (the
/// check words its findings in one language at a time; an error is rare enough to run it
/// once per language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(Box<[Vec<String>; 3]>);

impl Problems {
    /// The findings `english` (found in English), and the same in the other languages.
    pub fn found(english: Vec<String>, in_lang: impl Fn(Lang) -> Vec<String>) -> Self {
        Problems(Box::new([
            english,
            in_lang(Lang::ZhHant),
            in_lang(Lang::Pt),
        ]))
    }

    /// The findings in `lang`.
    pub fn get(&self, lang: Lang) -> &[String] {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.0[i]
    }

    /// One finding a line, each as a bullet.
    pub(crate) fn bullets(&self, lang: Lang) -> String {
        self.get(lang)
            .iter()
            .map(|p| format!("  - {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The findings on one line.
    pub(crate) fn inline(&self, lang: Lang) -> String {
        self.get(lang).join(if lang.is_cjk() { "；" } else { "; " })
    }
}

/// A message and, on its own line, what to do about it.
pub(crate) fn hinted(lang: Lang, message: String, hint: String) -> String {
    tr!(lang, "err-with-hint", message = message, hint = hint)
}

/// A path as a message shows it.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}

/// "cannot read PATH: WHY" and its kin: `action` is one of the library's fixed phrases.
pub(crate) fn io_action(lang: Lang, action: &str, path: &Path, source: &io::Error) -> String {
    let path = shown(path);
    let source = io_error(lang, source);
    match action {
        "cannot read" => tr!(lang, "err-io-read", path = path, source = source),
        "cannot write" => tr!(lang, "err-io-write", path = path, source = source),
        "cannot create" => tr!(lang, "err-io-create", path = path, source = source),
        "cannot move aside" => tr!(lang, "err-io-move-aside", path = path, source = source),
        "cannot create a temporary directory in" => {
            tr!(lang, "err-io-temp-dir-in", path = path, source = source)
        }
        "cannot create a temporary directory to unpack" => {
            tr!(lang, "err-io-temp-dir-unpack", path = path, source = source)
        }
        "cannot unpack into" => tr!(lang, "err-io-unpack-into", path = path, source = source),
        "signed the review, but cannot remove" => {
            tr!(
                lang,
                "err-io-signed-cannot-remove",
                path = path,
                source = source
            )
        }
        other => format!("{} {path}: {source}", phrase(lang, other)),
    }
}
