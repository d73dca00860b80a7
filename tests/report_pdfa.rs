//! The report as an archival PDF, checked with the clients a user or an archive uses
//! (pdfinfo, qpdf): PDF/A-3b metadata, the signed record attached byte for byte, the
//! outline, `qpdf --check` clean; and `farol verify REPORT.pdf`, genuine and tampered.

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use assert_cmd::Command;
use predicates::prelude::*;

const ID: &str = "demo-worklink-rollout";

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// The demo, signed once by a trusted key.
    fn signed() -> Fixture {
        let f = Fixture {
            dir: tempfile::tempdir().unwrap(),
        };
        f.run(&["demo"]).success();
        let made = f
            .run(&["keys", "new", "--name", "Ana Lei", "--role", "assessor"])
            .success();
        let said = String::from_utf8_lossy(&made.get_output().stdout).into_owned()
            + &String::from_utf8_lossy(&made.get_output().stderr);
        let at = said.find("farol:").expect("keys new names the key");
        let key = &said[at..at + 22];
        f.run(&[
            "keys", "trust", key, "--name", "Ana Lei", "--role", "assessor",
        ])
        .success();
        f.run(&["sign", ID]).success();
        f
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> Command {
        let d = self.dir.path();
        let mut c = Command::cargo_bin("farol").unwrap();
        c.env("FAROL_DOSSIER", d.join("dossier"))
            .env("FAROL_CONFIG_DIR", d.join("config"))
            .env("FAROL_KEYS", d.join("keys"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .current_dir(d);
        c
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    /// The signed revision's file.
    fn revision(&self) -> PathBuf {
        let dir = self.path(&format!("dossier/assessments/{ID}/revisions"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files.pop().unwrap()
    }
}

fn tool(name: &str, args: &[&str]) -> (bool, String) {
    let out = Std::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is installed: {e}"));
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn every_pdf_is_pdf_a_with_its_record_attached_and_passes_qpdf_check() {
    let f = Fixture::signed();
    let revision = f.revision();
    let name = revision.file_name().unwrap().to_str().unwrap().to_string();
    let cases: [(&str, &[&str]); 5] = [
        ("en.pdf", &["report", ID]),
        ("zh.pdf", &["--lang", "zh-Hant", "report", ID]),
        ("pt.pdf", &["--lang", "pt", "report", ID]),
        ("both.pdf", &["report", ID, "--bilingual"]),
        ("filing.pdf", &["--lang", "pt", "filing", ID]),
    ];
    for (out, args) in cases {
        let mut a: Vec<&str> = args.to_vec();
        a.extend(["-o", out]);
        f.run(&a).success();
        let pdf = f.path(out);

        let (ok, check) = tool("qpdf", &["--check", s(&pdf)]);
        assert!(ok, "{out}: {check}");
        assert!(!check.to_lowercase().contains("warning"), "{out}: {check}");

        let (_, info) = tool("pdfinfo", &[s(&pdf)]);
        assert!(info.contains("PDF version:     1.7"), "{out}: {info}");
        assert!(info.contains("Producer:        Farol 0.1.0"), "{out}");
        assert!(info.contains("Creator:         Farol"), "{out}");
        assert!(info.contains("Author:          Ana Lei"), "{out}: {info}");
        assert!(info.contains("Metadata Stream: yes"), "{out}");
        assert!(
            !info.contains("PDF subtype"),
            "no PDF/X claim: {out}: {info}"
        );
        assert!(!info.contains("1970"), "{out}: {info}");
        let (_, meta) = tool("pdfinfo", &["-meta", s(&pdf)]);
        assert!(meta.contains("<pdfaid:part>3</pdfaid:part>"), "{out}");
        assert!(meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        assert!(meta.contains("Ana Lei"), "XMP agrees with Info: {meta}");

        let (_, list) = tool("qpdf", &["--list-attachments", s(&pdf)]);
        assert!(list.contains(&name), "{out}: {list}");
        let shown = Std::new("qpdf")
            .args([&format!("--show-attachment={name}"), s(&pdf)])
            .output()
            .unwrap();
        assert_eq!(
            shown.stdout,
            std::fs::read(&revision).unwrap(),
            "{out}: the attachment is the signed revision, byte for byte"
        );

        let (_, json) = tool("qpdf", &["--json", s(&pdf)]);
        let j: serde_json::Value = serde_json::from_str(&json).unwrap();
        let outlines = j["outlines"].as_array().unwrap();
        assert!(outlines.len() >= 2, "{out}: a bookmark per section");
        let pdf_bytes = std::fs::read(&pdf).unwrap();
        let text = String::from_utf8_lossy(&pdf_bytes);
        assert!(text.contains("/UseOutlines"), "{out}");
        assert!(text.contains("/GTS_PDFA1"), "{out}");
        assert!(!text.contains("GTS_PDFX"), "{out}");
        assert!(info.contains("Tagged:          yes"), "{out}: {info}");
        assert!(text.contains("/StructTreeRoot"), "{out}");

        f.run(&["verify", out])
            .success()
            .stdout(predicate::str::contains("Verified"));
    }
    // The bilingual report has a part per language, each with its sections.
    let (_, json) = tool("qpdf", &["--json", s(&f.path("both.pdf"))]);
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    let parts: Vec<&str> = j["outlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap())
        .collect();
    assert_eq!(parts, ["繁體中文", "Português"]);

    // For filing, unverified citations are left out (the Chinese report alone shows them,
    // marked); the legend still explains the mark.
    let text = |name: &str| tool("pdftotext", &[s(&f.path(name)), "-"]).1;
    assert!(text("zh.pdf").contains("（未經核實）"));
    assert!(!text("both.pdf").contains("（未經核實）"));
    assert!(text("both.pdf").contains("尚未按法律原文核實的引用條文不列於其中"));

    // The signer's key fingerprint breaks between groups of 16 digits, never inside one.
    let en = text("en.pdf");
    let fingerprint = en
        .lines()
        .filter(|l| l.len() == 16 && l.chars().all(|c| c.is_ascii_hexdigit()))
        .count();
    assert!(fingerprint >= 8, "fingerprint and SHA-256 in groups: {en}");
    assert!(j["outlines"][1]["kids"].as_array().unwrap().len() >= 8);
}

#[test]
fn the_same_revision_gives_the_same_bytes_and_a_draft_carries_nothing() {
    let f = Fixture::signed();
    f.run(&["report", ID, "-o", "a.pdf"]).success();
    f.run(&["report", ID, "-o", "b.pdf"]).success();
    assert_eq!(
        std::fs::read(f.path("a.pdf")).unwrap(),
        std::fs::read(f.path("b.pdf")).unwrap()
    );
    f.run(&["report", ID, "--revision", "draft", "-o", "d.pdf"])
        .success();
    let (_, list) = tool("qpdf", &["--list-attachments", s(&f.path("d.pdf"))]);
    assert!(list.contains("no embedded files"), "{list}");
    f.run(&["verify", "d.pdf"])
        .code(1)
        .stdout(predicate::str::contains("carries no signed record"))
        .stdout(predicate::str::contains("NOT verified"));
    f.run(&["verify", "d.pdf", "--json"])
        .code(1)
        .stdout(predicate::str::contains("\"passed\": false"));
}

/// Rewrites the PDF at `from` into `to` after `edit` (lopdf writes the whole file anew).
fn edit(from: &Path, to: &Path, edit: impl FnOnce(&mut lopdf::Document)) {
    let mut doc = lopdf::Document::load(from).unwrap();
    edit(&mut doc);
    doc.save(to).unwrap();
}

/// The embedded file's stream.
fn embedded(doc: &mut lopdf::Document) -> &mut lopdf::Stream {
    let id = doc
        .objects
        .iter()
        .find(|(_, o)| {
            o.as_stream().is_ok_and(|st| {
                st.dict
                    .get(b"Type")
                    .and_then(lopdf::Object::as_name)
                    .is_ok_and(|n| n == b"EmbeddedFile")
            })
        })
        .map(|(id, _)| *id)
        .unwrap();
    doc.get_object_mut(id).unwrap().as_stream_mut().unwrap()
}

#[test]
fn verify_of_a_report_pdf_fails_for_a_swapped_or_edited_record_and_edited_pages() {
    let f = Fixture::signed();
    f.run(&["report", ID, "-o", "r.pdf"]).success();
    f.run(&["verify", "r.pdf"])
        .success()
        .stdout(predicate::str::contains("its pages are exactly those"));
    let json = f.run(&["verify", "r.pdf", "--json"]).success();
    let v: serde_json::Value = serde_json::from_slice(&json.get_output().stdout).unwrap();
    assert_eq!(v["schema"], "farol.verify-pdf/1");
    assert_eq!(v["passed"], true);
    assert_eq!(v["pages"], "same");
    assert_eq!(v["carried_sha256"], v["named_sha256"]);
    // The same PDF on standard input (`farol verify -`), named as such.
    let piped = f
        .cmd()
        .args(["verify", "-", "--json"])
        .write_stdin(std::fs::read(f.path("r.pdf")).unwrap())
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&piped.get_output().stdout).unwrap();
    assert_eq!(v["passed"], true);
    assert_eq!(v["pdf"], "-");

    // Trust comes from outside: a verifier whose dossier does not trust the key fails.
    let other = tempfile::tempdir().unwrap();
    f.cmd()
        .env("FAROL_DOSSIER", other.path())
        .args(["verify", "r.pdf"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("NOT verified"));

    // Another revision's file swapped in: the SHA-256 the PDF names is not its.
    f.run(&["answer", ID, "sec.mfa", "yes"]).success();
    f.run(&["sign", ID]).success();
    let second = std::fs::read(f.revision()).unwrap();
    edit(&f.path("r.pdf"), &f.path("swapped.pdf"), |d| {
        let st = embedded(d);
        st.dict.remove(b"Filter");
        st.set_content(second.clone());
    });
    f.run(&["verify", "swapped.pdf"])
        .code(1)
        .stdout(predicate::str::contains("attachment was swapped"));

    // One character of the record changed: its signature no longer verifies.
    edit(&f.path("r.pdf"), &f.path("edited.pdf"), |d| {
        let st = embedded(d);
        let mut bytes = st.decompressed_content().unwrap_or(st.content.clone());
        let at = bytes.windows(4).position(|w| w == b"Ana ").unwrap();
        bytes[at] = b'E';
        st.dict.remove(b"Filter");
        st.set_content(bytes);
    });
    f.run(&["verify", "edited.pdf"])
        .code(1)
        .stdout(predicate::str::contains("NOT verified"));

    // The first page's text changed, the record left alone: the pages differ.
    edit(&f.path("r.pdf"), &f.path("page.pdf"), |d| {
        let page = *d.get_pages().get(&1).unwrap();
        let mut content = d.get_page_content(page);
        content.extend_from_slice(b"\nBT ET\n");
        d.change_page_content(page, content).unwrap();
    });
    f.run(&["verify", "page.pdf"])
        .code(1)
        .stdout(predicate::str::contains(
            "its pages are not those Farol writes",
        ));
}

#[test]
fn verify_of_a_report_pdf_speaks_chinese_and_portuguese() {
    let f = Fixture::signed();
    f.run(&["report", ID, "-o", "r.pdf"]).success();
    f.run(&["--lang", "zh-Hant", "verify", "r.pdf"])
        .success()
        .stdout(predicate::str::contains("已核實"));
    f.run(&["--lang", "pt", "verify", "r.pdf"])
        .success()
        .stdout(predicate::str::contains("Verificado"));
}

#[test]
fn a_report_with_no_data_in_scope_stays_on_its_pages_in_every_language() {
    let f = Fixture {
        dir: tempfile::tempdir().unwrap(),
    };
    f.run(&["new", "--title", "Nothing yet", "--id", "empty"])
        .success();
    for lang in ["en", "zh-Hant", "pt"] {
        // Standard error says only what was written: no layout warning.
        let out = f
            .run(&["--lang", lang, "report", "empty", "-o", "e.pdf"])
            .success();
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert_eq!(err.lines().count(), 1, "{lang}: {err}");
        assert!(err.contains("e.pdf"), "{lang}: {err}");
    }
}
