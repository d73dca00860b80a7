//! Verification reports and diffs as text for the terminal.

use std::fmt::Write as _;

use super::diff::{Change, Diff};
use super::verify::{
    ChainStatus, JudgedStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus,
    VerifyReport,
};
use crate::scale::RiskLevel;

fn signature_words(s: SignatureStatus) -> &'static str {
    match s {
        SignatureStatus::Valid => "valid",
        SignatureStatus::Invalid => "INVALID: the file was changed after signing",
        SignatureStatus::SignerMismatch => "INVALID: signed by another key than the record names",
        SignatureStatus::Missing => "MISSING: no signature trailer",
        SignatureStatus::Malformed => "DAMAGED: the signature trailer cannot be read",
        SignatureStatus::Unreadable => "NOT CHECKED: the file cannot be read",
    }
}

fn trust_words(r: &RecordReport) -> String {
    match r.trusted {
        TrustStatus::Trusted => format!(
            "trusted{}",
            r.trusted_as
                .as_deref()
                .map(|t| format!(" as {t}"))
                .unwrap_or_default()
        ),
        TrustStatus::Untrusted => "UNTRUSTED: not among the trusted keys".into(),
        TrustStatus::RoleMismatch => format!(
            "WRONG ROLE: trusted as {}",
            r.trusted_as.as_deref().unwrap_or("another role")
        ),
        TrustStatus::NameMismatch => format!(
            "WRONG NAME: the key is trusted as {}",
            r.trusted_as.as_deref().unwrap_or("someone else's")
        ),
        TrustStatus::Unknown => "NOT CHECKED: no readable key".into(),
    }
}

fn chain_words(r: &RecordReport) -> String {
    let (noun, number) = match r.kind {
        RecordKind::Revision => ("revision", r.revision),
        RecordKind::Review => ("review", r.review.as_ref().and_then(|f| f.number)),
    };
    match r.chain {
        ChainStatus::Ok => match number {
            Some(1) => format!("ok: the first {noun}"),
            Some(n) => format!("ok: follows {noun} {}", n - 1),
            None => "ok".into(),
        },
        ChainStatus::Broken => "BROKEN".into(),
        ChainStatus::NotChecked => format!("not checked (not in a {noun}s directory)"),
    }
}

fn judged_words(r: &RecordReport) -> String {
    let Some(f) = &r.review else {
        return "NOT CHECKED".into();
    };
    let file = f
        .revision_file
        .as_ref()
        .map(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            format!("revisions/{n}")
        })
        .unwrap_or_else(|| "the revision".into());
    match f.judges {
        JudgedStatus::Ok => format!("ok: {file} is the file reviewed (same SHA-256)"),
        JudgedStatus::Missing => format!("MISSING: {file} is not in the dossier"),
        JudgedStatus::Differs => format!("DIFFERS: {file} was replaced after the review"),
        JudgedStatus::NotChecked => "NOT CHECKED: the review cannot be read".into(),
    }
}

fn risk_words(s: RiskStatus) -> &'static str {
    match s {
        RiskStatus::Ok => "ok: equals the risk recomputed from the answers",
        RiskStatus::Differs => "DIFFERS from the risk recomputed from the answers",
        RiskStatus::NotChecked => "NOT CHECKED",
        RiskStatus::NotApplicable => "not applicable",
    }
}

/// A table per record, then a summary.
pub fn verify_text(r: &VerifyReport) -> String {
    let mut o = String::new();
    for row in &r.records {
        let verdict = if row.passed() { "verified" } else { "FAILED" };
        let _ = writeln!(o, "{}  {verdict}", row.file.display());
        let review = row
            .review
            .as_ref()
            .filter(|_| row.kind == RecordKind::Review);
        let what = match (&row.assessment, row.revision, review) {
            (Some(a), Some(n), Some(f)) => format!(
                "{a}, review {} of revision {n}: {}{}",
                f.number.unwrap_or(0),
                f.opinion.map_or("?", |o| o.label()),
                f.review_due
                    .map(|d| format!(", review due {d}"))
                    .unwrap_or_default()
            ),
            (Some(a), Some(n), None) => format!("{a}, revision {n}"),
            _ => "(unreadable)".into(),
        };
        let head = match row.kind {
            RecordKind::Revision => "record",
            RecordKind::Review => "review",
        };
        let _ = writeln!(o, "  {head:<11}{what}");
        if let Some(s) = &row.signer {
            let role = row.role.map(|r| r.label()).unwrap_or("?");
            let at = row
                .signed_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default();
            let _ = writeln!(o, "  {:<11}{s} ({role}), {at}", "signer");
        }
        if let Some(k) = &row.key {
            let _ = writeln!(o, "  {:<11}{k}", "key");
        }
        let _ = writeln!(o, "  {:<11}{}", "signature", signature_words(row.signature));
        let _ = writeln!(o, "  {:<11}{}", "trust", trust_words(row));
        let _ = writeln!(o, "  {:<11}{}", "chain", chain_words(row));
        match row.kind {
            RecordKind::Revision => {
                let _ = writeln!(o, "  {:<11}{}", "risk", risk_words(row.risk));
            }
            RecordKind::Review => {
                let _ = writeln!(o, "  {:<11}{}", "judges", judged_words(row));
            }
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
    let _ = writeln!(o, "Trusted keys, from {}:", r.trust_source);
    if r.trusted_keys.is_empty() {
        let _ = writeln!(
            o,
            "  none: no signature can verify (pass --trust FILE|FINGERPRINT)"
        );
    }
    for k in &r.trusted_keys {
        let _ = writeln!(o, "  {k}");
    }
    if !r.came_with.is_empty() {
        let _ = writeln!(
            o,
            "Keys NOT trusted: these keys came with the bundle: compare them with fingerprints you obtained another way"
        );
        for k in &r.came_with {
            let _ = writeln!(o, "  {k}");
        }
        let _ = writeln!(
            o,
            "  (then pass --trust FINGERPRINT for each one you confirmed; --trust-bundle-keys trusts them all, unchecked)"
        );
    }
    let mut failures = Vec::new();
    for (n, what) in [
        (s.bad_signatures, "bad or missing signature"),
        (s.untrusted, "not signed by a trusted key"),
        (s.chain_broken, "broken chain"),
        (s.risk_differs, "risk differs"),
        (s.risk_not_checked, "risk not checked"),
        (s.judged_broken, "review of a missing or replaced revision"),
    ] {
        if n > 0 {
            failures.push(format!("{n} {what}"));
        }
    }
    let verdict = if r.passed() {
        "everything verifies".to_string()
    } else if failures.is_empty() {
        "NOT VERIFIED".to_string()
    } else {
        format!("NOT VERIFIED: {}", failures.join(", "))
    };
    let kinds = if s.reviews == 0 {
        String::new()
    } else {
        let revisions = s.records - s.reviews;
        format!(
            " ({revisions} revision{}, {} review{})",
            if revisions == 1 { "" } else { "s" },
            s.reviews,
            if s.reviews == 1 { "" } else { "s" }
        )
    };
    let _ = writeln!(
        o,
        "{} record{}{kinds}: {} verified, {} failed — {verdict}",
        s.records,
        if s.records == 1 { "" } else { "s" },
        s.verified,
        s.failed
    );
    o
}

fn level(l: Option<RiskLevel>) -> &'static str {
    l.map_or("not processed", RiskLevel::label)
}

/// A reviewer's view of what changed between two revisions.
pub fn diff_text(d: &Diff) -> String {
    let mut o = String::new();
    let rev = |s: &super::diff::Side| {
        if s.revision == 0 {
            "the current draft".to_string()
        } else {
            format!("revision {} ({}, {})", s.revision, s.signer, s.at)
        }
    };
    let _ = writeln!(o, "{}: {} → {}", d.assessment, rev(&d.from), rev(&d.to));
    if d.is_empty() {
        o.push_str("\nNo changes.\n");
        return o;
    }
    if !d.fields.is_empty() {
        o.push_str("\nDetails\n");
        for f in &d.fields {
            let _ = writeln!(o, "  ~ {f}");
        }
    }
    if !d.answers.is_empty() {
        let _ = writeln!(o, "\nAnswers ({} changed)", d.answers.len());
        for a in &d.answers {
            let (sign, what) = match a.change {
                Change::Added => ("+", a.new.as_deref().unwrap_or_default().to_string()),
                Change::Removed => (
                    "-",
                    format!(
                        "{} (no longer answered)",
                        a.old.as_deref().unwrap_or_default()
                    ),
                ),
                Change::Changed => (
                    "~",
                    format!(
                        "{} → {}",
                        a.old.as_deref().unwrap_or_default(),
                        a.new.as_deref().unwrap_or_default()
                    ),
                ),
            };
            let _ = writeln!(o, "  {sign} {} [{}]", a.prompt, a.id);
            let _ = writeln!(o, "      {what}");
        }
    }
    if d.overall.is_some() || !d.risk.is_empty() {
        o.push_str("\nRisk (residual unless stated)\n");
        if let Some((a, b)) = d.overall {
            let _ = writeln!(o, "  overall: {} → {}", level(a), level(b));
        }
        for r in &d.risk {
            let mut line = format!(
                "  {}: {} → {}",
                r.name,
                level(r.residual.0),
                level(r.residual.1)
            );
            if r.inherent.0 != r.inherent.1 {
                line.push_str(&format!(
                    " (inherent {} → {})",
                    level(r.inherent.0),
                    level(r.inherent.1)
                ));
            }
            if !r.because.is_empty() {
                line.push_str(&format!(" — {}", r.because));
            }
            let _ = writeln!(o, "{line}");
        }
    }
    if !d.plan.is_empty() {
        o.push_str("\nAction plan\n");
        for p in &d.plan {
            let sign = match p.change {
                Change::Added => "+",
                Change::Removed => "-",
                Change::Changed => "~",
            };
            let _ = writeln!(o, "  {sign} {} [{}]", p.title, p.id);
            for x in &p.details {
                let _ = writeln!(o, "      {x}");
            }
        }
    }
    o
}
