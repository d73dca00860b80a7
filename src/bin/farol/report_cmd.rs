//! `farol report ID [--revision N] [-o FILE]`: the PDF report for the compliance file.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use farol::dossier::Dossier;
use farol::report::{self, ReportInput};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment's id (see `farol list`).
    pub id: String,
    /// Report a signed record's revision instead of the draft (needs signed records).
    #[arg(long, value_name = "N")]
    pub revision: Option<u32>,
    /// Where to write the PDF (default: ID.pdf in the current directory).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(dossier: &Dossier, a: ReportArgs) -> Result<ExitCode> {
    if let Some(n) = a.revision {
        bail!(
            "--revision {n}: reports of signed records need `farol sign`, which is not available yet; \
             run `farol report {}` without --revision to report the draft (marked UNSIGNED DRAFT)",
            a.id
        );
    }
    let (draft, loaded) = dossier
        .load_draft(&a.id)
        .with_context(|| format!("cannot report '{}'", a.id))?;
    let rendered = report::render(&ReportInput::from_draft(&draft, &loaded));
    let out = a
        .output
        .unwrap_or_else(|| PathBuf::from(format!("{}.pdf", draft.id)));
    farol::fsutil::write_atomic(&out, &rendered.pdf)
        .with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "Wrote {} ({} pages, {} KB): UNSIGNED DRAFT, made from the draft; sign it with `farol sign {}`.",
        out.display(),
        rendered.pages,
        rendered.pdf.len().div_ceil(1024),
        draft.id
    );
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
