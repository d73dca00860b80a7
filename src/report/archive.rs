//! What makes a report an archival document (PDF/A-3b, ISO 19005-3), added with lopdf to
//! what printpdf writes: the document information and the XMP metadata that must agree
//! with it (title, author = the signer, subject, producer, dates = the signing time, so
//! the bytes stay reproducible), an sRGB output intent, the outline (a bookmark per
//! section), the structure tree (`super::tags`), and the signed record itself as an associated file (`/AF`, relationship
//! `/Source`): the PDF then carries its own evidence, which `farol verify REPORT.pdf`
//! checks (`super::carried`).
//!
//! printpdf writes an empty `/GTS_PDFXVersion` (readers then call the file PDF/X) and a
//! `/PageMode` as a string; both are replaced here. A report of a draft attaches nothing:
//! a draft is not evidence, and a file that looked like it carries its record would
//! invite treating it as one.

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::icc;
use super::layout::{self, Mark};

/// A file carried inside the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its file name (the signed revision's, as the dossier names it).
    pub name: String,
    pub bytes: Vec<u8>,
    /// When it was made: the signing time.
    pub modified: DateTime<Utc>,
    /// What it is, in the report's language.
    pub description: String,
    /// How it relates to the document: the record it shows, or a review shown beside it.
    pub relationship: Relationship,
}

/// An attachment's `/AFRelationship`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relationship {
    /// The signed record the document is written from.
    Source,
    /// A signed file the document also shows (a review of the record).
    Supplement,
}

impl Relationship {
    pub(crate) fn name(self) -> &'static [u8] {
        match self {
            Relationship::Source => b"Source",
            Relationship::Supplement => b"Supplement",
        }
    }
}

/// The document's metadata, as the information dictionary and XMP give it.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// When the content was fixed: the signing time, or the draft's last save.
    pub date: DateTime<Utc>,
    /// The languages of the parts, in order.
    pub langs: Vec<String>,
}

/// The producer named in the metadata.
pub fn producer() -> String {
    format!("Farol {}", env!("CARGO_PKG_VERSION"))
}

/// A text string as PDF wants it: ASCII as it is, anything else as UTF-16BE with its
/// byte order mark.
pub(crate) fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        return Object::string_literal(s);
    }
    let mut b = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        b.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(b, StringFormat::Hexadecimal)
}

/// Reads a text string written by [`text_string`] (or any PDFDocEncoded ASCII).
pub(crate) fn read_text(o: &Object) -> Option<String> {
    let b = o.as_str().ok()?;
    if let Some(rest) = b.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16(&units).ok();
    }
    String::from_utf8(b.to_vec()).ok()
}

fn pdf_date(d: &DateTime<Utc>) -> Object {
    Object::string_literal(d.format("D:%Y%m%d%H%M%S+00'00'").to_string())
}

fn xmp_date(d: &DateTime<Utc>) -> String {
    d.format("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet: PDF/A-3b identification and the same facts as the information
/// dictionary, in the properties PDF/A maps them to.
pub fn xmp(m: &Meta) -> String {
    let alt = |s: &str| {
        format!(
            "<rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>",
            xml_escape(s)
        )
    };
    let langs: String = m
        .langs
        .iter()
        .map(|l| format!("<rdf:li>{}</rdf:li>", xml_escape(l)))
        .collect();
    let date = xmp_date(&m.date);
    format!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
<rdf:Description rdf:about=\"\" \
xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" \
xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" \
xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
<pdfaid:part>3</pdfaid:part>\n\
<pdfaid:conformance>B</pdfaid:conformance>\n\
<dc:format>application/pdf</dc:format>\n\
<dc:title>{title}</dc:title>\n\
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>\n\
<dc:description>{subject}</dc:description>\n\
<dc:language><rdf:Bag>{langs}</rdf:Bag></dc:language>\n\
<xmp:CreateDate>{date}</xmp:CreateDate>\n\
<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
<xmp:MetadataDate>{date}</xmp:MetadataDate>\n\
<xmp:CreatorTool>Farol</xmp:CreatorTool>\n\
<pdf:Producer>{producer}</pdf:Producer>\n\
</rdf:Description>\n\
</rdf:RDF>\n\
</x:xmpmeta>\n\
<?xpacket end=\"r\"?>",
        title = alt(&m.title),
        author = xml_escape(&m.author),
        subject = alt(&m.subject),
        producer = xml_escape(&producer()),
    )
}

/// Makes the document PDF/A-3b as far as its structure goes (the content is printpdf's):
/// version 1.7, the information dictionary and XMP, the sRGB output intent, the outline
/// and the attachments. Call before compressing streams: the XMP stream is marked to stay
/// uncompressed.
pub fn finish(
    doc: &mut Document,
    meta: &Meta,
    marks: &[Mark],
    structure: &super::tags::Tree,
    attachments: &[Attachment],
    extra_info: &[(&str, String)],
) {
    doc.version = "1.7".into();

    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    if !meta.author.is_empty() {
        info.set("Author", text_string(&meta.author));
    }
    info.set("Subject", text_string(&meta.subject));
    info.set("Creator", Object::string_literal("Farol"));
    info.set("Producer", Object::string_literal(producer()));
    info.set("CreationDate", pdf_date(&meta.date));
    info.set("ModDate", pdf_date(&meta.date));
    for (k, v) in extra_info {
        info.set(*k, Object::string_literal(v.as_str()));
    }
    let old_info = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(id) = old_info {
        doc.objects.remove(&id);
    }
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", info_id);

    let xmp = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(meta).into_bytes(),
    )
    .with_compression(false);
    let xmp_id = doc.add_object(xmp);

    let profile = Stream::new(
        Dictionary::from_iter(vec![("N", Object::Integer(3))]),
        icc::SRGB.to_vec(),
    );
    let profile_id = doc.add_object(profile);
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal(icc::SRGB_NAME),
        ),
        (
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        ),
        ("Info", Object::string_literal(icc::SRGB_NAME)),
        ("DestOutputProfile", Object::Reference(profile_id)),
    ]);

    let outline = outline(doc, marks);
    super::tags::write(doc, structure);
    let files: Vec<(ObjectId, String)> = attachments.iter().map(|a| attach(doc, a)).collect();

    let Ok(catalog) = doc.catalog_mut() else {
        return;
    };
    catalog.set("Metadata", xmp_id);
    catalog.set("OutputIntents", vec![Object::Dictionary(intent)]);
    catalog.remove(b"PageMode");
    if let Some(o) = outline {
        catalog.set("Outlines", o);
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    if let Some((names, af)) = super::attached::name_tree(&files) {
        catalog.set(
            "Names",
            Dictionary::from_iter(vec![("EmbeddedFiles", Object::Dictionary(names))]),
        );
        catalog.set("AF", af);
    }
}

/// Adds the file and its specification; returns the specification and the file's name.
fn attach(doc: &mut Document, a: &Attachment) -> (ObjectId, String) {
    let params = Dictionary::from_iter(vec![
        ("Size", Object::Integer(a.bytes.len() as i64)),
        ("ModDate", pdf_date(&a.modified)),
    ]);
    let file = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"EmbeddedFile".to_vec())),
            ("Subtype", Object::Name(b"text/plain".to_vec())),
            ("Params", Object::Dictionary(params)),
        ]),
        a.bytes.clone(),
    );
    let file_id = doc.add_object(file);
    let spec = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Filespec".to_vec())),
        ("F", text_string(&a.name)),
        ("UF", text_string(&a.name)),
        ("Desc", text_string(&a.description)),
        (
            "AFRelationship",
            Object::Name(a.relationship.name().to_vec()),
        ),
        (
            "EF",
            Object::Dictionary(Dictionary::from_iter(vec![
                ("F", Object::Reference(file_id)),
                ("UF", Object::Reference(file_id)),
            ])),
        ),
    ]);
    (doc.add_object(spec), a.name.clone())
}

/// The outline: marks of level 0 hold the level-1 marks after them. Every entry is open.
fn outline(doc: &mut Document, marks: &[Mark]) -> Option<ObjectId> {
    if marks.is_empty() {
        return None;
    }
    let pages = doc.get_pages();
    let root = doc.new_object_id();
    // (mark index, children's mark indices)
    let mut tops: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        match tops.last_mut() {
            Some((p, kids)) if m.level > marks[*p].level => kids.push(i),
            _ => tops.push((i, Vec::new())),
        }
    }
    let ids: Vec<ObjectId> = marks.iter().map(|_| doc.new_object_id()).collect();
    let dest = |m: &Mark| -> Object {
        let page = pages
            .get(&(m.page as u32 + 1))
            .copied()
            .map_or(Object::Null, Object::Reference);
        let top = (layout::PAGE_H - m.top + 2.0) * 72.0 / 25.4;
        Object::Array(vec![
            page,
            Object::Name(b"XYZ".to_vec()),
            Object::Null,
            Object::Real((top * 100.0).round() / 100.0),
            Object::Null,
        ])
    };
    let item = |i: usize, parent: ObjectId, prev: Option<usize>, next: Option<usize>| {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&marks[i].title));
        d.set("Parent", parent);
        if let Some(p) = prev {
            d.set("Prev", ids[p]);
        }
        if let Some(n) = next {
            d.set("Next", ids[n]);
        }
        d.set("Dest", dest(&marks[i]));
        d
    };
    let mut made: Vec<(ObjectId, Dictionary)> = Vec::new();
    let top_ix: Vec<usize> = tops.iter().map(|(i, _)| *i).collect();
    for (k, (i, kids)) in tops.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| top_ix[p]);
        let next = top_ix.get(k + 1).copied();
        let mut d = item(*i, root, prev, next);
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            d.set("First", ids[*first]);
            d.set("Last", ids[*last]);
            d.set("Count", kids.len() as i64);
        }
        for (j, kid) in kids.iter().enumerate() {
            let prev = j.checked_sub(1).map(|p| kids[p]);
            let next = kids.get(j + 1).copied();
            made.push((ids[*kid], item(*kid, ids[*i], prev, next)));
        }
        made.push((ids[*i], d));
    }
    for (id, d) in made {
        doc.objects.insert(id, Object::Dictionary(d));
    }
    let root_dict = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"Outlines".to_vec())),
        ("First", Object::Reference(ids[top_ix[0]])),
        ("Last", Object::Reference(ids[*top_ix.last()?])),
        ("Count", Object::Integer(marks.len() as i64)),
    ]);
    doc.objects.insert(root, Object::Dictionary(root_dict));
    Some(root)
}

/// The file a PDF carries as its source (`/AF` with `/AFRelationship /Source`): its name
/// and bytes. None: the PDF carries none (or is not a PDF lopdf can read).
pub fn carried(doc: &Document) -> Option<(String, Vec<u8>)> {
    super::attached::files(doc, Relationship::Source)
        .into_iter()
        .next()
}
