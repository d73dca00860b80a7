//! The last section, "Signatures and review" (how to check the signatures, or how to sign
//! a draft), the note on characters the fonts cannot draw, and the header and footer of
//! every page.

use crate::i18n::Lang;
use crate::tr;

use super::fonts::Face;
use super::layout::{BODY_BOTTOM, BODY_TOP, BODY_W, Doc, MARGIN_X, PAGE_W, Rgb3, Style};
use super::reviews::{opinion_words, review_lines};
use super::sections::{date, role_words};
use super::table::{Cell, col, table};
use super::{ReportInput, Status};

/// A long hex string in groups of 16 digits, so that a narrow column breaks it between
/// groups, never inside one.
fn hex_groups(hex: &str) -> String {
    let chars: Vec<char> = hex.chars().collect();
    chars
        .chunks(16)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The one command that checks this PDF, what it checks and what it cannot tell. The
/// PDF does not know the name it is saved under: it names the one Farol gives it.
fn this_file(doc: &mut Doc, r: &ReportInput, body: &Style) {
    let l = r.lang;
    let langs = match (r.for_filing, l) {
        (true, _) => super::BILINGUAL.map(Lang::tag).join("-"),
        (false, Lang::En) => String::new(),
        (false, other) => other.tag().to_string(),
    };
    let name = super::source::file_name(&r.id, r.revision, &langs);
    doc.paragraph(
        &tr!(l, "report-check-this-file", name = name.as_str()),
        body,
    );
    doc.bullet(&format!("farol verify {name}"), body);
    doc.paragraph(&tr!(l, "report-check-this-file-what"), body);
    doc.paragraph(&tr!(l, "report-check-this-file-limit"), body);
}

pub fn signatures(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-signatures"), true);
    let body = Style::body();
    match &r.status {
        Status::Signed { signatures } if !signatures.is_empty() => {
            let rows: Vec<Vec<Cell>> = signatures
                .iter()
                .map(|s| {
                    vec![
                        Cell::bold(&s.signer),
                        Cell::new(role_words(l, &s.role)),
                        Cell::titled(
                            hex_groups(&s.fingerprint),
                            tr!(l, "report-public-key", key = s.key.as_str()),
                        ),
                        Cell::new(date(&s.at)),
                        Cell::new(hex_groups(&s.record_sha256)),
                    ]
                })
                .collect();
            table(
                doc,
                &[
                    col(&tr!(l, "report-col-signer"), 30.0),
                    col(&tr!(l, "report-col-role"), 28.0),
                    col(&tr!(l, "report-col-fingerprint"), 42.0),
                    col(&tr!(l, "report-col-signed-at"), 26.0),
                    col(&tr!(l, "report-col-record-sha"), 48.0),
                ],
                &rows,
            );
            doc.subheading(&tr!(l, "report-how-to-check"));
            this_file(doc, r, &body);
            doc.paragraph(&tr!(l, "report-check-intro"), &body);
            // The record's own file name (`0001-6d330077fff6.ron`): a command to copy.
            let file = r.record_file.as_ref().map_or_else(
                || crate::record::revision_file_name(r.revision.unwrap_or(1)),
                |(name, _)| name.clone(),
            );
            let path = format!("assessments/{}/revisions/{file}", r.id);
            let record = format!("farol verify {path}");
            doc.bullet(&tr!(l, "report-check-record", command = record), &body);
            let all = format!("farol verify assessments/{}", r.id);
            doc.bullet(&tr!(l, "report-check-assessment", command = all), &body);
            doc.bullet(
                &tr!(
                    l,
                    "report-check-bundle",
                    command = "farol verify evidence.zip --trust FINGERPRINT"
                ),
                &body,
            );
            doc.paragraph(&tr!(l, "report-check-trust"), &body);
            // The key of the first signer, as an evidence bundle names its PEM file.
            let fp16: String = signatures
                .first()
                .map(|s| s.fingerprint.chars().take(16).collect())
                .unwrap_or_else(|| "FP16".to_string());
            let key = format!("keys/trusted/{fp16}.pub.pem");
            doc.paragraph(
                &tr!(
                    l,
                    "report-check-openssl",
                    key = key.as_str(),
                    marker = "// -- farol signature"
                ),
                &body,
            );
            let recipe = crate::evidence::OPENSSL_RECIPE
                .replace("assessments/ID/revisions/0001.ron", &path)
                .replace("keys/trusted/FP16.pub.pem", &key);
            for line in recipe.lines() {
                doc.paragraph(line, &body);
            }
            doc.paragraph(
                &tr!(
                    l,
                    "report-check-openssl-result",
                    ok = "Signature Verified Successfully",
                    command = crate::evidence::OPENSSL_FINGERPRINT
                ),
                &body,
            );
        }
        _ => {
            doc.paragraph(
                &tr!(l, "report-not-signed"),
                &Style::bold(10.0).with_color(Rgb3::RED),
            );
            doc.gap(2.0);
            doc.subheading(&tr!(l, "report-how-to-sign"));
            let sign = format!("farol sign {}", r.id);
            doc.bullet(&tr!(l, "report-sign-step", command = sign), &body);
            doc.bullet(
                &tr!(l, "report-verify-step", command = "farol verify PATH"),
                &body,
            );
            let report = format!("farol report {} --revision N", r.id);
            doc.bullet(&tr!(l, "report-then-report-step", command = report), &body);
        }
    }
    doc.subheading(&tr!(l, "report-review"));
    if r.reviews.is_empty() {
        doc.paragraph(&tr!(l, "report-no-review"), &body);
    }
    for v in &r.reviews {
        doc.paragraph(
            &tr!(
                l,
                "report-review-line",
                reviewer = v.reviewer.as_str(),
                role = role_words(l, &v.role),
                at = date(&v.at),
                opinion = opinion_words(l, v)
            ),
            &Style::bold(9.5),
        );
        for c in review_lines(l, v) {
            doc.bullet(&c, &body);
        }
    }
}

/// Lists, on the last page, the characters no font could draw.
pub fn missing_glyphs_note(doc: &mut Doc) {
    if doc.missing.is_empty() {
        return;
    }
    let l = doc.lang;
    let list: Vec<String> = doc
        .missing
        .iter()
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    doc.gap(4.0);
    doc.subheading(&tr!(l, "report-missing-glyphs-heading"));
    doc.paragraph(
        &tr!(l, "report-missing-glyphs", list = list.join(", ")),
        &Style::body().with_color(Rgb3::RED),
    );
}

/// The header and footer of every page, each in the language of its part: `starts` gives
/// the first page of each part and its language.
pub fn furniture(doc: &mut Doc, parts: &[&ReportInput], starts: &[(usize, Lang)]) {
    let total = doc.page_count();
    for (k, (r, &(first, l))) in parts.iter().zip(starts).enumerate() {
        let end = starts.get(k + 1).map_or(total, |s| s.0);
        part_furniture(doc, r, l, first..end, total);
    }
}

fn part_furniture(
    doc: &mut Doc,
    r: &ReportInput,
    l: Lang,
    pages: std::ops::Range<usize>,
    total: usize,
) {
    let grey = Style::new(7.5, Face::Regular, Rgb3::GREY);
    let warn = Style::new(8.0, Face::Bold, Rgb3::RED);
    let right_text = match (&r.status, r.revision) {
        (Status::Signed { signatures }, rev) if r.is_signed() => {
            let sha = signatures
                .first()
                .map(|s| s.record_sha256.as_str())
                .unwrap_or("");
            let short: String = sha.chars().take(16).collect();
            match rev {
                Some(n) => tr!(l, "report-header-signed-revision", n = n, sha = short),
                None => tr!(l, "report-header-signed", sha = short),
            }
        }
        _ => tr!(l, "report-unsigned-mark"),
    };
    let right_style = if r.is_signed() { grey } else { warn };
    let right_text = doc.clean(&right_text);
    let right_w = doc.width(&right_text, &right_style);
    let left = tr!(l, "report-header-left", id = r.id.as_str());
    let left = fit(doc, &left, &grey, BODY_W - right_w - 6.0);
    let title = fit(doc, &r.title, &grey, BODY_W - 40.0);
    doc.tags.artifact_begin();
    for p in pages {
        let top = BODY_TOP - 11.0;
        doc.text_on(p, MARGIN_X, top, &left, &grey);
        doc.text_on(
            p,
            PAGE_W - MARGIN_X - right_w,
            top - 0.2,
            &right_text,
            &right_style,
        );
        let foot = BODY_BOTTOM + 5.0;
        doc.text_on(p, MARGIN_X, foot, &title, &grey);
        let pg = tr!(l, "report-page", page = p + 1, total = total);
        let w = doc.width(&pg, &grey);
        doc.text_on(p, PAGE_W - MARGIN_X - w, foot, &pg, &grey);
        rule_on(doc, p, BODY_TOP - 6.0);
        rule_on(doc, p, BODY_BOTTOM + 3.5);
    }
    doc.tags.artifact_end();
}

pub(crate) fn rule_on(doc: &mut Doc, page: usize, y: f32) {
    doc.rect_on(page, (MARGIN_X, y, BODY_W, 0.25), Some(Rgb3::RULE), None);
}

/// The first line of `s` that fits `w`, with an ellipsis if cut.
pub(crate) fn fit(doc: &mut Doc, s: &str, style: &Style, w: f32) -> String {
    let lines = doc.wrap(s, style, w - 3.0);
    if lines.len() > 1 {
        format!("{}…", lines[0])
    } else {
        lines.into_iter().next().unwrap_or_default()
    }
}
