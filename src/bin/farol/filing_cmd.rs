//! `farol filing ID [--revision N|latest|draft] [-o FILE|-]`: the DSPDP filing pack as
//! plain text, item by item, in the language asked; as a PDF when FILE ends in `.pdf`. A signed revision is verified first;
//! one that does not verify is refused (exit 1).

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use farol::dossier::Dossier;
use farol::filing::{self, FilingError, FilingSource, Which};
use farol::i18n::AsLang;
use farol::tr;

#[derive(Debug, Args)]
pub struct FilingArgs {
    /// The assessment's id (see `farol list`).
    pub id: String,
    /// What to file: a revision number, `latest`, or `draft` (marked not signed).
    /// Default: the latest signed revision, or the draft when nothing is signed yet.
    #[arg(long, value_name = "N|latest|draft")]
    pub revision: Option<String>,
    /// Where to write the pack; `-` for standard output (the default). A FILE ending in
    /// `.pdf` gets the pack as a PDF.
    #[arg(short = 'o', long = "output", value_name = "FILE|-")]
    pub output: Option<PathBuf>,
    /// Machine-readable output: the pack as JSON, the same in every language
    #[arg(long, conflicts_with = "output")]
    pub json: bool,
}

fn which(lang: &str, s: Option<&str>) -> Result<Which> {
    use crate::revision_arg::{RevisionArg, parse};
    let Some(s) = s else { return Ok(Which::Auto) };
    Ok(match parse(s) {
        Some(RevisionArg::Latest) => Which::Latest,
        Some(RevisionArg::Draft) => Which::Draft,
        Some(RevisionArg::Number(n)) => Which::Revision(n),
        None => bail!(tr!(lang, "filing-bad-revision", given = s)),
    })
}

pub fn run(dossier: &Dossier, lang: &str, a: FilingArgs) -> Result<ExitCode> {
    let which = which(lang, a.revision.as_deref())?;
    crate::records::warn_if_forked(dossier, lang, &a.id);
    let source = match FilingSource::read(dossier, &a.id, which, lang.as_lang()) {
        Ok(s) => s,
        Err(FilingError::NotVerified {
            id,
            revision,
            problems,
        }) => {
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "filing-refused",
                    id = id.as_str(),
                    revision = revision
                )
            );
            for p in problems {
                eprintln!("  {p}");
            }
            eprintln!("{}", tr!(lang, "filing-refused-hint", id = id.as_str()));
            return Ok(ExitCode::from(1));
        }
        Err(e) => return Err(e).context(tr!(lang, "filing-cannot", id = a.id.as_str())),
    };
    if a.json {
        // Language-neutral, as every --json: ids, and the texts in the reference language.
        let pack = source.pack(farol::i18n::Lang::En);
        crate::commands::emit(lang, &crate::json::render("filing", &pack)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let pack = source.pack(lang.as_lang());
    let pdf = a
        .output
        .as_ref()
        .is_some_and(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")));
    let bytes = if pdf {
        let rendered = filing::render_pdf(&pack, source.date, source.record_file.as_ref());
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
        rendered.pdf
    } else {
        filing::render_text(&pack).into_bytes()
    };
    // Filing the latest revision while the draft has moved on: say so, so that answers
    // given since (gaps filled, say) are not thought to be in the pack.
    if let (Which::Auto, Some(s)) = (which, &source.signed)
        && let Ok((draft, loaded)) = dossier.load_draft(&a.id)
        && matches!(
            farol::record::latest_if_unchanged(dossier, &draft, &loaded),
            Ok(None)
        )
    {
        eprintln!(
            "{}",
            tr!(
                lang,
                "filing-draft-changed",
                id = a.id.as_str(),
                revision = s.revision
            )
        );
    }
    match a.output {
        Some(p) if p.as_os_str() != "-" => {
            farol::fsutil::write_user_output(&p, &bytes)
                .with_context(|| tr!(lang, "cli-cannot-write", path = p.display().to_string()))?;
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "filing-wrote",
                    id = a.id.as_str(),
                    path = p.display().to_string()
                )
            );
        }
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
