//! The PDF report in a bundle: made from the assessment's latest signed revision, so it
//! shows exactly what was signed, with the signer and the record's SHA-256 — the same
//! report as `farol report ID --revision N`.

use std::collections::{BTreeMap, HashMap};

use super::collect::Source;
use crate::i18n::Lang;
use crate::questionnaire::Loaded;
use crate::record::{self, Record};
use crate::report::{self, Rendered, ReportInput};
use crate::tr;

/// Renders the latest revision of `s` into `reports/<id>-rNNNN.pdf`; its path, or None
/// (with a warning) when the revision cannot be reported faithfully.
pub(super) fn add_report(
    s: &Source,
    questionnaires: &HashMap<String, Loaded>,
    files: &mut BTreeMap<String, Vec<u8>>,
    warnings: &mut Vec<String>,
    lang: Lang,
) -> Option<String> {
    let latest = s.latest();
    let (id, file) = (s.id.as_str(), latest.file.as_str());
    let Some(body) = &latest.body else {
        warnings.push(tr!(
            lang,
            "evidence-no-report-unreadable",
            id = id,
            file = file
        ));
        return None;
    };
    // A report says "signed by"; only say it of a signature that holds.
    if !record::signature_holds(&latest.file, &latest.bytes) {
        warnings.push(tr!(
            lang,
            "evidence-no-report-unsigned",
            id = id,
            file = file
        ));
        return None;
    }
    let Some(loaded) = questionnaires.get(&body.questionnaire.fingerprint) else {
        warnings.push(tr!(
            lang,
            "evidence-no-report-questionnaire",
            id = id,
            file = file
        ));
        return None;
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
    let rendered = render(&record, loaded, reviews, lang);
    if !rendered.missing_glyphs.is_empty() {
        warnings.push(tr!(
            lang,
            "evidence-report-missing-glyphs",
            id = id,
            n = rendered.missing_glyphs.len(),
            list = rendered.missing_glyph_list().join(", ")
        ));
    }
    let path = format!("reports/{}-r{:04}.pdf", s.id, latest.n);
    files.insert(path.clone(), rendered.pdf);
    Some(path)
}

/// The report of one signed revision, with the signed reviews that judge it, in `lang`.
pub(super) fn render(
    record: &Record,
    loaded: &Loaded,
    reviews: Vec<report::Review>,
    lang: Lang,
) -> Rendered {
    let input = ReportInput {
        reviews,
        ..ReportInput::from_record(record, loaded)
    };
    report::render(&input.in_lang(lang))
}

/// Checks every `reports/<id>-rNNNN.pdf` of the bundle at `root` against the record it
/// claims to report: the record SHA-256 written in the PDF (and printed on its cover) must
/// be that of `assessments/<id>/revisions/NNNN.ron`.
pub(super) fn check_reports(root: &std::path::Path, problems: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(root.join("reports")) else {
        return;
    };
    let mut names: Vec<String> = rd
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    names.sort();
    for name in names {
        let shown = format!("reports/{name}");
        let parsed = name
            .strip_suffix(".pdf")
            .and_then(|s| s.rsplit_once("-r"))
            .and_then(|(id, n)| Some((id.to_string(), n.parse::<u32>().ok()?)));
        let Some((id, n)) = parsed else {
            problems.push(format!(
                "{shown}: not named ID-rNNNN.pdf, so it cannot be checked against a record; a bundle's reports are named after the record they show"
            ));
            continue;
        };
        let pdf = match std::fs::read(root.join("reports").join(&name)) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("cannot read {shown}: {e}"));
                continue;
            }
        };
        // The revision numbered n, found by listing: in a fork, the one the PDF names.
        let shown_in = root.join("assessments").join(&id).join("revisions");
        let files = record::revision_files(&shown_in).unwrap_or_default();
        let read = |p: &std::path::Path| std::fs::read(p).ok().map(|b| record::sha256_hex(&b));
        let of_pdf = report::record_of_pdf(&pdf);
        let found = record::find_numbered(&files, n, of_pdf.as_deref().unwrap_or(""), &read);
        let record_file = format!(
            "assessments/{id}/revisions/{}",
            found.map_or_else(
                || record::revision_file_name(n),
                |(p, _)| record::shown_file(p)
            )
        );
        let record_sha = found.and_then(|(p, _)| read(p));
        match (of_pdf, record_sha) {
            (None, _) => problems.push(format!(
                "{shown} does not say which signed record it shows (no record SHA-256 in it), so it cannot be checked against {record_file}; rely on the records, not on this PDF"
            )),
            (Some(_), None) => problems.push(format!(
                "{shown} reports {record_file}, which is not in the bundle"
            )),
            (Some(a), Some(b)) if a != b => problems.push(format!(
                "{shown} is not the report of {record_file}: the record SHA-256 in the PDF is {a}, the record's is {b}; the PDF was swapped or made from another record, so do not rely on it"
            )),
            _ => {}
        }
    }
}
