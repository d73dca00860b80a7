//! The errors of signing keys.

use super::{Localized, hinted, io_action, phrase, shown};
use crate::i18n::Lang;
use crate::keys::{KEYS_ENV, KeyError, PASSPHRASE_ENV};
use crate::tr;

fn mode(m: u32) -> String {
    format!("{m:03o}")
}

impl Localized for KeyError {
    fn message(&self, lang: Lang) -> String {
        use KeyError as E;
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
            E::Exposed { path, mode: m } => hinted(
                lang,
                tr!(lang, "err-key-exposed", path = shown(path), mode = mode(*m)),
                tr!(lang, "err-key-exposed-hint", path = shown(path)),
            ),
            E::ExposedDir { path, mode: m } => hinted(
                lang,
                tr!(
                    lang,
                    "err-key-exposed-dir",
                    path = shown(path),
                    mode = mode(*m)
                ),
                tr!(lang, "err-key-chmod-dir-hint", path = shown(path)),
            ),
            E::WritableDir { path, mode: m } => hinted(
                lang,
                tr!(
                    lang,
                    "err-key-writable-dir",
                    path = shown(path),
                    mode = mode(*m)
                ),
                tr!(lang, "err-key-writable-dir-hint", path = shown(path)),
            ),
            E::NeedsPassphrase { path } => hinted(
                lang,
                tr!(lang, "err-key-needs-passphrase", path = shown(path)),
                tr!(lang, "err-key-needs-passphrase-hint", env = PASSPHRASE_ENV),
            ),
            E::WrongPassphrase { path } => hinted(
                lang,
                tr!(lang, "err-key-wrong-passphrase", path = shown(path)),
                tr!(lang, "err-key-wrong-passphrase-hint"),
            ),
            E::Unreadable {
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
            E::NoKeys { dir } => hinted(
                lang,
                tr!(lang, "err-key-no-keys", dir = shown(dir)),
                tr!(lang, "err-key-no-keys-hint"),
            ),
            E::WhichKey { dir, count, known } => hinted(
                lang,
                tr!(lang, "err-key-which-key", dir = shown(dir), count = *count),
                tr!(lang, "err-key-which-key-hint", known = known.as_str()),
            ),
            E::UnknownKey { id, dir, known } => hinted(
                lang,
                tr!(
                    lang,
                    "err-key-unknown-key",
                    id = id.as_str(),
                    dir = shown(dir)
                ),
                phrase(lang, known),
            ),
            E::BadRole(role) => hinted(
                lang,
                tr!(lang, "err-key-bad-role", role = role.as_str()),
                tr!(lang, "err-key-bad-role-hint"),
            ),
            E::NoName(why) => hinted(lang, phrase(lang, why), tr!(lang, "err-key-no-name-hint")),
            E::NotAKey(given) => hinted(
                lang,
                tr!(lang, "err-key-not-a-key", given = given.as_str()),
                tr!(lang, "err-key-not-a-key-hint"),
            ),
            E::NoRole => hinted(
                lang,
                tr!(lang, "err-key-no-role"),
                tr!(lang, "err-key-no-role-hint"),
            ),
            E::Random(why) => hinted(
                lang,
                tr!(lang, "err-key-random", why = why.as_str()),
                tr!(lang, "err-key-random-hint"),
            ),
            E::Encode(why) => hinted(
                lang,
                tr!(lang, "err-key-encode", why = why.as_str()),
                tr!(lang, "err-bug-hint"),
            ),
            E::NoHome => hinted(
                lang,
                tr!(lang, "err-key-no-home"),
                tr!(lang, "err-key-no-home-hint", env = KEYS_ENV),
            ),
            E::TrustWithoutName { spec } => hinted(
                lang,
                tr!(lang, "err-key-trust-without-name", spec = spec.as_str()),
                tr!(lang, "err-key-trust-without-name-hint"),
            ),
            E::UnknownFingerprint { fingerprint } => hinted(
                lang,
                tr!(
                    lang,
                    "err-key-unknown-fingerprint",
                    fingerprint = fingerprint.as_str()
                ),
                tr!(lang, "err-key-unknown-fingerprint-hint"),
            ),
            E::NotTrustSpec { spec } => hinted(
                lang,
                tr!(lang, "err-key-not-trust-spec", spec = spec.as_str()),
                tr!(lang, "err-key-not-trust-spec-hint"),
            ),
        }
    }
}
