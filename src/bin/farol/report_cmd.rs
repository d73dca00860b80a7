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
    /// Machine-readable output: what was written (not with `-o -`)
    #[arg(long)]
    pub json: bool,
}

fn which(lang: &str, s: Option<&str>) -> Result<Which> {
    use crate::revision_arg::{RevisionArg, parse};
    let Some(s) = s else { return Ok(Which::Auto) };
    Ok(match parse(s) {
        Some(RevisionArg::Latest) => Which::Latest,
        Some(RevisionArg::Draft) => Which::Draft,
        Some(RevisionArg::Number(n)) => Which::Revision(n),
        None => bail!(tr!(lang, "cli-report-bad-revision", given = s)),
    })
}

pub fn run(dossier: &Dossier, lang: &str, a: ReportArgs) -> Result<ExitCode> {
    let which = which(lang, a.revision.as_deref())?;
    if a.json && a.output.as_ref().is_some_and(|o| o.as_os_str() == "-") {
        bail!(tr!(lang, "cli-json-not-with-stdout"));
    }
    report::warm_fonts();
    crate::records::warn_if_forked(dossier, lang, &a.id);
    let source = Source::read(dossier, &a.id, which)
        .with_context(|| tr!(lang, "cli-report-cannot", id = a.id.as_str()))?;
    let l = Lang::parse(lang).unwrap_or_default();
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
    farol::fsutil::write_user_output(&out, &rendered.pdf)
        .with_context(|| tr!(lang, "cli-cannot-write", path = out.display().to_string()))?;
    let path = out.display().to_string();
    let (pages, kb) = (rendered.pages, rendered.pdf.len().div_ceil(1024));
    let line = match source.revision() {
        Some(n) => tr!(
            lang,
            "cli-report-wrote-revision",
            path = path,
            pages = pages,
            kb = kb,
            revision = n
        ),
        None => tr!(
            lang,
            "cli-report-wrote-draft",
            path = path,
            pages = pages,
            kb = kb,
            id = a.id.as_str()
        ),
    };
    if a.json && out.as_os_str() != "-" {
        #[derive(serde::Serialize)]
        struct Wrote<'a> {
            id: &'a str,
            path: &'a std::path::Path,
            revision: Option<u32>,
            draft: bool,
            pages: usize,
            bytes: usize,
            languages: Vec<&'a str>,
        }
        let languages = if a.bilingual {
            report::BILINGUAL.map(Lang::tag).to_vec()
        } else {
            vec![l.tag()]
        };
        crate::commands::emit(
            lang,
            &crate::json::render(
                "report",
                &Wrote {
                    id: &a.id,
                    path: &out,
                    revision: source.revision(),
                    draft: source.revision().is_none(),
                    pages: rendered.pages,
                    bytes: rendered.pdf.len(),
                    languages,
                },
            )?,
        )?;
    }
    // Standard output holds results only (the PDF itself with `-o -`); notes go to
    // standard error, as for every command that writes a file.
    eprintln!("{line}");
    if which == Which::Auto && source.revision().is_none() {
        let revisions =
            farol::record::revision_files(&farol::record::revisions_dir(dossier, &a.id))?;
        if let Some((t, _)) = farol::record::latest(&revisions)? {
            let n = &t.number;
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "cli-report-draft-changed",
                    id = a.id.as_str(),
                    revision = *n
                )
            );
        }
    }
    if !rendered.missing_glyphs.is_empty() {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-report-missing-glyphs",
                n = rendered.missing_glyphs.len(),
                chars = rendered.missing_glyph_list().join(", ")
            )
        );
    }
    if !rendered.overflows.is_empty() {
        eprintln!("{}", tr!(lang, "cli-report-overflows"));
        for o in &rendered.overflows {
            eprintln!("  {o}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
