//! The PDF report in a bundle: made from the assessment's latest signed revision, so it
//! shows exactly what was signed, with the signer and the record's SHA-256. `render` is
//! the one place a bundle turns a record into a report: switch it to the report module's
//! record-based input when there is one.

use std::collections::{BTreeMap, HashMap};

use super::collect::Source;
use crate::questionnaire::Loaded;
use crate::record::{self, RecordBody};
use crate::report::{self, Rendered, ReportInput, SignatureInfo, Status};

/// Renders the latest revision of `s` into `reports/<id>-rNNNN.pdf`; its path, or None
/// (with a warning) when the revision cannot be reported faithfully.
pub(super) fn add_report(
    s: &Source,
    questionnaires: &HashMap<String, Loaded>,
    files: &mut BTreeMap<String, Vec<u8>>,
    warnings: &mut Vec<String>,
) -> Option<String> {
    let latest = s.latest();
    let mut skip = |why: &str| {
        warnings.push(format!(
            "no report for '{}': its latest revision ({}) {why}",
            s.id, latest.file
        ));
        None
    };
    let Some(body) = &latest.body else {
        return skip("cannot be read as a record");
    };
    // A report says "signed by"; only say it of a signature that holds.
    let public_key = match record::split(&latest.file, &latest.bytes) {
        Ok(t)
            if t.public_key
                .verify_strict(&latest.bytes[..t.signed_len], &t.signature)
                .is_ok() =>
        {
            hex::encode(t.public_key.as_bytes())
        }
        _ => return skip("does not carry a valid signature"),
    };
    let Some(loaded) = questionnaires.get(&body.questionnaire.fingerprint) else {
        return skip("answers a questionnaire that is not in the dossier");
    };
    let rendered = render(
        body,
        &record::sha256_hex(&latest.bytes),
        &public_key,
        loaded,
    );
    if !rendered.missing_glyphs.is_empty() {
        warnings.push(format!(
            "the report of '{}' cannot draw {} character(s), shown as code points: {}",
            s.id,
            rendered.missing_glyphs.len(),
            rendered.missing_glyph_list().join(", ")
        ));
    }
    let path = format!("reports/{}-r{:04}.pdf", s.id, latest.n);
    files.insert(path.clone(), rendered.pdf);
    Some(path)
}

/// The report of one signed revision.
pub(super) fn render(
    body: &RecordBody,
    record_sha256: &str,
    public_key_hex: &str,
    loaded: &Loaded,
) -> Rendered {
    let q = &loaded.questionnaire;
    let answers = body.answers_map();
    let notes = body
        .answers
        .iter()
        .filter_map(|a| a.note.clone().map(|n| (a.id.clone(), n)))
        .collect();
    let input = ReportInput {
        id: body.assessment.clone(),
        title: body.title.clone(),
        meta: body.meta.clone(),
        questionnaire: q,
        score: crate::risk::score(q, &answers, &body.language),
        answers,
        notes,
        plan: body.plan.clone(),
        status: Status::Signed {
            signatures: vec![SignatureInfo {
                signer: body.signer.name.clone(),
                role: body.signer.role.label().to_string(),
                key: public_key_hex.to_string(),
                fingerprint: body.signer.fingerprint.clone(),
                at: body.signer.at,
                record_sha256: record_sha256.to_string(),
            }],
        },
        reviews: Vec::new(),
        generated_at: body.signer.at,
        revision: Some(body.revision),
    };
    report::render(&input)
}
