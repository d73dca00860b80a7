//! Attacks on the evidence as a whole (issue 12), each reproduced and shown caught: the
//! complete forgery of a bundle with fresh keys in the genuine names, an unsigned manifest
//! regenerated with sha256sum, the removal of the newest revision, the newest review, a
//! whole assessment or the head itself, the rollback of the anchor, a signer's name that
//! is not the trusted key's, and a PDF swapped for another assessment's. Then the
//! OpenSSL-alone recipe of the bundle's README, run with the real `openssl`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use chrono::Duration;
use farol::dossier::Dossier;
use farol::evidence::{self, Options};
use farol::keys::{self, LoadedKey, Role};
use farol::record::{self, VerifyOptions};
use farol::review::{self, Opinion, Verdict};

mod common;

use common::{all_problems, at, farol_bare, trusted_key};

const ID: &str = farol::demo::ID;
const CLINIC: &str = "clinic-portal";

/// A dossier: the demo signed twice by Ana Assessor, rejected in between by Rui Reviewer
/// (revision 2 answers the rejection) and rejected again; the clinic signed once.
struct Dossier2 {
    tmp: tempfile::TempDir,
    dossier: Dossier,
    keys_dir: PathBuf,
    ana: LoadedKey,
    rui: LoadedKey,
}

fn make(base: &Path, keys_name: &str, approve: bool) -> Dossier2Parts {
    let dossier = Dossier::open(base.join(format!("dossier-{keys_name}")));
    let keys_dir = base.join(keys_name);
    let ana = trusted_key(
        dossier.root(),
        &keys_dir,
        "Ana Assessor",
        Role::Assessor,
        "2026-11-01T09:00:00Z",
    );
    let rui = trusted_key(
        dossier.root(),
        &keys_dir,
        "Rui Reviewer",
        Role::Reviewer,
        "2026-11-01T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    dossier.keep_questionnaire(&l).unwrap();
    let mut demo = farol::demo::draft(&l);
    dossier.save_draft(&demo).unwrap();
    record::sign(&dossier, ID, &ana, at("2026-11-02T10:00:00Z")).unwrap();
    let judge = |when: &str| {
        let mut d = review::start(&dossier, ID).unwrap().draft;
        for s in &l.questionnaire.sections {
            if approve {
                d.judge(&s.id, Verdict::Acceptable, None);
            } else {
                d.judge(&s.id, Verdict::ToCorrect, Some("No legal basis."));
            }
        }
        d.opinion = Some(if approve {
            Opinion::Approve
        } else {
            Opinion::Reject
        });
        d.attestations = review::Attestations::everything();
        review::countersign(&dossier, &d, &rui, at(when)).unwrap();
    };
    judge("2026-11-03T10:00:00Z");
    demo.meta.system = "WorkLink, with the mainland node switched off".into();
    dossier.save_draft(&demo).unwrap();
    record::sign(&dossier, ID, &ana, at("2026-11-04T10:00:00Z")).unwrap();
    judge("2026-11-05T10:00:00Z");
    let mut clinic = farol::demo::draft(&l);
    clinic.id = CLINIC.into();
    clinic.title = "Clinic portal".into();
    dossier.save_draft(&clinic).unwrap();
    record::sign(&dossier, CLINIC, &ana, at("2026-11-06T10:00:00Z")).unwrap();
    // The attacks are on a dossier whose files have their old names (`NNNN.ron`), as
    // before names carried a hash: the same attacks must be named as they were.
    common::old_names(dossier.root());
    Dossier2Parts {
        dossier,
        keys_dir,
        ana,
        rui,
    }
}

struct Dossier2Parts {
    dossier: Dossier,
    keys_dir: PathBuf,
    ana: LoadedKey,
    rui: LoadedKey,
}

impl Dossier2 {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let p = make(tmp.path(), "keys", false);
        Dossier2 {
            tmp,
            dossier: p.dossier,
            keys_dir: p.keys_dir,
            ana: p.ana,
            rui: p.rui,
        }
    }

    fn root(&self) -> &Path {
        self.dossier.root()
    }

    fn adir(&self, id: &str) -> PathBuf {
        self.root().join("assessments").join(id)
    }

    fn verify(&self) -> record::VerifyReport {
        record::verify_paths(self.root(), &[self.root().to_path_buf()]).unwrap()
    }

    fn bundle(&self, out: &Path) {
        let b = evidence::build(
            &self.dossier,
            &Options {
                since: None,
                now: at("2026-11-10T10:00:00Z"),
                key: Some(&self.ana),
            },
        )
        .unwrap();
        b.write_dir(out).unwrap();
    }

    /// The genuine keys as `farol keys show` writes them.
    fn key_files(&self) -> Vec<PathBuf> {
        [&self.ana, &self.rui]
            .iter()
            .map(|k| {
                let p = self.tmp.path().join(format!("{}.pub.ron", &k.info.id[6..]));
                std::fs::write(&p, keys::public_export(&k.info)).unwrap();
                p
            })
            .collect()
    }
}

fn verify_bare(path: &Path, extra: &[&str]) -> (i32, String) {
    let mut args = vec!["verify", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let (code, out, err) = farol_bare(&args);
    assert!(code == 0 || code == 1, "exit {code}: {err}\n{out}");
    (code, out)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Every file under `dir`, '/'-separated and relative to it.
fn files_under(dir: &Path, prefix: &str, out: &mut BTreeSet<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        if e.file_type().unwrap().is_dir() {
            files_under(&e.path(), &rel, out);
        } else {
            out.insert(rel);
        }
    }
}

/// Rewrites MANIFEST.sha256 for the files as they are now and signs it with `key`: what
/// a forger holding `key` (or an insider) would do after changing the bundle.
fn resign_manifest(dir: &Path, key: &LoadedKey) {
    let mut files = BTreeSet::new();
    files_under(dir, "", &mut files);
    let mut manifest = String::new();
    for f in files
        .iter()
        .filter(|f| *f != evidence::MANIFEST && *f != evidence::SIGNATURE)
    {
        let bytes = std::fs::read(dir.join(f)).unwrap();
        manifest.push_str(&format!("{}  {f}\n", record::sha256_hex(&bytes)));
    }
    std::fs::write(dir.join(evidence::MANIFEST), &manifest).unwrap();
    let statement = evidence::BundleSignature {
        format: 1,
        manifest: evidence::MANIFEST.into(),
        manifest_sha256: record::sha256_hex(manifest.as_bytes()),
        files: files.len() - 1,
        since: None,
        signer: record::Signer::of(key, at("2026-11-10T10:00:00Z")),
    };
    let cfg = ron::ser::PrettyConfig::new().struct_names(true);
    let body = format!("{}\n", ron::ser::to_string_pretty(&statement, cfg).unwrap());
    std::fs::write(dir.join(evidence::SIGNATURE), record::seal(&body, key)).unwrap();
}

#[test]
fn the_complete_forgery_fails_without_trust_and_with_the_genuine_keys() {
    let genuine = Dossier2::new();
    let good = genuine.tmp.path().join("good");
    genuine.bundle(&good);

    // The forger: fresh keys named "Ana Assessor" and "Rui Reviewer", every record
    // re-signed (the rejections now approvals), the bundle's keys replaced, the manifest
    // re-signed: a bundle consistent in every byte.
    let forged_parts = make(genuine.tmp.path(), "forger-keys", true);
    let forged = genuine.tmp.path().join("forged");
    evidence::build(
        &forged_parts.dossier,
        &Options {
            since: None,
            now: at("2026-11-10T10:00:00Z"),
            key: Some(&forged_parts.ana),
        },
    )
    .unwrap()
    .write_dir(&forged)
    .unwrap();
    assert!(
        std::fs::read_to_string(forged.join(format!("assessments/{ID}/reviews/0001.ron")))
            .unwrap()
            .contains("opinion: Approve")
    );

    // 1. Without --trust, on a bare machine: the bundle's own keys are shown, in full,
    // and never trusted.
    let (code, out) = verify_bare(&forged, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("NOT VERIFIED"), "{out}");
    assert!(
        out.contains(
            "these keys came with the bundle: compare them with fingerprints you obtained another way"
        ),
        "{out}"
    );
    assert!(out.contains(&forged_parts.ana.info.fingerprint), "{out}");
    assert!(out.contains(&forged_parts.rui.info.fingerprint), "{out}");

    // 2. With the genuine keys' fingerprints, and with their key files.
    let fps = [
        genuine.ana.info.fingerprint.as_str(),
        genuine.rui.info.fingerprint.as_str(),
    ];
    let by_fp = ["--trust", fps[0], "--trust", fps[1]];
    let (code, out) = verify_bare(&forged, &by_fp);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("NOT VERIFIED"), "{out}");
    assert!(
        out.contains("no key with this fingerprint came with"),
        "{out}"
    );
    let files = genuine.key_files();
    let by_file = [
        "--trust",
        files[0].to_str().unwrap(),
        "--trust",
        files[1].to_str().unwrap(),
    ];
    let (code, out) = verify_bare(&forged, &by_file);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not trusted here"), "{out}");

    // 3. The genuine bundle passes with the genuine keys, either way, and fails without.
    let (code, out) = verify_bare(&good, &by_fp);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Evidence bundle: VERIFIED"), "{out}");
    // A bare fingerprint names the key, not its holder: the name and role shown came
    // from the bundle, and the reader is told to confirm them.
    assert!(
        out.contains("are as the files verified state them"),
        "{out}"
    );
    let (code, out) = verify_bare(&good, &by_file);
    assert_eq!(code, 0, "{out}");
    assert!(
        !out.contains("are as the files verified state them"),
        "{out}"
    );
    let (code, out) = verify_bare(&good, &[]);
    assert_eq!(code, 1, "a bundle's own keys are not trust: {out}");

    // 4. --trust-bundle-keys is the reader's explicit choice to trust what came with it.
    let (code, out) = verify_bare(&forged, &["--trust-bundle-keys"]);
    assert_eq!(code, 0, "{out}");

    // 5. The verifier's own dossier's keys count for a bundle too (--dossier).
    let (code, out) = verify_bare(&forged, &["--dossier", genuine.root().to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let (code, out) = verify_bare(&good, &["--dossier", genuine.root().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");

    // 6. Made to look like a dossier (every bundle-only file removed), it still fails.
    let stripped = genuine.tmp.path().join("stripped");
    copy_dir(&forged, &stripped);
    strip_to_dossier_shape(&stripped);
    let (code, out) = verify_bare(&stripped, &by_fp);
    assert_eq!(code, 1, "{out}");

    // The genuine bundle made to look like a dossier, its newest rejection removed: it
    // has no dossier index, so it cannot pass as a dossier either.
    let stripped = genuine.tmp.path().join("stripped-genuine");
    copy_dir(&good, &stripped);
    strip_to_dossier_shape(&stripped);
    std::fs::remove_file(stripped.join(format!("assessments/{ID}/reviews/0002.ron"))).unwrap();
    std::fs::remove_file(stripped.join(format!("assessments/{ID}/heads/0004.ron"))).unwrap();
    assert!(!evidence::is_bundle(&stripped));
    let (code, out) = verify_bare(&stripped, &by_fp);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("the dossier has no index"), "{out}");
}

#[test]
fn an_unsigned_manifest_regenerated_with_sha256sum_fails() {
    if Process::new("sha256sum").arg("--version").output().is_err() {
        eprintln!("SKIPPED: sha256sum is not installed");
        return;
    }
    let d = Dossier2::new();
    let fp = d.ana.info.fingerprint.clone();
    let trust = ["--trust", fp.as_str(), "--trust", &d.rui.info.fingerprint];
    for attack in ["newest revision", "newest review", "assessment", "pdf"] {
        let dir = d.tmp.path().join(format!("b-{}", attack.replace(' ', "-")));
        d.bundle(&dir);
        match attack {
            "newest revision" => {
                std::fs::remove_file(dir.join(format!("assessments/{ID}/revisions/0002.ron")))
                    .unwrap()
            }
            "newest review" => {
                std::fs::remove_file(dir.join(format!("assessments/{ID}/reviews/0002.ron")))
                    .unwrap()
            }
            "assessment" => {
                std::fs::remove_dir_all(dir.join(format!("assessments/{CLINIC}"))).unwrap()
            }
            _ => std::fs::copy(
                dir.join(format!("reports/{CLINIC}-r0001.pdf")),
                dir.join(format!("reports/{ID}-r0002.pdf")),
            )
            .map(|_| ())
            .unwrap(),
        }
        std::fs::remove_file(dir.join(evidence::SIGNATURE)).unwrap();
        let status = Process::new("sh")
            .arg("-c")
            .arg("find . -type f ! -name MANIFEST.sha256 -printf '%P\\n' | sort | xargs sha256sum > ../manifest.new && mv ../manifest.new MANIFEST.sha256 && sha256sum -c --quiet MANIFEST.sha256")
            .current_dir(&dir)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "{attack}: the regenerated manifest checks"
        );
        let (code, out) = verify_bare(&dir, &trust);
        assert_eq!(code, 1, "{attack}: {out}");
        assert!(out.contains("NOT SIGNED"), "{attack}: {out}");
        assert!(!out.contains("was made without a signing key"), "{out}");
    }
    // And with every manifest file deleted, it is still a bundle, and fails.
    let dir = d.tmp.path().join("b-no-manifest");
    d.bundle(&dir);
    std::fs::remove_file(dir.join(format!("assessments/{ID}/reviews/0002.ron"))).unwrap();
    std::fs::remove_file(dir.join(evidence::SIGNATURE)).unwrap();
    std::fs::remove_file(dir.join(evidence::MANIFEST)).unwrap();
    let (code, out) = verify_bare(&dir, &trust);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("MANIFEST.sha256 is missing"), "{out}");
}

#[test]
fn a_pdf_swapped_for_another_assessments_fails_even_with_a_resigned_manifest() {
    let d = Dossier2::new();
    let dir = d.tmp.path().join("b");
    d.bundle(&dir);
    std::fs::copy(
        dir.join(format!("reports/{CLINIC}-r0001.pdf")),
        dir.join(format!("reports/{ID}-r0002.pdf")),
    )
    .unwrap();
    // An insider with the genuine key re-signs the manifest: the files are as listed.
    resign_manifest(&dir, &d.ana);
    let fp = d.ana.info.fingerprint.clone();
    let (code, out) = verify_bare(&dir, &["--trust", &fp, "--trust", &d.rui.info.fingerprint]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "reports/{ID}-r0002.pdf is not the report of assessments/{ID}/revisions/0002.ron"
        )),
        "{out}"
    );
    // The genuine bundle's PDFs each name their record.
    let good = d.tmp.path().join("good");
    d.bundle(&good);
    let (code, out) = verify_bare(&good, &["--trust", &fp, "--trust", &d.rui.info.fingerprint]);
    assert_eq!(code, 0, "{out}");
}

/// Each removal from a dossier, and what `farol verify` says about it.
#[test]
fn removing_any_newest_signed_thing_from_a_dossier_is_detected() {
    let check = |what: &str, change: &dyn Fn(&Dossier2), expect: &str| {
        let d = Dossier2::new();
        assert!(d.verify().passed(), "{}", all_problems(&d.verify()));
        change(&d);
        let r = d.verify();
        let p = all_problems(&r);
        assert!(!r.passed(), "{what}: passed");
        assert!(p.contains(expect), "{what}: expected '{expect}' in:\n{p}");
    };
    check(
        "the newest revision, with the draft",
        &|d| {
            std::fs::remove_file(d.adir(ID).join("revisions/0002.ron")).unwrap();
            std::fs::remove_file(d.adir(ID).join("draft.ron")).unwrap();
        },
        "revision 2 (assessments/demo-worklink-rollout/revisions/0002.ron), which assessments/demo-worklink-rollout/heads/0004.ron names, is missing",
    );
    check(
        "the newest review (a rejection)",
        &|d| std::fs::remove_file(d.adir(ID).join("reviews/0002.ron")).unwrap(),
        "review 2 (assessments/demo-worklink-rollout/reviews/0002.ron), which assessments/demo-worklink-rollout/heads/0004.ron names, is missing",
    );
    check(
        "the only review of the clinic is none; a whole assessment",
        &|d| std::fs::remove_dir_all(d.adir(CLINIC)).unwrap(),
        "assessment 'clinic-portal', which index/",
    );
    check(
        "the newest head",
        &|d| std::fs::remove_file(d.adir(ID).join("heads/0004.ron")).unwrap(),
        "review 2 (assessments/demo-worklink-rollout/reviews/0002.ron) is not named by the newest head",
    );
    check(
        "every head",
        &|d| std::fs::remove_dir_all(d.adir(ID).join("heads")).unwrap(),
        "'demo-worklink-rollout' has no heads",
    );
    check(
        "the anchor rolled back: the newest review, its head, and the draft's anchor",
        &|d| {
            std::fs::remove_file(d.adir(ID).join("reviews/0002.ron")).unwrap();
            std::fs::remove_file(d.adir(ID).join("heads/0004.ron")).unwrap();
        },
        "head 4 of 'demo-worklink-rollout' (assessments/demo-worklink-rollout/heads/0004.ron), which index/",
    );
    check(
        "the newest revision, its head and the draft's signed line rolled back",
        &|d| {
            // The clinic: one revision, one head; the index names head 1.
            std::fs::remove_file(d.adir(CLINIC).join("revisions/0001.ron")).unwrap();
            std::fs::remove_file(d.adir(CLINIC).join("heads/0001.ron")).unwrap();
            let draft = d.adir(CLINIC).join("draft.ron");
            let text = std::fs::read_to_string(&draft).unwrap();
            let rolled: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("signed:"))
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(&draft, rolled).unwrap();
        },
        "head 1 of 'clinic-portal' (assessments/clinic-portal/heads/0001.ron), which index/",
    );
    check(
        "an older head replaced",
        &|d| {
            let f = d.adir(ID).join("heads/0002.ron");
            let text = std::fs::read_to_string(&f).unwrap();
            std::fs::write(&f, text.replacen("// Farol head", "// Farol  head", 1)).unwrap();
        },
        "assessments/demo-worklink-rollout/heads/0003.ron does not follow 0002.ron",
    );
    check(
        "the whole index",
        &|d| std::fs::remove_dir_all(d.root().join("index")).unwrap(),
        "the dossier has no index",
    );
}

#[test]
fn status_reads_what_verifies_not_what_is_left() {
    let d = Dossier2::new();
    let today = at("2026-11-12T10:00:00Z").date_naive();
    let s = review::status(&d.dossier, ID, today).unwrap();
    assert_eq!(s.state, review::State::Rejected);
    std::fs::remove_file(d.adir(ID).join("reviews/0002.ron")).unwrap();
    match review::status(&d.dossier, ID, today) {
        Ok(s) => assert_ne!(
            s.state,
            review::State::Signed,
            "a deleted rejection must not read as signed"
        ),
        Err(e) => assert!(e.to_string().contains("reviews/0002.ron"), "{e}"),
    }
    // The rejection and the head naming it removed together: the index still names it.
    std::fs::remove_file(d.adir(ID).join("heads/0004.ron")).unwrap();
    let e = review::status(&d.dossier, ID, today).unwrap_err();
    assert!(
        e.to_string().contains("heads/0004.ron, which index/"),
        "{e}"
    );
    // `farol status` lists it without a status rather than as signed.
    let list = d.dossier.list_at("en", today).unwrap();
    let row = list.iter().find(|e| e.id == ID).unwrap();
    assert!(row.status.is_none(), "{:?}", row.status);
}

#[test]
fn a_review_resigned_in_another_name_by_a_trusted_key_fails() {
    let d = Dossier2::new();
    let file = d.adir(ID).join("reviews/0002.ron");
    let bytes = std::fs::read(&file).unwrap();
    let t = record::split("r", &bytes).unwrap();
    let body = String::from_utf8(bytes[..t.signed_len].to_vec()).unwrap();
    assert!(body.contains("name: \"Rui Reviewer\""));
    let renamed = body.replace("name: \"Rui Reviewer\"", "name: \"Chief Approver Wong\"");
    std::fs::write(&file, record::seal(&renamed, &d.rui)).unwrap();
    // Rewrite the heads too, so only the name is wrong: a head signed by Rui naming it.
    record::record_head(&d.dossier, ID, &d.rui, at("2026-11-06T11:00:00Z")).unwrap();
    let r = record::verify_paths(d.root(), &[d.adir(ID)]).unwrap();
    let row = r
        .records
        .iter()
        .find(|row| row.file.ends_with("reviews/0002.ron"))
        .unwrap();
    assert_eq!(
        row.trusted,
        record::TrustStatus::NameMismatch,
        "{}",
        all_problems(&r)
    );
    assert!(
        all_problems(&r)
            .contains("signed in the name of Chief Approver Wong (reviewer), but the key"),
        "{}",
        all_problems(&r)
    );
    assert!(!r.passed());

    // A head signed in another name fails as well.
    let mut fake = d.rui.info.clone();
    fake.name = "Chief Approver Wong".into();
    let wong = LoadedKey {
        info: fake,
        signing: keys::read_private_key(&d.rui.info.path).unwrap(),
    };
    record::record_head(&d.dossier, ID, &wong, at("2026-11-06T12:00:00Z")).unwrap();
    let r = record::verify_paths(d.root(), &[d.adir(ID)]).unwrap();
    assert!(
        all_problems(&r).lines().any(|l| l.contains("heads/0006")
            && l.contains(".ron: signed in the name of Chief Approver Wong")),
        "{}",
        all_problems(&r)
    );
}

#[test]
fn a_dossier_verified_from_outside_uses_the_verifiers_keys() {
    let d = Dossier2::new();
    // Another person's dossier path, verified with an empty own dossier: nothing trusted.
    let opts = VerifyOptions {
        own_dossier: Some(d.tmp.path().join("mine")),
        ..VerifyOptions::default()
    };
    let r = record::verify_paths_with(d.root(), &[d.root().to_path_buf()], &opts).unwrap();
    assert!(!r.passed());
    assert_eq!(r.came_with.len(), 2, "{:?}", r.came_with);
    // With --trust of the genuine key files, it verifies.
    let files = d.key_files();
    let opts = VerifyOptions {
        trust: files.iter().map(|f| f.display().to_string()).collect(),
        ..opts
    };
    let r = record::verify_paths_with(d.root(), &[d.root().to_path_buf()], &opts).unwrap();
    assert!(r.passed(), "{}", all_problems(&r));
    let _ = &d.keys_dir;
}

#[test]
fn a_dossier_made_before_heads_fails_unless_accepted() {
    let d = Dossier2::new();
    for id in [ID, CLINIC] {
        std::fs::remove_dir_all(d.adir(id).join("heads")).unwrap();
    }
    std::fs::remove_dir_all(d.root().join("index")).unwrap();
    let r = d.verify();
    assert!(!r.passed());
    assert!(
        all_problems(&r).contains("--accept-unanchored"),
        "{}",
        all_problems(&r)
    );
    let opts = VerifyOptions {
        accept_unanchored: true,
        ..VerifyOptions::default()
    };
    let r = record::verify_paths_with(d.root(), &[d.root().to_path_buf()], &opts).unwrap();
    assert!(r.passed(), "{}", all_problems(&r));
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("accepted with --accept-unanchored"))
    );
    // The next signature anchors it again.
    let mut draft = d.dossier.load_draft(CLINIC).unwrap().0;
    draft.title = "Clinic portal, v2".into();
    d.dossier.save_draft(&draft).unwrap();
    record::sign(
        &d.dossier,
        CLINIC,
        &d.ana,
        at("2026-11-07T10:00:00Z") + Duration::hours(1),
    )
    .unwrap();
    let r = d.verify();
    let p = all_problems(&r);
    assert!(!p.contains("'clinic-portal' has no heads"), "{p}");
    assert!(p.contains("'demo-worklink-rollout' has no heads"), "{p}");
}

#[test]
fn the_openssl_recipe_of_the_readme_verifies_a_bundle() {
    if Process::new("openssl").arg("version").output().is_err() {
        eprintln!(
            "SKIPPED: openssl is not installed (apt-get install -y openssl); the recipe is not checked"
        );
        return;
    }
    if Process::new("xxd").arg("-v").output().is_err() {
        eprintln!("SKIPPED: xxd is not installed (apt-get install -y xxd)");
        return;
    }
    let d = Dossier2::new();
    let dir = d.tmp.path().join("b");
    d.bundle(&dir);
    let readme = std::fs::read_to_string(dir.join("README.txt")).unwrap();
    for line in evidence::OPENSSL_RECIPE.lines() {
        assert!(readme.contains(line), "README lacks: {line}");
    }
    let fp16 = |k: &LoadedKey| k.info.fingerprint[..16].to_string();
    let cases = [
        (format!("assessments/{ID}/revisions/0002.ron"), fp16(&d.ana)),
        (format!("assessments/{ID}/reviews/0002.ron"), fp16(&d.rui)),
        (format!("assessments/{ID}/heads/0004.ron"), fp16(&d.rui)),
        (evidence::SIGNATURE.to_string(), fp16(&d.ana)),
    ];
    let run = |file: &str, key: &str| {
        let script = evidence::OPENSSL_RECIPE
            .replace("F=assessments/ID/revisions/0001.ron", &format!("F={file}"))
            .replace(
                "K=keys/trusted/FP16.pub.pem",
                &format!("K=keys/trusted/{key}.pub.pem"),
            );
        Process::new("sh")
            .arg("-c")
            .arg(&script)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    for (file, key) in &cases {
        let out = run(file, key);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && text.contains("Signature Verified Successfully"),
            "{file}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The fingerprint recipe gives the fingerprint Farol shows.
    let fp = Process::new("sh")
        .arg("-c")
        .arg(format!(
            "K=keys/trusted/{}.pub.pem; {}",
            fp16(&d.ana),
            evidence::OPENSSL_FINGERPRINT
        ))
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&fp.stdout).contains(&d.ana.info.fingerprint),
        "{}",
        String::from_utf8_lossy(&fp.stdout)
    );
    // A changed byte, or the wrong key, fails.
    let file = dir.join(format!("assessments/{ID}/revisions/0002.ron"));
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("WorkLink", "WorkLinc", 1)).unwrap();
    let out = run(
        &format!("assessments/{ID}/revisions/0002.ron"),
        &fp16(&d.ana),
    );
    assert!(!out.status.success());
    let out = run(&format!("assessments/{ID}/reviews/0002.ron"), &fp16(&d.ana));
    assert!(!out.status.success(), "the wrong key fails");
}

#[test]
fn a_dossier_with_a_reports_folder_is_still_a_dossier() {
    let d = Dossier2::new();
    std::fs::create_dir_all(d.root().join("reports")).unwrap();
    std::fs::write(d.root().join("README.txt"), "our team's notes\n").unwrap();
    assert!(!evidence::is_bundle(d.root()));
    let (code, out) = verify_bare(d.root(), &["--dossier", d.root().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    // A bundle keeps no draft: with its manifest gone, its README still marks it.
    let b = d.tmp.path().join("b");
    d.bundle(&b);
    std::fs::remove_file(b.join(evidence::MANIFEST)).unwrap();
    std::fs::remove_file(b.join(evidence::SIGNATURE)).unwrap();
    assert!(evidence::is_bundle(&b));
}

#[test]
fn signing_again_never_hides_a_removal() {
    let d = Dossier2::new();
    // The newest rejection and its head removed: signing the demo again is refused.
    std::fs::remove_file(d.adir(ID).join("reviews/0002.ron")).unwrap();
    std::fs::remove_file(d.adir(ID).join("heads/0004.ron")).unwrap();
    let e = record::sign(&d.dossier, ID, &d.ana, at("2026-11-08T10:00:00Z")).unwrap_err();
    assert!(
        e.to_string()
            .contains("is incomplete, so nothing new is signed"),
        "{e}"
    );
    // The clinic removed, then the demo's files restored and the demo signed again: the
    // new index still names the clinic, so its removal stays visible.
    let d = Dossier2::new();
    std::fs::remove_dir_all(d.adir(CLINIC)).unwrap();
    let (mut draft, _) = d.dossier.load_draft(ID).unwrap();
    draft.title = "WorkLink, third revision".into();
    d.dossier.save_draft(&draft).unwrap();
    record::sign(&d.dossier, ID, &d.ana, at("2026-11-08T10:00:00Z")).unwrap();
    let r = d.verify();
    assert!(!r.passed());
    assert!(
        all_problems(&r).contains("assessment 'clinic-portal', which index/"),
        "{}",
        all_problems(&r)
    );
}

/// Removes every file only a bundle has (README, verification, manifest and its
/// signature, reports, PEM keys), so that what is left looks like a dossier.
fn strip_to_dossier_shape(dir: &Path) {
    for f in [
        "README.txt",
        "VERIFICATION.txt",
        "verification.json",
        evidence::MANIFEST,
        evidence::SIGNATURE,
    ] {
        std::fs::remove_file(dir.join(f)).unwrap();
    }
    std::fs::remove_dir_all(dir.join("reports")).unwrap();
    for e in std::fs::read_dir(dir.join("keys/trusted"))
        .unwrap()
        .flatten()
    {
        if e.file_name().to_string_lossy().ends_with(".pem") {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
}
