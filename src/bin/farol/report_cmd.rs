//! `farol report ID [--revision N|latest|draft] [--bilingual] [-o FILE]`: the PDF report
//! for the compliance file, in the language of `--lang`, or in Chinese and Portuguese.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use farol::dossier::Dossier;
use farol::i18n::Lang;
use farol::report::{self, Source, Which};
use farol::tr;

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
    /// For filing with the DSPDP: the whole report in Traditional Chinese, then in
    /// Portuguese, in one PDF (whatever --lang says)
    #[arg(long)]
    pub bilingual: bool,
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

pub fn run(dossier: &Dossier, lang: &str, a: ReportArgs) -> Result<ExitCode> {
    let l = Lang::parse(lang).unwrap_or_default();
    let which = which(a.revision.as_deref())?;
    let source =
        Source::read(dossier, &a.id, which).with_context(|| format!("cannot report '{}'", a.id))?;
    let (rendered, langs) = if a.bilingual {
        let both = report::BILINGUAL.map(Lang::tag).join("-");
        (report::render_bilingual(&source.input()), both)
    } else {
        let tag = if l == Lang::En { "" } else { l.tag() };
        (report::render(&source.input_in(l)), tag.to_string())
    };
    let out = a
        .output
        .unwrap_or_else(|| PathBuf::from(source.file_name_in(&langs)));
    farol::fsutil::write_atomic(&out, &rendered.pdf)
        .with_context(|| format!("cannot write {}", out.display()))?;
    let what = match source.revision() {
        Some(n) => tr!(l, "report-cmd-signed-revision", n = n),
        None => tr!(
            l,
            "report-cmd-draft",
            command = format!("farol sign {}", a.id)
        ),
    };
    println!(
        "{}",
        tr!(
            l,
            "report-cmd-wrote",
            file = out.display().to_string(),
            pages = rendered.pages,
            kb = rendered.pdf.len().div_ceil(1024),
            what = what
        )
    );
    if which == Which::Auto && source.revision().is_none() {
        let revisions =
            farol::record::revision_files(&farol::record::revisions_dir(dossier, &a.id))?;
        if let Some((n, _)) = revisions.last() {
            eprintln!(
                "{}",
                tr!(
                    l,
                    "report-cmd-draft-changed",
                    n = *n,
                    command = format!("farol report {} --revision {n}", a.id)
                )
            );
        }
    }
    if !rendered.missing_glyphs.is_empty() {
        eprintln!(
            "{}",
            tr!(
                l,
                "report-cmd-missing-glyphs",
                n = rendered.missing_glyphs.len(),
                list = rendered.missing_glyph_list().join(", ")
            )
        );
    }
    if !rendered.overflows.is_empty() {
        eprintln!("{}", tr!(l, "report-cmd-overflow"));
        for o in &rendered.overflows {
            eprintln!("  {o}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
