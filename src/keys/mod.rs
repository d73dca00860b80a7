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

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::{DateTime, SubsecRound, Utc};
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, KeypairBytes,
};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

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

/// The sidecar next to a private key: what the PEM cannot say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "KeyFile", deny_unknown_fields)]
struct KeyFile {
    name: String,
    role: Role,
    public_key: String,
    fingerprint: String,
    created: DateTime<Utc>,
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

fn parse_public_hex(s: &str) -> Option<VerifyingKey> {
    let s = s.trim();
    if s.len() != 64 {
        return None;
    }
    let bytes: [u8; 32] = hex::decode(s).ok()?.try_into().ok()?;
    VerifyingKey::from_bytes(&bytes).ok()
}

/// The environment variable a passphrase may come from, where no terminal can ask for it.
pub const PASSPHRASE_ENV: &str = "FAROL_PASSPHRASE";

/// Where the passphrase of a protected private key comes from.
pub enum Passphrase<'a> {
    Given(&'a str),
    /// `FAROL_PASSPHRASE`, else the prompt the program registered
    /// ([`set_passphrase_prompt`]), else a refusal.
    Ask,
    /// None: a protected key is refused.
    None,
}

/// How the program asks for a passphrase (given the key file's path), if it can.
pub type Prompt = fn(&Path) -> Option<Zeroizing<String>>;

static PROMPT: std::sync::OnceLock<Prompt> = std::sync::OnceLock::new();

/// Registers how to ask for a passphrase (the command line asks on the terminal).
pub fn set_passphrase_prompt(p: Prompt) {
    let _ = PROMPT.set(p);
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

fn pretty<T: Serialize>(v: &T) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(v, cfg).unwrap_or_default()
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

/// Loads a private key to sign with, refusing one that others may read, or that lies in
/// a directory others may write to; a passphrase is asked for as [`Passphrase::Ask`] says.
pub fn load_signing_key(dir: &Path, id: Option<&str>) -> Result<LoadedKey, KeyError> {
    load_signing_key_with(dir, id, &Passphrase::Ask)
}

/// [`load_signing_key`], with the passphrase of a protected key from `passphrase`.
pub fn load_signing_key_with(
    dir: &Path,
    id: Option<&str>,
    passphrase: &Passphrase<'_>,
) -> Result<LoadedKey, KeyError> {
    check_not_writable(dir)?;
    let info = find_key(dir, id)?;
    let signing = read_private_key_with(&info.path, passphrase)?;
    let public = signing.verifying_key();
    if fingerprint(&public) != info.fingerprint {
        return Err(KeyError::Unreadable {
            path: info.path.clone(),
            problem: format!(
                "this private key does not match its description {}",
                info.path.with_extension("").with_extension("ron").display()
            ),
            hint: "the key files were mixed up or edited; restore both from a backup".into(),
        });
    }
    Ok(LoadedKey { info, signing })
}

/// Refuses a key directory that users other than its owner may write to: they could
/// replace the key (and its description) with their own.
fn check_not_writable(dir: &Path) -> Result<(), KeyError> {
    let Ok(meta) = fs::metadata(dir) else {
        return Ok(()); // find_key words a missing directory
    };
    let mode = mode_of(&meta);
    if mode & 0o022 != 0 {
        return Err(KeyError::WritableDir {
            path: dir.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

/// Reads a PKCS#8 PEM private key, after checking that only its owner may read it; a
/// protected one's passphrase is asked for as [`Passphrase::Ask`] says.
pub fn read_private_key(path: &Path) -> Result<SigningKey, KeyError> {
    read_private_key_with(path, &Passphrase::Ask)
}

/// Whether the private key file is protected by a passphrase (encrypted PKCS#8), so that
/// signing with it needs one; false for an unreadable file (signing then says why).
pub fn is_protected(path: &Path) -> bool {
    fs::read_to_string(path).is_ok_and(|pem| {
        let pem = Zeroizing::new(pem);
        pem.trim_start()
            .starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    })
}

/// [`read_private_key`], with the passphrase of a protected key from `passphrase`.
pub fn read_private_key_with(
    path: &Path,
    passphrase: &Passphrase<'_>,
) -> Result<SigningKey, KeyError> {
    const HINT: &str = "check that the key file exists; `farol keys list` shows your keys";
    let meta = fs::metadata(path).map_err(io_err("cannot read", path, HINT))?;
    let mode = mode_of(&meta);
    if mode & 0o077 != 0 {
        return Err(KeyError::Exposed {
            path: path.to_path_buf(),
            mode,
        });
    }
    let pem =
        Zeroizing::new(fs::read_to_string(path).map_err(io_err("cannot read", path, HINT))?);
    if pem
        .trim_start()
        .starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    {
        let asked;
        let secret: &str = match passphrase {
            Passphrase::Given(p) => p,
            Passphrase::None => return Err(KeyError::NeedsPassphrase { path: path.into() }),
            Passphrase::Ask => {
                asked = std::env::var(PASSPHRASE_ENV)
                    .ok()
                    .map(Zeroizing::new)
                    .or_else(|| PROMPT.get().and_then(|p| p(path)))
                    .ok_or_else(|| KeyError::NeedsPassphrase { path: path.into() })?;
                asked.as_str()
            }
        };
        return SigningKey::from_pkcs8_encrypted_pem(&pem, secret.as_bytes())
            .map_err(|_| KeyError::WrongPassphrase { path: path.into() });
    }
    SigningKey::from_pkcs8_pem(&pem).map_err(|e| KeyError::Unreadable {
        path: path.to_path_buf(),
        problem: format!("not an Ed25519 private key in PKCS#8 PEM ({e})"),
        hint: "restore the key from a backup, or make a new one with `farol keys new`".into(),
    })
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
