//! Dossier indexes between checkpoints: a signer's index names every assessment only every
//! `INDEX_CHECKPOINT` signatures; in between, each index names the head just signed and adds
//! to the last complete one. What the indexes catch must not change: a whole assessment
//! removed, or a link of the chain removed, still fails `farol verify`.

use farol::dossier::Dossier;
use farol::keys::{LoadedKey, Role};
use farol::record::{self, INDEX_CHECKPOINT};

mod common;
use common::{all_problems, at, trusted_key};

struct Fixture {
    _tmp: tempfile::TempDir,
    dossier: Dossier,
    key: LoadedKey,
}

const IDS: [&str; 3] = ["alpha", "beta", "gamma"];

impl Fixture {
    /// Three assessments, signed in turn `signatures` times by one key.
    fn new(signatures: u32) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path().join("dossier"));
        let key = trusted_key(
            dossier.root(),
            &tmp.path().join("keys"),
            "Ana Lei",
            Role::Assessor,
            "2026-11-20T09:00:00Z",
        );
        let l = farol::questionnaire::load::embedded_default();
        for id in IDS {
            let mut d = farol::demo::draft(&l);
            d.id = id.into();
            dossier.save_draft(&d).unwrap();
        }
        for k in 0..signatures {
            let id = IDS[k as usize % IDS.len()];
            let (mut d, _) = dossier.load_draft(id).unwrap();
            d.title = format!("{id} {k}");
            dossier.save_draft(&d).unwrap();
            let now = at("2026-11-21T10:00:00Z") + chrono::Duration::minutes(i64::from(k));
            record::sign(&dossier, id, &key, now).unwrap();
        }
        Fixture {
            _tmp: tmp,
            dossier,
            key,
        }
    }

    fn index_dir(&self) -> std::path::PathBuf {
        record::index_dir(self.dossier.root()).join(&self.key.info.fingerprint[..16])
    }

    fn indexes(&self) -> Vec<(u32, std::path::PathBuf)> {
        record::revision_files(&self.index_dir()).unwrap()
    }

    fn verify(&self) -> record::VerifyReport {
        let root = self.dossier.root().to_path_buf();
        record::verify_paths(&root, std::slice::from_ref(&root)).unwrap()
    }
}

fn entries(path: &std::path::Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.matches("Entry(").count()
}

#[test]
fn indexes_between_checkpoints_name_only_the_head_just_signed() {
    let n = INDEX_CHECKPOINT + 8;
    let f = Fixture::new(n);
    let files = f.indexes();
    assert_eq!(files.len(), n as usize);
    for (k, p) in &files {
        let complete = (k - 1) % INDEX_CHECKPOINT == 0;
        let want = if complete {
            // The first names what has a head by then; later ones name all three.
            (*k as usize).min(IDS.len())
        } else {
            1
        };
        assert_eq!(entries(p), want, "index {k}: {}", p.display());
    }
    let r = f.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    // `farol status`'s quick check and the listing read the same view: every assessment.
    for id in IDS {
        assert!(
            record::missing_since_head(f.dossier.root(), id).is_empty(),
            "{id}"
        );
    }
}

#[test]
fn a_removed_assessment_is_caught_whichever_index_last_named_it() {
    let f = Fixture::new(10);
    std::fs::remove_dir_all(f.dossier.root().join("assessments").join("gamma")).unwrap();
    let r = f.verify();
    assert!(!r.passed());
    assert!(all_problems(&r).contains("gamma"), "{}", all_problems(&r));
}

#[test]
fn a_removed_link_between_checkpoints_is_named() {
    let f = Fixture::new(10);
    let files = f.indexes();
    let (_, middle) = &files[4];
    std::fs::remove_file(middle).unwrap();
    let r = f.verify();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("0005"), "{p}");
}

#[test]
fn a_removed_assessment_is_caught_by_the_complete_index_with_every_later_one_removed() {
    // Only an outside copy shows the removal of the newest files together with the index
    // that named them (the README says so); a whole assessment the complete index names is
    // caught even with every index after it removed.
    let f = Fixture::new(6);
    for (_, p) in f.indexes().into_iter().skip(1) {
        std::fs::remove_file(p).unwrap();
    }
    std::fs::remove_dir_all(f.dossier.root().join("assessments").join("alpha")).unwrap();
    let r = f.verify();
    assert!(!r.passed());
    assert!(all_problems(&r).contains("alpha"), "{}", all_problems(&r));
}

#[test]
fn an_index_between_checkpoints_also_names_what_arrived_from_other_signers() {
    // Bruno signs an assessment Ana has never seen; Ana's next index, between
    // checkpoints, names it too, so removing it with Bruno's own index files is caught.
    let f = Fixture::new(4);
    let tmp = tempfile::tempdir().unwrap();
    let bruno = trusted_key(
        f.dossier.root(),
        &tmp.path().join("keys"),
        "Bruno Sá",
        Role::Assessor,
        "2026-11-20T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    let mut d = farol::demo::draft(&l);
    d.id = "delta".into();
    f.dossier.save_draft(&d).unwrap();
    record::sign(&f.dossier, "delta", &bruno, at("2026-11-22T10:00:00Z")).unwrap();
    let (mut d, _) = f.dossier.load_draft("alpha").unwrap();
    d.title = "alpha again".into();
    f.dossier.save_draft(&d).unwrap();
    record::sign(&f.dossier, "alpha", &f.key, at("2026-11-22T11:00:00Z")).unwrap();
    let (_, newest) = f.indexes().pop().unwrap();
    let text = std::fs::read_to_string(&newest).unwrap();
    assert!(text.contains("base: Some("), "{text}");
    assert_eq!(entries(&newest), 2, "{text}");
    assert!(
        text.contains("\"delta\"") && text.contains("\"alpha\""),
        "{text}"
    );
    // Bruno's assessment and every index of his removed: Ana's index still names it.
    std::fs::remove_dir_all(f.dossier.root().join("assessments").join("delta")).unwrap();
    std::fs::remove_dir_all(
        record::index_dir(f.dossier.root()).join(&bruno.info.fingerprint[..16]),
    )
    .unwrap();
    let r = f.verify();
    assert!(!r.passed());
    assert!(all_problems(&r).contains("delta"), "{}", all_problems(&r));
}
