//! Whom to trust: `--trust` keys, else the verifier's own dossier's, and the keys that came
//! with what is verified, shown but not trusted unless asked.

use std::path::{Path, PathBuf};

use super::super::RecordError;
use super::role_word;
use crate::i18n::Lang;
use crate::keys::{self, TrustedKey};
use crate::tr;

/// Which keys to trust and which completeness checks to relax.
#[derive(Debug, Clone, Default)]
pub struct VerifyOptions {
    /// `--trust`: public key files (as `farol keys show` writes them) or full 64-hex
    /// fingerprints. When given, exactly these keys are trusted.
    pub trust: Vec<String>,
    /// The verifier's own dossier, whose trusted keys are used when `trust` is empty.
    /// None: the verified dossier's own keys (for checks of one's own dossier, as when
    /// signing or bundling).
    pub own_dossier: Option<PathBuf>,
    /// `--trust-bundle-keys`: also trust the keys that came with what is verified.
    pub trust_included_keys: bool,
    /// `--accept-unanchored`: an assessment without heads, or a dossier without an
    /// index, is a note instead of a failure.
    pub accept_unanchored: bool,
    /// Do not check the dossier indexes (an evidence bundle, anchored by its signed
    /// manifest, may hold only some of a dossier's assessments).
    pub skip_index: bool,
    /// The language of the findings (problems, notes, where the trust came from). The
    /// verdict never depends on it; `--json` output asks for English, so that the
    /// machine-readable report reads the same whatever the verifier's language.
    pub lang: Lang,
}

/// The keys trusted for a verification, where they came from, and the keys that came with
/// the verified tree but are not trusted.
#[derive(Debug, Clone)]
pub struct ResolvedTrust {
    pub keys: Vec<TrustedKey>,
    pub source: String,
    pub came_with: Vec<TrustedKey>,
    /// A `--trust` fingerprint of a key nothing here names: a failure, since what the
    /// reader expected to be signed by that key is not.
    pub problems: Vec<String>,
    pub notes: Vec<String>,
}

impl VerifyOptions {
    /// Resolves `--trust` against the keys of the verified tree at `root` and of the
    /// verifier's own dossier (a fingerprint takes its name and role from there).
    pub fn resolve(&self, root: &Path) -> Result<ResolvedTrust, RecordError> {
        let lang = self.lang;
        let mut notes = Vec::new();
        let mut problems = Vec::new();
        let mut load = |dir: &Path| match keys::trusted(dir) {
            Ok((t, problems)) => {
                for p in problems {
                    notes.push(tr!(
                        lang,
                        "verify-trusted-key-damaged",
                        file = p.file.display().to_string(),
                        problem = p.problem.to_string()
                    ));
                }
                t
            }
            Err(e) => {
                notes.push(e.to_string());
                vec![]
            }
        };
        let tree = load(root);
        let own_is_tree = self
            .own_dossier
            .as_deref()
            .is_none_or(|o| std::fs::canonicalize(o).ok() == std::fs::canonicalize(root).ok());
        let own = match &self.own_dossier {
            Some(o) if !own_is_tree => load(o),
            _ => tree.clone(),
        };
        let (mut chosen, mut source) = if !self.trust.is_empty() {
            // A fingerprint names the key; its holder's name and role are taken from your
            // own dossier first, and from what is verified only when yours lacks them.
            let mut known = own.clone();
            known.extend(tree.iter().cloned());
            let mut out: Vec<TrustedKey> = Vec::new();
            for spec in &self.trust {
                let t = match keys::resolve_trust(spec, &known) {
                    Ok(t) => t,
                    Err(keys::KeyError::UnknownFingerprint { fingerprint }) => {
                        problems.push(tr!(
                            lang,
                            "verify-trust-unknown-fingerprint",
                            fingerprint = fingerprint.as_str()
                        ));
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                };
                let from_outside = std::path::Path::new(spec).is_file()
                    || own.iter().any(|o| o.fingerprint == t.fingerprint);
                if !from_outside {
                    notes.push(tr!(
                        lang,
                        "verify-trust-name-from-files",
                        fingerprint = t.fingerprint.as_str(),
                        name = t.name.as_str(),
                        role = role_word(lang, t.role)
                    ));
                }
                if !out.iter().any(|o| o.fingerprint == t.fingerprint) {
                    out.push(t);
                }
            }
            (out, tr!(lang, "verify-source-trust-flag"))
        } else {
            match &self.own_dossier {
                Some(o) if !own_is_tree => (
                    own,
                    tr!(
                        lang,
                        "verify-source-own-dossier",
                        dossier = o.display().to_string()
                    ),
                ),
                _ => (
                    tree.clone(),
                    tr!(
                        lang,
                        "verify-source-dossier",
                        dossier = root.display().to_string()
                    ),
                ),
            }
        };
        let mut came_with: Vec<TrustedKey> = tree
            .into_iter()
            .filter(|t| !chosen.iter().any(|c| c.fingerprint == t.fingerprint))
            .collect();
        if self.trust_included_keys && !came_with.is_empty() {
            chosen.append(&mut came_with);
            source = tr!(lang, "verify-source-and-bundle-keys", source = source);
        }
        Ok(ResolvedTrust {
            keys: chosen,
            source,
            came_with,
            problems,
            notes,
        })
    }
}

pub(super) fn key_line(t: &TrustedKey, lang: Lang) -> String {
    tr!(
        lang,
        "verify-key-line",
        key = t.id(),
        name = t.name.as_str(),
        role = role_word(lang, t.role),
        fingerprint = t.fingerprint.as_str()
    )
}
