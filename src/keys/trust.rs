//! The public keys a dossier trusts: exporting one's own for others to trust, reading a
//! public key in the forms users hand over, adding it to the dossier (files named by
//! content, so that people trusting keys in two clones never write one path), listing
//! the trusted keys with what is wrong with the others, and `farol verify --trust`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SubsecRound, Utc};
use ed25519_dalek::VerifyingKey;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePublicKey, EncodePublicKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::own::KeyFile;
use super::{
    KeyError, KeyInfo, Role, find_key, fingerprint, io_err, list_keys, parse_public_hex, pretty,
    short_id, trusted_dir,
};

/// A public key the dossier accepts signatures from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "TrustedKey", deny_unknown_fields)]
pub struct TrustedKey {
    pub name: String,
    pub role: Role,
    pub public_key: String,
    pub fingerprint: String,
    #[serde(default)]
    pub added: Option<DateTime<Utc>>,
}

impl TrustedKey {
    pub fn id(&self) -> String {
        short_id(&self.fingerprint)
    }

    /// The key itself; None if the stored hex is not a valid Ed25519 public key.
    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        parse_public_hex(&self.public_key)
    }
}

/// The text `farol keys show` prints: a TrustedKey file another dossier can `trust`.
pub fn public_export(info: &KeyInfo) -> String {
    let t = TrustedKey {
        name: info.name.clone(),
        role: info.role,
        public_key: info.public_key.clone(),
        fingerprint: info.fingerprint.clone(),
        added: None,
    };
    format!(
        "// Farol public key {} ({}, {}). Give this file to whoever keeps the dossier;\n// they add it with `farol keys trust FILE`. Check the fingerprint with its owner:\n// {}\n{}\n",
        info.id,
        info.name,
        info.role,
        info.fingerprint,
        pretty(&t)
    )
}

/// Reads a public key from what a user may hand to `farol keys trust`: a file (TrustedKey
/// or KeyFile RON, SPKI PEM, or hex), 64 hex digits, or the id or name of one of the
/// user's own keys in `keys_dir`. Returns the key and any name and role the source gives.
pub fn read_public(
    source: &str,
    keys_dir: Option<&Path>,
) -> Result<(VerifyingKey, Option<String>, Option<Role>), KeyError> {
    let path = Path::new(source);
    if path.is_file() {
        let text = fs::read_to_string(path).map_err(io_err(
            "cannot read",
            path,
            "check that the file exists and that you may read it",
        ))?;
        if let Ok(t) = ron::from_str::<TrustedKey>(&text) {
            let vk = t
                .verifying_key()
                .ok_or_else(|| KeyError::NotAKey(source.to_string()))?;
            return Ok((vk, Some(t.name), Some(t.role)));
        }
        if let Ok(k) = ron::from_str::<KeyFile>(&text) {
            let vk = parse_public_hex(&k.public_key)
                .ok_or_else(|| KeyError::NotAKey(source.to_string()))?;
            return Ok((vk, Some(k.name), Some(k.role)));
        }
        if text.contains("BEGIN PUBLIC KEY") {
            let vk = VerifyingKey::from_public_key_pem(text.trim())
                .map_err(|_| KeyError::NotAKey(source.to_string()))?;
            return Ok((vk, None, None));
        }
        if let Some(vk) = parse_public_hex(&text) {
            return Ok((vk, None, None));
        }
        return Err(KeyError::NotAKey(source.to_string()));
    }
    // One of the user's own keys, by id, name or full fingerprint. Checked before reading
    // 64 hex digits as a key, so a fingerprint pasted by mistake is not trusted as a key.
    if let Some(dir) = keys_dir
        && let Ok(keys) = list_keys(dir)
        && let Some(k) = keys.iter().find(|k| k.fingerprint == source.trim())
        && let Some(vk) = parse_public_hex(&k.public_key)
    {
        return Ok((vk, Some(k.name.clone()), Some(k.role)));
    }
    if let Some(vk) = parse_public_hex(source) {
        return Ok((vk, None, None));
    }
    if let Some(dir) = keys_dir
        && let Ok(info) = find_key(dir, Some(source))
        && let Some(vk) = parse_public_hex(&info.public_key)
    {
        return Ok((vk, Some(info.name), Some(info.role)));
    }
    Err(KeyError::NotAKey(source.to_string()))
}

/// Adds a public key to the dossier's trusted keys (a new entry for the same key supersedes
/// the older ones, which stay).
pub fn trust(
    dossier_root: &Path,
    keys_dir: Option<&Path>,
    source: &str,
    name: Option<&str>,
    role: Option<Role>,
    now: DateTime<Utc>,
) -> Result<TrustedKey, KeyError> {
    let (vk, src_name, src_role) = read_public(source, keys_dir)?;
    let name = name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .or(src_name)
        .ok_or_else(|| KeyError::NoName(format!("'{source}' does not say whose key it is")))?;
    let role = role.or(src_role).ok_or(KeyError::NoRole)?;
    let fp = fingerprint(&vk);
    let t = TrustedKey {
        name,
        role,
        public_key: hex::encode(vk.as_bytes()),
        fingerprint: fp.clone(),
        added: Some(now.trunc_subsecs(0)),
    };
    let text = format!(
        "// A public key this dossier accepts signatures from: {}\n// fingerprint {}\n{}\n",
        t.id(),
        fp,
        pretty(&t)
    );
    // Named by content, never rewritten: two people who trust the same key at different
    // times add two files, which git merges; the newest entry for a key is the one used.
    let sha = hex::encode(Sha256::digest(text.as_bytes()));
    let path = trusted_dir(dossier_root).join(format!("{}-{}.pub.ron", &fp[..16], &sha[..12]));
    match crate::fsutil::write_new(&path, text.as_bytes(), 0o644) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => {
            return Err(io_err(
                "cannot write",
                &path,
                "check that the dossier exists and that you may write to it",
            )(e));
        }
        _ => {}
    }
    crate::share::ensure_gitignore_quietly(dossier_root);
    Ok(t)
}

/// One trusted key file that could not be used, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrustProblem {
    pub file: PathBuf,
    pub problem: String,
}

/// The dossier's trusted keys. A file that is unreadable, or whose key does not match its
/// fingerprint or its file name, is not trusted and is reported.
pub fn trusted(dossier_root: &Path) -> Result<(Vec<TrustedKey>, Vec<TrustProblem>), KeyError> {
    let dir = trusted_dir(dossier_root);
    let rd = match fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok((vec![], vec![])),
        Err(e) => {
            return Err(io_err(
                "cannot read",
                &dir,
                "check that you may read the dossier",
            )(e));
        }
    };
    let mut paths: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".pub.ron"))
        .collect();
    paths.sort();
    let (mut keys, mut problems) = (Vec::new(), Vec::new());
    for p in paths {
        let problem = |s: String| TrustProblem {
            file: p.clone(),
            problem: s,
        };
        let text = match fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) => {
                problems.push(problem(format!("cannot read: {e}")));
                continue;
            }
        };
        let t: TrustedKey = match ron::from_str(&text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(problem(format!(
                    "line {}, column {}: {}",
                    e.span.start.line, e.span.start.col, e.code
                )));
                continue;
            }
        };
        match t.verifying_key() {
            Some(vk) if fingerprint(&vk) == t.fingerprint => {
                let stem = p
                    .file_name()
                    .map(|n| n.to_string_lossy().trim_end_matches(".pub.ron").to_string())
                    .unwrap_or_default();
                // `<fp16>.pub.ron` (before names were by content) or `<fp16>-<h12>.pub.ron`.
                let sha = hex::encode(Sha256::digest(text.as_bytes()));
                let named = match stem.split_once('-') {
                    None => stem == t.fingerprint[..16],
                    Some((fp, h)) => {
                        fp == &t.fingerprint[..16] && h.len() == 12 && sha.starts_with(h)
                    }
                };
                if !named {
                    problems.push(problem(format!(
                        "the file name does not match the key it holds ({})",
                        t.id()
                    )));
                } else {
                    keys.push(t);
                }
            }
            Some(_) => problems.push(problem(
                "the fingerprint does not match the public key".into(),
            )),
            None => problems.push(problem("the public key is not a valid Ed25519 key".into())),
        }
    }
    // Several entries for one key (trusted again, under another name or role): the newest.
    keys.sort_by(|a, b| {
        a.fingerprint
            .cmp(&b.fingerprint)
            .then(b.added.cmp(&a.added))
    });
    keys.dedup_by(|later, first| later.fingerprint == first.fingerprint);
    Ok((keys, problems))
}

/// One `--trust` argument of `farol verify`: a public key file as `farol keys show`
/// writes it (which names the owner and the role), or a full 64-hex fingerprint (the
/// SHA-256 of the key) of a key that `known` holds, which then gives its owner and role.
pub fn resolve_trust(spec: &str, known: &[TrustedKey]) -> Result<TrustedKey, KeyError> {
    let path = Path::new(spec);
    if path.is_file() {
        let (vk, name, role) = read_public(spec, None)?;
        let (Some(name), Some(role)) = (name, role) else {
            return Err(KeyError::TrustWithoutName {
                spec: spec.to_string(),
            });
        };
        return Ok(TrustedKey {
            name,
            role,
            public_key: hex::encode(vk.as_bytes()),
            fingerprint: fingerprint(&vk),
            added: None,
        });
    }
    let fp = spec.trim().to_ascii_lowercase();
    if fp.len() == 64 && fp.bytes().all(|b| b.is_ascii_hexdigit()) {
        return known
            .iter()
            .find(|t| t.fingerprint == fp)
            .cloned()
            .ok_or(KeyError::UnknownFingerprint { fingerprint: fp });
    }
    Err(KeyError::NotTrustSpec {
        spec: spec.to_string(),
    })
}

/// A trusted key as an SPKI PEM (`BEGIN PUBLIC KEY`), as OpenSSL reads it; None if the
/// stored key is not a valid Ed25519 key.
pub fn public_pem(t: &TrustedKey) -> Option<String> {
    t.verifying_key()?.to_public_key_pem(LineEnding::LF).ok()
}
