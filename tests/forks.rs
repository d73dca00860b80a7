//! Signed files named by content (`NNNN-<h12>.ron`), and forks: two clones of a dossier
//! that each sign from the same revision, merged as git merges them (every file of both),
//! detected by `farol verify`, refused where one revision is needed, and resolved by
//! `farol resolve` without deleting anything.

use std::path::{Path, PathBuf};

use farol::keys::Role;
use farol::record::{self, Pick};

mod common;

use common::{all_problems, at, trusted_key};

const ID: &str = farol::demo::ID;

/// A dossier with the demo assessment signed once, and two assessors' keys it trusts.
struct Clone {
    root: PathBuf,
    keys: PathBuf,
}

fn first(tmp: &Path) -> Clone {
    let root = tmp.join("a");
    let keys = tmp.join("keys");
    let d = farol::dossier::Dossier::open(&root);
    let ana = trusted_key(
        &root,
        &keys,
        "Ana Lei",
        Role::Assessor,
        "2026-11-01T09:00:00Z",
    );
    trusted_key(
        &root,
        &keys,
        "Bruno Sá",
        Role::Assessor,
        "2026-11-01T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    d.save_draft(&farol::demo::draft(&l)).unwrap();
    record::sign(&d, ID, &ana, at("2026-11-02T10:00:00Z")).unwrap();
    Clone { root, keys }
}

impl Clone {
    fn dossier(&self) -> farol::dossier::Dossier {
        farol::dossier::Dossier::open(&self.root)
    }

    /// Another clone: a copy of the whole directory.
    fn copy_to(&self, to: &Path) -> Clone {
        copy_dir(&self.root, to);
        Clone {
            root: to.to_path_buf(),
            keys: self.keys.clone(),
        }
    }

    /// Changes the title, then signs with `who`'s key at `when`.
    fn sign_as(&self, who: &str, title: &str, when: &str) -> record::SignedRevision {
        let d = self.dossier();
        let (mut draft, _) = d.load_draft(ID).unwrap();
        draft.title = title.into();
        d.save_draft(&draft).unwrap();
        let key = farol::keys::load_signing_key(&self.keys, Some(who)).unwrap();
        record::sign(&d, ID, &key, at(when)).unwrap()
    }

    /// What `git pull` brings: every signed file of `other` this clone lacks.
    fn pull(&self, other: &Clone) {
        for sub in ["assessments", "index", "keys"] {
            merge_files(&other.root.join(sub), &self.root.join(sub));
        }
    }

    fn verify(&self) -> record::VerifyReport {
        record::verify_paths(&self.root, std::slice::from_ref(&self.root)).unwrap()
    }

    fn revisions(&self) -> Vec<(u32, PathBuf)> {
        record::revision_files(&record::revisions_dir(&self.dossier(), ID)).unwrap()
    }

    fn farol(&self, args: &[&str]) -> (i32, String, String) {
        let out = assert_cmd::Command::cargo_bin("farol")
            .unwrap()
            .args(args)
            .env("FAROL_DOSSIER", &self.root)
            .env("FAROL_KEYS", &self.keys)
            .env("FAROL_CONFIG_DIR", self.root.join("../config"))
            .env("HOME", self.root.join("../home"))
            .env("FAROL_LANG", "en")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}

/// Adds the files of `from` missing in `to`; a path both have must hold the same bytes
/// (no add/add conflict), except the clone-local draft.
fn merge_files(from: &Path, to: &Path) {
    let Ok(rd) = std::fs::read_dir(from) else {
        return;
    };
    std::fs::create_dir_all(to).unwrap();
    for e in rd {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            merge_files(&p, &t);
        } else if !t.exists() {
            std::fs::copy(&p, &t).unwrap();
        } else if p.file_name().unwrap() != "draft.ron" {
            assert_eq!(
                std::fs::read(&p).unwrap(),
                std::fs::read(&t).unwrap(),
                "two clones wrote {} with different bytes",
                t.display()
            );
        }
    }
}

/// Two clones that each signed revision 2 from revision 1, merged into `a`.
fn forked(tmp: &Path) -> (Clone, Clone) {
    let a = first(tmp);
    let b = a.copy_to(&tmp.join("b"));
    a.sign_as("Ana Lei", "Ana's take", "2026-11-03T10:00:00Z");
    b.sign_as("Bruno Sá", "Bruno's take", "2026-11-03T11:00:00Z");
    a.pull(&b);
    (a, b)
}

#[test]
fn names_old_and_new() {
    let p = Path::new;
    assert_eq!(record::revision_number(p("0012.ron")), Some(12));
    assert_eq!(
        record::revision_number(p("x/0012-0a1b2c3d4e5f.ron")),
        Some(12)
    );
    assert_eq!(record::revision_number(p("0012-0A1B2C3D4E5F.ron")), None);
    assert_eq!(record::revision_number(p("0012-0a1b.ron")), None);
    assert_eq!(record::revision_number(p("12.ron")), None);
    assert_eq!(record::revision_number(p("0012.ron.tmp")), None);
    let bytes = b"anything";
    let name = record::signed_name(7, bytes);
    assert_eq!(
        name,
        format!("0007-{}.ron", &record::sha256_hex(bytes)[..12])
    );
    assert!(!record::name_mismatch(p(&name), &record::sha256_hex(bytes)));
    assert!(record::name_mismatch(
        p(&name),
        &record::sha256_hex(b"other")
    ));
    assert!(!record::name_mismatch(
        p("0007.ron"),
        &record::sha256_hex(b"other")
    ));
    assert_eq!(Pick::parse("r4").map(|p| p.number), Some(4));
    assert_eq!(Pick::parse("4-AB12cd").unwrap().shown(), "4-ab12cd");
    assert!(Pick::parse("4-xyz").is_none());
    assert!(Pick::parse("4-0123456789abc").is_none());
    assert!(Pick::parse("0").is_none());
}

#[test]
fn a_signed_file_is_named_by_its_hash_and_a_renamed_one_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let a = first(tmp.path());
    let s = a.sign_as("Ana Lei", "Second", "2026-11-03T10:00:00Z");
    let bytes = std::fs::read(&s.path).unwrap();
    assert_eq!(
        s.path.file_name().unwrap().to_str().unwrap(),
        record::signed_name(2, &bytes)
    );
    // Every signed file is named by content: revisions, heads, indexes, trusted keys.
    for dir in [
        a.root.join("assessments").join(ID).join("heads"),
        a.root.join("assessments").join(ID).join("revisions"),
    ] {
        for (n, p) in record::revision_files(&dir).unwrap() {
            let b = std::fs::read(&p).unwrap();
            assert_eq!(
                p.file_name().unwrap().to_str().unwrap(),
                record::signed_name(n, &b)
            );
        }
    }
    assert!(a.verify().passed(), "{}", all_problems(&a.verify()));

    // The same file under another hash: renamed, and named as such.
    let moved = s.path.with_file_name("0002-000000000000.ron");
    std::fs::rename(&s.path, &moved).unwrap();
    let r = a.verify();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(
        p.contains("0002-000000000000.ron: its name says its SHA-256 starts with 000000000000"),
        "{p}"
    );
    assert!(p.contains("renamed or edited after signing"), "{p}");
    std::fs::rename(&moved, &s.path).unwrap();
    assert!(a.verify().passed());
}

#[test]
fn two_clones_signing_from_one_revision_fork_and_resolve_keeps_both() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = forked(tmp.path());
    let revisions = a.revisions();
    let twos: Vec<&PathBuf> = revisions
        .iter()
        .filter(|(n, _)| *n == 2)
        .map(|(_, p)| p)
        .collect();
    assert_eq!(twos.len(), 2, "both revisions 2 are kept: {revisions:?}");

    // Verify names the fork: both files, both signers, and fails.
    let r = a.verify();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("'demo-worklink-rollout' is forked"), "{p}");
    for f in &twos {
        assert!(p.contains(&record::shown_file(f)), "{p}");
    }
    assert!(
        p.contains("signed by Ana Lei") && p.contains("signed by Bruno Sá"),
        "{p}"
    );
    assert!(p.contains("farol resolve demo-worklink-rollout"), "{p}");
    let (code, out, _) = a.farol(&["verify"]);
    assert_eq!(code, 1, "{out}");

    // The list and the status say so too, so a team sees the fork without verifying.
    let (code, out, _) = a.farol(&["list"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(", forked") && out.contains("`farol resolve ID`"),
        "{out}"
    );
    let (code, out, _) = a.farol(&["status", ID, "--json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"forked\": true"), "{out}");

    // A revision number two files share is refused, naming the choices; a hash prefix picks.
    let e = record::load_pick(&a.dossier(), ID, Some(&Pick::parse("2").unwrap())).unwrap_err();
    assert!(matches!(e, record::RecordError::Ambiguous { .. }), "{e}");
    let (code, _, err) = a.farol(&["diff", ID, "1", "2"]);
    assert_ne!(code, 0);
    let choices: Vec<String> = twos.iter().map(|p| record::tips::choice(p)).collect();
    for c in &choices {
        assert!(err.contains(c.as_str()), "{err}");
    }
    let short = &choices[1][..choices[1].len() - 6];
    let (code, out, err) = a.farol(&["diff", ID, "1", short]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("is forked"), "{err}");
    let picked = record::load_pick(&a.dossier(), ID, Pick::parse(short).as_ref()).unwrap();
    assert_eq!(&picked.path, twos[1]);
    // The latest, in a fork: the highest number, then the latest signing time.
    let latest = record::load_revision(&a.dossier(), ID, None).unwrap();
    assert_eq!(latest.body.title, "Bruno's take");

    // Resolve: a new revision follows one tip and merges the other; nothing is deleted.
    let (code, out, err) = a.farol(&["resolve", ID, "--key", "Ana Lei"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("The fork is resolved"), "{out}");
    let after = a.revisions();
    assert_eq!(after.len(), 4, "{after:?}");
    assert!(twos.iter().all(|p| p.is_file()));
    let merge = record::read_record(&after.last().unwrap().1).unwrap();
    assert_eq!(merge.body.revision, 3);
    assert_eq!(merge.body.merges.len(), 1);
    let (code, out, _) = a.farol(&["verify"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("the fork was resolved by 0003-"), "{out}");
    let (_, out, _) = a.farol(&["list"]);
    assert!(!out.contains("forked"), "{out}");
    let (code, _, _) = a.farol(&["resolve", ID, "--key", "Ana Lei"]);
    assert_ne!(code, 0, "nothing left to resolve");
}

#[test]
fn signing_on_a_base_someone_else_followed_warns_of_the_fork() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = forked(tmp.path());
    // Ana's draft was signed as her revision 2; Bruno's arrived. Signing again follows
    // hers, keeps the fork, and says so.
    let d = a.dossier();
    let (mut draft, _) = d.load_draft(ID).unwrap();
    draft.title = "Ana's third".into();
    d.save_draft(&draft).unwrap();
    let (code, out, err) = a.farol(&["sign", ID, "--key", "Ana Lei"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("is forked"), "{err}");
    assert!(err.contains("farol resolve demo-worklink-rollout"), "{err}");
    let three = record::load_revision(&d, ID, Some(3)).unwrap();
    let anas_two = record::read_record(
        &a.revisions()
            .iter()
            .map(|(_, p)| p.clone())
            .find(|p| record::read_record(p).unwrap().body.title == "Ana's take")
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        three.body.previous.as_deref(),
        Some(record::sha256_hex(&anas_two.bytes).as_str())
    );
    let (code, _, _) = a.farol(&["verify"]);
    assert_eq!(code, 1);

    // Keep Bruno's side: the new revision holds his content and merges Ana's tip.
    let bruno = a
        .revisions()
        .iter()
        .find(|(n, p)| *n == 2 && record::read_record(p).unwrap().body.title == "Bruno's take")
        .map(|(_, p)| record::tips::choice(p))
        .unwrap();
    // An unsigned change in the draft is never thrown away by --keep.
    let (mut draft, _) = d.load_draft(ID).unwrap();
    draft.title = "Ana's unsigned fourth".into();
    d.save_draft(&draft).unwrap();
    let before = std::fs::read(d.draft_path(ID)).unwrap();
    let (code, _, err) = a.farol(&["resolve", ID, "--keep", &bruno, "--key", "Bruno Sá"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("holds changes no revision has signed"),
        "{err}"
    );
    assert_eq!(std::fs::read(d.draft_path(ID)).unwrap(), before);
    draft.title = "Ana's third".into();
    d.save_draft(&draft).unwrap();

    let (code, out, err) = a.farol(&["resolve", ID, "--keep", &bruno, "--key", "Bruno Sá"]);
    assert_eq!(code, 0, "{out}{err}");
    let merged = record::load_revision(&d, ID, None).unwrap();
    assert_eq!(merged.body.title, "Bruno's take");
    assert_eq!(merged.body.revision, 3);
    assert_eq!(merged.body.merges.len(), 1);
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("the fork was resolved by")),
        "{:?}",
        r.notes
    );
}

#[test]
fn two_people_trusting_one_key_write_two_files_and_the_newest_is_used() {
    let tmp = tempfile::tempdir().unwrap();
    let a = first(tmp.path());
    let b = a.copy_to(&tmp.path().join("b"));
    let key = farol::keys::load_signing_key(&a.keys, Some("Ana Lei")).unwrap();
    farol::keys::trust(
        &a.root,
        Some(&a.keys),
        &key.info.id,
        Some("Ana M. Lei"),
        None,
        at("2026-11-05T10:00:00Z"),
    )
    .unwrap();
    farol::keys::trust(
        &b.root,
        Some(&b.keys),
        &key.info.id,
        Some("Ana Lei"),
        None,
        at("2026-11-06T10:00:00Z"),
    )
    .unwrap();
    a.pull(&b);
    let (trusted, problems) = farol::keys::trusted(&a.root).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let ana: Vec<_> = trusted
        .iter()
        .filter(|t| t.fingerprint == key.info.fingerprint)
        .collect();
    assert_eq!(ana.len(), 1);
    assert_eq!(ana[0].name, "Ana Lei");
}

/// A rejection of the latest revision, countersigned with `who`'s reviewer key.
fn reject(c: &Clone, who: &str, when: &str) -> farol::review::SignedReview {
    let d = c.dossier();
    let l = farol::questionnaire::load::embedded_default();
    let mut r = farol::review::start(&d, ID).unwrap().draft;
    for s in &l.questionnaire.sections {
        r.judge(
            &s.id,
            farol::review::Verdict::ToCorrect,
            Some("No legal basis."),
        );
    }
    r.opinion = Some(farol::review::Opinion::Reject);
    r.attestations = farol::review::Attestations::everything();
    let key = farol::keys::load_signing_key(&c.keys, Some(who)).unwrap();
    farol::review::countersign(&d, &r, &key, at(when)).unwrap()
}

#[test]
fn two_reviews_at_once_in_two_clones_are_a_note_and_the_next_review_merges_them() {
    let tmp = tempfile::tempdir().unwrap();
    let a = first(tmp.path());
    trusted_key(
        &a.root,
        &a.keys,
        "Rui Lam",
        Role::Reviewer,
        "2026-11-01T09:00:00Z",
    );
    trusted_key(
        &a.root,
        &a.keys,
        "Sofia Ip",
        Role::Reviewer,
        "2026-11-01T09:00:00Z",
    );
    let b = a.copy_to(&tmp.path().join("b"));
    let c = a.copy_to(&tmp.path().join("c"));
    // A reviewer rejects revision 1 in b while another does in c: the reviews fork.
    reject(&b, "Rui Lam", "2026-11-03T10:00:00Z");
    reject(&c, "Sofia Ip", "2026-11-03T10:30:00Z");
    a.pull(&b);
    a.pull(&c);
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    let notes = r.notes.join("\n");
    assert!(
        notes.contains("the reviews of 'demo-worklink-rollout' forked"),
        "{notes}"
    );
    assert!(notes.contains("as newest heads"), "{notes}");
    // The next review follows one and merges the other; the heads merge at once.
    let s = reject(&a, "Rui Lam", "2026-11-04T10:00:00Z");
    let body = std::fs::read_to_string(&s.path).unwrap();
    assert!(body.contains("merges: ["), "{body}");
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    let notes = r.notes.join("\n");
    assert!(notes.contains("merged them"), "{notes}");
    assert!(!notes.contains("as newest heads"), "{notes}");
}

#[test]
fn signing_and_reviewing_at_once_forks_only_the_heads_and_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let a = first(tmp.path());
    trusted_key(
        &a.root,
        &a.keys,
        "Rui Lam",
        Role::Reviewer,
        "2026-11-01T09:00:00Z",
    );
    let b = a.copy_to(&tmp.path().join("b"));
    a.sign_as("Ana Lei", "Second", "2026-11-03T10:00:00Z");
    reject(&b, "Rui Lam", "2026-11-03T10:30:00Z");
    a.pull(&b);
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    assert!(
        r.notes.iter().any(|n| n.contains("as newest heads")),
        "{:?}",
        r.notes
    );
    let (code, out, _) = a.farol(&["verify"]);
    assert_eq!(code, 0, "{out}");
    // The next signature merges the heads.
    a.sign_as("Ana Lei", "Third", "2026-11-04T10:00:00Z");
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
    assert!(
        !r.notes.iter().any(|n| n.contains("as newest heads")),
        "{:?}",
        r.notes
    );
}

#[test]
fn a_branch_left_behind_stays_a_tip_until_a_later_revision_merges_it() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, _b) = forked(tmp.path());
    a.sign_as("Ana Lei", "Ana 3", "2026-11-04T10:00:00Z");
    a.sign_as("Ana Lei", "Ana 4", "2026-11-05T10:00:00Z");
    let tips = record::tips(&a.revisions()).unwrap();
    let numbers: Vec<u32> = tips.iter().map(|t| t.number).collect();
    assert_eq!(numbers, [4, 2], "Bruno's revision 2 is still a tip");
    assert!(!a.verify().passed());
    let (code, out, err) = a.farol(&["resolve", ID, "--key", "Ana Lei"]);
    assert_eq!(code, 0, "{out}{err}");
    let merged = record::load_revision(&a.dossier(), ID, None).unwrap();
    assert_eq!((merged.body.revision, merged.body.merges.len()), (5, 1));
    a.sign_as("Ana Lei", "Ana 6", "2026-11-07T10:00:00Z");
    let tips = record::tips(&a.revisions()).unwrap();
    assert_eq!(tips.len(), 1);
    assert_eq!(tips[0].number, 6);
    let r = a.verify();
    assert!(r.passed(), "{}", all_problems(&r));
}
