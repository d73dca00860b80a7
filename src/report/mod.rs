//! The PDF report for the compliance file: an A4 document that a DPO files and an
//! inspector reads. Built from a [`ReportInput`], which comes from a signed record
//! ([`ReportInput::from_record`]) or from a draft ([`ReportInput::from_draft`], marked
//! unsigned on every page); [`Source`] decides which.
//!
//! The output is deterministic: the same input gives byte-identical bytes (no clock, no
//! random identifiers: the document ID is derived from the content).

pub mod archive;
pub mod attached;
mod carried_reviews;
pub mod check;
mod cite;
mod colour;
mod flows;
pub(crate) mod fonts;
mod heatmap;
mod icc;
pub mod layout;
mod legal;
mod reviews;
pub(crate) mod sections;
mod serialize;
pub(crate) mod signing;
mod source;
pub(crate) mod table;
pub mod tags;
pub mod words;

use chrono::{DateTime, Utc};
use printpdf::FontId;
use sha2::{Digest, Sha256};

use crate::answer::Answers;
use crate::assessment::{Draft, Meta, PlanItem};
use crate::i18n::Lang;
use crate::questionnaire::{Loaded, Questionnaire};
use crate::record::Record;
use crate::risk::{self, Score};

pub use archive::Attachment;
pub use flows::{Flow, state_tone};
pub use fonts::warm as warm_fonts;
pub use layout::TextBox;
pub use legal::duty_tone;
pub use reviews::reviews_of;
pub use source::{ReportError, Source, Which};

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
    /// The language the report is written in: Farol's words and the questionnaire's texts.
    /// The answers are shown as given.
    pub lang: Lang,
    /// The signed record's file (its name and bytes), carried inside the PDF.
    pub record_file: Option<(String, std::sync::Arc<[u8]>)>,
    /// A report for filing with the DSPDP (the bilingual one): citations not verified
    /// against the law's text are left out, never shown next to the law.
    pub for_filing: bool,
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
    /// The signed review it was read from: the report words its opinion, verdicts and
    /// attestations from it in the report's language (else `opinion` and `comments` are
    /// shown as they are).
    pub body: Option<Box<crate::review::ReviewBody>>,
    /// The signed review's file (its name in the dossier and its bytes), carried inside
    /// the PDF beside the record.
    pub file: Option<(String, std::sync::Arc<[u8]>)>,
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
            lang: Lang::En,
            record_file: None,
            for_filing: false,
        }
    }

    /// A report of a signed revision: its answers, notes, plan and metadata as signed,
    /// the risk recomputed from them (verification checks it equals the stored figures),
    /// and the signature with the record's SHA-256.
    pub fn from_record(record: &Record, loaded: &'q Loaded) -> Self {
        let q = &loaded.questionnaire;
        let b = &record.body;
        let answers = b.answers_map();
        ReportInput {
            id: b.assessment.clone(),
            title: b.title.clone(),
            meta: b.meta.clone(),
            questionnaire: q,
            score: risk::score(q, &answers, "en"),
            answers,
            notes: b
                .answers
                .iter()
                .filter_map(|a| a.note.clone().map(|n| (a.id.clone(), n)))
                .collect(),
            plan: b.plan.clone(),
            status: Status::Signed {
                signatures: vec![SignatureInfo {
                    signer: b.signer.name.clone(),
                    role: b.signer.role.label().to_string(),
                    key: b.signer.key.clone(),
                    fingerprint: b.signer.fingerprint.clone(),
                    at: b.signer.at,
                    record_sha256: crate::record::sha256_hex(&record.bytes),
                }],
            },
            reviews: Vec::new(),
            generated_at: b.signer.at,
            revision: Some(b.revision),
            lang: Lang::En,
            record_file: Some((
                record
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                record.bytes.as_slice().into(),
            )),
            for_filing: false,
        }
    }

    /// The same report in another language: the risk model's explanations are drawn again
    /// in that language (the figures do not depend on it).
    pub fn in_lang(self, lang: Lang) -> Self {
        if lang == self.lang && self.score.lang == lang {
            return self;
        }
        let score = risk::score(self.questionnaire, &self.answers, lang.tag());
        ReportInput {
            lang,
            score,
            ..self
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

/// Lays out and writes the PDF, in the input's language.
pub fn render(input: &ReportInput) -> Rendered {
    render_parts(&[input])
}

/// The report for filing with the DSPDP: the whole report in Traditional Chinese, then
/// the whole report in Portuguese, in one PDF (each part with its own cover).
pub fn render_bilingual(input: &ReportInput) -> Rendered {
    let [a, b] = BILINGUAL.map(|l| ReportInput {
        for_filing: true,
        ..input.clone().in_lang(l)
    });
    render_parts(&[&a, &b])
}

/// The languages of a bilingual report, in their order.
pub const BILINGUAL: [Lang; 2] = [Lang::ZhHant, Lang::Pt];

/// Lays out one part per input (the same report in different languages), one after the
/// other, each starting on a new page.
fn render_parts(parts: &[&ReportInput]) -> Rendered {
    let input = parts[0];
    let doc_title = parts
        .iter()
        .map(|p| crate::tr!(p.lang, "report-document-title", title = p.title.as_str()))
        .collect::<Vec<_>>()
        .join(" / ");
    // The fonts load (a quarter of a report's time) while the gains are scored.
    let (mut doc, gains) = std::thread::scope(|s| {
        let gains = s.spawn(|| {
            parts
                .iter()
                .map(|p| sections::gains_of(p))
                .collect::<Vec<_>>()
        });
        let doc = new_doc();
        let gains = gains
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (doc, gains)
    });
    let mut starts = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            doc.new_page();
        }
        doc.lang = part.lang;
        // A bilingual report says on each cover where the other language is.
        doc.part_note = match (parts.len(), i) {
            (1, _) => None,
            (_, 0) => Some(crate::tr!(part.lang, "report-bilingual-first")),
            _ => Some(crate::tr!(
                part.lang,
                "report-bilingual-second",
                last = doc.page()
            )),
        };
        starts.push((doc.page(), part.lang));
        if parts.len() > 1 {
            doc.mark(0, &crate::tr!(part.lang, "language-name"));
            let lang = (part.lang != input.lang).then(|| part.lang.tag().to_string());
            doc.tags.begin_with(tags::Role::Part, None, lang);
        }
        sections::all(&mut doc, part, &gains[i]);
        if parts.len() > 1 {
            doc.tags.end();
        }
    }
    signing::missing_glyphs_note(&mut doc);
    signing::furniture(&mut doc, parts, &starts);

    let meta = archive::Meta {
        title: doc_title,
        author: author_of(input),
        subject: parts
            .iter()
            .map(|p| {
                crate::tr!(
                    p.lang,
                    "report-pdf-subject",
                    id = p.id.as_str(),
                    revision = p.revision.unwrap_or(0)
                )
            })
            .collect::<Vec<_>>()
            .join(" / "),
        date: input.generated_at,
        langs: parts.iter().map(|p| p.lang.tag().to_string()).collect(),
    };
    let attachments = attachments_of(input);
    let record = match &input.status {
        Status::Signed { signatures } => signatures.first().map(|sig| {
            (
                input.id.as_str(),
                input.revision,
                sig.record_sha256.as_str(),
            )
        }),
        Status::Unsigned => None,
    };
    let kind = Kind::Report {
        reviews: input.reviews.len(),
    };
    write_pdf(doc, &meta, record, &attachments, kind)
}

/// What a report carries: the signed record it shows, and each signed review it shows
/// (a report of a draft carries nothing).
fn attachments_of(input: &ReportInput) -> Vec<Attachment> {
    let (Status::Signed { signatures }, Some((name, bytes))) = (&input.status, &input.record_file)
    else {
        return Vec::new();
    };
    if signatures.is_empty() {
        return Vec::new();
    }
    let revision = input.revision.unwrap_or(0);
    let mut out = vec![Attachment {
        name: name.clone(),
        bytes: bytes.to_vec(),
        modified: input.generated_at,
        description: crate::tr!(input.lang, "report-pdf-attachment", revision = revision),
        relationship: archive::Relationship::Source,
    }];
    out.extend(input.reviews.iter().filter_map(|r| {
        let (name, bytes) = r.file.as_ref()?;
        Some(Attachment {
            name: name.clone(),
            bytes: bytes.to_vec(),
            modified: r.at,
            description: crate::tr!(
                input.lang,
                "report-pdf-attachment-review",
                number = r.body.as_ref().map_or(0, |b| b.number),
                revision = revision
            ),
            relationship: archive::Relationship::Supplement,
        })
    }));
    out
}

/// What a Farol PDF is, as its document information says ([`KIND_KEY`]): a report
/// (showing how many signed reviews, which it carries), or a filing pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Report { reviews: usize },
    Filing,
}

impl Kind {
    fn word(self) -> String {
        match self {
            Kind::Report { reviews } => format!("report reviews={reviews}"),
            Kind::Filing => "filing".to_string(),
        }
    }

    /// Reads what [`Kind::word`] wrote.
    pub fn parse(s: &str) -> Option<Kind> {
        if s == "filing" {
            return Some(Kind::Filing);
        }
        let n = s.strip_prefix("report reviews=")?.parse().ok()?;
        Some(Kind::Report { reviews: n })
    }
}

/// The document information key saying what a Farol PDF is ([`Kind`]).
pub const KIND_KEY: &str = "FarolDocument";

/// The document's author: who signed it ("name (role)"), or the assessor of a draft.
fn author_of(input: &ReportInput) -> String {
    match &input.status {
        Status::Signed { signatures } => signatures
            .iter()
            .map(|s| {
                format!(
                    "{} ({})",
                    s.signer,
                    sections::role_words(input.lang, &s.role)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        Status::Unsigned => input.meta.assessor.clone(),
    }
}

/// A document to lay out, with the report's fonts under fixed resource names (so that the
/// output does not depend on how many documents this process has made before).
pub(crate) fn new_doc() -> layout::Doc {
    layout::Doc::new(
        FontId(serialize::REGULAR.into()),
        FontId(serialize::BOLD.into()),
    )
}

/// Writes a laid-out document as a PDF/A-3b, reproducibly: `meta` gives its metadata
/// (`langs` the languages of its parts, in order); `record` names the signed record it
/// shows (assessment, revision, SHA-256 of the record's file), and `attachments` are that
/// record's file and the reviews shown, carried inside.
pub(crate) fn write_pdf(
    mut doc: layout::Doc,
    meta: &archive::Meta,
    record: Option<(&str, Option<u32>, &str)>,
    attachments: &[Attachment],
    kind: Kind,
) -> Rendered {
    let f = fonts::fonts();
    let pages = doc.page_count();
    let overflows = doc.overflows();
    let missing_glyphs: Vec<char> = doc.missing.iter().copied().collect();
    let boxes = std::mem::take(&mut doc.boxes);
    let marks = std::mem::take(&mut doc.marks);
    let pages_ops = doc.finish();
    let structure = std::mem::take(&mut doc.tags);
    let mut warnings = Vec::new();
    let faces = [
        (serialize::REGULAR, &f.regular.parsed),
        (serialize::BOLD, &f.bold.parsed),
    ];
    let mut lo = serialize::to_lopdf(&meta.title, pages_ops, &faces, &mut warnings);
    let mut extra = vec![
        (LANGUAGE_KEY, meta.langs.join(" ")),
        (KIND_KEY, kind.word()),
    ];
    if let Some((id, revision, sha256)) = record {
        extra.push((RECORD_KEY, sha256.to_string()));
        let what = match revision {
            Some(n) => format!("{id} revision {n}"),
            None => id.to_string(),
        };
        extra.push((RECORD_ID_KEY, what));
    }
    archive::finish(&mut lo, meta, &marks, &structure, attachments, &extra);
    if let (Ok(catalog), Some(first)) = (lo.catalog_mut(), meta.langs.first()) {
        catalog.set("Lang", lopdf::Object::string_literal(first.as_str()));
    }
    compress_streams(&mut lo);
    let mut bytes = Vec::new();
    if let Err(e) = lo.save_to(&mut bytes) {
        // Writing into memory fails only on a bug; say so rather than return half a file.
        warnings.push(format!("the PDF could not be written: {e}"));
    }
    fix_document_id(&mut bytes);
    Rendered {
        pdf: bytes,
        pages,
        missing_glyphs,
        overflows,
        boxes,
        warnings,
    }
}

/// The document information key naming the languages a report is written in, in order
/// ("zh-Hant pt" for a bilingual one).
pub const LANGUAGE_KEY: &str = "FarolLanguage";

/// The languages a Farol report PDF says it is written in ("en", "zh-Hant pt"), or None.
pub fn language_of_pdf(pdf: &[u8]) -> Option<String> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let d = doc.get_object(info).ok()?.as_dict().ok()?;
    let s = d.get(LANGUAGE_KEY.as_bytes()).ok()?.as_str().ok()?;
    String::from_utf8(s.to_vec()).ok()
}

/// The document information key naming the signed record a report shows.
pub const RECORD_KEY: &str = "FarolRecordSHA256";
/// The document information key naming the assessment and revision a report shows.
pub const RECORD_ID_KEY: &str = "FarolRecord";

/// The record SHA-256 a report PDF says it shows (None: not a Farol report of a signed
/// record, or made before reports said so).
pub fn record_of_pdf(pdf: &[u8]) -> Option<String> {
    let doc = lopdf::Document::load_mem(pdf).ok()?;
    let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let d = doc.get_object(info).ok()?.as_dict().ok()?;
    let s = d.get(RECORD_KEY.as_bytes()).ok()?.as_str().ok()?;
    String::from_utf8(s.to_vec()).ok()
}

/// Deflates every stream that allows it and is not already filtered, at the fastest level,
/// on every core.
fn compress_streams(doc: &mut lopdf::Document) {
    use std::io::Write;
    let todo: Vec<(lopdf::ObjectId, &[u8])> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| match object {
            lopdf::Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => {
                Some((*id, s.content.as_slice()))
            }
            _ => None,
        })
        .collect();
    let packed = crate::parallel::map(&todo, |(_, content)| {
        let mut enc = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(content.len() / 3),
            flate2::Compression::fast(),
        );
        let packed = enc.write_all(content).and_then(|()| enc.finish()).ok()?;
        (packed.len() + 19 < content.len()).then_some(packed)
    });
    let ids: Vec<lopdf::ObjectId> = todo.into_iter().map(|(id, _)| id).collect();
    for (id, packed) in ids.into_iter().zip(packed) {
        if let (Some(packed), Some(lopdf::Object::Stream(stream))) =
            (packed, doc.objects.get_mut(&id))
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(packed);
        }
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
