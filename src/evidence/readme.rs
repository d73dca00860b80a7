//! `README.txt`: what the bundle is and how to check it, for an inspector who has never
//! heard of Farol. Plain words, short lines, no markup.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};

use super::Included;
use super::manifest::{MANIFEST, SIGNATURE};
use crate::keys::TrustedKey;
use crate::record::VerifyReport;

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
}

pub(super) fn text(f: &Facts) -> String {
    let mut o = String::new();
    let n = f.assessments.len();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    o.push_str("EVIDENCE BUNDLE: PRIVACY IMPACT ASSESSMENTS\n\n");
    let _ = writeln!(
        o,
        "This folder holds the signed records of {} under Macau's\n\
         Personal Data Protection Act (Law 8/2005), with everything needed to check them.\n\
         It was made on {} with Farol {}.\n{}",
        plural(n, "privacy impact assessment", "privacy impact assessments"),
        f.now.format("%Y-%m-%d at %H:%M UTC"),
        env!("CARGO_PKG_VERSION"),
        match f.signed_by {
            Some(s) => format!("It is signed by {s}."),
            None => "It is not signed: the person who made it had no signing key.".into(),
        }
    );
    if let Some(d) = f.since {
        let _ = writeln!(
            o,
            "It holds only the assessments signed or reviewed on or after {d}, each with its\n\
             full history."
        );
    }
    o.push_str(
        "\nA record is signed: any change to it after signing, by anyone, is detected. Each\n\
         revision of an assessment names the one before it, so a removed or reordered revision\n\
         is detected too.\n",
    );

    o.push_str("\nWHAT IS HERE\n\n");
    for (path, what) in [
        (
            "assessments/ID/revisions/",
            "the signed revisions of each assessment, oldest first (readable text)",
        ),
        (
            "assessments/ID/reviews/",
            "signed reviews and approvals, when there are any",
        ),
        (
            "reports/ID-rNNNN.pdf",
            "the report of each assessment's latest revision, for reading",
        ),
        (
            "assessments/ID/heads/",
            "signed heads: the latest revision and every review, by SHA-256",
        ),
        (
            "keys/trusted/",
            "the public keys the organisation says it trusts (.pub.ron, and .pub.pem for OpenSSL)",
        ),
        (
            "questionnaires/",
            "the exact questionnaire versions the assessments answer",
        ),
        (
            "VERIFICATION.txt",
            "the result of the check below when the bundle was made",
        ),
        ("verification.json", "the same, for programs"),
        (MANIFEST, "the SHA-256 fingerprint of every other file"),
        (SIGNATURE, "who made the bundle: a signature over the list"),
    ] {
        let _ = writeln!(o, "  {path:<28} {what}");
    }

    o.push_str("\nTHE ASSESSMENTS\n");
    for a in f.assessments {
        let _ = writeln!(
            o,
            "\n  {}: {}{}",
            a.id,
            a.title.as_deref().unwrap_or("(title unreadable)"),
            a.organisation
                .as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        );
        let revs = if a.revisions == 1 {
            "revision 1".to_string()
        } else {
            format!("revisions 1 to {}", a.latest)
        };
        let by = match (&a.latest_signer, a.latest_signed_at) {
            (Some(s), Some(t)) => format!(", the latest signed by {s} on {}", t.format("%Y-%m-%d")),
            _ => String::new(),
        };
        let _ = writeln!(o, "    {revs}{by}");
        if a.reviews > 0 {
            let _ = writeln!(o, "    {}", plural(a.reviews, "review", "reviews"));
        }
        let _ = writeln!(o, "    latest revision SHA-256 {}", a.latest_sha256);
        if let Some(r) = &a.report {
            let _ = writeln!(o, "    report {r}");
        }
    }

    o.push_str("\nHOW TO CHECK IT\n\n");
    o.push_str(
        "A signature proves who signed only if the key is really theirs, and the keys in this\n\
         folder came with it: anyone who forged the records could have replaced them too.\n\
         So first obtain the fingerprints of the signers' keys from the organisation by\n\
         ANOTHER channel (by phone, in person, on paper), and compare them with these keys,\n\
         which came with the bundle:\n\n",
    );
    if f.trusted.is_empty() {
        o.push_str("     (none: the organisation trusts no key, so no record verifies)\n");
    }
    for t in f.trusted {
        let _ = writeln!(
            o,
            "     {} ({}), {}\n       fingerprint {}",
            t.name,
            t.role,
            t.id(),
            t.fingerprint
        );
    }
    let _ = writeln!(
        o,
        "\n1. With Farol, on any computer, with no network, giving each fingerprint you\n\
         \x20  obtained separately:\n\n\
         \x20     farol verify {folder} --trust FINGERPRINT --trust FINGERPRINT\n\
         \x20     farol verify {folder}.zip --trust FINGERPRINT    (or the zip it came in)\n\n\
         \x20  It checks that no file was changed, removed or added since the bundle was made\n\
         \x20  and that a trusted key signed the list of files; every record's signature, that\n\
         \x20  its signer's name and role are those of the trusted key, its place in the\n\
         \x20  history, the heads that name the latest revision and every review, and the risk\n\
         \x20  figures; and that each PDF report is the report of the record it names. It ends\n\
         \x20  with VERIFIED or NOT VERIFIED, naming each file that fails, and exits with\n\
         \x20  status 0 only if everything verifies. Without --trust it trusts no key of the\n\
         \x20  bundle (only those of your own Farol dossier) and says so.\n",
        folder = f.folder
    );
    let _ = writeln!(
        o,
        "2. With OpenSSL alone (3.0 or later), inside this folder. First check each key's\n\
         \x20  fingerprint (K is its .pub.pem file in keys/trusted/):\n\n\
         {fp}\n\n\
         \x20  Then check a signed file F (a revision, a review, a head, or {SIGNATURE}):\n\
         \x20  the signed bytes are every line above its \"// -- farol signature\" line, and\n\
         \x20  the signature is the hex on the line two below it:\n\n\
         {recipe}\n\n\
         \x20  It prints \"Signature Verified Successfully\". Read signed.bin: it names the\n\
         \x20  signer and their key's fingerprint (which must be the one you were given), and\n\
         \x20  what they signed. For {SIGNATURE}, compare the manifest_sha256 it names with\n\
         \x20  `sha256sum {MANIFEST}`, then check every file with:\n\n\
         \x20     sha256sum -c {MANIFEST}\n\n\
         \x20  OpenSSL shows who signed each file and that it is unchanged; the links between\n\
         \x20  the files (each revision naming the one before, the heads naming the latest\n\
         \x20  revision and every review) are SHA-256s written in them, which you can compare\n\
         \x20  with sha256sum; the risk figures are rechecked by farol verify only.\n",
        fp = indent(OPENSSL_FINGERPRINT),
        recipe = indent(OPENSSL_RECIPE),
    );
    let s = &f.verification.summary;
    let _ = writeln!(
        o,
        "\nWhen the bundle was made, {} of {} verified{}.",
        s.verified,
        plural(s.records, "record", "records"),
        if f.verification.passed() {
            ""
        } else {
            ": see VERIFICATION.txt for what failed"
        }
    );
    o
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("      {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
