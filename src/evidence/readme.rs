//! `README.txt`: what the bundle is and how to check it, for an inspector who has never
//! heard of Farol, in the language the bundle was made in (English, Traditional Chinese
//! or Portuguese). Plain words, short lines, no markup; the commands, file names and
//! fingerprints stay as they are. Also the head of `VERIFICATION.txt`.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};

use super::Included;
use super::manifest::{MANIFEST, SIGNATURE};
use crate::i18n::Lang;
use crate::keys::{Role, TrustedKey};
use crate::record::VerifyReport;
use crate::report::layout::{is_cjk, tokens};
use crate::tr;

/// Checking one signed file with OpenSSL alone (3.0 or later), in a POSIX shell inside the
/// bundle: `F` is any signed file (a revision, a review, a head, or the manifest's
/// signature `MANIFEST.sha256.sig`), `K` the signer's public key as PEM. The signed bytes
/// are every line above the trailer's first line; the signature is the hex on the
/// trailer's third line. OpenSSL prints "Signature Verified Successfully" when it holds.
pub const OPENSSL_RECIPE: &str = r#"F=assessments/ID/revisions/0001.ron
K=keys/trusted/FP16.pub.pem
n=$(grep -n '^// -- farol signature: ' "$F" | tail -n 1 | cut -d: -f1)
head -n "$((n - 1))" "$F" > signed.bin
sed -n "$((n + 2))p" "$F" | sed 's|^// signature: ||' | xxd -r -p > sig.bin
openssl pkeyutl -verify -pubin -inkey "$K" -rawin -in signed.bin -sigfile sig.bin"#;

/// The SHA-256 fingerprint of a PEM public key, with OpenSSL alone: the last 32 bytes of
/// its DER form are the Ed25519 key, whose SHA-256 is the fingerprint Farol shows.
pub const OPENSSL_FINGERPRINT: &str =
    r#"openssl pkey -pubin -in "$K" -outform DER | tail -c 32 | openssl dgst -sha256"#;

pub(super) struct Facts<'a> {
    pub now: DateTime<Utc>,
    pub since: Option<NaiveDate>,
    pub signed_by: Option<&'a str>,
    pub assessments: &'a [Included],
    pub trusted: &'a [TrustedKey],
    pub folder: &'a str,
    pub verification: &'a VerifyReport,
    /// The language of the text; file names, commands and fingerprints stay as they are.
    pub lang: Lang,
}

/// How wide the README's lines are, in columns (a Chinese character takes two).
const WIDTH: usize = 86;

/// The columns `s` takes in a plain-text file: two for a CJK character, one otherwise.
fn columns(s: &str) -> usize {
    s.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// Appends `text` wrapped to [`WIDTH`] columns, every line indented by `indent` spaces.
/// Breaks at spaces, and between any two Chinese characters (punctuation stays with its
/// neighbour).
fn para(o: &mut String, text: &str, indent: usize) {
    hanging(o, &" ".repeat(indent), text);
}

/// As [`para`], the first line starting with `first` and the others indented as wide.
fn hanging(o: &mut String, first: &str, text: &str) {
    let indent = columns(first);
    let pad = " ".repeat(indent);
    let max = WIDTH.saturating_sub(indent).max(20);
    let mut line = String::new();
    let mut w = 0;
    let mut lead = first.to_string();
    let mut flush = |o: &mut String, line: &mut String| {
        let _ = writeln!(o, "{lead}{}", line.trim_end());
        lead.clone_from(&pad);
        line.clear();
    };
    for t in tokens(text) {
        if t == " " {
            if !line.is_empty() {
                line.push(' ');
                w += 1;
            }
            continue;
        }
        let tw = columns(t);
        if w + tw > max && !line.trim_end().is_empty() {
            flush(o, &mut line);
            w = 0;
        }
        line.push_str(t);
        w += tw;
    }
    if !line.trim_end().is_empty() {
        flush(o, &mut line);
    }
}

fn role(l: Lang, r: Role) -> String {
    match r {
        Role::Assessor => tr!(l, "evidence-role-assessor"),
        Role::Reviewer => tr!(l, "evidence-role-reviewer"),
        Role::Approver => tr!(l, "evidence-role-approver"),
    }
}

pub(super) fn text(f: &Facts) -> String {
    let l = f.lang;
    let mut o = String::new();
    let n = f.assessments.len();
    let _ = writeln!(o, "{}\n", tr!(l, "evidence-readme-title"));
    let mut intro = tr!(
        l,
        "evidence-readme-intro",
        n = n,
        date = f.now.format("%Y-%m-%d").to_string(),
        time = f.now.format("%H:%M").to_string(),
        version = env!("CARGO_PKG_VERSION")
    );
    // Sentences are spaced in English and Portuguese, not in Chinese.
    if !intro.ends_with(is_cjk) {
        intro.push(' ');
    }
    intro.push_str(&match f.signed_by {
        Some(s) => tr!(l, "evidence-readme-signed-by", who = s),
        None => tr!(l, "evidence-readme-not-signed"),
    });
    para(&mut o, &intro, 0);
    if let Some(d) = f.since {
        para(
            &mut o,
            &tr!(l, "evidence-readme-since", date = d.to_string()),
            0,
        );
    }
    o.push('\n');
    para(&mut o, &tr!(l, "evidence-readme-chain"), 0);
    o.push('\n');
    para(
        &mut o,
        &tr!(
            l,
            "evidence-readme-language",
            language = l.own_name(),
            tag = l.tag()
        ),
        0,
    );

    let _ = writeln!(o, "\n{}\n", tr!(l, "evidence-readme-here"));
    for (path, what) in [
        (
            "assessments/ID/revisions/",
            tr!(l, "evidence-here-revisions"),
        ),
        ("assessments/ID/reviews/", tr!(l, "evidence-here-reviews")),
        ("reports/ID-rNNNN.pdf", tr!(l, "evidence-here-reports")),
        ("filing/ID-rNNNN.LANG.txt", tr!(l, "evidence-here-filing")),
        ("assessments/ID/heads/", tr!(l, "evidence-here-heads")),
        ("keys/trusted/", tr!(l, "evidence-here-keys")),
        ("questionnaires/", tr!(l, "evidence-here-questionnaires")),
        ("VERIFICATION.txt", tr!(l, "evidence-here-verification")),
        ("verification.json", tr!(l, "evidence-here-json")),
        (MANIFEST, tr!(l, "evidence-here-manifest")),
        (SIGNATURE, tr!(l, "evidence-here-signature")),
    ] {
        hanging(&mut o, &format!("  {path:<28} "), &what);
    }

    let _ = writeln!(o, "\n{}", tr!(l, "evidence-readme-assessments"));
    for a in f.assessments {
        let title = a
            .title
            .clone()
            .unwrap_or_else(|| tr!(l, "evidence-title-unreadable"));
        let head = match a.organisation.as_deref().filter(|s| !s.is_empty()) {
            Some(org) => tr!(
                l,
                "evidence-assessment-org",
                id = a.id.as_str(),
                title = title,
                organisation = org
            ),
            None => tr!(l, "evidence-assessment", id = a.id.as_str(), title = title),
        };
        o.push('\n');
        para(&mut o, &head, 2);
        let revs = match (&a.latest_signer, a.latest_signed_at) {
            (Some(s), Some(t)) => tr!(
                l,
                "evidence-revisions-signed",
                n = a.revisions,
                latest = a.latest,
                signer = s.as_str(),
                date = t.format("%Y-%m-%d").to_string()
            ),
            _ => tr!(l, "evidence-revisions", n = a.revisions, latest = a.latest),
        };
        para(&mut o, &revs, 4);
        if a.reviews > 0 {
            let _ = writeln!(o, "    {}", tr!(l, "evidence-reviews", n = a.reviews));
        }
        let _ = writeln!(
            o,
            "    {}",
            tr!(l, "evidence-latest-sha", sha = a.latest_sha256.as_str())
        );
        if let Some(r) = &a.report {
            let _ = writeln!(o, "    {}", tr!(l, "evidence-report", file = r.as_str()));
        }
        if let Some(fp) = &a.filing {
            filing(&mut o, l, fp);
        }
    }

    let _ = writeln!(o, "\n{}\n", tr!(l, "evidence-readme-check"));
    para(&mut o, &tr!(l, "evidence-readme-trust-first"), 0);
    o.push('\n');
    if f.trusted.is_empty() {
        let _ = writeln!(o, "     {}", tr!(l, "evidence-no-trusted"));
    }
    for t in f.trusted {
        let _ = writeln!(
            o,
            "     {}\n       {}",
            tr!(
                l,
                "evidence-trusted-key",
                name = t.name.as_str(),
                role = role(l, t.role),
                id = t.id()
            ),
            tr!(
                l,
                "evidence-fingerprint",
                fingerprint = t.fingerprint.as_str()
            )
        );
    }
    o.push('\n');
    let folder = f.folder;
    hanging(&mut o, "1. ", &tr!(l, "evidence-step-farol"));
    let _ = writeln!(
        o,
        "\n      farol verify {folder} --trust FINGERPRINT --trust FINGERPRINT\n      farol verify {folder}.zip --trust FINGERPRINT    {}\n",
        tr!(l, "evidence-or-zip")
    );
    para(&mut o, &tr!(l, "evidence-step-farol-what"), 3);
    o.push('\n');
    hanging(
        &mut o,
        "2. ",
        &tr!(l, "evidence-step-openssl", dir = "keys/trusted/"),
    );
    let _ = writeln!(o, "\n{}\n", indent(OPENSSL_FINGERPRINT));
    para(
        &mut o,
        &tr!(
            l,
            "evidence-step-openssl-file",
            signature = SIGNATURE,
            marker = "// -- farol signature"
        ),
        3,
    );
    let _ = writeln!(o, "\n{}\n", indent(OPENSSL_RECIPE));
    para(
        &mut o,
        &tr!(
            l,
            "evidence-step-openssl-read",
            ok = "Signature Verified Successfully",
            file = "signed.bin",
            signature = SIGNATURE,
            field = "manifest_sha256",
            command = format!("sha256sum {MANIFEST}")
        ),
        3,
    );
    let _ = writeln!(o, "\n      sha256sum -c {MANIFEST}\n");
    para(
        &mut o,
        &tr!(l, "evidence-step-openssl-links", command = "farol verify"),
        3,
    );
    let s = &f.verification.summary;
    o.push('\n');
    let result = if f.verification.passed() {
        tr!(
            l,
            "evidence-readme-result",
            verified = s.verified,
            n = s.records
        )
    } else {
        tr!(
            l,
            "evidence-readme-result-failed",
            verified = s.verified,
            n = s.records
        )
    };
    para(&mut o, &result, 0);
    o
}

/// An assessment's filing pack, and the filing as its latest revision records it: each
/// filing duty that applies with its state and the evidence given (date, reference).
fn filing(o: &mut String, l: Lang, fp: &super::FilingInBundle) {
    let status = if fp.gaps == 0 {
        tr!(l, "evidence-filing-complete")
    } else {
        tr!(l, "evidence-filing-gaps", n = fp.gaps)
    };
    para(
        o,
        &tr!(
            l,
            "evidence-filing",
            file = fp.path.as_str(),
            status = status
        ),
        4,
    );
    for d in &fp.duties {
        let line = tr!(
            l,
            "evidence-filing-duty",
            duty = d.title.as_str(),
            state = crate::i18n::words::duty(l, d.state)
        );
        hanging(o, "      - ", &line);
        for e in &d.evidence {
            let line = tr!(
                l,
                "filing-question-answer",
                question = e.prompt.as_str(),
                answer = e.answer.as_str()
            );
            para(o, &line, 8);
        }
    }
    if !fp.recorded() {
        para(o, &tr!(l, "evidence-filing-not-recorded"), 6);
    }
}

/// `VERIFICATION.txt`: the report, with when and how it was made.
pub(super) fn verification_text(r: &VerifyReport, now: DateTime<Utc>, l: Lang) -> String {
    let mut o = String::new();
    para(
        &mut o,
        &tr!(
            l,
            "evidence-verification-head",
            at = now.format("%Y-%m-%d %H:%M UTC").to_string(),
            version = env!("CARGO_PKG_VERSION")
        ),
        0,
    );
    let _ = write!(
        o,
        "    farol verify FOLDER-OR-ZIP\n\n{}",
        crate::record::verify_text(r)
    );
    o
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("      {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
