//! Signing keys: who may sign a record, and whose signatures a dossier accepts.
//!
//! A record is only evidence if its signature can be tied to a person. Each person has an
//! Ed25519 key pair; the private half never leaves their own machine and is readable by
//! them alone, the public half is shared and *trusted* per dossier.
//!
//! ```text
//! KEYS/                         the user's config dir (`…/farol/keys`, or FAROL_KEYS), 0700
//!   <fp16>.key.pem              private key, PKCS#8 v1 PEM (OpenSSL reads it), 0600; or,
//!                               with a passphrase, encrypted PKCS#8 (PBES2: scrypt, AES-256-CBC)
//!   <fp16>.ron                  KeyFile(name, role, public key, fingerprint, created)
//! DOSSIER/keys/trusted/
//!   <fp16>-<h12>.pub.ron        TrustedKey(name, role, public key, fingerprint, added), named
//!                               by content (h12: SHA-256 of the file) so that two people
//!                               trusting a key never write one path; `<fp16>.pub.ron` is
//!                               still read. The newest entry for a key is the one used
//! ```
//!
//! A key is named by a short fingerprint, minisign-style: `farol:` and the first 16 hex
//! digits of the SHA-256 of the 32-byte public key; the full SHA-256 is the fingerprint
//! recorded in every signature. A private key file that others may read is refused, as
//! ssh does, so a copied or carelessly unpacked key is noticed before it signs anything;
//! so is a key directory that others may write to (they could put their key in its place).
//!
//! The user's own key pairs are made, listed and found in `own`; a private key is read to
//! sign with (its permissions checked, its passphrase asked for) in `signing`; the public
//! keys a dossier trusts are added, read and resolved in `trust`. This file holds what
//! they share: roles, the error type, fingerprints and the key directories.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::{DateTime, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod own;
mod signing;
mod trust;

pub use own::{find_key, list_keys, new_key, new_key_protected};
pub use signing::{
    PASSPHRASE_ENV, Passphrase, Prompt, is_protected, load_signing_key, load_signing_key_with,
    read_private_key, read_private_key_with, set_passphrase_prompt,
};
pub use trust::{
    TrustProblem, TrustedKey, public_export, public_pem, read_public, resolve_trust, trust, trusted,
};

/// The environment variable that overrides where private keys are kept.
pub const KEYS_ENV: &str = "FAROL_KEYS";

/// What a signer signs as. A trusted key is trusted in one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Assessor,
    Reviewer,
    Approver,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Assessor, Role::Reviewer, Role::Approver];

    pub fn label(self) -> &'static str {
        match self {
            Role::Assessor => "assessor",
            Role::Reviewer => "reviewer",
            Role::Approver => "approver",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

impl FromStr for Role {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        Role::ALL
            .into_iter()
            .find(|r| r.label().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| KeyError::BadRole(s.to_string()))
    }
}

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
        hint: &'static str,
    },
    Exposed {
        path: PathBuf,
        mode: u32,
    },
    ExposedDir {
        path: PathBuf,
        mode: u32,
    },
    WritableDir {
        path: PathBuf,
        mode: u32,
    },
    NeedsPassphrase {
        path: PathBuf,
    },
    WrongPassphrase {
        path: PathBuf,
    },
    Unreadable {
        path: PathBuf,
        problem: String,
        hint: String,
    },
    NoKeys {
        dir: PathBuf,
    },
    WhichKey {
        dir: PathBuf,
        count: usize,
        known: String,
    },
    UnknownKey {
        id: String,
        dir: PathBuf,
        known: String,
    },
    BadRole(String),
    NoName(String),
    NotAKey(String),
    NoRole,
    Random(String),
    Encode(String),
    NoHome,
    TrustWithoutName {
        spec: String,
    },
    UnknownFingerprint {
        fingerprint: String,
    },
    NotTrustSpec {
        spec: String,
    },
}

fn io_err(
    action: &'static str,
    path: &Path,
    hint: &'static str,
) -> impl FnOnce(io::Error) -> KeyError {
    let path = path.to_path_buf();
    move |source| KeyError::Io {
        action,
        path,
        source,
        hint,
    }
}

/// A public key's identity: the full SHA-256 and the short id.
pub fn fingerprint(public: &VerifyingKey) -> String {
    hex::encode(Sha256::digest(public.as_bytes()))
}

/// `farol:` and the first 16 hex digits of the fingerprint.
pub fn short_id(fingerprint: &str) -> String {
    format!("farol:{}", &fingerprint[..fingerprint.len().min(16)])
}

/// A key pair as the owner sees it (the private half stays on disk).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    /// `farol:1a2b3c4d5e6f7a8b`
    pub id: String,
    pub fingerprint: String,
    pub name: String,
    pub role: Role,
    /// The 32-byte public key in hex.
    pub public_key: String,
    pub created: DateTime<Utc>,
    /// The private key file.
    pub path: PathBuf,
}

/// A signing key ready to sign, with who it belongs to.
pub struct LoadedKey {
    pub info: KeyInfo,
    pub signing: SigningKey,
}

impl fmt::Debug for LoadedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoadedKey")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

/// The private key directory: `FAROL_KEYS`, else `keys/` in the user's config directory.
pub fn default_dir() -> Result<PathBuf, KeyError> {
    if let Some(d) = std::env::var_os(KEYS_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("mo", "Farol", "farol")
        .map(|d| d.config_dir().join("keys"))
        .ok_or(KeyError::NoHome)
}

/// Where a dossier keeps the public keys it trusts.
pub fn trusted_dir(dossier_root: &Path) -> PathBuf {
    dossier_root.join("keys").join("trusted")
}

#[cfg(unix)]
fn mode_of(meta: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o777
}

#[cfg(not(unix))]
fn mode_of(_: &fs::Metadata) -> u32 {
    0o600
}

fn parse_public_hex(s: &str) -> Option<VerifyingKey> {
    let s = s.trim();
    if s.len() != 64 {
        return None;
    }
    let bytes: [u8; 32] = hex::decode(s).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

fn pretty<T: Serialize>(v: &T) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(v, cfg).unwrap_or_default()
}
