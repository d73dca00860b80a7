//! Writes a large signed dossier for benchmarking `farol verify` (see benches/README.md):
//!
//! ```text
//! cargo run --release --example gen_dossier -- DIR --assessments 500 --revisions 50000
//! ```
//!
//! DIR must not exist. The throwaway signing keys go to DIR.keys (the dossier trusts them).

mod generate;

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir: Option<PathBuf> = None;
    let mut spec = generate::Spec {
        assessments: 100,
        revisions: 1000,
        review_every: 10,
    };
    while let Some(a) = args.next() {
        let mut value = |name: &str| -> usize {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| usage(&format!("{name} needs a number")))
        };
        match a.as_str() {
            "--assessments" => spec.assessments = value("--assessments").max(1),
            "--revisions" => spec.revisions = value("--revisions"),
            "--review-every" => spec.review_every = value("--review-every") as u32,
            "-h" | "--help" => usage(""),
            _ if a.starts_with('-') => usage(&format!("unknown option {a}")),
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let Some(dir) = dir else {
        usage("give the directory to write")
    };
    if dir.exists() {
        usage(&format!("{} exists already", dir.display()));
    }
    let mut keys = dir.clone().into_os_string();
    keys.push(".keys");
    let started = Instant::now();
    let made = generate::generate(&dir, &PathBuf::from(keys), spec);
    eprintln!(
        "{}: {} revisions and {} reviews in {} assessments, {:.1} MB, in {:.1} s",
        dir.display(),
        made.revisions,
        made.reviews,
        spec.assessments,
        made.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("gen_dossier: {problem}");
    }
    eprintln!(
        "usage: gen_dossier DIR [--assessments A] [--revisions R] [--review-every K]\n\
         writes A assessments with R revisions in all, and a review after every K revisions of an assessment (0: none)"
    );
    std::process::exit(2)
}
