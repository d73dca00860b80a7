//! Whom to trust: `--trust` keys, else the verifier's own dossier's, and the keys that came
//! with what is verified, shown but not trusted unless asked.

use std::path::{Path, PathBuf};

use super::super::RecordError;
use crate::keys::{self, TrustedKey};

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
        let mut notes = Vec::new();
        let mut problems = Vec::new();
        let mut load = |dir: &Path| match keys::trusted(dir) {
            Ok((t, problems)) => {
                for p in problems {
                    notes.push(format!(
                        "{}: {}; this key is not trusted until the file is fixed (`farol keys trust` rewrites it)",
                        p.file.display(),
                        p.problem
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
                        problems.push(format!(
                            "--trust {fingerprint}: no key with this fingerprint came with what is verified, so nothing here can be signed by it: the keys were replaced, or the fingerprint is not for this bundle; ask its owner again"
                        ));
                        continue;
                    }
                    Err(e) => return Err(e.into()),
                };
                let from_outside = std::path::Path::new(spec).is_file()
                    || own.iter().any(|o| o.fingerprint == t.fingerprint);
                if !from_outside {
                    notes.push(format!(
                        "--trust {}: the name and role of this key ({}, {}) are as the files verified state them; confirm them with whoever gave you the fingerprint",
                        t.fingerprint, t.name, t.role
                    ));
                }
                if !out.iter().any(|o| o.fingerprint == t.fingerprint) {
                    out.push(t);
                }
            }
            (out, "the keys given with --trust".to_string())
        } else {
            match &self.own_dossier {
                Some(o) if !own_is_tree => (
                    own,
                    format!("the trusted keys of your dossier {}", o.display()),
                ),
                _ => (
                    tree.clone(),
                    format!("the trusted keys of the dossier {}", root.display()),
                ),
            }
        };
        let mut came_with: Vec<TrustedKey> = tree
            .into_iter()
            .filter(|t| !chosen.iter().any(|c| c.fingerprint == t.fingerprint))
            .collect();
        if self.trust_included_keys && !came_with.is_empty() {
            chosen.append(&mut came_with);
            source.push_str(", and the keys that came with it (--trust-bundle-keys)");
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

pub(super) fn key_line(t: &TrustedKey) -> String {
    format!(
        "{} {} ({}), fingerprint {}",
        t.id(),
        t.name,
        t.role,
        t.fingerprint
    )
}
