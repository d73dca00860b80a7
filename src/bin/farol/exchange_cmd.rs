//! `farol export` and `farol import`: thin handlers over `farol::exchange`.

use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use farol::dossier::Dossier;
use farol::exchange::{self, ImportOptions};

use crate::records::out;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The whole draft, to import elsewhere (`farol import`)
    Json,
    /// The answers (or with --plan the action plan) for a spreadsheet
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// With --format csv: the action plan instead of the answers
    #[arg(long)]
    pub plan: bool,
    /// Write to FILE instead of the standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file written by `farol export ID --format json` (- for the standard input)
    pub file: PathBuf,
    /// Import under this id instead of the one in the file
    #[arg(long, value_name = "NEWID")]
    pub id: Option<String>,
    /// Replace the draft of an assessment that already has this id
    #[arg(long)]
    pub force: bool,
}

pub fn export(dossier: &Dossier, lang: &str, a: ExportArgs) -> Result<ExitCode> {
    if a.plan && a.format != Format::Csv {
        bail!(
            "--plan goes with --format csv\n  hint: the JSON export already holds the action plan; for the plan alone run `farol export {} --format csv --plan`",
            a.id
        );
    }
    let (draft, loaded) = dossier.load_draft(&a.id)?;
    let text = match a.format {
        Format::Json => exchange::to_json(&draft),
        Format::Csv if a.plan => exchange::plan_csv(&draft)?,
        Format::Csv => exchange::answers_csv(&draft, &loaded, lang)?,
    };
    match a.output {
        None => out(&text)?,
        Some(path) => {
            farol::fsutil::write_atomic(&path, text.as_bytes()).with_context(|| {
                format!(
                    "cannot write {}\n  hint: check that the directory exists and that you may write to it",
                    path.display()
                )
            })?;
            eprintln!("Wrote {} ({} bytes).", path.display(), text.len());
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn import(dossier: &Dossier, a: ImportArgs) -> Result<ExitCode> {
    let (name, text) = if a.file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("cannot read the standard input")?;
        ("(standard input)".to_string(), s)
    } else {
        let text = std::fs::read_to_string(&a.file).with_context(|| {
            format!(
                "cannot read {}\n  hint: check the path; give a file written by `farol export ID --format json`",
                a.file.display()
            )
        })?;
        (a.file.display().to_string(), text)
    };
    let opts = ImportOptions {
        id: a.id,
        force: a.force,
    };
    let _lock = lock_if_open(dossier, &name, &text, &opts)?;
    let i = exchange::import(dossier, &name, &text, &opts)?;
    let d = &i.draft;
    let mut o = format!(
        "{} '{}' ({}) from {name}: {} answers, {} notes, {} plan items, {} attachments ({}).\n",
        if i.replaced {
            "Replaced the draft of"
        } else {
            "Imported"
        },
        d.id,
        d.title,
        d.answers.len(),
        d.notes.len(),
        d.plan.len(),
        d.attachments.len(),
        i.questionnaire
    );
    o.push_str(&format!("  draft  {}\n", i.path.display()));
    if i.revisions > 0 {
        o.push_str(&format!(
            "  '{}' has {} signed revisions; the next `farol sign {}` makes revision {}.\n",
            d.id,
            i.revisions,
            d.id,
            i.revisions + 1
        ));
    }
    o.push_str(&format!(
        "Open it with `farol open {}`, or see its risk with `farol score {}`.\n",
        d.id, d.id
    ));
    out(&o)?;
    for m in &i.missing_attachments {
        eprintln!(
            "note: the attachment {} ({}) is not in this dossier; copy it to {}",
            m.name,
            m.sha256,
            dossier.attachment_path(m).display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Replacing a draft that is open in the terminal UI would be undone by its next save:
/// take the draft's lock for the import, as a second editor would.
#[cfg(feature = "tui")]
fn lock_if_open(
    dossier: &Dossier,
    name: &str,
    text: &str,
    opts: &ImportOptions,
) -> Result<Option<farol::lock::DraftLock>> {
    if !opts.force {
        return Ok(None);
    }
    let id = match &opts.id {
        Some(id) => id.clone(),
        None => exchange::read(dossier, name, text)?.0.id,
    };
    exchange::check_id(&id)?;
    let path = dossier.draft_path(&id);
    if !path.is_file() {
        return Ok(None);
    }
    Ok(Some(farol::lock::DraftLock::acquire(&path, &id)?))
}

#[cfg(not(feature = "tui"))]
fn lock_if_open(_: &Dossier, _: &str, _: &str, _: &ImportOptions) -> Result<Option<()>> {
    Ok(None)
}
