//! Helpers shared by the integration tests.
#![allow(dead_code)]

use farol::answer::{Answer, Answers, Cell, Row};
use farol::questionnaire::{AnswerKind, ColumnKind, Questionnaire};

/// A small deterministic generator, so one proptest seed vector gives one answer set.
pub struct Seeds<'a> {
    seeds: &'a [u64],
    i: usize,
    state: u64,
}

impl<'a> Seeds<'a> {
    pub fn new(seeds: &'a [u64]) -> Self {
        Seeds {
            seeds,
            i: 0,
            state: 0x9E37_79B9_7F4A_7C15,
        }
    }
    pub fn next(&mut self) -> u64 {
        let s = self
            .seeds
            .get(self.i % self.seeds.len().max(1))
            .copied()
            .unwrap_or(0);
        self.i += 1;
        self.state = self
            .state
            .wrapping_add(s)
            .wrapping_mul(0x5851_F42D_4C95_7F2D)
            .rotate_left(17)
            ^ s;
        self.state
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn subset(&mut self, ids: &[&str]) -> Vec<String> {
        ids.iter()
            .filter(|_| self.next().is_multiple_of(3))
            .map(|s| s.to_string())
            .collect()
    }
}

/// A random but valid answer for every question of `q` (some left unanswered).
pub fn random_answers(q: &Questionnaire, seeds: &[u64]) -> Answers {
    let mut g = Seeds::new(seeds);
    let mut out = Answers::new();
    for (_, qu) in q.questions() {
        if g.below(5) == 0 {
            continue;
        }
        if let Some(a) = random_answer(q, &qu.kind, &mut g) {
            out.insert(qu.id.clone(), a);
        }
    }
    out
}

pub fn random_answer(q: &Questionnaire, kind: &AnswerKind, g: &mut Seeds) -> Option<Answer> {
    Some(match kind {
        AnswerKind::YesNo => [Answer::Yes, Answer::No, Answer::Unsure][g.below(3)].clone(),
        AnswerKind::Single(cs) => Answer::Choice(cs[g.below(cs.len())].id.clone()),
        AnswerKind::Multi(_) | AnswerKind::Categories => {
            let ids = kind.choice_ids(q).unwrap_or_default();
            Answer::Choices(g.subset(&ids))
        }
        AnswerKind::Text { .. } => {
            Answer::Text(["", "Some text", "資料 ação"][g.below(3)].to_string())
        }
        AnswerKind::Number { min, max, .. } => {
            let lo = min.unwrap_or(0);
            let hi = max.unwrap_or(100_000).max(lo);
            Answer::Number(lo + (g.next() % ((hi - lo) as u64 + 1)) as i64)
        }
        AnswerKind::Date => Answer::Date(chrono::NaiveDate::from_ymd_opt(
            2026,
            1 + g.below(12) as u32,
            1 + g.below(28) as u32,
        )?),
        AnswerKind::Rows(cols) => {
            let n = g.below(4);
            let rows: Vec<Row> = (0..n)
                .map(|_| {
                    let mut r = Row::new();
                    for c in cols {
                        if g.below(6) == 0 {
                            continue;
                        }
                        let ids = c.kind.choice_ids(q).unwrap_or_default();
                        let cell = match &c.kind {
                            ColumnKind::Text => Cell::Text("Vendor cloud".into()),
                            ColumnKind::Date => Cell::Text(format!(
                                "2026-{:02}-{:02}",
                                1 + g.below(12),
                                1 + g.below(28)
                            )),
                            ColumnKind::Single(_) => {
                                Cell::Choice(ids[g.below(ids.len())].to_string())
                            }
                            ColumnKind::Multi(_) | ColumnKind::Categories => {
                                Cell::Choices(g.subset(&ids))
                            }
                        };
                        r.insert(c.id.clone(), cell);
                    }
                    r
                })
                .collect();
            Answer::Rows(rows)
        }
    })
}

pub fn macau() -> farol::questionnaire::Loaded {
    farol::questionnaire::load::embedded_default()
}

/// The text of a PDF: through pdftotext (poppler-utils, which `.ci/run` installs) when it
/// is there, else through lopdf's extraction, so that `cargo test` checks the text on any
/// machine. `FAROL_PDF_TEXT=lopdf` forces the second. lopdf runs pieces of text together
/// without spaces: compare through `squash`.
pub fn pdf_text(pdf: &[u8]) -> String {
    if std::env::var("FAROL_PDF_TEXT").as_deref() != Ok("lopdf")
        && let Some(t) = pdftotext(pdf)
    {
        return t;
    }
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf can read");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text lopdf can extract")
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

/// The text without any white space, so that phrases wrapped across lines, cells or text
/// pieces are found whatever the extractor.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect()
}

/// A UTC time written as RFC 3339.
pub fn at(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// A new key in `keys_dir` that the dossier at `root` trusts in its role, created at
/// `when` and trusted a minute later, ready to sign.
pub fn trusted_key(
    root: &std::path::Path,
    keys_dir: &std::path::Path,
    name: &str,
    role: farol::keys::Role,
    when: &str,
) -> farol::keys::LoadedKey {
    let created = at(when);
    let info = farol::keys::new_key(keys_dir, name, role, created).unwrap();
    farol::keys::trust(
        root,
        Some(keys_dir),
        &info.id,
        None,
        None,
        created + chrono::Duration::minutes(1),
    )
    .unwrap();
    farol::keys::load_signing_key(keys_dir, Some(&info.id)).unwrap()
}

/// Every problem of a verification, each record's prefixed with its file.
pub fn all_problems(r: &farol::record::VerifyReport) -> String {
    let mut s = String::new();
    for row in &r.records {
        for p in &row.problems {
            s.push_str(&format!("{}: {p}\n", row.file.display()));
        }
    }
    for p in &r.problems {
        s.push_str(p);
        s.push('\n');
    }
    s
}

/// `farol ARGS` on a machine that has nothing: empty home, keys, dossier and config.
pub fn farol_bare(args: &[&str]) -> (i32, String, String) {
    let empty = tempfile::tempdir().unwrap();
    for d in ["home", "keys", "dossier", "config", "data"] {
        std::fs::create_dir(empty.path().join(d)).unwrap();
    }
    let e = |d: &str| empty.path().join(d);
    let out = assert_cmd::Command::cargo_bin("farol")
        .unwrap()
        .args(args)
        .current_dir(empty.path())
        .env("HOME", e("home"))
        .env("FAROL_KEYS", e("keys"))
        .env("FAROL_DOSSIER", e("dossier"))
        .env("XDG_CONFIG_HOME", e("config"))
        .env("XDG_DATA_HOME", e("data"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The signed file numbered `n` in `dir` (`NNNN.ron` or `NNNN-<h12>.ron`), found by
/// listing; where the old name would be if there is none.
pub fn numbered(dir: &std::path::Path, n: u32) -> std::path::PathBuf {
    farol::record::revision_files(dir)
        .unwrap()
        .into_iter()
        .find(|(m, _)| *m == n)
        .map(|(_, p)| p)
        .unwrap_or_else(|| dir.join(farol::record::revision_file_name(n)))
}

/// Renames every signed file of a dossier (revisions, reviews, heads, indexes) to its old
/// name, `NNNN.ron`, as Farol named them before names carried a hash: an old dossier,
/// which must verify as it did (and whose tampering is named as it was).
pub fn old_names(root: &std::path::Path) {
    let mut dirs = Vec::new();
    if let Ok(rd) = std::fs::read_dir(root.join("assessments")) {
        for a in rd.map(|e| e.unwrap().path()) {
            for k in ["revisions", "reviews", "heads"] {
                dirs.push(a.join(k));
            }
        }
    }
    if let Ok(rd) = std::fs::read_dir(root.join("index")) {
        dirs.extend(rd.map(|e| e.unwrap().path()));
    }
    for d in dirs {
        for (n, p) in farol::record::revision_files(&d).unwrap() {
            let old = d.join(farol::record::revision_file_name(n));
            if p != old && !old.exists() {
                std::fs::rename(&p, &old).unwrap();
            }
        }
    }
}
