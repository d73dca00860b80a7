//! What a review holds: the draft a reviewer works on (`review.ron`) and the signed review
//! record it becomes (`reviews/NNNN.ron`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::record::Signer;
use crate::tr;

/// The version of the review draft file format (`review.ron`).
pub const SCHEMA: u32 = 1;

/// The version of the signed review format (`reviews/NNNN.ron`).
pub const FORMAT: u32 = 1;

/// A reviewer's verdict on one section, as in the CNIL tool's evaluation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    Acceptable,
    ToImprove,
    ToCorrect,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Acceptable, Verdict::ToImprove, Verdict::ToCorrect];

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Acceptable => "acceptable",
            Verdict::ToImprove => "to improve",
            Verdict::ToCorrect => "to correct",
        }
    }

    /// The verdict in words, in `lang` (`label` is the English, `arg` the command line's).
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Verdict::Acceptable => tr!(lang, "review-verdict-acceptable"),
            Verdict::ToImprove => tr!(lang, "review-verdict-to-improve"),
            Verdict::ToCorrect => tr!(lang, "review-verdict-to-correct"),
        }
    }

    /// The word on the command line: `acceptable`, `to-improve`, `to-correct`.
    pub fn arg(self) -> &'static str {
        match self {
            Verdict::Acceptable => "acceptable",
            Verdict::ToImprove => "to-improve",
            Verdict::ToCorrect => "to-correct",
        }
    }

    /// Reads `acceptable`, `to-improve`/`to improve`/`to_improve`, `to-correct`….
    pub fn parse(s: &str) -> Option<Verdict> {
        let norm = s.trim().to_ascii_lowercase().replace([' ', '_'], "-");
        Verdict::ALL.into_iter().find(|v| v.arg() == norm)
    }
}

/// The overall opinion that closes a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Opinion {
    Approve,
    ApproveWithConditions,
    Reject,
}

impl Opinion {
    pub const ALL: [Opinion; 3] = [
        Opinion::Approve,
        Opinion::ApproveWithConditions,
        Opinion::Reject,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Opinion::Approve => "approve",
            Opinion::ApproveWithConditions => "approve with conditions",
            Opinion::Reject => "reject",
        }
    }

    /// The opinion in words, in `lang` (`label` is the English, `arg` the command line's).
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Opinion::Approve => tr!(lang, "review-opinion-approve"),
            Opinion::ApproveWithConditions => tr!(lang, "review-opinion-approve-with-conditions"),
            Opinion::Reject => tr!(lang, "review-opinion-reject"),
        }
    }

    /// The word on the command line: `approve`, `approve-with-conditions`, `reject`.
    pub fn arg(self) -> &'static str {
        match self {
            Opinion::Approve => "approve",
            Opinion::ApproveWithConditions => "approve-with-conditions",
            Opinion::Reject => "reject",
        }
    }

    pub fn parse(s: &str) -> Option<Opinion> {
        let norm = s.trim().to_ascii_lowercase().replace([' ', '_'], "-");
        Opinion::ALL.into_iter().find(|o| o.arg() == norm)
    }

    /// Approve, with or without conditions.
    pub fn approves(self) -> bool {
        matches!(self, Opinion::Approve | Opinion::ApproveWithConditions)
    }
}

/// What the reviewer attests before approving, in the spirit of the CNIL validation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Attestations {
    /// The description of the processing matches reality.
    pub description_matches_reality: bool,
    /// The risks are understood.
    pub risks_understood: bool,
    /// The action plan is accepted and will be carried out.
    pub plan_accepted: bool,
}

impl Attestations {
    /// Every attestation, with its words on the command line and in full.
    pub const WORDS: [(&'static str, &'static str); 3] = [
        (
            "description",
            "the description of the processing matches reality",
        ),
        ("risks", "the risks are understood"),
        (
            "plan",
            "the action plan is accepted and will be carried out",
        ),
    ];

    pub fn all(&self) -> bool {
        self.description_matches_reality && self.risks_understood && self.plan_accepted
    }

    /// Every attestation given.
    pub fn everything() -> Self {
        Attestations {
            description_matches_reality: true,
            risks_understood: true,
            plan_accepted: true,
        }
    }

    /// Each attestation in `WORDS` order, with whether it is given.
    pub fn list(&self) -> [(&'static str, &'static str, bool); 3] {
        let [d, r, p] = Self::WORDS;
        [
            (d.0, d.1, self.description_matches_reality),
            (r.0, r.1, self.risks_understood),
            (p.0, p.1, self.plan_accepted),
        ]
    }

    /// Sets the attestation named `word` (`description`, `risks`, `plan` or `all`); false
    /// if there is no such attestation.
    pub fn set(&mut self, word: &str, value: bool) -> bool {
        match word.trim().to_ascii_lowercase().as_str() {
            "description" => self.description_matches_reality = value,
            "risks" => self.risks_understood = value,
            "plan" => self.plan_accepted = value,
            "all" => {
                self.description_matches_reality = value;
                self.risks_understood = value;
                self.plan_accepted = value;
            }
            _ => return false,
        }
        true
    }

    /// The attestations not given, in words.
    pub fn missing(&self) -> Vec<&'static str> {
        self.list()
            .into_iter()
            .filter(|(_, _, given)| !given)
            .map(|(_, words, _)| words)
            .collect()
    }

    /// An attestation's words in `lang`, by its word on the command line (`description`,
    /// `risks`, `plan`); None for another word.
    pub fn words_in(word: &str, lang: Lang) -> Option<String> {
        match word {
            "description" => Some(tr!(lang, "review-attest-description")),
            "risks" => Some(tr!(lang, "review-attest-risks")),
            "plan" => Some(tr!(lang, "review-attest-plan")),
            _ => None,
        }
    }

    /// `list`, with each attestation's words in `lang`.
    pub fn list_in(&self, lang: Lang) -> [(&'static str, String, bool); 3] {
        self.list().map(|(word, english, given)| {
            let words = Self::words_in(word, lang).unwrap_or_else(|| english.to_string());
            (word, words, given)
        })
    }
}

/// A verdict on a section, with the reviewer's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionVerdict {
    pub verdict: Verdict,
    #[serde(default)]
    pub note: String,
}

/// The review in progress, saved at `assessments/<id>/review.ron` after every change. It
/// judges one signed revision, named by number and by the SHA-256 of its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewDraft {
    pub schema: u32,
    pub assessment: String,
    pub revision: u32,
    /// SHA-256 of the complete revision file under review.
    pub revision_sha256: String,
    #[serde(default)]
    pub reviewer: Option<String>,
    /// Comments by question id.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
    /// Verdicts by section id.
    #[serde(default)]
    pub verdicts: BTreeMap<String, SectionVerdict>,
    #[serde(default)]
    pub opinion: Option<Opinion>,
    /// The conditions of an approval with conditions, or the reasons of a rejection.
    #[serde(default)]
    pub conditions: String,
    #[serde(default)]
    pub attestations: Attestations,
    /// When the assessment must be reviewed again; six months after signing if None.
    #[serde(default)]
    pub review_due: Option<NaiveDate>,
}

impl ReviewDraft {
    /// An empty review of a revision.
    pub fn new(assessment: &str, revision: u32, revision_sha256: &str) -> Self {
        ReviewDraft {
            schema: SCHEMA,
            assessment: assessment.to_string(),
            revision,
            revision_sha256: revision_sha256.to_string(),
            reviewer: None,
            comments: BTreeMap::new(),
            verdicts: BTreeMap::new(),
            opinion: None,
            conditions: String::new(),
            attestations: Attestations::default(),
            review_due: None,
        }
    }

    /// Sets or (with empty text) removes the comment on a question.
    pub fn comment(&mut self, question: &str, text: &str) {
        if text.trim().is_empty() {
            self.comments.remove(question);
        } else {
            self.comments
                .insert(question.to_string(), text.trim_end().to_string());
        }
    }

    /// Sets the verdict on a section, keeping its note unless a new one is given.
    pub fn judge(&mut self, section: &str, verdict: Verdict, note: Option<&str>) {
        let entry = self
            .verdicts
            .entry(section.to_string())
            .or_insert(SectionVerdict {
                verdict,
                note: String::new(),
            });
        entry.verdict = verdict;
        if let Some(n) = note {
            entry.note = n.trim_end().to_string();
        }
    }

    /// The sections marked "to correct".
    pub fn to_correct(&self) -> Vec<&str> {
        self.verdicts
            .iter()
            .filter(|(_, v)| v.verdict == Verdict::ToCorrect)
            .map(|(s, _)| s.as_str())
            .collect()
    }

    /// What still stands in the way of countersigning, in words (the checks that need no
    /// file: the opinion, its conditions or reasons, the attestations). Empty when ready.
    pub fn missing(&self) -> Vec<String> {
        self.missing_in(Lang::En)
    }

    /// `missing`, in `lang`.
    pub fn missing_in(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        let Some(o) = self.opinion else {
            out.push(tr!(lang, "review-missing-opinion"));
            return out;
        };
        let no_text = self.conditions.trim().is_empty();
        if o == Opinion::ApproveWithConditions && no_text {
            out.push(tr!(lang, "review-missing-conditions"));
        }
        if o.approves() {
            for (word, words, given) in self.attestations.list_in(lang) {
                if !given {
                    out.push(match word {
                        "description" => tr!(lang, "review-missing-attest-description"),
                        "risks" => tr!(lang, "review-missing-attest-risks"),
                        "plan" => tr!(lang, "review-missing-attest-plan"),
                        _ => words,
                    });
                }
            }
        }
        let to_correct = self.to_correct();
        if o.approves() && !to_correct.is_empty() {
            out.push(tr!(
                lang,
                "review-missing-approval-leaves-corrections",
                sections = to_correct.join(", ")
            ));
        }
        if o == Opinion::Reject
            && no_text
            && self.comments.values().all(|c| c.trim().is_empty())
            && self
                .verdicts
                .values()
                .all(|v| v.verdict == Verdict::Acceptable)
        {
            out.push(tr!(lang, "review-missing-reasons"));
        }
        out
    }

    /// Nothing has been said yet.
    pub fn is_empty(&self) -> bool {
        self.comments.is_empty()
            && self.verdicts.is_empty()
            && self.opinion.is_none()
            && self.conditions.trim().is_empty()
            && self.attestations == Attestations::default()
            && self.review_due.is_none()
    }
}

/// A reviewer's comment on a question, with the question as it was asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Comment", deny_unknown_fields)]
pub struct ReviewComment {
    pub question: String,
    /// The id of the question's section.
    pub section: String,
    /// The question's text as asked.
    pub prompt: String,
    pub text: String,
}

/// A verdict on a section, with the section's title as asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Section", deny_unknown_fields)]
pub struct ReviewedSection {
    pub section: String,
    pub section_title: String,
    pub verdict: Verdict,
    pub note: String,
}

/// A signed review: `assessments/<id>/reviews/0001.ron, 0002.ron, …`, chained by SHA-256
/// like revisions, each pointing at the revision it judges by number and SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Review", deny_unknown_fields)]
pub struct ReviewBody {
    pub format: u32,
    pub assessment: String,
    pub number: u32,
    /// SHA-256 of the complete previous review file; None for the first.
    pub previous: Option<String>,
    /// The SHA-256 of every other review that followed the same one (two reviewers who
    /// countersigned at once): this review follows `previous` and merges them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    /// The revision judged.
    pub revision: u32,
    /// SHA-256 of the complete revision file judged.
    pub revision_sha256: String,
    /// The assessment's title as signed in that revision.
    pub title: String,
    /// In questionnaire order.
    pub comments: Vec<ReviewComment>,
    /// In questionnaire order.
    pub verdicts: Vec<ReviewedSection>,
    pub opinion: Opinion,
    /// The conditions of an approval with conditions, or the reasons of a rejection.
    pub conditions: String,
    pub attestations: Attestations,
    /// When the assessment must be reviewed again (None for a rejection).
    pub review_due: Option<NaiveDate>,
    pub signer: Signer,
}

impl ReviewBody {
    /// The sections to correct, by id.
    pub fn to_correct(&self) -> Vec<&str> {
        self.verdicts
            .iter()
            .filter(|v| v.verdict == Verdict::ToCorrect)
            .map(|v| v.section.as_str())
            .collect()
    }

    pub fn verdict(&self, section: &str) -> Option<&ReviewedSection> {
        self.verdicts.iter().find(|v| v.section == section)
    }

    pub fn comment(&self, question: &str) -> Option<&ReviewComment> {
        self.comments.iter().find(|c| c.question == question)
    }
}
