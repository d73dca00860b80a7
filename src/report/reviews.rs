//! The reviews a report shows: the signed reviews that judge exactly the revision reported
//! (same number, same SHA-256) and whose signature holds. A review of another revision, or
//! one that does not verify, is left out: the report only says "reviewed by" of what
//! `farol verify` would accept as a review of this record.

use super::Review;
use crate::record::{Record, sha256_hex, signature_holds};
use crate::review::{Opinion, ReviewBody, parse_review};

/// The reviews among `files` (name, bytes) that judge `record`, latest first.
pub fn reviews_of<'a>(
    record: &Record,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Vec<Review> {
    let sha = sha256_hex(&record.bytes);
    let mut found: Vec<ReviewBody> = files
        .into_iter()
        .filter(|(name, bytes)| signature_holds(name, bytes))
        .filter_map(|(name, bytes)| parse_review(name, bytes).ok())
        .filter(|b| b.revision == record.body.revision && b.revision_sha256 == sha)
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.number));
    found.iter().map(review).collect()
}

fn review(b: &ReviewBody) -> Review {
    let mut lines = Vec::new();
    if !b.conditions.trim().is_empty() {
        let head = match b.opinion {
            Opinion::Reject => "Reasons",
            _ => "Conditions",
        };
        lines.push(format!("{head}: {}", b.conditions.trim()));
    }
    for v in &b.verdicts {
        let note = if v.note.trim().is_empty() {
            String::new()
        } else {
            format!(" — {}", v.note.trim())
        };
        lines.push(format!(
            "Section \"{}\": {}{note}",
            v.section_title,
            v.verdict.label()
        ));
    }
    for c in &b.comments {
        lines.push(format!("On \"{}\" ({}): {}", c.prompt, c.question, c.text));
    }
    let attested: Vec<&str> = b
        .attestations
        .list()
        .iter()
        .filter(|(_, _, given)| *given)
        .map(|(_, words, _)| *words)
        .collect();
    if !attested.is_empty() {
        lines.push(format!("Attests that {}.", attested.join("; ")));
    }
    if let Some(due) = b.review_due {
        lines.push(format!("Review due by {due}."));
    }
    lines.push(format!(
        "Signed review {} with key {} (fingerprint {}).",
        b.number, b.signer.key, b.signer.fingerprint
    ));
    Review {
        reviewer: b.signer.name.clone(),
        role: b.signer.role.label().to_string(),
        at: b.signer.at,
        opinion: b.opinion.label().to_string(),
        comments: lines,
    }
}
