//! The reviews a report shows: the signed reviews that judge exactly the revision reported
//! (same number, same SHA-256) and whose signature holds. A review of another revision, or
//! one that does not verify, is left out: the report only says "reviewed by" of what
//! `farol verify` would accept as a review of this record.

use super::Review;
use crate::i18n::Lang;
use crate::record::{Record, sha256_hex, signature_holds};
use crate::review::{Opinion, ReviewBody, Verdict, parse_review};
use crate::tr;

/// The reviews among `files` (path or name, bytes) that judge `record`, latest first, each
/// with its file to carry in the PDF.
pub fn reviews_of<'a>(
    record: &Record,
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Vec<Review> {
    let sha = sha256_hex(&record.bytes);
    let mut found: Vec<(ReviewBody, &str, &[u8])> = files
        .into_iter()
        .filter(|(name, bytes)| signature_holds(name, bytes))
        .filter_map(|(name, bytes)| Some((parse_review(name, bytes).ok()?, name, bytes)))
        .filter(|(b, _, _)| b.revision == record.body.revision && b.revision_sha256 == sha)
        .collect();
    found.sort_by_key(|(b, _, _)| std::cmp::Reverse(b.number));
    found
        .into_iter()
        .map(|(b, name, bytes)| Review {
            file: Some((file_name(name), bytes.into())),
            reviewer: b.signer.name.clone(),
            role: b.signer.role.label().to_string(),
            at: b.signer.at,
            opinion: b.opinion.label().to_string(),
            comments: review_lines_of(Lang::En, &b),
            body: Some(Box::new(b)),
        })
        .collect()
}

/// The last part of a path (a review is carried under its name in the dossier).
fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned())
}

/// The review's opinion in the report's language.
pub fn opinion_words(l: Lang, v: &Review) -> String {
    match v.body.as_ref().map(|b| b.opinion) {
        Some(Opinion::Approve) => tr!(l, "report-opinion-approve"),
        Some(Opinion::ApproveWithConditions) => tr!(l, "report-opinion-approve-with-conditions"),
        Some(Opinion::Reject) => tr!(l, "report-opinion-reject"),
        None => v.opinion.clone(),
    }
}

/// What the review says, line by line, in the report's language.
pub fn review_lines(l: Lang, v: &Review) -> Vec<String> {
    match &v.body {
        Some(b) => review_lines_of(l, b),
        None => v.comments.clone(),
    }
}

fn verdict_words(l: Lang, v: Verdict) -> String {
    match v {
        Verdict::Acceptable => tr!(l, "report-section-acceptable"),
        Verdict::ToImprove => tr!(l, "report-section-to-improve"),
        Verdict::ToCorrect => tr!(l, "report-section-to-correct"),
    }
}

fn attestation_words(l: Lang, key: &str) -> String {
    match key {
        "description" => tr!(l, "report-attest-description"),
        "risks" => tr!(l, "report-attest-risks"),
        _ => tr!(l, "report-attest-plan"),
    }
}

fn review_lines_of(l: Lang, b: &ReviewBody) -> Vec<String> {
    let mut lines = Vec::new();
    let conditions = b.conditions.trim();
    if !conditions.is_empty() {
        lines.push(match b.opinion {
            Opinion::Reject => tr!(l, "report-review-reasons", text = conditions),
            _ => tr!(l, "report-review-conditions", text = conditions),
        });
    }
    for v in &b.verdicts {
        let (section, verdict) = (v.section_title.as_str(), verdict_words(l, v.verdict));
        lines.push(if v.note.trim().is_empty() {
            tr!(
                l,
                "report-review-section",
                section = section,
                verdict = verdict
            )
        } else {
            tr!(
                l,
                "report-review-section-note",
                section = section,
                verdict = verdict,
                note = v.note.trim()
            )
        });
    }
    for c in &b.comments {
        lines.push(tr!(
            l,
            "report-review-comment",
            prompt = c.prompt.as_str(),
            question = c.question.as_str(),
            text = c.text.as_str()
        ));
    }
    let attested: Vec<String> = b
        .attestations
        .list()
        .iter()
        .filter(|(_, _, given)| *given)
        .map(|(key, _, _)| attestation_words(l, key))
        .collect();
    if !attested.is_empty() {
        lines.push(tr!(
            l,
            "report-review-attests",
            list = super::sections::list_strong(l, &attested)
        ));
    }
    if let Some(due) = b.review_due {
        lines.push(tr!(l, "report-review-due", date = due.to_string()));
    }
    lines.push(tr!(
        l,
        "report-review-signed",
        n = b.number,
        key = b.signer.key.as_str(),
        fingerprint = b.signer.fingerprint.as_str()
    ));
    lines
}
