//! A bundle's verification as text: the manifest first (is every file as bundled, and who
//! bundled it), then the records as `farol verify` shows them, then one verdict.

use std::fmt::Write as _;

use super::manifest::{MANIFEST, SIGNATURE, SignatureState};
use super::verify::BundleVerification;

pub fn bundle_text(v: &BundleVerification) -> String {
    let m = &v.manifest;
    let mut o = String::new();
    let _ = writeln!(o, "Evidence bundle {}", v.bundle);
    if m.present {
        let mut counts = vec![format!(
            "{} files listed, {} as bundled",
            m.listed, m.intact
        )];
        for (n, what) in [
            (m.changed.len(), "changed"),
            (m.missing.len(), "missing"),
            (m.added.len(), "added"),
        ] {
            if n > 0 {
                counts.push(format!("{n} {what}"));
            }
        }
        let _ = writeln!(o, "  {:<11}{MANIFEST}: {}", "manifest", counts.join(", "));
    } else {
        let _ = writeln!(o, "  {:<11}MISSING", "manifest");
    }
    let s = &m.signature;
    let signer = || {
        format!(
            "{} ({}), {}, key {}",
            s.signer.as_deref().unwrap_or("?"),
            s.role.map_or("?", |r| r.label()),
            s.signed_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default(),
            s.key.as_deref().unwrap_or("?")
        )
    };
    let signed = match s.state {
        SignatureState::Valid => format!(
            "{}: trusted as {}",
            signer(),
            s.trusted_as.as_deref().unwrap_or("?")
        ),
        SignatureState::Untrusted => format!(
            "{}: NOT TRUSTED (fingerprint {})",
            signer(),
            s.fingerprint.as_deref().unwrap_or("?")
        ),
        SignatureState::Unsigned if m.present => {
            "NOT SIGNED: nobody vouches for the manifest".into()
        }
        SignatureState::Unsigned => "not checked: there is no manifest".into(),
        SignatureState::Invalid => format!("INVALID: {SIGNATURE} was changed after signing"),
        SignatureState::ManifestChanged => {
            format!(
                "INVALID: {MANIFEST} was changed after {} signed it",
                signer()
            )
        }
        SignatureState::SignerMismatch => "INVALID: signed by another key than it names".into(),
        SignatureState::Malformed => format!("DAMAGED: {SIGNATURE} cannot be read"),
    };
    let _ = writeln!(o, "  {:<11}{signed}", "bundled by");
    for p in &m.problems {
        let mut lines = p.lines();
        let _ = writeln!(o, "  ✗ {}", lines.next().unwrap_or_default());
        for l in lines {
            let _ = writeln!(o, "    {}", l.trim_start());
        }
    }
    for n in &m.notes {
        let _ = writeln!(o, "  · {n}");
    }
    o.push('\n');
    o.push_str(&crate::record::verify_text(&v.records));

    let mut failures = Vec::new();
    for (n, what) in [
        (m.changed.len(), "changed since bundling"),
        (m.missing.len(), "missing"),
        (m.added.len(), "added after bundling"),
    ] {
        if n > 0 {
            failures.push(format!("{n} file{} {what}", if n == 1 { "" } else { "s" }));
        }
    }
    // A failing signature is one of the problems, and is said below on its own.
    let signature_problem = usize::from(m.present && !s.state.passes());
    let other = m
        .problems
        .len()
        .saturating_sub(m.changed.len() + m.missing.len() + m.added.len() + signature_problem);
    if other > 0 {
        failures.push(format!(
            "{other} other manifest problem{}",
            if other == 1 { "" } else { "s" }
        ));
    }
    if !s.state.passes() {
        failures.push("the manifest's signature fails".into());
    }
    let r = &v.records.summary;
    if r.records == 0 {
        failures.push("no record to verify".into());
    } else if r.failed > 0 {
        failures.push(format!("{} of {} records fail", r.failed, r.records));
    } else if !v.records.passed() {
        failures.push("the records check fails".into());
    }
    let verdict = if v.passed {
        "VERIFIED: every file is as bundled and every record verifies".to_string()
    } else if failures.is_empty() {
        "NOT VERIFIED".to_string()
    } else {
        format!("NOT VERIFIED: {}", failures.join(", "))
    };
    let _ = writeln!(o, "Evidence bundle: {verdict}");
    o
}
