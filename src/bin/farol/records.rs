//! `farol keys …`, `farol sign`, `farol verify`, `farol diff`: thin handlers over
//! `farol::keys` and `farol::record`. Exit codes: 0 success (for verify: everything
//! verifies), 1 a check failed, 2 usage or I/O error (returned as Err).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::{SubsecRound, Utc};
use clap::{Args, Subcommand};

use farol::dossier::Dossier;
use farol::keys::{self, Role};
use farol::present::words::role as role_words;
use farol::record::{self, RecordBody};
use farol::share::arrived;
use farol::tr;

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

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    /// The key to sign with: an id (farol:…) or owner name; needed if you have several
    #[arg(long)]
    pub key: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    /// Sign that latest revision's content (N-<hash>, as `farol verify` names it) instead
    /// of the draft's; the draft becomes that content
    #[arg(long, value_name = "REV")]
    pub keep: Option<String>,
    /// The key to sign with: an id (farol:…) or owner name; needed if you have several
    #[arg(long)]
    pub key: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Record files, assessment directories, dossiers, one evidence bundle (its directory
    /// or zip), or one report PDF (it carries its record) (default: the dossier)
    pub paths: Vec<PathBuf>,
    /// Trust exactly this key: a public key file as `farol keys show` writes it, or a full
    /// 64-hex fingerprint you obtained from its owner by another channel. Repeatable.
    /// Without it, your own dossier's trusted keys (--dossier or FAROL_DOSSIER) are used
    #[arg(long, value_name = "FILE|FINGERPRINT")]
    pub trust: Vec<String>,
    /// Also trust the keys that came with a bundle (or another dossier), unchecked. Only
    /// for a bundle whose fingerprints you compared yourself
    #[arg(long)]
    pub trust_bundle_keys: bool,
    /// Accept assessments signed before Farol recorded heads (and dossiers without an
    /// index): the removal of their newest revision or review cannot be detected, and is
    /// reported as a note instead of failing
    #[arg(long)]
    pub accept_unanchored: bool,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    /// The older revision: a number, or "draft" (default: the one before REV_B)
    pub rev_a: Option<String>,
    /// The newer revision: a number, or "draft" (default: the latest)
    pub rev_b: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

/// An instant as JSON shows it: RFC 3339, UTC, to the second.
pub(crate) fn rfc3339(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
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
    Ok(keys::default_dir()?)
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

pub fn sign(dossier: &Dossier, lang: &str, a: SignArgs) -> Result<ExitCode> {
    allow_passphrase_prompt(lang);
    let key = keys::load_signing_key(&keys_dir()?, a.key.as_deref())?;
    let s = record::sign_in(dossier, &a.id, &key, Utc::now(), lang)?;
    // A draft of one's own, started from an older revision than the latest (which arrived
    // from someone else): the new revision follows the latest, with this draft's content.
    if let Some(base) = s.started_from.filter(|b| b + 1 < s.revision) {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-signed-over-newer",
                base = base,
                last = s.revision - 1,
                revision = s.revision,
                id = s.assessment.as_str()
            )
        );
    }
    let mut o = String::new();
    if a.json {
        o = crate::json::render("sign", &s)?;
    } else {
        sign_text(&mut o, lang, &s, &key);
    }
    out(&o)?;
    signed_notes(lang, &s);
    Ok(ExitCode::SUCCESS)
}

fn sign_text(o: &mut String, lang: &str, s: &record::SignedRevision, key: &keys::LoadedKey) {
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-signed",
            id = s.assessment.as_str(),
            revision = s.revision,
            name = key.info.name.as_str(),
            role = role_words(lang, key.info.role),
            key = s.key.as_str()
        )
    );
    let labels = [tr!(lang, "cli-signed-record"), "sha256".to_string()];
    let lw = labels
        .iter()
        .map(|l| farol::present::width(l))
        .max()
        .unwrap_or(0)
        + 2;
    let _ = writeln!(
        o,
        "  {}{}",
        farol::present::pad(&labels[0], lw),
        s.path.display()
    );
    let _ = writeln!(o, "  {}{}", farol::present::pad(&labels[1], lw), s.sha256);
    let _ = writeln!(o, "{}", tr!(lang, "cli-signed-next", next = s.revision + 1));
}

/// What standard error says after signing: a key not trusted yet, a fork made.
fn signed_notes(lang: &str, s: &record::SignedRevision) {
    if !s.signer_trusted {
        eprintln!(
            "{}",
            tr!(lang, "cli-signed-untrusted-note", key = s.key.as_str())
        );
    }
    if !s.forked_with.is_empty() {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-signed-forked",
                id = s.assessment.as_str(),
                file = record::shown_file(&s.path),
                others = s.forked_with.join(", "),
                count = s.forked_with.len()
            )
        );
    }
}

/// Whether the draft on disk holds changes that no revision has signed (`--keep` would
/// replace them). A draft with no file here (rebuilt from a revision) holds none.
fn draft_has_unsigned_changes(
    locked: &farol::dossier::Locked<'_>,
    files: &[(u32, std::path::PathBuf)],
) -> Result<bool> {
    if !locked.path().is_file() {
        return Ok(false);
    }
    let (draft, loaded) = locked.load()?;
    let Some(anchor) = &draft.signed else {
        return Ok(true);
    };
    for (_, p) in files.iter().filter(|(n, _)| *n == anchor.revision) {
        let r = record::read_record(p)?;
        if record::sha256_hex(&r.bytes) == anchor.sha256 {
            return Ok(!record::unchanged_since(&r.body, &draft, &loaded));
        }
    }
    Ok(true)
}

pub fn resolve(dossier: &Dossier, lang: &str, a: ResolveArgs) -> Result<ExitCode> {
    allow_passphrase_prompt(lang);
    let key = keys::load_signing_key(&keys_dir()?, a.key.as_deref())?;
    let locked = dossier.lock_draft(&a.id)?;
    let files = record::revision_files(&record::revisions_dir(dossier, &a.id))?;
    let tips = record::tips(&files)?;
    let keep = match a.keep.as_deref() {
        None => None,
        Some(k) => {
            let Some(pick) = record::Pick::parse(k) else {
                bail!(tr!(lang, "cli-resolve-bad-keep", given = k));
            };
            let chosen: Vec<&record::Tip> = tips
                .iter()
                .filter(|t| {
                    t.number == pick.number
                        && pick.hash.is_none_or(|h| t.sha256.starts_with(h.as_str()))
                })
                .collect();
            let [one] = chosen.as_slice() else {
                let names: Vec<String> =
                    tips.iter().map(|t| record::tips::choice(&t.path)).collect();
                bail!(tr!(
                    lang,
                    "cli-resolve-keep-not-a-tip",
                    given = k,
                    tips = names.join(", ")
                ));
            };
            Some(one.path.clone())
        }
    };
    if keep.is_some() && draft_has_unsigned_changes(&locked, &files)? {
        bail!(tr!(
            lang,
            "cli-resolve-keep-draft-changed",
            id = a.id.as_str()
        ));
    }
    let (mut draft, loaded, text_lang) = match &keep {
        Some(p) => {
            let r = record::read_record(p)?;
            let loaded = dossier.questionnaire_for(&r.body.questionnaire)?;
            (
                record::draft_of(&r.body, &record::sha256_hex(&r.bytes)),
                loaded,
                r.body.language.clone(),
            )
        }
        None => {
            let (d, l) = locked.load()?;
            (d, l, lang.to_string())
        }
    };
    let s = record::resolve_locked(
        &locked,
        &mut draft,
        &loaded,
        &key,
        Utc::now(),
        &text_lang,
        keep.as_deref(),
    )?;
    if a.json {
        out(&crate::json::render("resolve", &s)?)?;
    } else {
        out(&format!(
            "{}\n",
            tr!(
                lang,
                "cli-resolved",
                id = s.assessment.as_str(),
                revision = s.revision,
                file = record::shown_file(&s.path),
                merged = s.merged.join(", "),
                count = s.merged.len()
            )
        ))?;
    }
    if !s.signer_trusted {
        eprintln!(
            "{}",
            tr!(lang, "cli-signed-untrusted-note", key = s.key.as_str())
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Says on standard error that assessment `id` is forked, naming its latest revisions (the
/// one used first) and how to end the fork. Nothing if it is not.
pub(crate) fn warn_if_forked(dossier: &Dossier, lang: &str, id: &str) {
    let tips = record::revision_files(&record::revisions_dir(dossier, id))
        .and_then(|f| record::tips(&f))
        .unwrap_or_default();
    if tips.len() < 2 {
        return;
    }
    let names: Vec<String> = tips.iter().map(|t| record::tips::choice(&t.path)).collect();
    eprintln!(
        "{}",
        tr!(
            lang,
            "cli-forked-warning",
            id = id,
            tips = names.join(", "),
            latest = names[0].as_str()
        )
    );
}

/// Standard input, kept in a temporary file for `farol verify -`: a file name that says
/// what it holds (a zip bundle, a report PDF, or a signed record).
struct Stdin {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn stdin_to_file(lang: &str) -> Result<Stdin> {
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

pub fn verify(dossier: &Dossier, lang: &str, mut a: VerifyArgs) -> Result<ExitCode> {
    // `-`: what standard input holds, once, whatever it is: a path, or a key to trust.
    let trust_dashes = a.trust.iter().filter(|t| crate::stdin::is_dash(t)).count();
    crate::stdin::once(
        lang,
        &[
            (
                "PATHS",
                a.paths.iter().filter(|p| crate::stdin::is_dash(p)).count(),
            ),
            ("--trust", trust_dashes),
        ],
    )?;
    let _trusted_key = if trust_dashes > 0 {
        let kept = crate::stdin::keep(lang, "standard-input.pub")?;
        for t in &mut a.trust {
            if crate::stdin::is_dash(&*t) {
                *t = kept.path.display().to_string();
            }
        }
        Some(kept)
    } else {
        None
    };
    let stdin = if a.paths.iter().any(|p| p.as_os_str() == "-") {
        let s = stdin_to_file(lang)?;
        for p in &mut a.paths {
            if p.as_os_str() == "-" {
                p.clone_from(&s.path);
            }
        }
        Some(s)
    } else {
        None
    };
    let from_stdin = |file: &mut PathBuf| {
        if stdin.as_ref().is_some_and(|s| *file == s.path) {
            *file = PathBuf::from("-");
        }
    };
    let opts = record::VerifyOptions {
        trust: a.trust.clone(),
        own_dossier: Some(dossier.root().to_path_buf()),
        trust_included_keys: a.trust_bundle_keys,
        accept_unanchored: a.accept_unanchored,
        skip_index: false,
        // --json stays language-neutral: its findings are in English.
        lang: if a.json {
            farol::i18n::Lang::En
        } else {
            farol::i18n::AsLang::as_lang(lang)
        },
    };
    if let [p] = a.paths.as_slice()
        && farol::report::check::is_pdf(p)
    {
        let mut v = farol::report::check::verify_pdf(p, dossier, &opts)?;
        from_stdin(&mut v.pdf);
        if a.json {
            out(&crate::json::render("verify-pdf", &v)?)?;
        } else {
            out(&farol::report::check::text(&v, opts.lang))?;
        }
        return Ok(if v.passed {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    if let [p] = a.paths.as_slice()
        && farol::evidence::is_bundle(p)
    {
        return crate::evidence_cmd::verify(p, lang, &opts, a.json);
    }
    // A whole dossier: what arrived since the last verify here is said first.
    let whole = a.paths.is_empty();
    let paths = if whole {
        vec![dossier.root().to_path_buf()]
    } else {
        a.paths
    };
    // Records from another dossier (an evidence bundle) are checked against its own
    // trusted keys and questionnaires when all the paths lie in it.
    let roots: Vec<Option<PathBuf>> = paths.iter().map(|p| record::dossier_root_of(p)).collect();
    let root = match roots.first() {
        Some(Some(r)) if roots.iter().all(|x| x.as_ref() == Some(r)) => r.clone(),
        _ => dossier.root().to_path_buf(),
    };
    let before = whole.then(|| arrived::load(&root)).flatten();
    let line = crate::progress::Line::new(tr!(lang, "cli-progress-verify"));
    let mut report = crate::progress::counting(&line, record::files_checked, || {
        record::verify_paths_with(&root, &paths, &opts)
    })?;
    for row in &mut report.records {
        from_stdin(&mut row.file);
    }
    let news = whole.then(|| arrived::compare(&root, before.as_ref(), &report));
    if whole && root.is_dir() {
        // Remembering is a convenience: a dossier one may only read still verifies.
        let _ = arrived::save(
            &root,
            &arrived::seen_now(&root, Utc::now().trunc_subsecs(0)),
        );
    }
    if a.json {
        #[derive(serde::Serialize)]
        struct WithArrived<'a> {
            #[serde(flatten)]
            report: &'a record::VerifyReport,
            #[serde(skip_serializing_if = "Option::is_none")]
            arrived: Option<&'a arrived::Arrived>,
        }
        let shown = WithArrived {
            report: &report,
            arrived: news.as_ref(),
        };
        out(&crate::json::render("verify", &shown)?)?;
    } else {
        let first = news
            .as_ref()
            .map(|n| arrived::text(n, opts.lang))
            .unwrap_or_default();
        out(&(first + &record::verify_text_in(&report, opts.lang)))?;
    }
    Ok(if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A revision named on the command line: a number, or the current draft.
enum Rev {
    Number(record::Pick),
    Draft,
}

fn parse_rev(lang: &str, s: &str) -> Result<Rev> {
    use crate::revision_arg::{RevisionArg, parse};
    match parse(s) {
        Some(RevisionArg::Draft) => Ok(Rev::Draft),
        Some(RevisionArg::Number(n)) => Ok(Rev::Number(n)),
        // `latest` is no revision for a diff, which names two.
        Some(RevisionArg::Latest) | None => bail!(tr!(lang, "cli-diff-not-a-revision", given = s)),
    }
}

/// A revision's body, or the draft's, with the draft's question texts in `draft_lang`
/// (the language of the revision it is compared with, so texts differ only where the
/// questions did).
fn body_of(dossier: &Dossier, id: &str, rev: Rev, draft_lang: &str) -> Result<RecordBody> {
    Ok(match rev {
        Rev::Draft => record::draft_body(dossier, id, draft_lang)?,
        Rev::Number(n) => record::load_pick(dossier, id, Some(&n))?.body,
    })
}

pub fn diff(dossier: &Dossier, lang: &str, a: DiffArgs) -> Result<ExitCode> {
    let files = record::revision_files(&record::revisions_dir(dossier, &a.id))?;
    let latest = record::latest(&files)?;
    if latest.as_ref().is_some_and(|(_, forked)| *forked) {
        warn_if_forked(dossier, lang, &a.id);
    }
    let latest = latest.map(|(t, _)| t);
    let exact = |t: &record::Tip| Rev::Number(record::Pick::exact(t.number, &t.sha256));
    let (from, to) = match (a.rev_a.as_deref(), a.rev_b.as_deref()) {
        (Some(x), Some(y)) => (parse_rev(lang, x)?, parse_rev(lang, y)?),
        (Some(x), None) => (
            parse_rev(lang, x)?,
            latest.as_ref().map_or(Rev::Draft, exact),
        ),
        (None, _) => match &latest {
            None => bail!(tr!(lang, "cli-diff-nothing-signed", id = a.id.as_str())),
            // One revision: compare it with the draft.
            Some(t) if t.number == 1 => (exact(t), Rev::Draft),
            // The revision the latest follows (in a fork, its own side).
            Some(t) => {
                let bytes = std::fs::read(&t.path)?;
                let before = match record::tips::links(&bytes).previous {
                    Some(sha) => record::Pick::exact(t.number - 1, &sha),
                    None => record::Pick {
                        number: t.number - 1,
                        hash: None,
                    },
                };
                (Rev::Number(before), exact(t))
            }
        },
    };
    // A diff of records that do not verify would mislead a reviewer: say so.
    let named: Vec<PathBuf> = [&from, &to]
        .iter()
        .filter_map(|r| match r {
            Rev::Number(n) => n.find(&files).ok().map(PathBuf::from),
            Rev::Draft => None,
        })
        .filter(|p| p.is_file())
        .collect();
    if !named.is_empty() {
        let report = record::verify_paths(dossier.root(), &named)?;
        for row in report.records.iter().filter(|r| !r.passed()) {
            let file = row.file.display().to_string();
            let warning = match row.problems.first().and_then(|p| p.lines().next()) {
                Some(problem) => tr!(
                    lang,
                    "cli-diff-does-not-verify",
                    file = file,
                    problem = problem
                ),
                None => tr!(lang, "cli-diff-does-not-verify-see", file = file),
            };
            eprintln!("{warning}");
        }
    }
    let draft_lang = match &latest {
        Some(t) => {
            record::read_record(&t.path).map_or(record::LANGUAGE.to_string(), |r| r.body.language)
        }
        None => record::LANGUAGE.to_string(),
    };
    let x = body_of(dossier, &a.id, from, &draft_lang)
        .with_context(|| tr!(lang, "cli-diff-reading-older"))?;
    let y = body_of(dossier, &a.id, to, &draft_lang)
        .with_context(|| tr!(lang, "cli-diff-reading-newer"))?;
    let d = record::diff_explained(dossier, &x, &y);
    if a.json {
        out(&crate::json::render("diff", &d)?)?;
    } else {
        out(&record::diff_text_in(lang, &d))?;
    }
    Ok(ExitCode::SUCCESS)
}
