//! The report's logical structure, for screen readers and reflow (a tagged PDF): while
//! the layout draws, [`Tree`] records which structure element (heading, paragraph, list
//! item, table cell, figure) each piece of content belongs to, and every such piece is
//! wrapped in a marked-content sequence with an MCID numbered per page; what is not
//! content (page headers and footers, rules, backgrounds, a table's header repeated on
//! the page it continues on) is wrapped as `/Artifact` instead. [`write`] then adds, with
//! lopdf, what makes the file tagged: the structure tree, the parent tree mapping every
//! MCID back to its element, `/StructParents` and `/Tabs /S` on the pages, and
//! `/MarkInfo` and `/ViewerPreferences` in the catalog.
//!
//! Marked-content sequences never cross a text object: those of text begin and end
//! inside one, those of shapes outside any, so the text objects begin and end where they
//! would untagged and every glyph stays exactly where it was.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object, ObjectId};
use printpdf::{DictItem, Op};

use super::archive::text_string;

/// The standard structure types the report uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    /// One language's part of a bilingual report.
    Part,
    /// A section's title.
    H1,
    /// A sub-section's title.
    H2,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Part => "Part",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
        }
    }

    /// Holds text itself, rather than other elements that do.
    fn holds_content(self) -> bool {
        matches!(
            self,
            Role::H1
                | Role::H2
                | Role::P
                | Role::Lbl
                | Role::LBody
                | Role::TH
                | Role::TD
                | Role::Figure
        )
    }
}

/// What an element holds, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    Elem(usize),
    /// A marked-content sequence: the page (from 0) and its MCID there.
    Mc {
        page: usize,
        mcid: u32,
    },
}

#[derive(Debug, Clone)]
pub struct Elem {
    pub role: Role,
    /// None for the document element.
    pub parent: Option<usize>,
    pub kids: Vec<Kid>,
    /// A figure's text alternative.
    pub alt: Option<String>,
    /// The language of the element, where it differs from the document's.
    pub lang: Option<String>,
}

/// The marked-content sequence open on a page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Open {
    #[default]
    None,
    Artifact,
    Elem(usize),
}

/// A page's marked content so far: the open sequence and the next MCID.
#[derive(Debug, Clone, Copy, Default)]
pub struct PageMarks {
    pub open: Open,
    /// The open sequence began inside the text object still open (text is marked inside
    /// text objects, shapes outside them, so that no sequence crosses one).
    pub inside: bool,
    next: u32,
}

/// The structure being recorded: the elements (the document's is the first), the ones
/// open, innermost last, and whether what is drawn now is an artifact.
#[derive(Debug, Clone)]
pub struct Tree {
    pub elems: Vec<Elem>,
    stack: Vec<usize>,
    artifact: u32,
}

impl Default for Tree {
    fn default() -> Self {
        Tree {
            elems: vec![Elem {
                role: Role::Document,
                parent: None,
                kids: Vec::new(),
                alt: None,
                lang: None,
            }],
            stack: vec![0],
            artifact: 0,
        }
    }
}

impl Tree {
    fn top(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn add(&mut self, role: Role, alt: Option<String>, lang: Option<String>) -> usize {
        let parent = self.top();
        let id = self.elems.len();
        self.elems.push(Elem {
            role,
            parent: Some(parent),
            kids: Vec::new(),
            alt,
            lang,
        });
        self.elems[parent].kids.push(Kid::Elem(id));
        id
    }

    /// Opens a new element inside the innermost open one; what is drawn until [`end`]
    /// belongs to it.
    ///
    /// [`end`]: Tree::end
    pub fn begin(&mut self, role: Role) -> usize {
        self.begin_with(role, None, None)
    }

    pub fn begin_with(&mut self, role: Role, alt: Option<String>, lang: Option<String>) -> usize {
        let id = self.add(role, alt, lang);
        self.stack.push(id);
        id
    }

    /// A new element inside the innermost open one, not opened (a table cell, filled in
    /// later with [`enter`](Tree::enter)).
    pub fn child(&mut self, role: Role) -> usize {
        self.add(role, None, None)
    }

    /// Opens an element again, to draw more of it (a table cell continued on the next page).
    pub fn enter(&mut self, id: usize) {
        self.stack.push(id);
    }

    /// Closes the innermost open element (never the document's).
    pub fn end(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// Opens a list item and its label: in the list just before it, if nothing came
    /// between, else in a new list. Then [`list_body`](Tree::list_body) and
    /// [`list_end`](Tree::list_end).
    pub fn list_item(&mut self) {
        let top = self.top();
        match self.elems[top].kids.last() {
            Some(&Kid::Elem(l)) if self.elems[l].role == Role::L => self.enter(l),
            _ => {
                self.begin(Role::L);
            }
        }
        self.begin(Role::LI);
        self.begin(Role::Lbl);
    }

    /// Closes a list item's label and opens its body.
    pub fn list_body(&mut self) {
        self.end();
        self.begin(Role::LBody);
    }

    /// Closes a list item's body, the item and the list.
    pub fn list_end(&mut self) {
        for _ in 0..3 {
            self.end();
        }
    }

    /// What is drawn until [`artifact_end`](Tree::artifact_end) is not content.
    pub fn artifact_begin(&mut self) {
        self.artifact += 1;
    }

    pub fn artifact_end(&mut self) {
        self.artifact = self.artifact.saturating_sub(1);
    }

    /// Whether text drawn now goes into the open element (else each line drawn becomes a
    /// paragraph of its own).
    pub fn in_content(&self) -> bool {
        self.elems[self.top()].role.holds_content()
    }

    /// Forgets an element's content (a subheading taken off a page to be drawn again).
    pub(super) fn clear(&mut self, id: usize) {
        self.elems[id].kids.clear();
    }

    /// The sequence that text (or, if not `text`, a shape) drawn now belongs to. Shapes are
    /// artifacts except in a figure; text outside any element that holds content makes a
    /// paragraph of its own.
    pub(super) fn want(&mut self, text: bool) -> Open {
        if self.artifact > 0 {
            return Open::Artifact;
        }
        let top = self.top();
        let role = self.elems[top].role;
        if role == Role::Figure || (text && role.holds_content()) {
            Open::Elem(top)
        } else if text {
            Open::Elem(self.add(Role::P, None, None))
        } else {
            Open::Artifact
        }
    }

    /// Ends the sequence open on a page, if any.
    pub(super) fn close(marks: &mut PageMarks, ops: &mut Vec<Op>) {
        if marks.open != Open::None {
            ops.push(Op::EndMarkedContent);
            marks.open = Open::None;
        }
    }

    /// Begins `want` on a page (after [`close`](Tree::close)), numbering it; `inside`: in
    /// a text object, to be ended before it.
    pub(super) fn open(
        &mut self,
        marks: &mut PageMarks,
        ops: &mut Vec<Op>,
        (page, want, inside): (usize, Open, bool),
    ) {
        match want {
            Open::None => {}
            Open::Artifact => ops.push(Op::BeginMarkedContent {
                tag: "Artifact".into(),
            }),
            Open::Elem(e) => {
                let mcid = marks.next;
                marks.next += 1;
                self.elems[e].kids.push(Kid::Mc { page, mcid });
                let map = BTreeMap::from([("MCID".to_string(), DictItem::Int(mcid.into()))]);
                ops.push(Op::BeginMarkedContentWithProperties {
                    tag: self.elems[e].role.name().into(),
                    properties: DictItem::Dict { map },
                });
            }
        }
        marks.open = want;
        marks.inside = inside;
    }
}

/// Which elements are written: those with content, and table cells even when empty (a
/// table's grid needs them).
fn kept(tree: &Tree) -> Vec<bool> {
    let mut keep = vec![false; tree.elems.len()];
    // Children come after their parents: one pass from the end settles every element.
    for i in (0..tree.elems.len()).rev() {
        let e = &tree.elems[i];
        keep[i] = matches!(e.role, Role::TH | Role::TD | Role::Document)
            || e.kids.iter().any(|k| match k {
                Kid::Mc { .. } => true,
                Kid::Elem(c) => keep[*c],
            });
    }
    keep
}

/// Makes the document a tagged PDF with `tree` as its structure: `tree`'s pages are the
/// document's, in order.
pub fn write(doc: &mut Document, tree: &Tree) {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let keep = kept(tree);
    let ids: Vec<Option<ObjectId>> = keep
        .iter()
        .map(|&k| k.then(|| doc.new_object_id()))
        .collect();
    let root = doc.new_object_id();
    // For each page, the element of each MCID.
    let mut parents: Vec<Vec<Object>> = vec![Vec::new(); pages.len()];

    for (i, e) in tree.elems.iter().enumerate() {
        let Some(id) = ids[i] else { continue };
        let first_page = e.kids.iter().find_map(|k| match k {
            Kid::Mc { page, .. } => Some(*page),
            Kid::Elem(_) => None,
        });
        // No /Type (optional): a report has thousands of elements, and every byte of them
        // is written and hashed.
        let mut d = Dictionary::new();
        d.set("S", Object::Name(e.role.name().as_bytes().to_vec()));
        d.set("P", e.parent.and_then(|p| ids[p]).unwrap_or(root));
        if let Some(pg) = first_page.and_then(|p| pages.get(p)) {
            d.set("Pg", *pg);
        }
        let mut kids = Vec::with_capacity(e.kids.len());
        for k in &e.kids {
            match *k {
                Kid::Elem(c) => {
                    if let Some(c) = ids[c] {
                        kids.push(Object::Reference(c));
                    }
                }
                Kid::Mc { page, mcid } => {
                    let Some(&pg) = pages.get(page) else { continue };
                    let slot = &mut parents[page];
                    if slot.len() <= mcid as usize {
                        slot.resize(mcid as usize + 1, Object::Null);
                    }
                    slot[mcid as usize] = Object::Reference(id);
                    if Some(page) == first_page {
                        kids.push(Object::Integer(mcid.into()));
                    } else {
                        kids.push(Object::Dictionary(Dictionary::from_iter(vec![
                            ("Type", Object::Name(b"MCR".to_vec())),
                            ("Pg", Object::Reference(pg)),
                            ("MCID", Object::Integer(mcid.into())),
                        ])));
                    }
                }
            }
        }
        match kids.len() {
            0 => {}
            1 => d.set("K", kids.swap_remove(0)),
            _ => d.set("K", kids),
        }
        if let Some(alt) = &e.alt {
            d.set("Alt", text_string(alt));
        }
        if let Some(lang) = &e.lang {
            d.set("Lang", text_string(lang));
        }
        if e.role == Role::TH {
            d.set(
                "A",
                Dictionary::from_iter(vec![
                    ("O", Object::Name(b"Table".to_vec())),
                    ("Scope", Object::Name(b"Column".to_vec())),
                ]),
            );
        }
        doc.objects.insert(id, Object::Dictionary(d));
    }

    let mut nums = Vec::new();
    for (i, (page, elems)) in pages.iter().zip(parents).enumerate() {
        let Ok(Object::Dictionary(d)) = doc.get_object_mut(*page) else {
            continue;
        };
        d.set("Tabs", Object::Name(b"S".to_vec()));
        if elems.is_empty() {
            continue;
        }
        d.set("StructParents", i as i64);
        nums.push(Object::Integer(i as i64));
        nums.push(Object::Array(elems));
    }
    let parent_tree = doc.add_object(Dictionary::from_iter(vec![("Nums", Object::Array(nums))]));
    let mut root_dict = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"StructTreeRoot".to_vec())),
        ("ParentTree", Object::Reference(parent_tree)),
        ("ParentTreeNextKey", Object::Integer(pages.len() as i64)),
    ]);
    if let Some(document) = ids[0] {
        root_dict.set("K", document);
    }
    doc.objects.insert(root, Object::Dictionary(root_dict));

    let Ok(catalog) = doc.catalog_mut() else {
        return;
    };
    catalog.set("StructTreeRoot", root);
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter(vec![("Marked", Object::Boolean(true))]),
    );
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
}
