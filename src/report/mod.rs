//! The PDF report for the compliance file: an A4 document that a DPO files and an
//! inspector reads. Built from a [`ReportInput`], which comes from a draft today
//! ([`ReportInput::from_draft`]) and from a signed record once records exist.
//!
//! The output is deterministic: the same input gives byte-identical bytes (no clock, no
//! random identifiers: the document ID is derived from the content).

mod flows;
mod fonts;
mod heatmap;
pub mod layout;
mod sections;
mod table;

use chrono::{DateTime, Utc};
use printpdf::{FontId, PdfDocument, PdfFont, PdfSaveOptions};
use sha2::{Digest, Sha256};

use crate::answer::Answers;
use crate::assessment::{Draft, Meta, PlanItem};
use crate::questionnaire::{Loaded, Questionnaire};
use crate::risk::{self, Score};

pub use flows::{Flow, basis_label};
pub use layout::TextBox;

/// Everything a report shows. Owned except for the questionnaire.
#[derive(Debug, Clone)]
pub struct ReportInput<'q> {
    pub id: String,
    pub title: String,
    pub meta: Meta,
    pub questionnaire: &'q Questionnaire,
    pub answers: Answers,
    /// The assessor's notes on answers, keyed by question id.
    pub notes: std::collections::BTreeMap<String, String>,
    pub plan: Vec<PlanItem>,
    pub score: Score,
    pub status: Status,
    pub reviews: Vec<Review>,
    /// When the content was fixed: the draft's last save, or the record's signing time.
    /// Never the clock.
    pub generated_at: DateTime<Utc>,
    /// The record's revision, if the report is made from a record.
    pub revision: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Made from a draft: not evidence of anything.
    Unsigned,
    Signed {
        signatures: Vec<SignatureInfo>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureInfo {
    pub signer: String,
    pub role: String,
    /// The public key, as written in the record.
    pub key: String,
    pub fingerprint: String,
    pub at: DateTime<Utc>,
    pub record_sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub reviewer: String,
    pub role: String,
    pub at: DateTime<Utc>,
    /// The reviewer's opinion, e.g. "approve with conditions".
    pub opinion: String,
    pub comments: Vec<String>,
}

impl<'q> ReportInput<'q> {
    /// A report of a draft, scored now (the score is a pure function of the answers).
    pub fn from_draft(draft: &Draft, loaded: &'q Loaded) -> Self {
        let q = &loaded.questionnaire;
        ReportInput {
            id: draft.id.clone(),
            title: draft.title.clone(),
            meta: draft.meta.clone(),
            questionnaire: q,
            answers: draft.answers.clone(),
            notes: draft.notes.clone(),
            plan: draft.plan.clone(),
            score: risk::score(q, &draft.answers, "en"),
            status: Status::Unsigned,
            reviews: Vec::new(),
            generated_at: draft.meta.updated,
            revision: None,
        }
    }

    pub fn is_signed(&self) -> bool {
        matches!(&self.status, Status::Signed { signatures } if !signatures.is_empty())
    }
}

/// A rendered report.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Characters no embedded font covers. Each is shown in the PDF as its code point
    /// ("[U+1F600]") and listed on the last page; callers should warn about them.
    pub missing_glyphs: Vec<char>,
    /// Text runs that leave the printable area: empty unless the layout has a bug.
    pub overflows: Vec<String>,
    /// Where every text run went (for layout checks).
    pub boxes: Vec<TextBox>,
    /// printpdf's warnings while saving.
    pub warnings: Vec<String>,
}

impl Rendered {
    /// "U+1F600 '😀'", one per missing character.
    pub fn missing_glyph_list(&self) -> Vec<String> {
        self.missing_glyphs
            .iter()
            .map(|c| format!("U+{:04X} '{c}'", *c as u32))
            .collect()
    }
}

/// Lays out and writes the PDF.
pub fn render(input: &ReportInput) -> Rendered {
    let f = fonts::fonts();
    let mut pdf = PdfDocument::new(&format!("Privacy impact assessment: {}", input.title));
    // Fixed resource names, so that the output does not depend on how many documents
    // this process has made before.
    let regular = FontId("FAROLA".into());
    let bold = FontId("FAROLB".into());
    pdf.resources
        .fonts
        .map
        .insert(regular.clone(), PdfFont::new(f.regular.parsed.clone()));
    pdf.resources
        .fonts
        .map
        .insert(bold.clone(), PdfFont::new(f.bold.parsed.clone()));

    let mut doc = layout::Doc::new(regular, bold);
    sections::all(&mut doc, input);
    sections::missing_glyphs_note(&mut doc);
    sections::furniture(&mut doc, input);

    let pages = doc.page_count();
    let overflows = doc.overflows();
    let missing_glyphs: Vec<char> = doc.missing.iter().copied().collect();
    let boxes = std::mem::take(&mut doc.boxes);
    let pdf_pages: Vec<printpdf::PdfPage> = doc
        .finish()
        .into_iter()
        .map(|ops| {
            printpdf::PdfPage::new(
                printpdf::Mm(layout::PAGE_W),
                printpdf::Mm(layout::PAGE_H),
                ops,
            )
        })
        .collect();
    let mut warnings = Vec::new();
    // Streams are left uncompressed: lopdf compresses at zlib's best level, which
    // costs more time than the whole rest of the report (35–40 ms for the demo) for a
    // file that is within the size budget either way (the demo: ~0.5 MB vs ~0.12 MB).
    let opts = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut bytes = pdf.with_pages(pdf_pages).save(&opts, &mut warnings);
    fix_document_id(&mut bytes);
    Rendered {
        pdf: bytes,
        pages,
        missing_glyphs,
        overflows,
        boxes,
        warnings: warnings.iter().map(|w| format!("{w:?}")).collect(),
    }
}

/// printpdf writes a trailer `/ID` from a process-wide counter; replace both strings
/// (same length, so no offset moves) with a hash of everything before the trailer.
fn fix_document_id(bytes: &mut [u8]) {
    let Some(at) = find_last(bytes, b"/ID[") else {
        return;
    };
    let digest = hex::encode(Sha256::digest(&bytes[..at]));
    let mut i = at + 4;
    for _ in 0..2 {
        while i < bytes.len() && bytes[i] != b'(' && bytes[i] != b'<' {
            i += 1;
        }
        let close = if bytes.get(i) == Some(&b'(') {
            b')'
        } else {
            b'>'
        };
        let start = i + 1;
        let Some(len) = bytes[start..].iter().position(|&b| b == close) else {
            return;
        };
        let fill = digest.as_bytes().iter().cycle().take(len);
        for (dst, src) in bytes[start..start + len].iter_mut().zip(fill) {
            *dst = *src;
        }
        i = start + len + 1;
    }
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
