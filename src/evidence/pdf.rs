//! The PDF report in a bundle: made from the assessment's latest signed revision, so it
//! shows exactly what was signed, with the signer and the record's SHA-256 — the same
//! report as `farol report ID --revision N`.

use std::collections::{BTreeMap, HashMap};

use super::collect::Source;
use crate::questionnaire::Loaded;
use crate::record::{self, Record};
use crate::report::{self, Rendered, ReportInput};

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
    if !record::signature_holds(&latest.file, &latest.bytes) {
        return skip("does not carry a valid signature");
    }
    let Some(loaded) = questionnaires.get(&body.questionnaire.fingerprint) else {
        return skip("answers a questionnaire that is not in the dossier");
    };
    let record = Record {
        path: latest.file.clone().into(),
        bytes: latest.bytes.clone(),
        body: body.clone(),
    };
    let reviews = report::reviews_of(
        &record,
        s.reviews
            .iter()
            .map(|r| (r.file.as_str(), r.bytes.as_slice())),
    );
    let rendered = render(&record, loaded, reviews);
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

/// The report of one signed revision, with the signed reviews that judge it.
pub(super) fn render(record: &Record, loaded: &Loaded, reviews: Vec<report::Review>) -> Rendered {
    report::render(&ReportInput {
        reviews,
        ..ReportInput::from_record(record, loaded)
    })
}
