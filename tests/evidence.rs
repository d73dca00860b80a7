//! The evidence bundle: what it holds, that `farol verify` passes on it with nothing but
//! the bundle, and that every kind of tampering fails it with the file named.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use chrono::NaiveDate;
use farol::dossier::Dossier;
use farol::evidence::{self, Options};
use farol::keys::{LoadedKey, Role};
use farol::record;

mod common;

use common::{at, farol_bare, trusted_key};

const NOW: &str = "2026-11-22T10:00:00Z";
const FOLDER: &str = "evidence-2026-11-22";
const DEMO: &str = farol::demo::ID;
const CLINIC: &str = "clinic-portal";

/// A dossier with two assessments signed by a trusted key (the demo twice, the clinic
/// once), one unsigned draft, and its bundle as a directory and as a zip. Built once: the
/// reports make it the slow part.
struct Fixture {
    base: PathBuf,
    dossier: Dossier,
    key: LoadedKey,
    bundle: evidence::Bundle,
}

impl Fixture {
    fn dir(&self) -> PathBuf {
        self.base.join("bundle")
    }
    fn zip(&self) -> PathBuf {
        self.base.join("evidence.zip")
    }
}

fn new_dossier(base: &Path) -> (Dossier, LoadedKey) {
    let dossier = Dossier::open(base.join("dossier"));
    let keys_dir = base.join("keys");
    let key = trusted_key(
        dossier.root(),
        &keys_dir,
        "Ana Lei",
        Role::Assessor,
        "2026-09-01T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    dossier.keep_questionnaire(&l).unwrap();
    let mut demo = farol::demo::draft(&l);
    dossier.save_draft(&demo).unwrap();
    record::sign(&dossier, DEMO, &key, at("2026-11-01T10:00:00Z")).unwrap();
    demo.meta.system = "WorkLink, with the mainland node switched off".into();
    dossier.save_draft(&demo).unwrap();
    record::sign(&dossier, DEMO, &key, at("2026-11-20T10:00:00Z")).unwrap();
    let mut clinic = farol::demo::draft(&l);
    clinic.id = CLINIC.into();
    clinic.title = "Clínica São João patient portal 病人入口".into();
    dossier.save_draft(&clinic).unwrap();
    record::sign(&dossier, CLINIC, &key, at("2026-10-01T10:00:00Z")).unwrap();
    let mut unsigned = farol::demo::draft(&l);
    unsigned.id = "draft-only".into();
    dossier.save_draft(&unsigned).unwrap();
    (dossier, key)
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        // Kept for the whole run (a static is never dropped): clear the previous runs' first.
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        for e in std::fs::read_dir(tmp).into_iter().flatten().flatten() {
            if e.file_name().to_string_lossy().starts_with("evidence-") {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
        let base = tempfile::Builder::new()
            .prefix("evidence-")
            .tempdir_in(tmp)
            .unwrap()
            .keep();
        let (dossier, key) = new_dossier(&base);
        let bundle = evidence::build(
            &dossier,
            &Options {
                since: None,
                now: at(NOW),
                key: Some(&key),
            },
        )
        .unwrap();
        bundle.write_dir(&base.join("bundle")).unwrap();
        bundle
            .write_zip(&base.join("evidence.zip"), at(NOW))
            .unwrap();
        Fixture {
            base,
            dossier,
            key,
            bundle,
        }
    })
}

/// `farol verify PATH --trust FINGERPRINT` of the genuine key, on a bare machine: as an
/// inspector who received the fingerprint by another channel.
fn verify(path: &Path) -> (i32, String) {
    let fp = fixture().key.info.fingerprint.clone();
    let (code, stdout, stderr) = farol_bare(&["verify", path.to_str().unwrap(), "--trust", &fp]);
    assert!(code == 0 || code == 1, "exit {code}: {stderr}\n{stdout}");
    (code, stdout)
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

/// A copy of the fixture's bundle directory to tamper with.
fn bundle_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    copy_dir(&fixture().dir(), &dir);
    (tmp, dir)
}

fn demo_rev(n: u32) -> String {
    rev_in(DEMO, n)
}

/// The bundle path of revision `n` of `id` (its file is named `NNNN-<h12>.ron`).
fn rev_in(id: &str, n: u32) -> String {
    let prefix = format!("assessments/{id}/revisions/{n:04}");
    fixture()
        .bundle
        .files
        .keys()
        .find(|k| k.starts_with(&prefix) && k.ends_with(".ron"))
        .cloned()
        .unwrap_or(format!("{prefix}.ron"))
}

#[test]
fn the_bundle_holds_the_signed_files_and_no_draft() {
    let f = fixture();
    let names: Vec<&str> = f.bundle.files.keys().map(String::as_str).collect();
    for want in [
        "MANIFEST.sha256",
        "MANIFEST.sha256.sig",
        "README.txt",
        "VERIFICATION.txt",
        "verification.json",
        &demo_rev(1),
        &demo_rev(2),
        &rev_in(CLINIC, 1),
        &format!("reports/{DEMO}-r0002.pdf"),
        &format!("reports/{CLINIC}-r0001.pdf"),
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("keys/trusted/") && n.ends_with(".pub.ron"))
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("questionnaires/macau-pdpa-"))
    );
    assert!(
        !names.iter().any(|n| n.contains("draft")),
        "drafts are unsigned and stay out: {names:?}"
    );
    // The records are copied byte for byte.
    let stored = std::fs::read(common::numbered(
        &record::revisions_dir(&f.dossier, DEMO),
        2,
    ))
    .unwrap();
    assert_eq!(f.bundle.files[&demo_rev(2)], stored);
    assert!(f.bundle.files[&format!("reports/{DEMO}-r0002.pdf")].starts_with(b"%PDF"));
    assert!(f.bundle.verification.passed());
    let readme = String::from_utf8(f.bundle.files["README.txt"].clone()).unwrap();
    for needle in [
        "farol verify evidence-2026-11-22",
        "sha256sum -c MANIFEST.sha256",
        "Ana Lei (assessor",
        &f.key.info.fingerprint,
        &f.bundle.assessments[1].latest_sha256,
    ] {
        assert!(
            readme.contains(needle),
            "README lacks {needle:?}:\n{readme}"
        );
    }
}

#[test]
fn the_manifest_lists_every_other_file_as_sha256sum_does() {
    let f = fixture();
    let manifest = String::from_utf8(f.bundle.files["MANIFEST.sha256"].clone()).unwrap();
    let lines: Vec<(&str, &str)> = manifest
        .lines()
        .map(|l| l.split_once("  ").unwrap())
        .collect();
    let listed: Vec<&str> = lines.iter().map(|(_, p)| *p).collect();
    let mut want: Vec<&str> = f
        .bundle
        .files
        .keys()
        .map(String::as_str)
        .filter(|p| !p.starts_with("MANIFEST"))
        .collect();
    want.sort();
    assert_eq!(
        listed, want,
        "sorted, every file but the manifest and its signature"
    );
    for (hash, path) in lines {
        assert_eq!(hash, sha256(&f.bundle.files[path]), "{path}");
    }
}

fn sha256(bytes: &[u8]) -> String {
    farol::questionnaire::load::fingerprint(bytes)
}

#[test]
fn the_bundle_verifies_with_nothing_but_itself() {
    let f = fixture();
    let (code, out) = verify(&f.dir());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Evidence bundle: VERIFIED"), "{out}");
    assert!(out.contains("trusted as Ana Lei (assessor)"), "{out}");
    assert!(out.contains("3 records: 3 verified"), "{out}");
}

#[test]
fn the_zip_verifies_too_naming_files_by_their_path_inside_it() {
    let f = fixture();
    let (code, out) = verify(&f.zip());
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Evidence bundle: VERIFIED"), "{out}");
    assert!(
        out.contains(&format!("{FOLDER}/{}  verified", demo_rev(2))),
        "{out}"
    );
    assert!(!out.contains(".farol-verify"), "{out}");
}

#[test]
fn one_changed_byte_in_a_record_fails_naming_it() {
    let (_tmp, dir) = bundle_copy();
    let path = dir.join(demo_rev(1));
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.windows(7).position(|w| w == b"Trading").unwrap();
    bytes[i] = b't';
    std::fs::write(&path, bytes).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("changed since bundling: {}", demo_rev(1))),
        "{out}"
    );
    assert!(out.contains(&format!("{}  FAILED", demo_rev(1))), "{out}");
    assert!(out.contains("Evidence bundle: NOT VERIFIED"), "{out}");
}

#[test]
fn a_changed_report_fails_naming_it() {
    let (_tmp, dir) = bundle_copy();
    let pdf = format!("reports/{CLINIC}-r0001.pdf");
    let mut bytes = std::fs::read(dir.join(&pdf)).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 1;
    std::fs::write(dir.join(&pdf), bytes).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("changed since bundling: {pdf}")),
        "{out}"
    );
    // The records themselves are intact: only the manifest can tell.
    assert!(out.contains("3 records: 3 verified"), "{out}");
}

#[test]
fn a_removed_latest_revision_fails_naming_it() {
    let (_tmp, dir) = bundle_copy();
    std::fs::remove_file(dir.join(demo_rev(2))).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("missing since bundling: {}", demo_rev(2))),
        "{out}"
    );
    // What is left is a valid chain: without the manifest nothing would show it.
    assert!(out.contains("2 records: 2 verified"), "{out}");
}

#[test]
fn a_revision_added_after_bundling_fails_naming_it() {
    // A genuine revision 3, signed by the trusted key after the bundle was made, slipped in.
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(f.dossier.root(), &tmp.path().join("dossier"));
    let later = Dossier::open(tmp.path().join("dossier"));
    let s = record::sign(&later, DEMO, &f.key, at("2026-11-23T10:00:00Z")).unwrap();
    let (_b, dir) = bundle_copy();
    std::fs::copy(&s.path, dir.join(demo_rev(3))).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "not in the manifest, so added after bundling: {}",
            demo_rev(3)
        )),
        "{out}"
    );
    assert!(
        out.contains("4 records: 4 verified"),
        "the record itself is valid: {out}"
    );
}

#[test]
fn an_edited_manifest_fails() {
    // The PDF is changed and its line in the manifest updated to match: the signature,
    // which names the manifest's hash, no longer does.
    let (_tmp, dir) = bundle_copy();
    let pdf = format!("reports/{DEMO}-r0002.pdf");
    let mut bytes = std::fs::read(dir.join(&pdf)).unwrap();
    bytes.extend_from_slice(b"\n% changed\n");
    std::fs::write(dir.join(&pdf), &bytes).unwrap();
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.sha256")).unwrap();
    let old = sha256(&fixture().bundle.files[&pdf]);
    std::fs::write(
        dir.join("MANIFEST.sha256"),
        manifest.replace(&old, &sha256(&bytes)),
    )
    .unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("MANIFEST.sha256 was changed after Ana Lei signed it"),
        "{out}"
    );
    assert!(!out.contains("changed since bundling"), "{out}");

    // A line removed: its file is named as not in the manifest, and the signature fails.
    let (_tmp2, dir2) = bundle_copy();
    let manifest = std::fs::read_to_string(dir2.join("MANIFEST.sha256")).unwrap();
    let kept: String = manifest
        .lines()
        .filter(|l| !l.ends_with(&pdf))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(dir2.join("MANIFEST.sha256"), kept).unwrap();
    let (code, out) = verify(&dir2);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("added after bundling: {pdf}")),
        "{out}"
    );
    assert!(out.contains("MANIFEST.sha256 was changed"), "{out}");
}

#[test]
fn a_removed_manifest_or_signature_is_noticed() {
    let (_tmp, dir) = bundle_copy();
    std::fs::remove_file(dir.join("MANIFEST.sha256")).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("MANIFEST.sha256 is missing"), "{out}");

    // Without its signature nobody vouches for the manifest: anyone can regenerate it.
    let (_tmp, dir) = bundle_copy();
    std::fs::remove_file(dir.join("MANIFEST.sha256.sig")).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("NOT SIGNED"), "{out}");

    // A changed signature file fails.
    let (_tmp, dir) = bundle_copy();
    let sig = std::fs::read_to_string(dir.join("MANIFEST.sha256.sig")).unwrap();
    std::fs::write(
        dir.join("MANIFEST.sha256.sig"),
        sig.replace("name: \"Ana Lei\"", "name: \"Bo Chan\""),
    )
    .unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("MANIFEST.sha256.sig was changed after signing"),
        "{out}"
    );
}

/// The fixture's zip with `change` applied to its entries.
fn rezip(change: impl Fn(&mut BTreeMap<String, Vec<u8>>)) -> (tempfile::TempDir, PathBuf) {
    let mut ar = zip::ZipArchive::new(std::fs::File::open(fixture().zip()).unwrap()).unwrap();
    let mut entries = BTreeMap::new();
    for i in 0..ar.len() {
        let mut e = ar.by_index(i).unwrap();
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).unwrap();
        entries.insert(e.name().unwrap().to_string(), bytes);
    }
    change(&mut entries);
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("tampered.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    for (name, bytes) in entries {
        w.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(&bytes).unwrap();
    }
    w.finish().unwrap();
    (tmp, path)
}

#[test]
fn a_tampered_zip_fails_naming_the_file_inside_it() {
    let pdf = format!("reports/{DEMO}-r0002.pdf");
    let (_tmp, zip) = rezip(|e| {
        e.get_mut(&format!("{FOLDER}/{pdf}")).unwrap().push(b'\n');
    });
    let (code, out) = verify(&zip);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("changed since bundling: {pdf}")),
        "{out}"
    );

    let (_tmp, zip) = rezip(|e| {
        e.insert("../escape.txt".into(), b"outside".to_vec());
        e.insert("stray.txt".into(), b"outside the folder".to_vec());
    });
    let (code, out) = verify(&zip);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("../escape.txt points outside the bundle"),
        "{out}"
    );
    assert!(out.contains("stray.txt is in the zip but outside"), "{out}");
}

#[test]
fn verify_json_carries_the_manifest_result() {
    let (_tmp, dir) = bundle_copy();
    std::fs::remove_file(dir.join(demo_rev(2))).unwrap();
    let fp = fixture().key.info.fingerprint.clone();
    let (code, stdout, _) =
        farol_bare(&["verify", dir.to_str().unwrap(), "--json", "--trust", &fp]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["passed"], false);
    assert_eq!(v["manifest"]["missing"][0], demo_rev(2));
    assert_eq!(v["manifest"]["signature"]["state"], "valid");
    assert_eq!(v["manifest"]["signature"]["signer"], "Ana Lei");
    assert_eq!(v["summary"]["verified"], 2, "the records, as for a dossier");
}

#[test]
fn since_keeps_each_chosen_assessment_whole() {
    let f = fixture();
    let b = evidence::build(
        &f.dossier,
        &Options {
            since: NaiveDate::from_ymd_opt(2026, 11, 15),
            now: at(NOW),
            key: Some(&f.key),
        },
    )
    .unwrap();
    let ids: Vec<&str> = b.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, [DEMO], "the clinic was last signed in October");
    assert!(
        b.files.contains_key(&demo_rev(1)),
        "revision 1 predates --since but is kept"
    );
    assert!(b.files.contains_key(&demo_rev(2)));
    assert!(b.verification.passed());
    let sig = String::from_utf8(b.files["MANIFEST.sha256.sig"].clone()).unwrap();
    assert!(sig.contains("since: Some(\"2026-11-15\")"), "{sig}");

    let err = evidence::build(
        &f.dossier,
        &Options {
            since: NaiveDate::from_ymd_opt(2027, 1, 1),
            now: at(NOW),
            key: None,
        },
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("on or after 2027-01-01") && err.contains("hint:"),
        "{err}"
    );
}

#[test]
fn the_zip_is_the_same_bytes_for_the_same_time() {
    let f = fixture();
    let again = evidence::build(
        &f.dossier,
        &Options {
            since: None,
            now: at(NOW),
            key: Some(&f.key),
        },
    )
    .unwrap();
    let zip = std::fs::read(f.zip()).unwrap();
    assert_eq!(again.zip_bytes(at(NOW)).unwrap(), zip);
    let later = at("2026-11-23T10:00:00Z");
    let other = evidence::build(
        &f.dossier,
        &Options {
            since: None,
            now: later,
            key: Some(&f.key),
        },
    )
    .unwrap();
    assert_ne!(other.zip_bytes(later).unwrap(), zip);
}

#[test]
fn signed_reviews_are_bundled_and_count_for_since() {
    let tmp = tempfile::tempdir().unwrap();
    let (dossier, key) = new_dossier(tmp.path());
    let review = "Review(\n    assessment: \"clinic-portal\",\n    signer: Signer(name: \"Rui Lam\", at: \"2026-12-02T09:00:00Z\"),\n)\n";
    let path = dossier
        .root()
        .join("assessments")
        .join(CLINIC)
        .join("reviews")
        .join("0001.ron");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, record::seal(review, &key)).unwrap();
    let b = evidence::build(
        &dossier,
        &Options {
            since: NaiveDate::from_ymd_opt(2026, 12, 1),
            now: at("2026-12-03T10:00:00Z"),
            key: None,
        },
    )
    .unwrap();
    let ids: Vec<&str> = b.assessments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, [CLINIC], "reviewed in December, signed in October");
    let copied = &b.files[&format!("assessments/{CLINIC}/reviews/0001.ron")];
    assert_eq!(*copied, std::fs::read(&path).unwrap());
    assert!(!b.files.contains_key("MANIFEST.sha256.sig"));
}

#[test]
fn farol_evidence_never_overwrites_and_signs_only_with_a_key() {
    let f = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str], keys: &Path| {
        Command::cargo_bin("farol")
            .unwrap()
            .args(args)
            .current_dir(tmp.path())
            .env("FAROL_DOSSIER", f.dossier.root())
            .env("FAROL_KEYS", keys)
            .env("FAROL_CONFIG_DIR", tmp.path().join(".test-config"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap()
    };
    let keys_dir = f.base.join("keys");
    // The default name, in the current directory.
    let out = run(&["evidence"], &keys_dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(made.len(), 1, "{made:?}");
    assert!(
        made[0].starts_with("evidence-") && made[0].ends_with(".zip"),
        "{made:?}"
    );
    let first = std::fs::read(tmp.path().join(&made[0])).unwrap();
    let again = run(&["evidence"], &keys_dir);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(std::fs::read(tmp.path().join(&made[0])).unwrap(), first);

    // A directory: new or empty only.
    std::fs::create_dir(tmp.path().join("full")).unwrap();
    std::fs::write(tmp.path().join("full/keep.txt"), "mine").unwrap();
    let out = run(&["evidence", "-o", "full"], &keys_dir);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("full/keep.txt")).unwrap(),
        "mine"
    );
    std::fs::create_dir(tmp.path().join("empty")).unwrap();
    let out = run(&["evidence", "-o", "empty"], &keys_dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(tmp.path().join("empty/MANIFEST.sha256.sig").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // No key: written unsigned, and said so; it does not verify, as nobody vouches for it.
    let no_keys = tmp.path().join("no-keys");
    let out = run(&["evidence", "-o", "unsigned"], &no_keys);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("NOT SIGNED"));
    assert!(!tmp.path().join("unsigned/MANIFEST.sha256.sig").exists());
    let (code, text) = verify(&tmp.path().join("unsigned"));
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("NOT SIGNED: nobody vouches for the manifest"),
        "{text}"
    );
}

#[test]
fn an_empty_dossier_has_nothing_to_bundle() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) =
        farol_bare(&["evidence", "-o", tmp.path().join("b.zip").to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("no signed assessment") && err.contains("farol sign"),
        "{err}"
    );
    assert!(!tmp.path().join("b.zip").exists());
}

#[test]
fn the_readme_verification_and_reports_in_chinese_and_portuguese() {
    let f = fixture();
    let build = |lang| {
        evidence::build_in(
            &f.dossier,
            &Options {
                since: NaiveDate::from_ymd_opt(2026, 11, 15),
                now: at(NOW),
                key: Some(&f.key),
            },
            lang,
        )
        .unwrap()
    };
    let text = |b: &evidence::Bundle, name: &str| String::from_utf8(b.files[name].clone()).unwrap();
    for (lang, words) in [
        (
            farol::i18n::Lang::ZhHant,
            &[
                "證據包：個人資料保護影響評估",
                "《個人資料保護法》（第8/2005號法律）",
                "如何核實",
                "Ana Lei（評估人）",
                "正式文本是其中文及葡文文本",
            ][..],
        ),
        (
            farol::i18n::Lang::Pt,
            &[
                "PACOTE DE PROVAS",
                "Lei da Protecção de Dados Pessoais (Lei n.º 8/2005)",
                "COMO VERIFICAR",
                "Ana Lei (avaliador)",
                "os seus textos chinês e português",
            ][..],
        ),
    ] {
        let b = build(lang);
        let readme = text(&b, "README.txt");
        // The commands, file names and fingerprints stay as they are.
        for line in evidence::OPENSSL_RECIPE.lines() {
            assert!(readme.contains(line), "{lang}: README lacks {line}");
        }
        for same in [
            "farol verify evidence-2026-11-22 --trust FINGERPRINT",
            "sha256sum -c MANIFEST.sha256",
            evidence::OPENSSL_FINGERPRINT,
            &f.key.info.fingerprint,
            &b.assessments[0].latest_sha256,
        ] {
            assert!(
                readme.contains(same),
                "{lang}: README lacks {same:?}:\n{readme}"
            );
        }
        // Wrapped text: compare without white space.
        let flat = common::squash(&readme);
        for w in words {
            assert!(
                flat.contains(&common::squash(w)),
                "{lang}: README lacks {w:?}:\n{readme}"
            );
        }
        // No sentence of the English README is left.
        let english = String::from_utf8(f.bundle.files["README.txt"].clone()).unwrap();
        for line in english.lines().map(str::trim).filter(|l| {
            l.split(' ')
                .filter(|w| w.chars().all(char::is_alphabetic) && w.len() > 2)
                .count()
                >= 4
                && !l.starts_with("farol ")
                && !l.contains(DEMO)
                && !l.contains(CLINIC)
                && !l.contains("openssl")
        }) {
            assert!(
                !readme.contains(line),
                "{lang}: English left in the README: {line}"
            );
        }
        // Lines stay short enough to read (a Chinese character takes two columns).
        for l in readme.lines() {
            let cols: usize = l
                .chars()
                .map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 })
                .sum();
            assert!(cols <= 100, "{lang}: README line too long: {l}");
        }
        let verification = text(&b, "VERIFICATION.txt");
        assert!(verification.contains("farol verify FOLDER-OR-ZIP"));
        assert!(
            !verification.contains("as it stood when the bundle was made"),
            "{lang}: {verification}"
        );
        // The report is in the bundle's language, and still the report of its record.
        let pdf = &b.files[&format!("reports/{DEMO}-r0002.pdf")];
        assert_eq!(
            farol::report::language_of_pdf(pdf).as_deref(),
            Some(lang.tag())
        );
        assert_eq!(
            farol::report::record_of_pdf(pdf).as_deref(),
            Some(b.assessments[0].latest_sha256.as_str())
        );
    }
}

/// Each assessment's latest signed revision comes with its DSPDP filing pack, as text in
/// the bundle's language: the same text as `farol filing ID --revision N`, naming the
/// revision and its SHA-256, listed in the manifest; the README says what it is and that
/// the filing is not recorded yet (the demo's notification is only planned).
#[test]
fn the_bundle_holds_the_filing_pack_of_each_latest_revision() {
    let f = fixture();
    let pack = format!("filing/{DEMO}-r0002.en.txt");
    assert_eq!(pack, evidence::pack_path(DEMO, 2, farol::i18n::Lang::En));
    let clinic = format!("filing/{CLINIC}-r0001.en.txt");
    for p in [&pack, &clinic] {
        assert!(f.bundle.files.contains_key(p), "{p} missing");
    }
    assert!(
        !f.bundle
            .files
            .keys()
            .any(|k| k.contains("-r0001.en.txt") && k.contains(DEMO)),
        "only the latest revision's pack"
    );
    let text = String::from_utf8(f.bundle.files[&pack].clone()).unwrap();
    let demo = f.bundle.assessments.iter().find(|a| a.id == DEMO).unwrap();
    assert!(text.contains(&demo.latest_sha256), "{text}");
    assert!(!text.contains("NOT SIGNED"), "{text}");
    // The same bytes as `farol filing`.
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("farol")
        .unwrap()
        .args(["--lang", "en", "filing", DEMO, "--revision", "2"])
        .env("FAROL_DOSSIER", f.dossier.root())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("FAROL_KEYS", home.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);
    // In the manifest, with its hash.
    let manifest = String::from_utf8(f.bundle.files["MANIFEST.sha256"].clone()).unwrap();
    assert!(
        manifest.contains(&format!("{}  {pack}\n", sha256(text.as_bytes()))),
        "{manifest}"
    );
    let filing = demo.filing.as_ref().expect("the demo has a pack");
    assert_eq!(filing.path, pack);
    assert!(!filing.recorded());
    let readme = common::squash(&String::from_utf8(f.bundle.files["README.txt"].clone()).unwrap());
    for needle in [
        "filing/ID-rNNNN.LANG.txt",
        "the DSPDP filing pack of each assessment's latest revision",
        &format!("filing pack {pack}"),
        "Notify the DSPDP within 8 days of starting: open",
        "The filing is not recorded in this revision",
    ] {
        assert!(
            readme.contains(&common::squash(needle)),
            "README lacks {needle:?}:\n{readme}"
        );
    }
    let (code, out) = verify(&f.dir());
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_changed_filing_pack_fails_naming_it() {
    let (_tmp, dir) = bundle_copy();
    let pack = format!("filing/{DEMO}-r0002.en.txt");
    let text = std::fs::read_to_string(dir.join(&pack)).unwrap();
    let changed = text.replacen("Lótus", "Lotus", 1);
    assert_ne!(changed, text);
    std::fs::write(dir.join(&pack), changed).unwrap();
    let (code, out) = verify(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("changed since bundling: {pack}")),
        "{out}"
    );
    assert!(out.contains("Evidence bundle: NOT VERIFIED"), "{out}");
}

/// Filed: the revision records the date and the DSPDP's reference; the bundle's README
/// (here in Portuguese and Chinese) says the notification is met, with both.
#[test]
fn a_recorded_filing_reads_as_met_in_the_bundle_with_its_date_and_reference() {
    use farol::answer::Answer;
    let tmp = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(tmp.path().join("dossier"));
    let key = trusted_key(
        dossier.root(),
        &tmp.path().join("keys"),
        "Ana Lei",
        Role::Assessor,
        "2026-09-01T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    dossier.keep_questionnaire(&l).unwrap();
    let mut demo = farol::demo::draft(&l);
    demo.answers
        .insert("notif.status".into(), Answer::Choice("filed".into()));
    demo.answers.insert(
        "notif.filed_on".into(),
        Answer::Date(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
    );
    demo.answers
        .insert("notif.reference".into(), Answer::Text("N/1234/2026".into()));
    dossier.save_draft(&demo).unwrap();
    record::sign(&dossier, DEMO, &key, at("2026-11-26T10:00:00Z")).unwrap();
    for (lang, met) in [
        (
            farol::i18n::Lang::Pt,
            "Notificar a DSPDP no prazo de 8 dias após o início: cumprido",
        ),
        (
            farol::i18n::Lang::ZhHant,
            "在開始後8日內通知個人資料保護局：已履行",
        ),
    ] {
        let b = evidence::build_in(
            &dossier,
            &Options {
                since: None,
                now: at(NOW),
                key: Some(&key),
            },
            lang,
        )
        .unwrap();
        let pack = evidence::pack_path(DEMO, 1, lang);
        assert!(pack.ends_with(&format!(".{}.txt", lang.tag())));
        let text = String::from_utf8(b.files[&pack].clone()).unwrap();
        assert!(text.contains(&b.assessments[0].latest_sha256));
        let filing = b.assessments[0].filing.as_ref().unwrap();
        assert!(filing.recorded(), "{filing:?}");
        let readme = String::from_utf8(b.files["README.txt"].clone()).unwrap();
        let flat = common::squash(&readme);
        for needle in [met, "2026-11-25", "N/1234/2026", pack.as_str()] {
            assert!(
                flat.contains(&common::squash(needle)),
                "{lang}: README lacks {needle:?}:\n{readme}"
            );
        }
        assert!(
            !readme.contains(&farol::tr!(lang, "evidence-filing-not-recorded")),
            "{readme}"
        );
    }
}
