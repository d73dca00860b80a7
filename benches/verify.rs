//! Verifying a whole dossier of 1,000 signed revisions (100 assessments × 10 revisions of
//! the demo, each revision with different answers): the PRODUCT.md target is ≤ 1 s.
//! Run with `cargo bench --bench verify`.

use std::hint::black_box;
use std::path::Path;

use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use sha2::{Digest, Sha256};

use farol::answer::Answer;
use farol::dossier::Dossier;
use farol::keys::{self, Role};
use farol::questionnaire::{AnswerKind, load};
use farol::record::{self, Signer};

const ASSESSMENTS: usize = 100;
const REVISIONS: u32 = 10;

/// Writes the dossier directly (signing through `record::sign` would re-verify the chain
/// before each revision, which is right for users but slow for building 1,000 of them).
fn build(root: &Path, keys_dir: &Path) {
    let t0 = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).single().unwrap();
    let info = keys::new_key(keys_dir, "Ana Lei", Role::Assessor, t0).unwrap();
    keys::trust(root, Some(keys_dir), &info.id, None, None, t0).unwrap();
    let key = keys::load_signing_key(keys_dir, None).unwrap();
    let loaded = load::embedded_default();
    let yes_no: Vec<String> = loaded
        .questionnaire
        .questions()
        .filter(|(_, q)| matches!(q.kind, AnswerKind::YesNo))
        .map(|(_, q)| q.id.clone())
        .collect();
    let dossier = Dossier::open(root);
    for a in 0..ASSESSMENTS {
        let mut draft = farol::demo::draft(&loaded);
        draft.id = format!("assessment-{a:03}");
        let dir = record::revisions_dir(&dossier, &draft.id);
        std::fs::create_dir_all(&dir).unwrap();
        let mut previous = None;
        for r in 1..=REVISIONS {
            // A different set of answers in every revision.
            for (i, id) in yes_no.iter().enumerate() {
                if (i + a * 7 + r as usize * 3).is_multiple_of(11) {
                    let flip = match draft.answers.get(id) {
                        Some(Answer::Yes) => Answer::No,
                        _ => Answer::Yes,
                    };
                    draft.answers.insert(id.clone(), flip);
                }
            }
            let signer = Signer {
                name: key.info.name.clone(),
                role: key.info.role,
                key: key.info.id.clone(),
                fingerprint: key.info.fingerprint.clone(),
                at: t0 + Duration::hours((a as i64) * 24 + r as i64),
            };
            let body = record::build_body(&draft, &loaded, r, previous.take(), signer, "en");
            let bytes = record::seal(&record::serialize_body(&body), &key);
            previous = Some(hex::encode(Sha256::digest(&bytes)));
            std::fs::write(dir.join(record::revision_file_name(r)), bytes).unwrap();
        }
        // The head naming the latest revision, and the signer's index, as signing writes.
        record::record_head(&dossier, &draft.id, &key, t0 + Duration::days(a as i64)).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("dossier");
    build(&root, &tmp.path().join("keys"));
    let paths = [root.clone()];
    let report = record::verify_paths(&root, &paths).unwrap();
    assert!(report.passed(), "{}", record::verify_text(&report));
    assert_eq!(report.summary.records, ASSESSMENTS * REVISIONS as usize);

    let mut g = c.benchmark_group("verify");
    g.sample_size(10);
    g.bench_function("verify a dossier of 1,000 revisions", |b| {
        b.iter(|| record::verify_paths(black_box(&root), black_box(&paths)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
