//! `farol report ID [--revision N|latest|draft] [-o FILE]`: the PDF report for the
//! compliance file.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use farol::dossier::Dossier;
use farol::report::{self, Source, Which};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment's id (see `farol list`).
    pub id: String,
    /// What to report: a revision number, `latest`, or `draft`. Default: the latest signed
    /// revision if the draft has not changed since it was signed, else the draft (marked
    /// UNSIGNED DRAFT on every page).
    #[arg(long, value_name = "N|latest|draft")]
    pub revision: Option<String>,
    /// Where to write the PDF (default: ID-rNNNN.pdf or ID-draft.pdf in the current directory).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn which(s: Option<&str>) -> Result<Which> {
    let Some(s) = s else { return Ok(Which::Auto) };
    if s.eq_ignore_ascii_case("latest") {
        return Ok(Which::Latest);
    }
    if s.eq_ignore_ascii_case("draft") {
        return Ok(Which::Draft);
    }
    match s.trim_start_matches(['r', 'R']).parse::<u32>() {
        Ok(n) if n > 0 => Ok(Which::Revision(n)),
        _ => bail!(
            "--revision {s}: expected a revision number (1, 2, …), `latest` or `draft`\n  hint: `farol verify` lists the revisions"
        ),
    }
}

pub fn run(dossier: &Dossier, a: ReportArgs) -> Result<ExitCode> {
    let which = which(a.revision.as_deref())?;
    let source =
        Source::read(dossier, &a.id, which).with_context(|| format!("cannot report '{}'", a.id))?;
    let rendered = report::render(&source.input());
    let out = a
        .output
        .unwrap_or_else(|| PathBuf::from(source.file_name()));
    farol::fsutil::write_atomic(&out, &rendered.pdf)
        .with_context(|| format!("cannot write {}", out.display()))?;
    let what = match source.revision() {
        Some(n) => format!("signed revision {n}"),
        None => format!(
            "UNSIGNED DRAFT, made from the draft; sign it with `farol sign {}`",
            a.id
        ),
    };
    println!(
        "Wrote {} ({} pages, {} KB): {what}.",
        out.display(),
        rendered.pages,
        rendered.pdf.len().div_ceil(1024),
    );
    if which == Which::Auto && source.revision().is_none() {
        let revisions =
            farol::record::revision_files(&farol::record::revisions_dir(dossier, &a.id))?;
        if let Some((n, _)) = revisions.last() {
            eprintln!(
                "note: the draft has changed since revision {n} was signed; for the report of the record, run\n  farol report {} --revision {n}",
                a.id
            );
        }
    }
    if !rendered.missing_glyphs.is_empty() {
        eprintln!(
            "warning: the report's fonts cannot draw {} character(s), printed as their code points instead: {}",
            rendered.missing_glyphs.len(),
            rendered.missing_glyph_list().join(", ")
        );
    }
    if !rendered.overflows.is_empty() {
        eprintln!("warning: some text runs off the page (a bug in the layout, please report it):");
        for o in &rendered.overflows {
            eprintln!("  {o}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
