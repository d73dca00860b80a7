//! The errors of evidence bundles.

use super::{Localized, hinted, io_action, phrase, shown};
use crate::evidence::EvidenceError;
use crate::i18n::Lang;
use crate::tr;

impl Localized for EvidenceError {
    fn message(&self, lang: Lang) -> String {
        use EvidenceError as E;
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
            E::Record(e) => e.message(lang),
            E::Dossier(e) => e.message(lang),
            E::Key(e) => e.message(lang),
            E::Nothing { why, hint } => hinted(
                lang,
                tr!(lang, "err-evidence-nothing", why = phrase(lang, why)),
                phrase(lang, hint),
            ),
            E::Exists { path, what } => {
                let path = shown(path);
                let message = match *what {
                    " and is not empty" => tr!(lang, "err-evidence-exists-not-empty", path = path),
                    " and is not a directory" => {
                        tr!(lang, "err-evidence-exists-not-dir", path = path)
                    }
                    " and was filled while the bundle was written" => {
                        tr!(lang, "err-evidence-exists-filled", path = path)
                    }
                    _ => tr!(lang, "err-evidence-exists", path = path),
                };
                hinted(lang, message, tr!(lang, "err-evidence-exists-hint"))
            }
            E::BadName { path, name } => hinted(
                lang,
                tr!(
                    lang,
                    "err-evidence-bad-name",
                    path = shown(path),
                    name = format!("{name:?}")
                ),
                tr!(lang, "err-evidence-bad-name-hint"),
            ),
            E::Zip {
                path,
                problem,
                hint,
            } => hinted(
                lang,
                tr!(
                    lang,
                    "err-at",
                    at = shown(path),
                    message = phrase(lang, problem)
                ),
                phrase(lang, hint),
            ),
            E::DiskFull { path, what, need } => hinted(
                lang,
                tr!(
                    lang,
                    "err-evidence-disk-full",
                    what = what.as_str(),
                    path = shown(path)
                ),
                tr!(
                    lang,
                    "err-evidence-disk-full-hint",
                    need = phrase(lang, need)
                ),
            ),
            E::NotBundle { path, why, hint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-evidence-not-bundle",
                    path = shown(path),
                    why = phrase(lang, why)
                ),
                phrase(lang, hint),
            ),
        }
    }
}
