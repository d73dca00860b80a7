//! From laid-out pages to a PDF object tree, on two cores.
//!
//! printpdf turns every page's operations into a content stream and subsets the fonts to
//! the glyphs used, on one thread: for a forty-page report that is most of the time a
//! report takes. So the pages are cut in two runs of about equal work and each run becomes
//! a document of its own, on its own thread; then the second document's objects are
//! renumbered after the first's and its pages hung under the first's page tree, in order.
//!
//! Both documents must number the glyphs alike, so that the second one's pages can use
//! the first one's fonts (one subset of each face in the file, as without the cut): each
//! starts with a page that shows every character of the whole report once, in each face,
//! so that both subset the fonts to the same glyphs. That page is dropped from both, and
//! the second document's fonts with it. The result is the same for the same input, on any
//! number of cores.

use std::collections::BTreeSet;

use printpdf::{
    FontId, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    TextItem,
};

use super::layout;

/// The resource names of the body and heading faces; also the subset tags of their
/// fonts ("FAROLA+WenQuanYiMicroHei").
pub(crate) const REGULAR: &str = "FAROLA";
pub(crate) const BOLD: &str = "FAROLB";

/// Below this many pages a report is written as one document. The cut depends on the
/// pages alone, never on the machine's cores: a report must come out byte for byte the
/// same wherever it is made (`farol verify REPORT.pdf` writes it again and compares).
const SPLIT_FROM: usize = 8;

/// The PDF objects of `pages`, with `faces` (resource name, font) embedded as subsets;
/// printpdf's warnings are added to `warnings`.
pub(crate) fn to_lopdf(
    title: &str,
    pages: Vec<Vec<Op>>,
    faces: &[(&str, &ParsedFont)],
    warnings: &mut Vec<String>,
) -> lopdf::Document {
    if pages.len() < SPLIT_FROM {
        let (doc, w) = one(title, pages, faces);
        warnings.extend(w);
        return doc;
    }
    let carrier = carrier(&pages, faces);
    let mut first = pages;
    let mut second = first.split_off(balance(&first));
    first.insert(0, carrier.clone());
    second.insert(0, carrier);
    let ((mut doc, w1), (other, w2)) = std::thread::scope(|s| {
        let other = s.spawn(|| one(title, second, faces));
        let doc = one(title, first, faces);
        let other = other
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (doc, other)
    });
    warnings.extend(w1);
    warnings.extend(w2);
    append(&mut doc, other);
    doc
}

/// A page that shows, in each face, every character the pages show in it.
fn carrier(pages: &[Vec<Op>], faces: &[(&str, &ParsedFont)]) -> Vec<Op> {
    let mut used: Vec<Chars> = faces.iter().map(|_| Chars::default()).collect();
    for page in pages {
        let mut current = None;
        for op in page {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => current = faces.iter().position(|(name, _)| *name == id.0),
                Op::ShowText { items } => {
                    let Some(i) = current else { continue };
                    for item in items {
                        if let TextItem::Text(t) = item {
                            t.chars().for_each(|c| used[i].add(c));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut ops = vec![Op::StartTextSection];
    for ((name, _), chars) in faces.iter().zip(used) {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(name.to_string())),
            size: Pt(10.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(chars.into_string())],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A set of characters: a bitmap for the first plane (nearly all text), a tree beyond.
struct Chars {
    bmp: Vec<u64>,
    rest: BTreeSet<char>,
}

impl Default for Chars {
    fn default() -> Self {
        Chars {
            bmp: vec![0; 0x10000 / 64],
            rest: BTreeSet::new(),
        }
    }
}

impl Chars {
    fn add(&mut self, c: char) {
        let u = c as usize;
        match self.bmp.get_mut(u / 64) {
            Some(w) => *w |= 1 << (u % 64),
            None => {
                self.rest.insert(c);
            }
        }
    }

    fn into_string(self) -> String {
        let first = self.bmp.iter().enumerate().flat_map(|(i, w)| {
            (0..64)
                .filter(move |b| w & (1 << b) != 0)
                .filter_map(move |b| char::from_u32((i * 64 + b) as u32))
        });
        first.chain(self.rest).collect()
    }
}

/// Where to cut so that both runs hold about as many operations.
fn balance(pages: &[Vec<Op>]) -> usize {
    let total: usize = pages.iter().map(Vec::len).sum();
    let mut seen = 0;
    for (i, p) in pages.iter().enumerate() {
        seen += p.len();
        if seen * 2 >= total {
            return (i + 1).clamp(1, pages.len() - 1);
        }
    }
    pages.len() / 2
}

/// One document of `pages`.
fn one(
    title: &str,
    pages: Vec<Vec<Op>>,
    faces: &[(&str, &ParsedFont)],
) -> (lopdf::Document, Vec<String>) {
    let mut pdf = PdfDocument::new(title);
    for (name, font) in faces {
        pdf.resources
            .fonts
            .map
            .insert(FontId(name.to_string()), PdfFont::new((*font).clone()));
    }
    let pdf_pages: Vec<PdfPage> = pages
        .into_iter()
        .map(|ops| {
            PdfPage::new(
                printpdf::Mm(layout::PAGE_W),
                printpdf::Mm(layout::PAGE_H),
                ops,
            )
        })
        .collect();
    let mut warnings = Vec::new();
    // printpdf compresses (through lopdf) at zlib's best level, which costs more than the
    // whole rest of the report; the streams are compressed afterwards, at the fastest.
    let opts = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let doc = pdf
        .with_pages(pdf_pages)
        .to_lopdf_document(&opts, &mut warnings);
    (doc, warnings.iter().map(|w| format!("{w:?}")).collect())
}

/// Drops the carrier page of `doc` and `other`, and hangs `other`'s pages after `doc`'s,
/// with `doc`'s fonts.
fn append(doc: &mut lopdf::Document, mut other: lopdf::Document) {
    use lopdf::Object;
    other.renumber_objects_with(doc.max_id + 1);
    let (Some(root), Some(fonts)) = (pages_root(doc), fonts_of(doc)) else {
        return;
    };
    let mut moved: Vec<lopdf::ObjectId> = other.get_pages().into_values().collect();
    if !moved.is_empty() {
        moved.remove(0);
    }
    doc.max_id = doc.max_id.max(other.max_id);
    doc.objects.append(&mut other.objects);
    for id in &moved {
        let resources = match doc.get_dictionary_mut(*id) {
            Ok(page) => {
                page.set("Parent", Object::Reference(root));
                page.get(b"Resources").and_then(Object::as_reference).ok()
            }
            Err(_) => None,
        };
        if let Some(r) = resources
            && let Ok(res) = doc.get_dictionary_mut(r)
        {
            res.set("Font", fonts.clone());
        }
    }
    if let Ok(tree) = doc.get_dictionary_mut(root)
        && let Ok(Object::Array(kids)) = tree.get_mut(b"Kids")
    {
        if !kids.is_empty() {
            kids.remove(0);
        }
        kids.extend(moved.iter().map(|id| Object::Reference(*id)));
        let n = kids.len() as i64;
        tree.set("Count", n);
    }
    // The carrier pages, and the second document's catalog, page tree, information and
    // fonts, are reached from nothing now.
    doc.prune_objects();
}

/// The font resources of the first page (every page shares them).
fn fonts_of(doc: &lopdf::Document) -> Option<lopdf::Object> {
    let first = *doc.get_pages().values().next()?;
    let page = doc.get_dictionary(first).ok()?;
    let res = doc
        .get_dictionary(page.get(b"Resources").ok()?.as_reference().ok()?)
        .ok()?;
    res.get(b"Font").ok().cloned()
}

fn pages_root(doc: &lopdf::Document) -> Option<lopdf::ObjectId> {
    doc.catalog().ok()?.get(b"Pages").ok()?.as_reference().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cut_balances_the_work() {
        let page = |n: usize| vec![Op::SaveGraphicsState; n];
        assert_eq!(balance(&[page(10), page(10), page(10), page(10)]), 2);
        assert_eq!(balance(&[page(100), page(1), page(1), page(1)]), 1);
        assert_eq!(balance(&[page(1), page(1), page(1), page(100)]), 3);
    }
}
