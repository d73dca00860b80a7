//! A verification report as text for the terminal, in a language: a table per record,
//! then the trusted keys and a summary. Only the words depend on the language.

use std::fmt::Write as _;

use super::{
    ChainStatus, JudgedStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus,
    VerifyReport, kind_arg, role_word,
};
use crate::i18n::Lang;
use crate::tr;

/// Columns a string takes in a terminal: two for a CJK or full-width character (the
/// labels of the table are aligned on this).
fn columns(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// A table line: the label, padded to 11 columns, then the value.
fn line(o: &mut String, label: &str, value: &str) {
    let pad = 11usize.saturating_sub(columns(label)).max(1);
    let _ = writeln!(o, "  {label}{:pad$}{value}", "");
}

fn signature_words(lang: Lang, s: SignatureStatus) -> String {
    match s {
        SignatureStatus::Valid => tr!(lang, "verify-signature-valid"),
        SignatureStatus::Invalid => tr!(lang, "verify-signature-invalid"),
        SignatureStatus::SignerMismatch => tr!(lang, "verify-signature-signer-mismatch"),
        SignatureStatus::Missing => tr!(lang, "verify-signature-missing"),
        SignatureStatus::Malformed => tr!(lang, "verify-signature-malformed"),
        SignatureStatus::Unreadable => tr!(lang, "verify-signature-unreadable"),
    }
}

fn trust_words(lang: Lang, r: &RecordReport) -> String {
    let as_ = r.trusted_as.as_deref();
    match (r.trusted, as_) {
        (TrustStatus::Trusted, Some(t)) => tr!(lang, "verify-trust-trusted-as", trusted = t),
        (TrustStatus::Trusted, None) => tr!(lang, "verify-trust-trusted"),
        (TrustStatus::Untrusted, _) => tr!(lang, "verify-trust-untrusted"),
        (TrustStatus::RoleMismatch, Some(t)) => {
            tr!(lang, "verify-trust-role-mismatch", trusted = t)
        }
        (TrustStatus::RoleMismatch, None) => tr!(lang, "verify-trust-role-mismatch-unknown"),
        (TrustStatus::NameMismatch, Some(t)) => {
            tr!(lang, "verify-trust-name-mismatch", trusted = t)
        }
        (TrustStatus::NameMismatch, None) => tr!(lang, "verify-trust-name-mismatch-unknown"),
        (TrustStatus::Unknown, _) => tr!(lang, "verify-trust-unknown"),
    }
}

fn chain_words(lang: Lang, r: &RecordReport) -> String {
    let number = match r.kind {
        RecordKind::Revision => r.revision,
        RecordKind::Review => r.review.as_ref().and_then(|f| f.number),
    };
    let kind = kind_arg(r.kind);
    match r.chain {
        ChainStatus::Ok => match number {
            Some(1) => tr!(lang, "verify-chain-ok-first", kind = kind),
            Some(n) => tr!(lang, "verify-chain-ok-follows", kind = kind, n = n - 1),
            None => tr!(lang, "verify-chain-ok"),
        },
        ChainStatus::Broken => tr!(lang, "verify-chain-broken"),
        ChainStatus::NotChecked => tr!(lang, "verify-chain-not-in-dir", kind = kind),
    }
}

fn judged_words(lang: Lang, r: &RecordReport) -> String {
    let Some(f) = &r.review else {
        return tr!(lang, "verify-judged-not-checked");
    };
    let file = f.revision_file.as_ref().map(|p| {
        let n = p.file_name().unwrap_or_default().to_string_lossy();
        format!("revisions/{n}")
    });
    let file = file.unwrap_or_else(|| tr!(lang, "verify-judged-the-revision"));
    match f.judges {
        JudgedStatus::Ok => tr!(lang, "verify-judged-ok", file = file),
        JudgedStatus::Missing => tr!(lang, "verify-judged-status-missing", file = file),
        JudgedStatus::Differs => tr!(lang, "verify-judged-status-differs", file = file),
        JudgedStatus::NotChecked => tr!(lang, "verify-judged-unreadable"),
    }
}

fn risk_words(lang: Lang, s: RiskStatus) -> String {
    match s {
        RiskStatus::Ok => tr!(lang, "verify-risk-ok"),
        RiskStatus::Differs => tr!(lang, "verify-risk-status-differs"),
        RiskStatus::NotChecked => tr!(lang, "verify-risk-not-checked"),
        RiskStatus::NotApplicable => tr!(lang, "verify-risk-not-applicable"),
    }
}

/// What one row is: the assessment, the revision, and for a review its number and opinion.
fn what(lang: Lang, row: &RecordReport) -> String {
    let review = row
        .review
        .as_ref()
        .filter(|_| row.kind == RecordKind::Review);
    match (&row.assessment, row.revision, review) {
        (Some(a), Some(n), Some(f)) => {
            let opinion = f.opinion.map_or("?".to_string(), |o| o.label_in(lang));
            let number = f.number.unwrap_or(0);
            match f.review_due {
                Some(d) => tr!(
                    lang,
                    "verify-what-review-due",
                    id = a.as_str(),
                    number = number,
                    n = n,
                    opinion = opinion,
                    due = d.to_string()
                ),
                None => tr!(
                    lang,
                    "verify-what-review",
                    id = a.as_str(),
                    number = number,
                    n = n,
                    opinion = opinion
                ),
            }
        }
        (Some(a), Some(n), None) => tr!(lang, "verify-what-revision", id = a.as_str(), n = n),
        _ => tr!(lang, "verify-what-unreadable"),
    }
}

/// A table per record, then a summary, in `lang`.
pub fn verify_text_in(r: &VerifyReport, lang: Lang) -> String {
    let mut o = String::new();
    for row in &r.records {
        let verdict = if row.passed() {
            tr!(lang, "verify-row-verified")
        } else {
            tr!(lang, "verify-row-failed")
        };
        let _ = writeln!(o, "{}  {verdict}", row.file.display());
        let head = match row.kind {
            RecordKind::Revision => tr!(lang, "verify-label-record"),
            RecordKind::Review => tr!(lang, "verify-label-review"),
        };
        line(&mut o, &head, &what(lang, row));
        if let Some(s) = &row.signer {
            let role = row.role.map_or("?".to_string(), |r| role_word(lang, r));
            let at = row
                .signed_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default();
            let value = tr!(
                lang,
                "verify-signer-line",
                name = s.as_str(),
                role = role,
                at = at
            );
            line(&mut o, &tr!(lang, "verify-label-signer"), &value);
        }
        if let Some(k) = &row.key {
            line(&mut o, &tr!(lang, "verify-label-key"), k);
        }
        let rows = [
            (
                tr!(lang, "verify-label-signature"),
                signature_words(lang, row.signature),
            ),
            (tr!(lang, "verify-label-trust"), trust_words(lang, row)),
            (tr!(lang, "verify-label-chain"), chain_words(lang, row)),
            match row.kind {
                RecordKind::Revision => {
                    (tr!(lang, "verify-label-risk"), risk_words(lang, row.risk))
                }
                RecordKind::Review => (tr!(lang, "verify-label-judges"), judged_words(lang, row)),
            },
        ];
        for (label, value) in &rows {
            line(&mut o, label, value);
        }
        for p in &row.problems {
            let mut lines = p.lines();
            let _ = writeln!(o, "  ✗ {}", lines.next().unwrap_or_default());
            for l in lines {
                let _ = writeln!(o, "    {}", l.trim_start());
            }
        }
        for n in &row.notes {
            let _ = writeln!(o, "  · {n}");
        }
        o.push('\n');
    }
    for p in &r.problems {
        let _ = writeln!(o, "✗ {p}");
    }
    for n in &r.notes {
        let _ = writeln!(o, "· {n}");
    }
    if !r.problems.is_empty() || !r.notes.is_empty() {
        o.push('\n');
    }
    let s = &r.summary;
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "verify-trusted-keys-from",
            source = r.trust_source.as_str()
        )
    );
    if r.trusted_keys.is_empty() {
        let _ = writeln!(o, "  {}", tr!(lang, "verify-trusted-keys-none"));
    }
    for k in &r.trusted_keys {
        let _ = writeln!(o, "  {k}");
    }
    if !r.came_with.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "verify-came-with"));
        for k in &r.came_with {
            let _ = writeln!(o, "  {k}");
        }
        let _ = writeln!(o, "  {}", tr!(lang, "verify-came-with-then"));
    }
    let mut failures = Vec::new();
    if s.bad_signatures > 0 {
        failures.push(tr!(lang, "verify-failed-signatures", n = s.bad_signatures));
    }
    if s.untrusted > 0 {
        failures.push(tr!(lang, "verify-failed-untrusted", n = s.untrusted));
    }
    if s.chain_broken > 0 {
        failures.push(tr!(lang, "verify-failed-chain", n = s.chain_broken));
    }
    if s.risk_differs > 0 {
        failures.push(tr!(lang, "verify-failed-risk-differs", n = s.risk_differs));
    }
    if s.risk_not_checked > 0 {
        failures.push(tr!(
            lang,
            "verify-failed-risk-not-checked",
            n = s.risk_not_checked
        ));
    }
    if s.judged_broken > 0 {
        failures.push(tr!(lang, "verify-failed-judged", n = s.judged_broken));
    }
    let verdict = if r.passed() {
        tr!(lang, "verify-verdict-passed")
    } else if failures.is_empty() {
        tr!(lang, "verify-verdict-failed")
    } else {
        tr!(
            lang,
            "verify-verdict-failed-because",
            failures = failures.join(&tr!(lang, "verify-list-comma"))
        )
    };
    let summary = if s.reviews == 0 {
        tr!(
            lang,
            "verify-summary",
            n = s.records,
            verified = s.verified,
            failed = s.failed,
            verdict = verdict
        )
    } else {
        tr!(
            lang,
            "verify-summary-with-reviews",
            n = s.records,
            revisions = s.records - s.reviews,
            reviews = s.reviews,
            verified = s.verified,
            failed = s.failed,
            verdict = verdict
        )
    };
    let _ = writeln!(o, "{summary}");
    o
}
