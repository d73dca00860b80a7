//! Verification reports and diffs as text for the terminal.

use std::fmt::Write as _;

use super::diff::{Change, Diff};
use super::verify::{
    ChainStatus, JudgedStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus,
    VerifyReport,
};
use crate::present::{pad, width, words::level_or_unprocessed, words::opinion, words::role};
use crate::tr;

fn signature_words(lang: &str, s: SignatureStatus) -> String {
    match s {
        SignatureStatus::Valid => tr!(lang, "cli-signature-valid"),
        SignatureStatus::Invalid => tr!(lang, "cli-signature-invalid"),
        SignatureStatus::SignerMismatch => tr!(lang, "cli-signature-signer-mismatch"),
        SignatureStatus::Missing => tr!(lang, "cli-signature-missing"),
        SignatureStatus::Malformed => tr!(lang, "cli-signature-malformed"),
        SignatureStatus::Unreadable => tr!(lang, "cli-signature-unreadable"),
    }
}

/// "Ana Lei (assessor)" or "Ana Lei (assessor, farol:…)", as records, the verifier and
/// bundles write a signer, with the role in words.
pub fn signer_words(lang: &str, s: &str) -> String {
    use crate::keys::Role;
    for r in [Role::Assessor, Role::Reviewer, Role::Approver] {
        if let Some(name) = s.strip_suffix(&format!(" ({})", r.label())) {
            return tr!(lang, "cli-name-role", name = name, role = role(lang, r));
        }
        if let Some((name, key)) = s.split_once(&format!(" ({}, ", r.label()))
            && let Some(key) = key.strip_suffix(')')
        {
            return tr!(
                lang,
                "cli-name-role-key",
                name = name,
                role = role(lang, r),
                key = key
            );
        }
    }
    s.to_string()
}

fn trust_words(lang: &str, r: &RecordReport) -> String {
    let who = r.trusted_as.as_deref().map(|w| signer_words(lang, w));
    let who = who.as_deref();
    match r.trusted {
        TrustStatus::Trusted => match who {
            Some(t) => tr!(lang, "cli-trust-trusted-as", who = t),
            None => tr!(lang, "cli-trust-trusted"),
        },
        TrustStatus::Untrusted => tr!(lang, "cli-trust-untrusted"),
        TrustStatus::RoleMismatch => match who {
            Some(t) => tr!(lang, "cli-trust-role-mismatch", who = t),
            None => tr!(lang, "cli-trust-role-mismatch-other"),
        },
        TrustStatus::NameMismatch => match who {
            Some(t) => tr!(lang, "cli-trust-name-mismatch", who = t),
            None => tr!(lang, "cli-trust-name-mismatch-other"),
        },
        TrustStatus::Unknown => tr!(lang, "cli-trust-unknown"),
    }
}

fn chain_words(lang: &str, r: &RecordReport) -> String {
    let review = r.kind == RecordKind::Review;
    let number = if review {
        r.review.as_ref().and_then(|f| f.number)
    } else {
        r.revision
    };
    match (r.chain, number, review) {
        (ChainStatus::Ok, Some(1), false) => tr!(lang, "cli-chain-first-revision"),
        (ChainStatus::Ok, Some(1), true) => tr!(lang, "cli-chain-first-review"),
        (ChainStatus::Ok, Some(n), false) => tr!(lang, "cli-chain-follows-revision", n = n - 1),
        (ChainStatus::Ok, Some(n), true) => tr!(lang, "cli-chain-follows-review", n = n - 1),
        (ChainStatus::Ok, None, _) => tr!(lang, "cli-chain-ok"),
        (ChainStatus::Broken, ..) => tr!(lang, "cli-chain-broken"),
        (ChainStatus::NotChecked, _, false) => tr!(lang, "cli-chain-not-checked-revision"),
        (ChainStatus::NotChecked, _, true) => tr!(lang, "cli-chain-not-checked-review"),
    }
}

fn judged_words(lang: &str, r: &RecordReport) -> String {
    let Some(f) = &r.review else {
        return tr!(lang, "cli-not-checked");
    };
    let file = f
        .revision_file
        .as_ref()
        .map(|p| {
            let n = p.file_name().unwrap_or_default().to_string_lossy();
            format!("revisions/{n}")
        })
        .unwrap_or_else(|| tr!(lang, "cli-judged-the-revision"));
    match f.judges {
        JudgedStatus::Ok => tr!(lang, "cli-judged-ok", file = file),
        JudgedStatus::Missing => tr!(lang, "cli-judged-missing", file = file),
        JudgedStatus::Differs => tr!(lang, "cli-judged-differs", file = file),
        JudgedStatus::NotChecked => tr!(lang, "cli-judged-not-checked"),
    }
}

fn risk_words(lang: &str, s: RiskStatus) -> String {
    match s {
        RiskStatus::Ok => tr!(lang, "cli-risk-ok"),
        RiskStatus::Differs => tr!(lang, "cli-risk-differs"),
        RiskStatus::NotChecked => tr!(lang, "cli-not-checked"),
        RiskStatus::NotApplicable => tr!(lang, "cli-risk-not-applicable"),
    }
}

/// A verification report in English (see [`verify_text_in`]).
pub fn verify_text(r: &VerifyReport) -> String {
    verify_text_in("en", r)
}

/// A table per record, then a summary, in `lang`. The problems and notes are the
/// verifier's own words.
pub fn verify_text_in(lang: &str, r: &VerifyReport) -> String {
    let mut o = String::new();
    let labels = [
        tr!(lang, "cli-verify-record"),
        tr!(lang, "cli-verify-review"),
        tr!(lang, "cli-verify-signer"),
        tr!(lang, "cli-verify-key"),
        tr!(lang, "cli-verify-signature"),
        tr!(lang, "cli-verify-trust"),
        tr!(lang, "cli-verify-chain"),
        tr!(lang, "cli-verify-risk"),
        tr!(lang, "cli-verify-judges"),
    ];
    let lw = labels.iter().map(|l| width(l)).max().unwrap_or(0).max(9) + 2;
    let [
        l_record,
        l_review,
        l_signer,
        l_key,
        l_signature,
        l_trust,
        l_chain,
        l_risk,
        l_judges,
    ] = labels.map(|l| pad(&l, lw));
    for row in &r.records {
        let verdict = if row.passed() {
            tr!(lang, "cli-verify-verified")
        } else {
            tr!(lang, "cli-verify-failed")
        };
        let _ = writeln!(o, "{}  {verdict}", row.file.display());
        let review = row
            .review
            .as_ref()
            .filter(|_| row.kind == RecordKind::Review);
        let what = match (&row.assessment, row.revision, review) {
            (Some(a), Some(n), Some(f)) => {
                let op = f.opinion.map_or("?".to_string(), |o| opinion(lang, o));
                match f.review_due {
                    Some(d) => tr!(
                        lang,
                        "cli-verify-what-review-due",
                        assessment = a.as_str(),
                        review = f.number.unwrap_or(0),
                        revision = n,
                        opinion = op,
                        due = d.to_string()
                    ),
                    None => tr!(
                        lang,
                        "cli-verify-what-review",
                        assessment = a.as_str(),
                        review = f.number.unwrap_or(0),
                        revision = n,
                        opinion = op
                    ),
                }
            }
            (Some(a), Some(n), None) => tr!(
                lang,
                "cli-verify-what-revision",
                assessment = a.as_str(),
                revision = n
            ),
            _ => tr!(lang, "cli-verify-unreadable"),
        };
        let head = match row.kind {
            RecordKind::Revision => &l_record,
            RecordKind::Review => &l_review,
        };
        let _ = writeln!(o, "  {head}{what}");
        if let Some(s) = &row.signer {
            let role = row.role.map_or("?".to_string(), |r| role(lang, r));
            let at = row
                .signed_at
                .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default();
            let _ = writeln!(
                o,
                "  {l_signer}{}",
                tr!(
                    lang,
                    "cli-verify-signer-line",
                    name = s.as_str(),
                    role = role,
                    at = at
                )
            );
        }
        if let Some(k) = &row.key {
            let _ = writeln!(o, "  {l_key}{k}");
        }
        let _ = writeln!(o, "  {l_signature}{}", signature_words(lang, row.signature));
        let _ = writeln!(o, "  {l_trust}{}", trust_words(lang, row));
        let _ = writeln!(o, "  {l_chain}{}", chain_words(lang, row));
        match row.kind {
            RecordKind::Revision => {
                let _ = writeln!(o, "  {l_risk}{}", risk_words(lang, row.risk));
            }
            RecordKind::Review => {
                let _ = writeln!(o, "  {l_judges}{}", judged_words(lang, row));
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
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-verify-trusted-from",
            source = r.trust_source.as_str()
        )
    );
    if r.trusted_keys.is_empty() {
        let _ = writeln!(o, "  {}", tr!(lang, "cli-verify-no-trusted-keys"));
    }
    for k in &r.trusted_keys {
        let _ = writeln!(o, "  {k}");
    }
    if !r.came_with.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "cli-verify-came-with"));
        for k in &r.came_with {
            let _ = writeln!(o, "  {k}");
        }
        let _ = writeln!(o, "  {}", tr!(lang, "cli-verify-came-with-hint"));
    }
    let mut failures = Vec::new();
    if s.bad_signatures > 0 {
        failures.push(tr!(lang, "cli-verify-fail-signature", n = s.bad_signatures));
    }
    if s.untrusted > 0 {
        failures.push(tr!(lang, "cli-verify-fail-untrusted", n = s.untrusted));
    }
    if s.chain_broken > 0 {
        failures.push(tr!(lang, "cli-verify-fail-chain", n = s.chain_broken));
    }
    if s.risk_differs > 0 {
        failures.push(tr!(
            lang,
            "cli-verify-fail-risk-differs",
            n = s.risk_differs
        ));
    }
    if s.risk_not_checked > 0 {
        failures.push(tr!(
            lang,
            "cli-verify-fail-risk-not-checked",
            n = s.risk_not_checked
        ));
    }
    if s.judged_broken > 0 {
        failures.push(tr!(lang, "cli-verify-fail-judged", n = s.judged_broken));
    }
    let verdict = if r.passed() {
        tr!(lang, "cli-verify-everything")
    } else if failures.is_empty() {
        tr!(lang, "cli-verify-not-verified")
    } else {
        tr!(
            lang,
            "cli-verify-not-verified-because",
            failures = failures.join(&tr!(lang, "cli-list-separator"))
        )
    };
    let line = if s.reviews == 0 {
        tr!(
            lang,
            "cli-verify-summary",
            n = s.records,
            verified = s.verified,
            failed = s.failed,
            verdict = verdict
        )
    } else {
        tr!(
            lang,
            "cli-verify-summary-reviews",
            n = s.records,
            revisions = s.records - s.reviews,
            reviews = s.reviews,
            verified = s.verified,
            failed = s.failed,
            verdict = verdict
        )
    };
    let _ = writeln!(o, "{line}");
    o
}

/// What changed between two revisions, in English (see [`diff_text_in`]).
pub fn diff_text(d: &Diff) -> String {
    diff_text_in("en", d)
}

/// A reviewer's view of what changed between two revisions, in `lang`.
pub fn diff_text_in(lang: &str, d: &Diff) -> String {
    let mut o = String::new();
    let level = |l| level_or_unprocessed(lang, l);
    let rev = |s: &super::diff::Side| {
        if s.revision == 0 {
            tr!(lang, "cli-diff-the-draft")
        } else {
            tr!(
                lang,
                "cli-diff-revision",
                n = s.revision,
                signer = signer_words(lang, &s.signer),
                at = s.at.as_str()
            )
        }
    };
    let _ = writeln!(o, "{}: {} → {}", d.assessment, rev(&d.from), rev(&d.to));
    if d.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-diff-no-changes"));
        return o;
    }
    if !d.fields.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-diff-details"));
        for f in &d.fields {
            let _ = writeln!(o, "  ~ {}", field_line(lang, f));
        }
    }
    if !d.answers.is_empty() {
        let _ = writeln!(
            o,
            "\n{}",
            tr!(lang, "cli-diff-answers", n = d.answers.len())
        );
        for a in &d.answers {
            let (sign, what) = match a.change {
                Change::Added => ("+", a.new.as_deref().unwrap_or_default().to_string()),
                Change::Removed => (
                    "-",
                    tr!(
                        lang,
                        "cli-diff-no-longer-answered",
                        answer = a.old.as_deref().unwrap_or_default()
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
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-diff-risk"));
        if let Some((a, b)) = d.overall {
            let _ = writeln!(
                o,
                "  {}",
                tr!(lang, "cli-diff-overall", from = level(a), to = level(b))
            );
        }
        for r in &d.risk {
            let mut line = format!(
                "  {}: {} → {}",
                r.name,
                level(r.residual.0),
                level(r.residual.1)
            );
            if r.inherent.0 != r.inherent.1 {
                line.push(' ');
                line.push_str(&tr!(
                    lang,
                    "cli-diff-inherent",
                    from = level(r.inherent.0),
                    to = level(r.inherent.1)
                ));
            }
            if !r.because.is_empty() {
                line.push_str(&format!(" — {}", r.because));
            }
            let _ = writeln!(o, "{line}");
        }
    }
    if !d.plan.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-diff-plan"));
        for p in &d.plan {
            let sign = match p.change {
                Change::Added => "+",
                Change::Removed => "-",
                Change::Changed => "~",
            };
            let _ = writeln!(o, "  {sign} {} [{}]", p.title, p.id);
            for x in &p.details {
                let _ = writeln!(o, "      {}", field_line(lang, x));
            }
        }
    }
    o
}

/// A change as the diff records it, "field: old → new" with the field's name and the
/// values language-neutral (as `--json` shows them), with the name and the plan's states
/// in words.
fn field_line(lang: &str, line: &str) -> String {
    let Some((name, rest)) = line.split_once(": ") else {
        return line.to_string();
    };
    let word = match name {
        "title" => tr!(lang, "cli-field-title"),
        "organisation" => tr!(lang, "cli-field-organisation"),
        "system" => tr!(lang, "cli-field-system"),
        "vendor" => tr!(lang, "cli-field-vendor"),
        "assessor" => tr!(lang, "cli-field-assessor"),
        "questionnaire" => tr!(lang, "cli-field-questionnaire"),
        "attachments" => tr!(lang, "cli-field-attachments"),
        "status" => tr!(lang, "cli-field-status"),
        "owner" => tr!(lang, "cli-field-owner"),
        "due" => tr!(lang, "cli-field-due"),
        "detail" => tr!(lang, "cli-field-detail"),
        _ => return line.to_string(),
    };
    let rest = match name {
        "status" => rest
            .split(" → ")
            .map(|v| plan_status_words(lang, v))
            .collect::<Vec<_>>()
            .join(" → "),
        "due" => rest
            .split(" → ")
            .map(|v| {
                if v == "none" {
                    tr!(lang, "cli-field-no-date")
                } else {
                    v.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" → "),
        _ => rest.to_string(),
    };
    format!("{word}: {rest}")
}

/// A plan item's state as the diff records it (`PlanStatus::label`), in words.
fn plan_status_words(lang: &str, label: &str) -> String {
    use crate::assessment::PlanStatus;
    [
        PlanStatus::Todo,
        PlanStatus::InProgress,
        PlanStatus::Done,
        PlanStatus::Dropped,
    ]
    .into_iter()
    .find(|s| s.label() == label)
    .map_or_else(
        || label.to_string(),
        |s| crate::present::words::plan_status(lang, s),
    )
}
