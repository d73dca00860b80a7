//! A bundle's verification as text: the manifest first (is every file as bundled, and who
//! bundled it), then the records as `farol verify` shows them, then one verdict.

use std::fmt::Write as _;

use super::manifest::{MANIFEST, SIGNATURE, SignatureState};
use super::verify::BundleVerification;
use crate::present::{pad, width, words::role};
use crate::tr;

/// A bundle's verification in `lang`: the manifest, the records, one verdict. The
/// problems and notes are the verifier's own words.
pub fn bundle_text(lang: &str, v: &BundleVerification) -> String {
    let m = &v.manifest;
    let mut o = String::new();
    let labels = [
        tr!(lang, "cli-bundle-manifest"),
        tr!(lang, "cli-bundle-bundled-by"),
    ];
    let lw = labels.iter().map(|l| width(l)).max().unwrap_or(0).max(9) + 2;
    let [l_manifest, l_by] = labels.map(|l| pad(&l, lw));
    let _ = writeln!(
        o,
        "{}",
        tr!(lang, "cli-bundle-title", bundle = v.bundle.to_string())
    );
    if m.present {
        let mut counts = vec![tr!(
            lang,
            "cli-bundle-listed",
            n = m.listed,
            intact = m.intact
        )];
        if !m.changed.is_empty() {
            counts.push(tr!(lang, "cli-bundle-changed", n = m.changed.len()));
        }
        if !m.missing.is_empty() {
            counts.push(tr!(lang, "cli-bundle-missing", n = m.missing.len()));
        }
        if !m.added.is_empty() {
            counts.push(tr!(lang, "cli-bundle-added", n = m.added.len()));
        }
        let _ = writeln!(
            o,
            "  {l_manifest}{MANIFEST}: {}",
            counts.join(&tr!(lang, "cli-list-separator"))
        );
    } else {
        let _ = writeln!(o, "  {l_manifest}{}", tr!(lang, "cli-bundle-no-manifest"));
    }
    let s = &m.signature;
    let signer = || {
        tr!(
            lang,
            "cli-bundle-signer",
            name = s.signer.as_deref().unwrap_or("?"),
            role = s.role.map_or("?".to_string(), |r| role(lang, r)),
            at = s
                .signed_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default(),
            key = s.key.as_deref().unwrap_or("?")
        )
    };
    let signed = match s.state {
        SignatureState::Valid => tr!(
            lang,
            "cli-bundle-signed-trusted",
            signer = signer(),
            who = crate::record::signer_words(lang, s.trusted_as.as_deref().unwrap_or("?"))
        ),
        SignatureState::Untrusted => tr!(
            lang,
            "cli-bundle-signed-untrusted",
            signer = signer(),
            fingerprint = s.fingerprint.as_deref().unwrap_or("?")
        ),
        SignatureState::Unsigned if m.present => tr!(lang, "cli-bundle-unsigned"),
        SignatureState::Unsigned => tr!(lang, "cli-bundle-no-manifest-to-check"),
        SignatureState::Invalid => tr!(lang, "cli-bundle-signature-changed", file = SIGNATURE),
        SignatureState::ManifestChanged => tr!(
            lang,
            "cli-bundle-manifest-changed",
            file = MANIFEST,
            signer = signer()
        ),
        SignatureState::SignerMismatch => tr!(lang, "cli-bundle-signer-mismatch"),
        SignatureState::Malformed => tr!(lang, "cli-bundle-signature-damaged", file = SIGNATURE),
    };
    let _ = writeln!(o, "  {l_by}{signed}");
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
    o.push_str(&crate::record::verify_text_in(
        &v.records,
        crate::i18n::AsLang::as_lang(lang),
    ));

    let mut failures = Vec::new();
    if !m.changed.is_empty() {
        failures.push(tr!(lang, "cli-bundle-fail-changed", n = m.changed.len()));
    }
    if !m.missing.is_empty() {
        failures.push(tr!(lang, "cli-bundle-fail-missing", n = m.missing.len()));
    }
    if !m.added.is_empty() {
        failures.push(tr!(lang, "cli-bundle-fail-added", n = m.added.len()));
    }
    // A failing signature is one of the problems, and is said below on its own.
    let signature_problem = usize::from(m.present && !s.state.passes());
    let other = m
        .problems
        .len()
        .saturating_sub(m.changed.len() + m.missing.len() + m.added.len() + signature_problem);
    if other > 0 {
        failures.push(tr!(lang, "cli-bundle-fail-other", n = other));
    }
    if !s.state.passes() {
        failures.push(tr!(lang, "cli-bundle-fail-signature"));
    }
    let r = &v.records.summary;
    if r.records == 0 {
        failures.push(tr!(lang, "cli-bundle-fail-no-record"));
    } else if r.failed > 0 {
        failures.push(tr!(
            lang,
            "cli-bundle-fail-records",
            failed = r.failed,
            n = r.records
        ));
    } else if !v.records.passed() {
        failures.push(tr!(lang, "cli-bundle-fail-records-check"));
    }
    let verdict = if v.passed {
        tr!(lang, "cli-bundle-verified")
    } else if failures.is_empty() {
        tr!(lang, "cli-verify-not-verified")
    } else {
        tr!(
            lang,
            "cli-verify-not-verified-because",
            failures = failures.join(&tr!(lang, "cli-list-separator"))
        )
    };
    let _ = writeln!(o, "{}", tr!(lang, "cli-bundle-verdict", verdict = verdict));
    o
}
