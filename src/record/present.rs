//! Verification reports and diffs as text for the terminal.

use std::fmt::Write as _;

use super::diff::{Change, Diff};
use super::verify::VerifyReport;
use crate::present::words::{level_or_unprocessed, role};
use crate::tr;

/// A table per record, then a summary, in English (as `VERIFICATION.txt` in a bundle is
/// written); `verify_text_in` words it in another language.
pub fn verify_text(r: &VerifyReport) -> String {
    super::verify::verify_text_in(r, crate::i18n::Lang::En)
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
