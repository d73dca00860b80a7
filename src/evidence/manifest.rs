//! The manifest: one `sha256sum` line per file (`<hex>  <path>`, sorted by path), so both
//! `farol verify` and `sha256sum -c MANIFEST.sha256` check a bundle; and its signature,
//! `MANIFEST.sha256.sig`: a short RON statement naming the manifest's SHA-256, who bundled
//! it and when, sealed with the same trailer as a record (`record::seal`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::keys::{self, LoadedKey, Role};
use crate::record::{self, Signer};

pub const MANIFEST: &str = "MANIFEST.sha256";
pub const SIGNATURE: &str = "MANIFEST.sha256.sig";
/// The version of the signature statement's format.
const FORMAT: u32 = 1;

/// The lines of the manifest for `files` (the manifest and its signature excluded).
pub(super) fn text(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut out = String::new();
    for (path, bytes) in files {
        if path == MANIFEST || path == SIGNATURE {
            continue;
        }
        out.push_str(&record::sha256_hex(bytes));
        out.push_str("  ");
        out.push_str(path);
        out.push('\n');
    }
    out
}

/// What the manifest's signature states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "BundleSignature", deny_unknown_fields)]
pub struct BundleSignature {
    pub format: u32,
    pub manifest: String,
    pub manifest_sha256: String,
    /// How many files the manifest lists.
    pub files: usize,
    /// The `--since` day the bundle was limited to, if any.
    pub since: Option<NaiveDate>,
    /// Who bundled it, and when.
    pub signer: Signer,
}

/// `MANIFEST.sha256.sig`: the statement, then the signature trailer.
pub(super) fn sign(
    manifest: &[u8],
    files: usize,
    since: Option<NaiveDate>,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Vec<u8> {
    let statement = BundleSignature {
        format: FORMAT,
        manifest: MANIFEST.into(),
        manifest_sha256: record::sha256_hex(manifest),
        files,
        since,
        signer: Signer::of(key, now),
    };
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    let body = format!(
        "// Farol evidence bundle: who made it. The signature below covers every byte above it,\n// which names the SHA-256 of {MANIFEST}; `farol verify` checks both.\n{}\n",
        ron::ser::to_string_pretty(&statement, cfg).expect("a statement always serialises")
    );
    record::seal(&body, key)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureState {
    /// Signed, the signature holds and it names this manifest.
    Valid,
    /// No `MANIFEST.sha256.sig`: made without a signing key.
    #[default]
    Unsigned,
    /// The signature file was changed after signing.
    Invalid,
    /// The signature holds, but for another manifest: `MANIFEST.sha256` was edited.
    ManifestChanged,
    /// The signature holds, by another key than the statement names.
    SignerMismatch,
    /// The signature file cannot be read.
    Malformed,
}

impl SignatureState {
    /// Whether this state passes. An unsigned manifest passes (it still names damage) and
    /// is reported as unsigned.
    pub fn passes(self) -> bool {
        matches!(self, SignatureState::Valid | SignatureState::Unsigned)
    }
}

/// Who signed the manifest, and whether that holds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SignatureCheck {
    pub state: SignatureState,
    pub signer: Option<String>,
    pub role: Option<Role>,
    pub key: Option<String>,
    pub fingerprint: Option<String>,
    pub signed_at: Option<DateTime<Utc>>,
    /// The name and role the bundle's trusted keys give the signer's key, if any.
    pub trusted_as: Option<String>,
}

/// The manifest check of a bundle.
#[derive(Debug, Clone, Serialize)]
pub struct ManifestReport {
    pub present: bool,
    /// Files the manifest lists.
    pub listed: usize,
    /// Listed files whose bytes are as bundled.
    pub intact: usize,
    pub changed: Vec<String>,
    pub missing: Vec<String>,
    /// Files in the bundle that the manifest does not list.
    pub added: Vec<String>,
    pub signature: SignatureCheck,
    /// Every failure, in words, naming the file.
    pub problems: Vec<String>,
    /// Remarks that fail nothing.
    pub notes: Vec<String>,
}

impl ManifestReport {
    pub fn passed(&self) -> bool {
        self.present && self.problems.is_empty() && self.signature.state.passes()
    }
}

/// Checks every file of the bundle at `root` against its manifest, and the manifest
/// against its signature. Reads nothing outside `root`.
pub(super) fn check(root: &Path) -> ManifestReport {
    let mut r = ManifestReport {
        present: false,
        listed: 0,
        intact: 0,
        changed: vec![],
        missing: vec![],
        added: vec![],
        signature: SignatureCheck::default(),
        problems: vec![],
        notes: vec![],
    };
    let mut on_disk = BTreeSet::new();
    walk(root, "", &mut on_disk, &mut r.problems);
    on_disk.remove(MANIFEST);
    on_disk.remove(SIGNATURE);

    let manifest = match fs::read(root.join(MANIFEST)) {
        Ok(m) => m,
        Err(e) => {
            r.problems.push(if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "{MANIFEST} is missing, so no file of the bundle can be checked against it; ask for the bundle again"
                )
            } else {
                format!("cannot read {MANIFEST}: {e}")
            });
            return r;
        }
    };
    r.present = true;
    let entries = parse(&manifest, &mut r.problems);
    r.listed = entries.len();
    let mut listed = BTreeSet::new();
    for (hash, path) in &entries {
        listed.insert(path.as_str());
        if !on_disk.contains(path.as_str()) {
            r.problems.push(format!(
                "missing since bundling: {path} (listed in {MANIFEST})"
            ));
            r.missing.push(path.clone());
            continue;
        }
        match fs::read(root.join(path)) {
            Ok(bytes) if record::sha256_hex(&bytes) == *hash => r.intact += 1,
            Ok(_) => {
                r.problems.push(format!(
                    "changed since bundling: {path} (its SHA-256 is not the one in {MANIFEST})"
                ));
                r.changed.push(path.clone());
            }
            Err(e) => r.problems.push(format!("cannot read {path}: {e}")),
        }
    }
    for path in on_disk.iter().filter(|p| !listed.contains(p.as_str())) {
        r.problems.push(format!(
            "not in the manifest, so added after bundling: {path}"
        ));
        r.added.push(path.clone());
    }
    r.signature = check_signature(root, &manifest, &mut r.problems, &mut r.notes);
    r
}

/// The regular files under `dir`, as '/'-separated paths relative to the bundle root.
fn walk(dir: &Path, prefix: &str, out: &mut BTreeSet<String>, problems: &mut Vec<String>) {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            problems.push(format!("cannot read {}: {e}", display(prefix)));
            return;
        }
    };
    for e in rd.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        match e.file_type() {
            Ok(t) if t.is_dir() => walk(&e.path(), &rel, out, problems),
            Ok(t) if t.is_file() => {
                out.insert(rel);
            }
            _ => problems.push(format!(
                "{rel} is not a plain file (a link or a device): a bundle holds only files"
            )),
        }
    }
}

fn display(prefix: &str) -> &str {
    if prefix.is_empty() {
        "the bundle"
    } else {
        prefix
    }
}

/// The manifest's entries; malformed lines and unsafe paths are problems, not entries.
fn parse(bytes: &[u8], problems: &mut Vec<String>) -> Vec<(String, String)> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        problems.push(format!(
            "{MANIFEST} is not UTF-8 text: it was damaged; ask for the bundle again"
        ));
        return vec![];
    };
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let at = format!("{MANIFEST}:{}", i + 1);
        if line.trim().is_empty() {
            continue;
        }
        let parsed = line
            .split_once("  ")
            .or_else(|| line.split_once(" *"))
            .filter(|(h, _)| {
                h.len() == 64
                    && h.bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            });
        let Some((hash, path)) = parsed else {
            problems.push(format!(
                "{at}: not a manifest line (expected 64 lowercase hex digits, two spaces and a path): the manifest was edited"
            ));
            continue;
        };
        if !is_inside(path) {
            problems.push(format!(
                "{at}: the path {path:?} points outside the bundle; it was not read"
            ));
            continue;
        }
        if !seen.insert(path.to_string()) {
            problems.push(format!("{at}: {path} is listed twice"));
            continue;
        }
        out.push((hash.to_string(), path.to_string()));
    }
    out
}

/// A relative path with no `..`, no empty or `.` parts and no backslash.
fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && path
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..")
}

fn check_signature(
    root: &Path,
    manifest: &[u8],
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) -> SignatureCheck {
    let mut c = SignatureCheck::default();
    let bytes = match fs::read(root.join(SIGNATURE)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            notes.push(format!(
                "{MANIFEST} is not signed (the bundle was made without a signing key): it shows what was damaged, not who made the bundle"
            ));
            return c;
        }
        Err(e) => {
            c.state = SignatureState::Malformed;
            problems.push(format!("cannot read {SIGNATURE}: {e}"));
            return c;
        }
    };
    let trailer = match record::split(SIGNATURE, &bytes) {
        Ok(t) => t,
        Err(e) => {
            c.state = SignatureState::Malformed;
            problems.push(e.to_string());
            return c;
        }
    };
    let signed = &bytes[..trailer.signed_len];
    let fp = keys::fingerprint(&trailer.public_key);
    c.fingerprint = Some(fp.clone());
    c.key = Some(keys::short_id(&fp));
    if !trailer.holds(&bytes) {
        c.state = SignatureState::Invalid;
        problems.push(format!(
            "{SIGNATURE}: the signature does not match the file's contents: it was changed after signing"
        ));
        return c;
    }
    let statement: BundleSignature = match std::str::from_utf8(signed)
        .ok()
        .and_then(|t| ron::from_str(t).ok())
    {
        Some(s) => s,
        None => {
            c.state = SignatureState::Malformed;
            problems.push(format!(
                "{SIGNATURE}: the signature holds but the statement cannot be read (written by a newer Farol?)"
            ));
            return c;
        }
    };
    c.signer = Some(statement.signer.name.clone());
    c.role = Some(statement.signer.role);
    c.signed_at = Some(statement.signer.at);
    if statement.signer.fingerprint != fp {
        c.state = SignatureState::SignerMismatch;
        problems.push(format!(
            "{SIGNATURE} names the key {} but was signed with {}: it is not what {} signed",
            statement.signer.key,
            keys::short_id(&fp),
            statement.signer.name
        ));
        return c;
    }
    if statement.manifest_sha256 != record::sha256_hex(manifest) {
        c.state = SignatureState::ManifestChanged;
        problems.push(format!(
            "{MANIFEST} was changed after {} signed it (its SHA-256 is not the one {SIGNATURE} names)",
            statement.signer.name
        ));
        return c;
    }
    c.state = SignatureState::Valid;
    if let Ok((trusted, _)) = keys::trusted(root)
        && let Some(t) = trusted.iter().find(|t| t.fingerprint == fp)
    {
        c.trusted_as = Some(format!("{} ({})", t.name, t.role));
    } else {
        notes.push(format!(
            "{MANIFEST} is signed by {} ({}), whose key is not among the bundle's trusted keys: confirm the fingerprint {fp} with them",
            statement.signer.name,
            keys::short_id(&fp)
        ));
    }
    c
}
