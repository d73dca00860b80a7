//! `farol diff`: what changed between two revisions, or a revision and the draft.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;
use farol::dossier::Dossier;
use farol::record::{self, RecordBody};
use farol::tr;

use super::{out, warn_if_forked};

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
