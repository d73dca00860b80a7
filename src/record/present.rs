//! Verification reports and diffs as text for the terminal.

use std::fmt::Write as _;

use super::diff::{Change, Diff};
use super::verify::VerifyReport;
use crate::scale::RiskLevel;

/// A table per record, then a summary, in English (as `VERIFICATION.txt` in a bundle is
/// written); `verify_text_in` words it in another language.
pub fn verify_text(r: &VerifyReport) -> String {
    super::verify::verify_text_in(r, crate::i18n::Lang::En)
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
