//! `farol sign` and `farol resolve`: a new signed revision (one that ends a fork), and
//! the warning every command that reads revisions gives for a forked assessment.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::Utc;
use clap::Args;
use farol::dossier::Dossier;
use farol::keys;
use farol::present::words::role as role_words;
use farol::record;
use farol::tr;

use super::{allow_passphrase_prompt, keys_dir, out};

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
