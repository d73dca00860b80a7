//! Reading a private key to sign with: the checks that come before a signature (the key
//! readable by its owner alone, its directory writable by its owner alone, the key
//! matching its description) and the passphrase of a protected key.

use std::fs;
use std::path::Path;

use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::DecodePrivateKey;
use zeroize::Zeroizing;

use super::{KeyError, LoadedKey, find_key, fingerprint, io_err, mode_of};

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
