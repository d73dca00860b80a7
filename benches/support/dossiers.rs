//! Generated dossiers for the sign and list benchmarks: every record, head and index is a
//! genuine signed file (the same sealing `farol sign` uses), written directly so that a
//! 10,000-revision chain takes seconds, not the hours signing it one by one would.
//!
//! - `chain`: one assessment (`chain`) whose draft answers a handful of questions, signed
//!   `n` times (revisions, heads), with one dossier index naming the newest head;
//! - `many`: `n` assessments, each the demo draft under its own id and title, signed once,
//!   with one dossier index naming every head.
//!
//! The key is trusted by the dossier and kept in `<dir>/keys` (no passphrase).

#![allow(dead_code)]

use std::path::Path;

use chrono::{DateTime, Duration, TimeZone, Utc};
use farol::assessment::{Draft, SignedRef};
use farol::dossier::{Dossier, serialize_draft};
use farol::keys::{LoadedKey, Role};
use farol::questionnaire::{Loaded, load};
use farol::record::{
    self, Head, HeadSummary, Index, IndexEntry, Named, Signer, build_body, seal, seal_head,
    seal_index, serialize_body,
};

/// Heads carry signed summaries, unless `FAROL_GEN_NO_SUMMARY` is set (a dossier as Farol
/// wrote it before summaries, to measure the slow path).
fn summaries() -> bool {
    std::env::var_os("FAROL_GEN_NO_SUMMARY").is_none()
}

fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).single().unwrap()
}

/// A key in `<root>/keys` that the dossier trusts as an assessor's.
pub fn key(root: &Path) -> LoadedKey {
    let dir = root.join("keys");
    let info = farol::keys::new_key(&dir, "Ana Lei", Role::Assessor, start()).unwrap();
    farol::keys::trust(root, Some(&dir), &info.id, None, None, start()).unwrap();
    farol::keys::load_signing_key(&dir, Some(&info.id)).unwrap()
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Signs `draft` `n` times in a row (revisions and heads `1..=n`); returns the newest
/// head as an index entry. The draft is saved naming the newest revision.
fn sign_times(
    root: &Path,
    draft: &mut Draft,
    loaded: &Loaded,
    key: &LoadedKey,
    n: u32,
) -> IndexEntry {
    let dir = root.join("assessments").join(&draft.id);
    let mut previous: Option<String> = None;
    let mut previous_head: Option<String> = None;
    let mut head_named = None;
    for k in 1..=n {
        let at = start() + Duration::minutes(i64::from(k));
        let signer = Signer::of(key, at);
        let body = build_body(draft, loaded, k, previous.clone(), signer.clone(), "en");
        let bytes = seal(&serialize_body(&body), key);
        let sha = record::sha256_hex(&bytes);
        write(
            &dir.join("revisions").join(record::signed_name(k, &bytes)),
            &bytes,
        );
        let head = Head {
            format: record::HEAD_FORMAT,
            assessment: draft.id.clone(),
            number: k,
            previous: previous_head.clone(),
            merges: vec![],
            forks: vec![],
            revision: Some(Named {
                number: k,
                sha256: sha.clone(),
            }),
            reviews: vec![],
            signer,
            summary: summaries().then(|| HeadSummary::of_revision(&body, None)),
        };
        let hb = seal_head(&head, key);
        let hsha = record::sha256_hex(&hb);
        write(
            &record::heads_dir(&dir).join(record::signed_name(k, &hb)),
            &hb,
        );
        previous = Some(sha.clone());
        previous_head = Some(hsha.clone());
        head_named = Some(Named {
            number: k,
            sha256: hsha,
        });
        draft.signed = Some(SignedRef {
            revision: k,
            sha256: sha,
        });
    }
    write(&dir.join("draft.ron"), serialize_draft(draft).as_bytes());
    IndexEntry {
        assessment: draft.id.clone(),
        head: head_named.expect("n >= 1"),
    }
}

fn index(root: &Path, key: &LoadedKey, assessments: Vec<IndexEntry>) {
    let index = Index {
        format: record::HEAD_FORMAT,
        number: 1,
        previous: None,
        merges: vec![],
        base: None,
        assessments,
        signer: Signer::of(key, start() + Duration::days(400)),
    };
    let dir = record::index_dir(root).join(&key.info.fingerprint[..16]);
    let bytes = seal_index(&index, key);
    write(&dir.join(record::signed_name(1, &bytes)), &bytes);
}

/// One assessment, `chain`, signed `n` times.
pub fn chain(root: &Path, n: u32) -> LoadedKey {
    let loaded = load::embedded_default();
    Dossier::open(root).keep_questionnaire(&loaded).unwrap();
    let key = key(root);
    let mut draft = farol::demo::draft(&loaded);
    draft.id = "chain".into();
    draft.answers = draft.answers.into_iter().take(6).collect();
    draft.plan.clear();
    let e = sign_times(root, &mut draft, &loaded, &key, n);
    index(root, &key, vec![e]);
    key
}

/// `n` assessments, each the demo draft signed once.
pub fn many(root: &Path, n: u32) -> LoadedKey {
    let loaded = load::embedded_default();
    Dossier::open(root).keep_questionnaire(&loaded).unwrap();
    let key = key(root);
    let demo = farol::demo::draft(&loaded);
    let mut entries = Vec::new();
    for i in 1..=n {
        let mut d = demo.clone();
        d.id = format!("a{i:05}");
        d.title = format!("{} #{i}", demo.title);
        entries.push(sign_times(root, &mut d, &loaded, &key, 1));
    }
    index(root, &key, entries);
    key
}
