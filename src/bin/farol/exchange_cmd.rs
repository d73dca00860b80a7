//! `farol export` and `farol import`: thin handlers over `farol::exchange`.

use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};

use farol::dossier::Dossier;
use farol::exchange::{self, ImportOptions};
use farol::tr;

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
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

pub fn export(dossier: &Dossier, lang: &str, a: ExportArgs) -> Result<ExitCode> {
    if a.plan && a.format != Format::Csv {
        bail!(tr!(lang, "cli-export-plan-needs-csv", id = a.id.as_str()));
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
            farol::fsutil::write_user_output(&path, text.as_bytes()).with_context(|| {
                tr!(
                    lang,
                    "cli-cannot-write-hint",
                    path = path.display().to_string()
                )
            })?;
            if path.as_os_str() != "-" {
                eprintln!(
                    "{}",
                    tr!(
                        lang,
                        "cli-wrote-bytes",
                        path = path.display().to_string(),
                        n = text.len()
                    )
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn import(dossier: &Dossier, lang: &str, a: ImportArgs) -> Result<ExitCode> {
    let (name, text) = if a.file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .with_context(|| tr!(lang, "cli-import-cannot-read-stdin"))?;
        (tr!(lang, "cli-import-stdin"), s)
    } else {
        let text = std::fs::read_to_string(&a.file).with_context(|| {
            tr!(
                lang,
                "cli-import-cannot-read",
                path = a.file.display().to_string()
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
    if a.json {
        #[derive(serde::Serialize)]
        struct Imported<'a> {
            id: &'a str,
            title: &'a str,
            path: &'a std::path::Path,
            replaced: bool,
            revisions: usize,
            questionnaire: &'a str,
            answers: usize,
            missing_attachments: Vec<&'a str>,
        }
        out(&crate::json::render(
            "import",
            &Imported {
                id: &d.id,
                title: &d.title,
                path: &i.path,
                replaced: i.replaced,
                revisions: i.revisions,
                questionnaire: &i.questionnaire,
                answers: d.answers.len(),
                missing_attachments: i
                    .missing_attachments
                    .iter()
                    .map(|m| m.name.as_str())
                    .collect(),
            },
        )?)?;
    }
    let counts = tr!(
        lang,
        "cli-import-counts",
        answers = d.answers.len(),
        notes = d.notes.len(),
        plan = d.plan.len(),
        attachments = d.attachments.len()
    );
    let head = if i.replaced {
        tr!(
            lang,
            "cli-import-replaced",
            id = d.id.as_str(),
            title = d.title.as_str(),
            from = name.as_str(),
            counts = counts,
            questionnaire = i.questionnaire.to_string()
        )
    } else {
        tr!(
            lang,
            "cli-import-imported",
            id = d.id.as_str(),
            title = d.title.as_str(),
            from = name.as_str(),
            counts = counts,
            questionnaire = i.questionnaire.to_string()
        )
    };
    let mut o = format!("{head}\n");
    o.push_str(&format!(
        "  {}\n",
        tr!(
            lang,
            "cli-import-draft",
            path = i.path.display().to_string()
        )
    ));
    if i.revisions > 0 {
        o.push_str(&format!(
            "  {}\n",
            tr!(
                lang,
                "cli-import-revisions",
                id = d.id.as_str(),
                n = i.revisions,
                next = i.revisions + 1
            )
        ));
    }
    o.push_str(&format!(
        "{}\n",
        tr!(lang, "cli-import-next", id = d.id.as_str())
    ));
    if !a.json {
        out(&o)?;
    }
    for m in &i.missing_attachments {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-import-missing-attachment",
                name = m.name.as_str(),
                sha256 = m.sha256.as_str(),
                path = dossier.attachment_path(m).display().to_string()
            )
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
    let lock = farol::lock::DraftLock::acquire(&path, &id)?;
    if let Some(o) = lock.other_host() {
        eprintln!("{}", o.explain(&id, crate::ui_lang().tag()));
    }
    Ok(Some(lock))
}

#[cfg(not(feature = "tui"))]
fn lock_if_open(_: &Dossier, _: &str, _: &str, _: &ImportOptions) -> Result<Option<()>> {
    Ok(None)
}
