//! `farol evidence`: the bundle for an inspection; and `farol verify` of a bundle (a
//! directory with a manifest, or its zip). Thin handlers over `farol::evidence`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use chrono::{NaiveDate, Utc};
use clap::Args;

use farol::dossier::Dossier;
use farol::evidence::{self, Options};
use farol::keys::{self, KeyError};
use farol::present::words::role;
use farol::tr;

use crate::records::out;

#[derive(Debug, Args)]
#[command(
    after_help = "The bundle holds every signed revision and review of the assessments, \
their PDF reports, the trusted public keys, the questionnaire versions they answer, the \
verification report and a manifest of SHA-256 hashes, signed with your key. Drafts are not \
included: they are unsigned. Give the inspector your keys' fingerprints by another channel; \
they check the bundle anywhere with `farol verify FILE.zip --trust FINGERPRINT`, or with \
OpenSSL alone as its README.txt explains."
)]
pub struct EvidenceArgs {
    /// Only assessments with a revision or review signed on or after DATE (YYYY-MM-DD, UTC).
    /// Each comes with its full history, so its revision chain still verifies
    #[arg(long, value_name = "DATE")]
    pub since: Option<NaiveDate>,
    /// Where to write: a FILE.zip, or a directory that does not exist or is empty
    /// [default: evidence-YYYY-MM-DD.zip in the current directory]. Nothing is ever replaced
    #[arg(short = 'o', long = "output", value_name = "FILE.zip|DIR")]
    pub output: Option<PathBuf>,
    /// The key that signs the manifest: an id (farol:…) or owner name; needed if you have
    /// several. Without any key the manifest is written unsigned
    #[arg(long)]
    pub key: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

pub fn run(dossier: &Dossier, lang: &str, a: EvidenceArgs) -> Result<ExitCode> {
    crate::records::allow_passphrase_prompt(lang);
    let key = match keys::default_dir().and_then(|d| keys::load_signing_key(&d, a.key.as_deref())) {
        Ok(k) => Some(k),
        Err(KeyError::NoKeys { .. } | KeyError::NoHome) if a.key.is_none() => None,
        Err(e) => return Err(e.into()),
    };
    let now = Utc::now();
    let output = a
        .output
        .unwrap_or_else(|| PathBuf::from(evidence::default_file_name(now)));
    let to_stdout = output.as_os_str() == "-";
    if to_stdout && a.json {
        anyhow::bail!(tr!(lang, "cli-json-not-with-stdout-zip"));
    }
    // Refuse before the work, not after it.
    if !to_stdout && output.exists() && (evidence::is_zip_path(&output) || !is_empty_dir(&output)) {
        let what = if output.is_dir() {
            " and is not empty"
        } else {
            ""
        };
        return Err(evidence::EvidenceError::Exists { path: output, what }.into());
    }
    let line = crate::progress::Line::new(tr!(lang, "cli-progress-reports"));
    let bundle = evidence::build_showing(
        dossier,
        &Options {
            since: a.since,
            now,
            key: key.as_ref(),
        },
        farol::i18n::Lang::parse(lang).unwrap_or_default(),
        &|done, total| line.step(done, total),
    );
    line.finish();
    let bundle = bundle?;
    let size = if to_stdout {
        let bytes = bundle.zip_bytes(now)?;
        write_stdout(lang, &bytes)?;
        bytes.len()
    } else if evidence::is_zip_path(&output) {
        bundle.write_zip(&output, now)?
    } else {
        bundle.write_dir(&output)?;
        bundle.total_bytes()
    };

    if a.json {
        #[derive(serde::Serialize)]
        struct Wrote<'a> {
            path: &'a Path,
            bytes: usize,
            files: usize,
            signed_by: &'a Option<String>,
            passed: bool,
            verified: usize,
            failed: usize,
            assessments: &'a [evidence::Included],
            warnings: &'a [String],
        }
        out(&crate::json::render(
            "evidence",
            &Wrote {
                path: &output,
                bytes: size,
                files: bundle.files.len(),
                signed_by: &bundle.signed_by,
                passed: bundle.verification.passed(),
                verified: bundle.verification.summary.verified,
                failed: bundle.verification.summary.failed,
                assessments: &bundle.assessments,
                warnings: &bundle.warnings,
            },
        )?)?;
    } else {
        summary(dossier, lang, &bundle, &output, size);
    }
    for w in &bundle.warnings {
        eprintln!("{}", tr!(lang, "cli-warning", message = w.to_string()));
    }
    if !bundle.verification.passed() {
        eprintln!("{}", tr!(lang, "cli-evidence-some-fail"));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// What `farol evidence` says it wrote, on standard error.
fn summary(dossier: &Dossier, lang: &str, bundle: &evidence::Bundle, output: &Path, size: usize) {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-evidence-wrote",
            path = output.display().to_string(),
            assessments = bundle.assessments.len(),
            revisions = bundle.revisions(),
            reviews = bundle.reviews(),
            reports = bundle.reports(),
            files = bundle.files.len(),
            kb = size.div_ceil(1024)
        )
    );
    for i in &bundle.assessments {
        let _ = writeln!(
            o,
            "  {} {}",
            farol::present::pad(&i.id, 28),
            tr!(
                lang,
                "cli-evidence-assessment",
                revision = i.latest,
                sha256 = i.latest_sha256.as_str()
            )
        );
    }
    let labels = [
        tr!(lang, "cli-bundle-manifest"),
        tr!(lang, "cli-evidence-records"),
    ];
    let lw = labels
        .iter()
        .map(|l| farol::present::width(l))
        .max()
        .unwrap_or(0)
        + 2;
    let [l_manifest, l_records] = labels.map(|l| farol::present::pad(&l, lw));
    let _ = writeln!(
        o,
        "  {l_manifest}{}",
        match &bundle.signed_by {
            Some(s) => tr!(
                lang,
                "cli-evidence-signed-by",
                who = farol::record::signer_words(lang, s)
            ),
            None => tr!(lang, "cli-evidence-not-signed"),
        }
    );
    let s = &bundle.verification.summary;
    let _ = writeln!(
        o,
        "  {l_records}{}",
        if bundle.verification.passed() {
            tr!(
                lang,
                "cli-evidence-records-line",
                verified = s.verified,
                failed = s.failed
            )
        } else {
            tr!(
                lang,
                "cli-evidence-records-line-failed",
                verified = s.verified,
                failed = s.failed
            )
        }
    );
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-evidence-give-fingerprints",
            path = output.display().to_string()
        )
    );
    for t in keys::trusted(dossier.root())
        .map(|(t, _)| t)
        .unwrap_or_default()
    {
        let _ = writeln!(
            o,
            "  {}  {}",
            tr!(
                lang,
                "cli-name-role",
                name = t.name.as_str(),
                role = role(lang, t.role)
            ),
            t.fingerprint
        );
    }
    // The bundle is the result; what was written is a message, as for every command
    // that writes a file.
    eprint!("{o}");
}

/// The zip itself on standard output (`-o -`).
fn write_stdout(lang: &str, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let mut w = std::io::stdout().lock();
    w.write_all(bytes)
        .and_then(|()| w.flush())
        .with_context(|| tr!(lang, "cli-cannot-write-stdout"))
}

fn is_empty_dir(p: &Path) -> bool {
    std::fs::read_dir(p).is_ok_and(|mut rd| rd.next().is_none())
}

/// `farol verify BUNDLE [--json]`.
pub fn verify(
    path: &Path,
    lang: &str,
    opts: &farol::record::VerifyOptions,
    json: bool,
) -> Result<ExitCode> {
    let v = evidence::verify_bundle(path, opts)?;
    if json {
        out(&crate::json::render("verify-bundle", &v)?)?;
    } else {
        out(&evidence::bundle_text(lang, &v))?;
    }
    Ok(if v.passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
