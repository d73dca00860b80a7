//! The report as a tagged PDF, for screen readers: what pdfinfo and qpdf say of it, its
//! headings in the structure tree in the order of the sections, every piece of marked
//! content tied to an element (walked with lopdf), figures with a text alternative in the
//! report's language, and the second part of a bilingual report in its own language.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use farol::i18n::Lang;
use farol::questionnaire::load;
use farol::report::{self, Rendered, ReportInput};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use serde_json::Value;

fn demo(render: impl FnOnce(ReportInput) -> Rendered) -> Rendered {
    let loaded = load::embedded_default();
    let draft = farol::demo::draft(&loaded);
    render(ReportInput::from_draft(&draft, &loaded))
}

/// Runs `name args PDF tail`.
fn tool(pdf: &[u8], name: &str, args: &[&str], tail: &[&str]) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new(name)
        .args(args)
        .arg(&path)
        .args(tail)
        .output()
        .unwrap_or_else(|e| panic!("{name} is installed: {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// A structure element as qpdf shows it: its type, the page (from 1) of its first
/// marked content, its text alternative and language.
#[derive(Debug)]
struct Elem {
    role: String,
    page: Option<u64>,
    alt: Option<String>,
    lang: Option<String>,
}

/// The structure tree from `qpdf --json`, its elements in reading order.
fn structure(pdf: &[u8]) -> Vec<Elem> {
    let (ok, json) = tool(pdf, "qpdf", &["--json"], &[]);
    assert!(ok, "{json}");
    let j: Value = serde_json::from_str(&json).unwrap();
    let objects = &j["qpdf"][1];
    let get = |r: &Value| -> Value {
        match r.as_str() {
            Some(s) if s.ends_with(" R") => objects[format!("obj:{s}")]["value"].clone(),
            _ => r.clone(),
        }
    };
    let page_no: BTreeMap<String, u64> = j["pages"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, p)| (p["object"].as_str().unwrap().to_string(), i as u64 + 1))
        .collect();
    let root = get(&objects["trailer"]["value"]["/Root"]);
    assert_eq!(root["/MarkInfo"]["/Marked"], Value::Bool(true));
    assert_eq!(
        root["/ViewerPreferences"]["/DisplayDocTitle"],
        Value::Bool(true)
    );
    let tree = get(&root["/StructTreeRoot"]);
    assert_eq!(tree["/Type"], "/StructTreeRoot");
    let text = |v: &Value| {
        v.as_str()
            .map(|s| s.strip_prefix("u:").unwrap_or(s).to_string())
    };
    let mut out = Vec::new();
    let mut todo = vec![tree["/K"].clone()];
    while let Some(k) = todo.pop() {
        if let Some(list) = k.as_array() {
            todo.extend(list.iter().rev().cloned());
            continue;
        }
        let e = get(&k);
        if !e["/S"].is_string() {
            continue;
        }
        out.push(Elem {
            role: e["/S"]
                .as_str()
                .unwrap()
                .trim_start_matches('/')
                .to_string(),
            page: e["/Pg"].as_str().map(|p| page_no[p]),
            alt: text(&e["/Alt"]),
            lang: text(&e["/Lang"]),
        });
        todo.push(e["/K"].clone());
    }
    out
}

/// The outline's entries of one level (the sections), as (title, page from 1).
fn sections(pdf: &[u8]) -> Vec<(String, u64)> {
    let (_, json) = tool(pdf, "qpdf", &["--json"], &[]);
    let j: Value = serde_json::from_str(&json).unwrap();
    let mut out = Vec::new();
    let mut todo: Vec<Value> = j["outlines"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .cloned()
        .collect();
    while let Some(o) = todo.pop() {
        let kids = o["kids"].as_array().unwrap();
        if kids.is_empty() {
            let title = o["title"].as_str().unwrap().to_string();
            out.push((title, o["destpageposfrom1"].as_u64().unwrap()));
        }
        todo.extend(kids.iter().rev().cloned());
    }
    out
}

fn check_tagged(r: &Rendered) -> Vec<Elem> {
    let (ok, check) = tool(&r.pdf, "qpdf", &["--check"], &[]);
    assert!(ok && !check.to_lowercase().contains("warning"), "{check}");
    let (_, info) = tool(&r.pdf, "pdfinfo", &[], &[]);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let elems = structure(&r.pdf);
    // A heading per section, on the section's page, in the order of the outline.
    let h1: Vec<u64> = elems
        .iter()
        .filter(|e| e.role == "H1")
        .map(|e| e.page.expect("a heading has content"))
        .collect();
    let marks: Vec<u64> = sections(&r.pdf).into_iter().map(|(_, p)| p).collect();
    assert!(marks.len() >= 8, "{marks:?}");
    assert_eq!(h1, marks, "the H1 headings are the outline's sections");
    for role in ["H2", "P", "L", "LI", "Table", "TR", "TH", "TD", "Figure"] {
        assert!(elems.iter().any(|e| e.role == role), "no {role}");
    }
    marked_content_has_parents(&r.pdf);
    elems
}

/// Every marked-content sequence is an artifact or has an MCID whose parent (through the
/// parent tree) is the element that lists it; every painting operator is in one; none
/// crosses a text object; every MCID an element lists is in a page's content.
fn marked_content_has_parents(pdf: &[u8]) {
    let doc = Document::load_mem(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let tree = deref_dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let nums = deref_dict(&doc, tree.get(b"ParentTree").unwrap())
        .get(b"Nums")
        .unwrap()
        .as_array()
        .unwrap();
    let parent_tree: BTreeMap<i64, &Vec<Object>> = nums
        .chunks(2)
        .map(|p| (p[0].as_i64().unwrap(), p[1].as_array().unwrap()))
        .collect();
    let mut seen = 0;
    for (n, page_id) in doc.get_pages() {
        let page = doc.get_dictionary(page_id).unwrap();
        assert_eq!(page.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
        let content = Content::decode(&doc.get_page_content(page_id)).unwrap();
        let mut open: Vec<Option<i64>> = Vec::new();
        let mut text_at: Option<usize> = None;
        let mut mcids = BTreeSet::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" => {
                    let tag = op.operands[0].as_name().unwrap();
                    let props = op.operands[1].as_dict().unwrap();
                    if tag == b"Artifact" {
                        open.push(None);
                        continue;
                    }
                    let mcid = props.get(b"MCID").unwrap().as_i64().unwrap();
                    assert!(mcids.insert(mcid), "page {n}: MCID {mcid} twice");
                    open.push(Some(mcid));
                }
                "BMC" => {
                    assert_eq!(op.operands[0].as_name().unwrap(), b"Artifact");
                    open.push(None);
                }
                "EMC" => {
                    assert!(open.pop().is_some(), "page {n}: EMC without BDC");
                }
                "BT" => text_at = Some(open.len()),
                "ET" => {
                    assert_eq!(text_at, Some(open.len()), "page {n}: crosses ET");
                    text_at = None;
                }
                "Tj" | "TJ" | "f" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" | "re" | "Do" => {
                    assert!(!open.is_empty(), "page {n}: {} unmarked", op.operator);
                }
                _ => {}
            }
        }
        assert!(open.is_empty(), "page {n}: marked content left open");
        if mcids.is_empty() {
            continue;
        }
        let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
        let parents = parent_tree[&key];
        for &mcid in &mcids {
            let parent_id = parents[mcid as usize].as_reference().unwrap();
            let parent = doc.get_dictionary(parent_id).unwrap();
            assert!(
                lists(parent, mcid, page_id),
                "page {n}: MCID {mcid}'s parent does not list it"
            );
        }
        assert_eq!(parents.len(), mcids.len(), "page {n}");
        seen += mcids.len();
    }
    let listed: usize = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.has(b"S") && d.has(b"P"))
        .map(|d| match d.get(b"K") {
            Ok(Object::Array(k)) => k
                .iter()
                .filter(|k| matches!(k, Object::Integer(_) | Object::Dictionary(_)))
                .count(),
            Ok(Object::Integer(_) | Object::Dictionary(_)) => 1,
            _ => 0,
        })
        .sum();
    assert_eq!(seen, listed, "every MCID listed by an element is drawn");
    assert!(seen > 100, "{seen}");
}

fn deref_dict<'a>(doc: &'a Document, o: &'a Object) -> &'a Dictionary {
    doc.dereference(o).unwrap().1.as_dict().unwrap()
}

/// Whether a structure element lists `mcid` on `page`.
fn lists(elem: &Dictionary, mcid: i64, page: ObjectId) -> bool {
    let pg = elem.get(b"Pg").and_then(Object::as_reference).ok();
    let kids = match elem.get(b"K") {
        Ok(Object::Array(kids)) => kids.as_slice(),
        Ok(k) => std::slice::from_ref(k),
        Err(_) => return false,
    };
    kids.iter().any(|k| match k {
        Object::Integer(m) => *m == mcid && pg == Some(page),
        Object::Dictionary(d) => {
            d.get(b"MCID").and_then(Object::as_i64).ok() == Some(mcid)
                && d.get(b"Pg").and_then(Object::as_reference).ok() == Some(page)
        }
        _ => false,
    })
}

#[test]
fn the_english_report_is_tagged_with_its_sections_in_order() {
    let r = demo(|i| report::render(&i));
    let elems = check_tagged(&r);
    assert_eq!(elems[0].role, "Document");
    let figures: Vec<&str> = elems
        .iter()
        .filter(|e| e.role == "Figure")
        .map(|e| e.alt.as_deref().expect("a figure has a text alternative"))
        .collect();
    assert_eq!(figures.len(), 2, "{figures:?}");
    assert!(figures[0].starts_with("Diagram of where the data goes"));
    assert!(figures[1].starts_with("Risk matrix"), "{}", figures[1]);
    assert!(elems.iter().all(|e| e.lang.is_none()));
}

#[test]
fn a_chinese_report_describes_its_figures_in_chinese() {
    let r = demo(|i| report::render(&i.in_lang(Lang::ZhHant)));
    let elems = check_tagged(&r);
    let alt: Vec<&str> = elems.iter().filter_map(|e| e.alt.as_deref()).collect();
    assert!(alt.iter().any(|a| a.starts_with("風險矩陣")), "{alt:?}");
}

#[test]
fn a_bilingual_report_has_a_part_per_language_the_second_marked_portuguese() {
    let r = demo(|i| report::render_bilingual(&i));
    let elems = check_tagged(&r);
    let parts: Vec<Option<&str>> = elems
        .iter()
        .filter(|e| e.role == "Part")
        .map(|e| e.lang.as_deref())
        .collect();
    assert_eq!(parts, [None, Some("pt")]);
}

#[test]
fn the_text_reads_in_the_order_of_the_headings() {
    let r = demo(|i| report::render(&i));
    let (_, text) = tool(&r.pdf, "pdftotext", &[], &["-"]);
    let mut at = 0;
    for (title, _) in sections(&r.pdf) {
        let found = text[at..].find(&title).map(|i| at + i);
        at = found.unwrap_or_else(|| panic!("{title} after byte {at}"));
    }
}
