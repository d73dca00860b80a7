//! `farol keys …`: create, show, trust and list signing keys, and the passphrase asked
//! on the terminal.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::Utc;
use clap::Subcommand;
use farol::dossier::Dossier;
use farol::keys::{self, Role};
use farol::present::words::role as role_words;
use farol::tr;

use super::{keys_dir, out, rfc3339, stdin_to_file};

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a signing key pair; the private key is kept readable by you alone
    New {
        /// Your name, as it will appear on every record you sign
        #[arg(long)]
        name: String,
        /// The role you sign in: assessor, reviewer or approver
        #[arg(long, default_value = "assessor")]
        role: Role,
        /// Protect the private key with a passphrase (asked twice on the terminal, or taken
        /// from FAROL_PASSPHRASE); every signature then asks for it
        #[arg(long)]
        passphrase: bool,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// Print a public key and its fingerprint, as a file others can trust
    Show {
        /// A key id (farol:…) or owner name; the only key if omitted
        id: Option<String>,
    },
    /// Trust a public key in this dossier: its signatures will verify
    Trust {
        /// A file from `farol keys show`, an SPKI PEM file, 64 hex digits, or your own key's id
        #[arg(value_name = "FILE|KEY")]
        key: String,
        /// Whose key it is (taken from the file when it says)
        #[arg(long)]
        name: Option<String>,
        /// The role it signs in (taken from the file when it says)
        #[arg(long)]
        role: Option<Role>,
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
    /// List your signing keys and the keys this dossier trusts
    List {
        /// Machine-readable output
        #[arg(long)]
        json: bool,
    },
}

#[derive(serde::Serialize)]
struct KeysJson<'a> {
    yours: Vec<KeyJson<'a>>,
    trusted: Vec<TrustedJson<'a>>,
    not_trusted: Vec<ProblemJson<'a>>,
}

/// One of your keys, in `keys list --json` and `keys new --json`.
#[derive(serde::Serialize)]
pub(crate) struct KeyJson<'a> {
    id: &'a str,
    fingerprint: &'a str,
    name: &'a str,
    role: Role,
    created: String,
    file: &'a std::path::Path,
}

impl<'a> KeyJson<'a> {
    pub(crate) fn of(k: &'a keys::KeyInfo) -> Self {
        KeyJson {
            id: &k.id,
            fingerprint: &k.fingerprint,
            name: &k.name,
            role: k.role,
            created: rfc3339(k.created),
            file: &k.path,
        }
    }
}

#[derive(serde::Serialize)]
struct TrustedJson<'a> {
    id: String,
    fingerprint: &'a str,
    name: &'a str,
    role: Role,
    added: Option<String>,
}

#[derive(serde::Serialize)]
struct ProblemJson<'a> {
    file: &'a std::path::Path,
    problem: &'a str,
}

pub fn keys_cmd(dossier: &Dossier, lang: &str, cmd: KeysCommand) -> Result<ExitCode> {
    let mut o = String::new();
    match cmd {
        KeysCommand::New {
            name,
            role,
            passphrase,
            json,
        } => {
            let dir = keys_dir()?;
            let info = if passphrase {
                let p = new_passphrase(lang)?;
                keys::new_key_protected(&dir, &name, role, Utc::now(), &p)?
            } else {
                keys::new_key(&dir, &name, role, Utc::now())?
            };
            if json {
                #[derive(serde::Serialize)]
                struct New<'a> {
                    #[serde(flatten)]
                    key: KeyJson<'a>,
                    protected: bool,
                }
                o.push_str(&crate::json::render(
                    "keys-new",
                    &New {
                        key: KeyJson::of(&info),
                        protected: passphrase,
                    },
                )?);
                out(&o)?;
                return Ok(ExitCode::SUCCESS);
            }
            let _ = writeln!(
                o,
                "{}",
                tr!(
                    lang,
                    "cli-keys-created",
                    id = info.id.as_str(),
                    name = info.name.as_str(),
                    role = role_words(lang, info.role)
                )
            );
            let _ = writeln!(
                o,
                "  {}",
                tr!(
                    lang,
                    "cli-keys-fingerprint",
                    fingerprint = info.fingerprint.as_str()
                )
            );
            let _ = writeln!(
                o,
                "  {}",
                tr!(
                    lang,
                    "cli-keys-private",
                    path = info.path.display().to_string()
                )
            );
            if passphrase {
                let _ = writeln!(o, "  {}", tr!(lang, "cli-keys-protected"));
            }
            o.push('\n');
            let _ = writeln!(o, "{}", tr!(lang, "cli-keys-to-be-accepted"));
            let _ = writeln!(
                o,
                "  {}",
                tr!(lang, "cli-keys-trust-own", id = info.id.as_str())
            );
            let _ = writeln!(
                o,
                "  {}",
                tr!(lang, "cli-keys-show-others", id = info.id.as_str())
            );
        }
        KeysCommand::Show { id } => {
            let info = keys::find_key(&keys_dir()?, id.as_deref())?;
            o.push_str(&keys::public_export(&info));
        }
        KeysCommand::Trust {
            key,
            name,
            role,
            json,
        } => {
            let dir = keys_dir().ok();
            // `farol keys show | farol keys trust -`: the key file from standard input.
            let stdin = if key == "-" {
                Some(stdin_to_file(lang)?)
            } else {
                None
            };
            let key = match &stdin {
                Some(s) => s.path.display().to_string(),
                None => key,
            };
            let t = keys::trust(
                dossier.root(),
                dir.as_deref(),
                &key,
                name.as_deref(),
                role,
                Utc::now(),
            )?;
            if json {
                o.push_str(&crate::json::render(
                    "keys-trust",
                    &TrustedJson {
                        id: t.id(),
                        fingerprint: &t.fingerprint,
                        name: &t.name,
                        role: t.role,
                        added: t.added.map(rfc3339),
                    },
                )?);
                out(&o)?;
                return Ok(ExitCode::SUCCESS);
            }
            let _ = writeln!(
                o,
                "{}",
                tr!(
                    lang,
                    "cli-keys-trusted",
                    id = t.id(),
                    name = t.name.as_str(),
                    role = role_words(lang, t.role),
                    dossier = dossier.root().display().to_string()
                )
            );
            let _ = writeln!(
                o,
                "  {}",
                tr!(
                    lang,
                    "cli-keys-fingerprint",
                    fingerprint = t.fingerprint.as_str()
                )
            );
            let _ = writeln!(o, "{}", tr!(lang, "cli-keys-check-fingerprint"));
        }
        KeysCommand::List { json: true } => {
            let dir = keys_dir()?;
            let mine = keys::list_keys(&dir)?;
            let (trusted, problems) = keys::trusted(dossier.root())?;
            o.push_str(&crate::json::render(
                "keys-list",
                &KeysJson {
                    yours: mine.iter().map(KeyJson::of).collect(),
                    trusted: trusted
                        .iter()
                        .map(|t| TrustedJson {
                            id: t.id(),
                            fingerprint: &t.fingerprint,
                            name: &t.name,
                            role: t.role,
                            added: t.added.map(rfc3339),
                        })
                        .collect(),
                    not_trusted: problems
                        .iter()
                        .map(|p| ProblemJson {
                            file: &p.file,
                            problem: &p.problem,
                        })
                        .collect(),
                },
            )?);
        }
        KeysCommand::List { json: false } => {
            let dir = keys_dir()?;
            let mine = keys::list_keys(&dir)?;
            let _ = writeln!(
                o,
                "{}",
                tr!(lang, "cli-keys-yours", dir = dir.display().to_string())
            );
            if mine.is_empty() {
                let _ = writeln!(o, "  {}", tr!(lang, "cli-keys-none-yours"));
            }
            for k in &mine {
                let _ = writeln!(
                    o,
                    "  {}  {}",
                    k.id,
                    tr!(
                        lang,
                        "cli-keys-line-created",
                        name = k.name.as_str(),
                        role = role_words(lang, k.role),
                        date = k.created.format("%Y-%m-%d").to_string()
                    )
                );
            }
            let (trusted, problems) = keys::trusted(dossier.root())?;
            o.push('\n');
            let _ = writeln!(
                o,
                "{}",
                tr!(
                    lang,
                    "cli-keys-trusted-here",
                    dir = keys::trusted_dir(dossier.root()).display().to_string()
                )
            );
            if trusted.is_empty() {
                let _ = writeln!(o, "  {}", tr!(lang, "cli-keys-none-trusted"));
            }
            for t in &trusted {
                let _ = writeln!(
                    o,
                    "  {}  {}",
                    t.id(),
                    tr!(
                        lang,
                        "cli-name-role",
                        name = t.name.as_str(),
                        role = role_words(lang, t.role)
                    )
                );
            }
            for p in &problems {
                let _ = writeln!(
                    o,
                    "  ! {}",
                    tr!(
                        lang,
                        "cli-keys-not-trusted",
                        file = p.file.display().to_string(),
                        problem = p.problem.to_string()
                    )
                );
            }
        }
    }
    out(&o)?;
    Ok(ExitCode::SUCCESS)
}

/// The language the passphrase prompt speaks.
static PROMPT_LANG: std::sync::OnceLock<farol::i18n::Lang> = std::sync::OnceLock::new();

/// Lets a passphrase-protected key ask for its passphrase on the terminal (the command
/// line only: never while the terminal UI owns the screen).
pub fn allow_passphrase_prompt(lang: &str) {
    let _ = PROMPT_LANG.set(farol::i18n::AsLang::as_lang(lang));
    keys::set_passphrase_prompt(|path| {
        let lang = PROMPT_LANG.get().copied().unwrap_or_default();
        let prompt = tr!(
            lang,
            "cli-passphrase-for",
            path = path.display().to_string()
        );
        rpassword::prompt_password(prompt)
            .ok()
            .map(zeroize::Zeroizing::new)
    });
}

/// A new key's passphrase: FAROL_PASSPHRASE, else asked twice on the terminal.
fn new_passphrase(lang: &str) -> Result<zeroize::Zeroizing<String>> {
    if let Ok(p) = std::env::var(keys::PASSPHRASE_ENV) {
        if p.is_empty() {
            bail!(tr!(
                lang,
                "cli-passphrase-env-empty",
                var = keys::PASSPHRASE_ENV
            ));
        }
        return Ok(zeroize::Zeroizing::new(p));
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(zeroize::Zeroizing::new)
            .with_context(|| tr!(lang, "cli-passphrase-no-terminal"))
    };
    let first = ask(&tr!(lang, "cli-passphrase-new"))?;
    if first.chars().count() < 8 {
        bail!(tr!(lang, "cli-passphrase-too-short", n = 8));
    }
    if *ask(&tr!(lang, "cli-passphrase-again"))? != *first {
        bail!(tr!(lang, "cli-passphrase-differ"));
    }
    Ok(first)
}
