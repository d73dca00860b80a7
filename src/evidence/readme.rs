//! `README.txt`: what the bundle is and how to check it, for an inspector who has never
//! heard of Farol. Plain words, short lines, no markup.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};

use super::Included;
use super::manifest::{MANIFEST, SIGNATURE};
use crate::keys::TrustedKey;
use crate::record::VerifyReport;

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
            "keys/trusted/",
            "the public keys whose signatures the organisation accepts",
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
    let _ = writeln!(
        o,
        "1. With Farol, on any computer, with nothing else installed and no network:\n\n\
         \x20     farol verify {folder}          (this folder)\n\
         \x20     farol verify {folder}.zip      (or the zip it came in)\n\n\
         \x20  It checks that no file was changed, removed or added since the bundle was made,\n\
         \x20  who made it, and every record's signature, its signer, its place in the history\n\
         \x20  and its risk figures. It ends with VERIFIED or NOT VERIFIED, naming each file\n\
         \x20  that fails, and exits with status 0 only if everything verifies.\n",
        folder = f.folder
    );
    let _ = writeln!(
        o,
        "2. Without Farol, inside this folder:\n\n\
         \x20     sha256sum -c {MANIFEST}\n\n\
         \x20  This shows that no file changed since the bundle was made. It does not check\n\
         \x20  signatures.\n"
    );
    o.push_str(
        "3. A signature proves who signed only if the key is really theirs. Compare these\n\
         \x20  fingerprints with the ones the organisation gives you separately (by phone, in\n\
         \x20  person or on paper):\n\n",
    );
    if f.trusted.is_empty() {
        o.push_str("     (none: the organisation trusts no key, so no record verifies)\n");
    }
    for t in f.trusted {
        let _ = writeln!(
            o,
            "     {} {} ({})\n       {}",
            t.id(),
            t.name,
            t.role,
            t.fingerprint
        );
    }
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
