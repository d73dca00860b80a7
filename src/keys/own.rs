//! The user's own key pairs: making one (the private key owner-only, its description
//! beside it), listing them and finding one by id or name. Kept apart from reading a
//! private key to sign with, which checks more and may ask for a passphrase.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, SubsecRound, Utc};
use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{EncodePrivateKey, KeypairBytes};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{KeyError, KeyInfo, Role, fingerprint, io_err, mode_of, pretty, short_id};

/// The sidecar next to a private key: what the PEM cannot say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "KeyFile", deny_unknown_fields)]
pub(super) struct KeyFile {
    pub(super) name: String,
    pub(super) role: Role,
    pub(super) public_key: String,
    pub(super) fingerprint: String,
    pub(super) created: DateTime<Utc>,
}

/// Creates the private key directory owner-only, or checks an existing one is.
fn ensure_private_dir(dir: &Path) -> Result<(), KeyError> {
    const HINT: &str = "check that the directory can be created, or set FAROL_KEYS to another one";
    match fs::metadata(dir) {
        Ok(meta) => {
            let mode = mode_of(&meta);
            if mode & 0o077 != 0 {
                return Err(KeyError::ExposedDir {
                    path: dir.to_path_buf(),
                    mode,
                });
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let mut b = fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                b.mode(0o700);
            }
            b.create(dir).map_err(io_err("cannot create", dir, HINT))
        }
        Err(e) => Err(io_err("cannot read", dir, HINT)(e)),
    }
}

/// Creates a new key pair for `name` in `dir`.
pub fn new_key(
    dir: &Path,
    name: &str,
    role: Role,
    now: DateTime<Utc>,
) -> Result<KeyInfo, KeyError> {
    create_key(dir, name, role, now, None)
}

/// Creates a new key pair whose private key is encrypted with `passphrase` (encrypted
/// PKCS#8: PBES2 with scrypt and AES-256-CBC; OpenSSL reads it with the passphrase).
pub fn new_key_protected(
    dir: &Path,
    name: &str,
    role: Role,
    now: DateTime<Utc>,
    passphrase: &str,
) -> Result<KeyInfo, KeyError> {
    create_key(dir, name, role, now, Some(passphrase))
}

fn create_key(
    dir: &Path,
    name: &str,
    role: Role,
    now: DateTime<Utc>,
    passphrase: Option<&str>,
) -> Result<KeyInfo, KeyError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(KeyError::NoName("a key needs its owner's name".into()));
    }
    ensure_private_dir(dir)?;
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::fill(seed.as_mut()).map_err(|e| KeyError::Random(e.to_string()))?;
    let signing = SigningKey::from_bytes(&seed);
    let public = signing.verifying_key();
    let fp = fingerprint(&public);
    let pair = KeypairBytes {
        secret_key: *seed,
        public_key: None,
    };
    let pem = match passphrase {
        None => pair.to_pkcs8_pem(LineEnding::LF),
        Some(p) => pair.to_pkcs8_encrypted_pem(p.as_bytes(), LineEnding::LF),
    }
    .map_err(|e| KeyError::Encode(e.to_string()))?;
    let stem = &fp[..16];
    let key_path = dir.join(format!("{stem}.key.pem"));
    const HINT: &str =
        "check that you may write to the key directory, or set FAROL_KEYS to another one";
    crate::fsutil::write_new(&key_path, pem.as_bytes(), 0o600).map_err(io_err(
        "cannot write",
        &key_path,
        HINT,
    ))?;
    let meta = KeyFile {
        name: name.to_string(),
        role,
        public_key: hex::encode(public.as_bytes()),
        fingerprint: fp.clone(),
        created: now.trunc_subsecs(0),
    };
    let meta_path = dir.join(format!("{stem}.ron"));
    let text = format!(
        "// Farol signing key {}: who it belongs to. The private key is {stem}.key.pem.\n{}\n",
        short_id(&fp),
        pretty(&meta)
    );
    crate::fsutil::write_new(&meta_path, text.as_bytes(), 0o600).map_err(io_err(
        "cannot write",
        &meta_path,
        HINT,
    ))?;
    Ok(info_of(meta, key_path))
}

fn info_of(meta: KeyFile, path: PathBuf) -> KeyInfo {
    KeyInfo {
        id: short_id(&meta.fingerprint),
        fingerprint: meta.fingerprint,
        name: meta.name,
        role: meta.role,
        public_key: meta.public_key,
        created: meta.created,
        path,
    }
}

fn read_key_file(path: &Path) -> Result<KeyFile, KeyError> {
    let text = fs::read_to_string(path).map_err(io_err(
        "cannot read",
        path,
        "check that the file exists and that you may read it",
    ))?;
    let meta: KeyFile = ron::from_str(&text).map_err(|e| KeyError::Unreadable {
        path: path.to_path_buf(),
        problem: format!("line {}, column {}: {}", e.span.start.line, e.span.start.col, e.code),
        hint: "this file describes a signing key; restore it from a backup, or make a new key with `farol keys new`".into(),
    })?;
    Ok(meta)
}

/// The keys in `dir`, oldest first. A missing directory has none.
pub fn list_keys(dir: &Path) -> Result<Vec<KeyInfo>, KeyError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => {
            return Err(io_err(
                "cannot read",
                dir,
                "check that you may read the key directory",
            )(e));
        }
    };
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "ron")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for p in paths {
        let meta = read_key_file(&p)?;
        let key_path = p.with_extension("key.pem");
        out.push(info_of(meta, key_path));
    }
    out.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
    Ok(out)
}

fn known(keys: &[KeyInfo]) -> String {
    keys.iter()
        .map(|k| format!("{} ({}, {})", k.id, k.name, k.role))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Finds a key by id (`farol:…`, or a prefix of its fingerprint) or by owner name; the
/// only key when `id` is None.
pub fn find_key(dir: &Path, id: Option<&str>) -> Result<KeyInfo, KeyError> {
    let keys = list_keys(dir)?;
    if keys.is_empty() {
        return Err(KeyError::NoKeys {
            dir: dir.to_path_buf(),
        });
    }
    let Some(id) = id.map(str::trim) else {
        return match keys.len() {
            1 => Ok(keys.into_iter().next().expect("one key")),
            count => Err(KeyError::WhichKey {
                dir: dir.to_path_buf(),
                count,
                known: known(&keys),
            }),
        };
    };
    let hex_part = id.strip_prefix("farol:").unwrap_or(id).to_ascii_lowercase();
    let matches: Vec<&KeyInfo> = keys
        .iter()
        .filter(|k| (hex_part.len() >= 4 && k.fingerprint.starts_with(&hex_part)) || k.name == id)
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(KeyError::UnknownKey {
            id: id.to_string(),
            dir: dir.to_path_buf(),
            known: format!("known keys: {}", known(&keys)),
        }),
        _ => Err(KeyError::UnknownKey {
            id: id.to_string(),
            dir: dir.to_path_buf(),
            known: format!(
                "'{id}' names several keys; give more of the id: {}",
                known(&keys)
            ),
        }),
    }
}
