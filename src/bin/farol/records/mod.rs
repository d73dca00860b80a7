//! `farol keys …`, `farol sign`, `farol verify`, `farol diff`: thin handlers over
//! `farol::keys` and `farol::record`. Exit codes: 0 success (for verify: everything
//! verifies), 1 a check failed, 2 usage or I/O error (returned as Err).
//!
//! One file per command family: `keys`, `sign` (and `resolve`), `verify`, `diff`.

mod diff;
mod keys;
mod sign;
mod verify;

pub use diff::{DiffArgs, diff};
pub use keys::{KeysCommand, allow_passphrase_prompt, keys_cmd};
pub(crate) use sign::warn_if_forked;
pub use sign::{ResolveArgs, SignArgs, resolve, sign};
pub use verify::{VerifyArgs, verify};

use std::io::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::Utc;
use farol::tr;

/// An instant as JSON shows it: RFC 3339, UTC, to the second.
pub(crate) fn rfc3339(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Writes to stdout; a closed pipe (`farol verify | head`) is not an error.
pub fn out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

pub(crate) fn keys_dir() -> Result<PathBuf> {
    Ok(farol::keys::default_dir()?)
}

/// Standard input, kept in a temporary file for `farol verify -`: a file name that says
/// what it holds (a zip bundle, a report PDF, or a signed record).
pub(super) struct Stdin {
    _dir: tempfile::TempDir,
    pub(super) path: PathBuf,
}

pub(super) fn stdin_to_file(lang: &str) -> Result<Stdin> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
        .with_context(|| tr!(lang, "cli-cannot-read", path = "-"))?;
    let name = if bytes.starts_with(b"PK\x03\x04") {
        "standard-input.zip"
    } else if bytes.starts_with(b"%PDF") {
        "standard-input.pdf"
    } else {
        "standard-input.ron"
    };
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(name);
    std::fs::write(&path, &bytes)?;
    Ok(Stdin { _dir: dir, path })
}
