//! `farol verify`: records, assessments, dossiers, bundles and report PDFs, from files or
//! standard input.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{SubsecRound, Utc};
use clap::Args;
use farol::dossier::Dossier;
use farol::record;
use farol::share::arrived;
use farol::tr;

use super::{out, stdin_to_file};

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
        farol::report::warm_fonts();
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
