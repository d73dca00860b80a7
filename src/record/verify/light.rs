//! What verification reads of a revision's body: its place in the chain, its signer, the
//! questionnaire it names, its answers as asked and its risk figures, with the metadata,
//! plan and attachments. The display texts (the title, each answer's section, answer in
//! words, citations and note) are checked to be strings of the right shape but not kept:
//! a revision is mostly such texts, and verifying tens of thousands of them is mostly
//! parsing.
//!
//! The fields are those of `RecordBody`, each required or optional as there, and unknown
//! fields are refused as there, so a body this reads is laid out as a record's.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::super::body::{ReviewRef, RiskRecord, Signer};
use crate::answer::{Answer, Answers};
use crate::assessment::{Attachment, Meta, PlanItem, QuestionnaireUse};

#[derive(Deserialize)]
#[serde(rename = "Record", deny_unknown_fields)]
pub(super) struct Revision {
    #[allow(dead_code)]
    format: u32,
    pub(super) assessment: String,
    pub(super) revision: u32,
    pub(super) previous: Option<String>,
    #[serde(default)]
    pub(super) responds_to: Option<ReviewRef>,
    #[serde(default)]
    pub(super) merges: Vec<String>,
    #[allow(dead_code)]
    title: Text,
    #[allow(dead_code)]
    meta: Meta,
    pub(super) questionnaire: QuestionnaireUse,
    pub(super) language: String,
    pub(super) answers: Vec<Asked>,
    #[allow(dead_code)]
    plan: Vec<PlanItem>,
    #[allow(dead_code)]
    attachments: Vec<Attachment>,
    pub(super) risk: RiskRecord,
    pub(super) signer: Signer,
}

/// A question as asked and its answer.
#[derive(Deserialize)]
#[serde(rename = "AnsweredQuestion", deny_unknown_fields)]
pub(super) struct Asked {
    pub(super) id: String,
    #[allow(dead_code)]
    section: Text,
    pub(super) prompt: String,
    pub(super) answer: Answer,
    #[allow(dead_code)]
    answer_text: Text,
    #[allow(dead_code)]
    cite: Vec<Text>,
    #[allow(dead_code)]
    #[serde(default)]
    note: Option<Text>,
}

/// A string, checked to be one and not kept (nothing is allocated for it).
struct Text;

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl Visitor<'_> for Any {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Text, E> {
                Ok(Text)
            }
        }
        d.deserialize_str(Any)
    }
}

impl Revision {
    /// The answers as the risk model takes them.
    pub(super) fn answers_map(&self) -> Answers {
        self.answers
            .iter()
            .map(|a| (a.id.clone(), a.answer.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_a_record_holds() {
        let loaded = crate::questionnaire::load::embedded_default();
        let draft = crate::demo::draft(&loaded);
        let signer = Signer {
            name: "Ana".into(),
            role: crate::keys::Role::Assessor,
            key: "farol:0000".into(),
            fingerprint: "00".repeat(32),
            at: draft.meta.updated,
        };
        let body = super::super::super::body::build_body(
            &draft,
            &loaded,
            2,
            Some("ab".into()),
            signer,
            "en",
        );
        let text = super::super::super::body::serialize_body(&body);
        let light: Revision = ron::from_str(&text).unwrap();
        assert_eq!(light.assessment, body.assessment);
        assert_eq!(light.revision, 2);
        assert_eq!(light.previous, body.previous);
        assert_eq!(light.questionnaire, body.questionnaire);
        assert_eq!(light.risk, body.risk);
        assert_eq!(light.signer, body.signer);
        assert_eq!(light.answers_map(), body.answers_map());
        let prompts: Vec<&str> = light.answers.iter().map(|a| a.prompt.as_str()).collect();
        let want: Vec<&str> = body.answers.iter().map(|a| a.prompt.as_str()).collect();
        assert_eq!(prompts, want);
        // An unknown field is refused, as by the full record.
        let extra = text.replacen("    title:", "    colour: \"red\",\n    title:", 1);
        assert!(ron::from_str::<Revision>(&extra).is_err());
        assert!(super::super::super::body::parse_body("x", extra.as_bytes()).is_err());
    }
}
