//! The files a Farol PDF carries, written and read back: the signed record it shows
//! (`/AFRelationship /Source`) and the signed reviews it shows beside it (`/Supplement`).
//! Every one is an associated file of the document (`/AF`, as PDF/A-3 requires) and listed
//! in the `/EmbeddedFiles` name tree, under its own file name, so that a reader's
//! attachment list (`qpdf --list-attachments`, a viewer's paper clip) shows the dossier's
//! names.

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::archive::{Relationship, read_text, text_string};

/// The `/EmbeddedFiles` name tree and the `/AF` array for the file specifications given
/// (with their file names), in the order given. A name tree's keys must be sorted and
/// unique: a name met twice (an old-style `0001.ron` revision beside a `0001.ron` review)
/// is listed as `0001.ron (2)`. None: nothing to list.
pub(super) fn name_tree(specs: &[(ObjectId, String)]) -> Option<(Dictionary, Vec<Object>)> {
    if specs.is_empty() {
        return None;
    }
    let mut keyed: Vec<(String, ObjectId)> = Vec::with_capacity(specs.len());
    for (spec, name) in specs {
        let mut key = name.clone();
        let mut n = 1;
        while keyed.iter().any(|(k, _)| *k == key) {
            n += 1;
            key = format!("{name} ({n})");
        }
        keyed.push((key, *spec));
    }
    keyed.sort_by_key(|(k, _)| text_key(k));
    let names: Vec<Object> = keyed
        .iter()
        .flat_map(|(k, spec)| [text_string(k), Object::Reference(*spec)])
        .collect();
    let af = specs.iter().map(|(s, _)| Object::Reference(*s)).collect();
    Some((
        Dictionary::from_iter(vec![("Names", Object::Array(names))]),
        af,
    ))
}

/// A key's bytes as the PDF holds them: name trees sort by those.
fn text_key(k: &str) -> Vec<u8> {
    match text_string(k) {
        Object::String(b, _) => b,
        _ => k.as_bytes().to_vec(),
    }
}

/// The files the PDF associates with itself in `relationship`, in the document's order:
/// each one's name and bytes. A specification that cannot be read is skipped: what is
/// missing shows when the caller compares with what the PDF says it shows.
pub fn files(doc: &Document, relationship: Relationship) -> Vec<(String, Vec<u8>)> {
    let Some(af) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AF").ok())
        .and_then(|a| a.as_array().ok())
    else {
        return Vec::new();
    };
    af.iter()
        .filter_map(|spec| {
            let spec = spec
                .as_reference()
                .and_then(|r| doc.get_dictionary(r))
                .or_else(|_| spec.as_dict())
                .ok()?;
            let related = spec
                .get(b"AFRelationship")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == relationship.name());
            if !related {
                return None;
            }
            let name = spec
                .get(b"UF")
                .or_else(|_| spec.get(b"F"))
                .ok()
                .and_then(read_text)?;
            let ef = spec.get(b"EF").and_then(Object::as_dict).ok()?;
            let file = ef
                .get(b"F")
                .or_else(|_| ef.get(b"UF"))
                .and_then(Object::as_reference)
                .ok()?;
            let stream = doc.get_object(file).ok()?.as_stream().ok()?;
            let bytes = if stream.dict.get(b"Filter").is_ok() {
                stream.decompressed_content().ok()?
            } else {
                stream.content.clone()
            };
            Some((name, bytes))
        })
        .collect()
}
